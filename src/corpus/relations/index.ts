// Relations between countries and actors across the corpus: series of event counts, Goldstein sums and quotes per
// period (series.ts), and the strategic triangle of three sides (triangle.ts). docs/relations.md explains the measures.
export { relationSeries, emptyCounts, type Counts, type PeriodRow, type RelationSeries, type SeriesOptions } from './series.js';
export { triangle, sideState, configurationOf, describe, MIN_EVENTS, AMITY_SHARE, type Triangle, type TriangleSide, type Configuration, type Evidence, type SideState } from './triangle.js';
export { parseSide, countryOf, type Side } from './sides.js';
export { GRAINS, isoWeek, periodOf, type Grain } from './periods.js';
export { FACTUAL_MODALITIES, type Bounds } from './rows.js';
