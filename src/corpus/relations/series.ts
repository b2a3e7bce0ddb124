// `relationSeries`: how the relation between two sides moves, period by period. For each period (day, ISO week,
// month) and each direction (A→B, B→A) and both together: corpus events by quad class, the Goldstein sum and mean,
// the reports behind them, and the quotes one side's actors made about the other. Each corpus event counts once, so
// ten copies of one wire story are one event with ten mentions. Planned, hypothetical and negated events are kept
// out of the counts and Goldstein sums (counted apart as `nonFactual`) unless `includeNonFactual` is set.
import type Database from 'better-sqlite3';
import { dateBound, periodDays, periodOf, periodsBetween, GRAINS, type Grain } from './periods.js';
import { isFactual, relationEvents, relationQuotes, type Bounds, type RelationEvent, type RelationQuote } from './rows.js';
import { overlap, parseSide, usage, type Side } from './sides.js';

export interface SeriesOptions extends Bounds {
  by?: Grain;
  /** Count planned, hypothetical and negated events too (in counts and Goldstein sums). Default false. */
  includeNonFactual?: boolean;
  /** The total counts A→B only (A's events on B, A's quotes about B); `ba` is still reported. Default false. */
  directed?: boolean;
}

export interface Counts {
  /** Corpus events counted (each once, however many articles told it). */
  events: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  goldsteinSum: number;
  /** goldsteinSum / events, rounded to 2 decimals; null without events. */
  goldsteinMean: number | null;
  /** Reports (event mentions in articles) behind the counted events, as GDELT's NumMentions summed. */
  mentions: number;
  /** Planned, hypothetical and negated events, left out of the counts above (0 with includeNonFactual). */
  nonFactual: number;
  /** Quotes by this direction's source side about the target side (both sides' for the total). */
  quotes: number;
}

export interface PeriodRow {
  period: string;
  start: string;
  end: string;
  ab: Counts;
  ba: Counts;
  total: Counts;
}

export interface RelationSeries {
  a: Side;
  b: Side;
  by: Grain;
  directed: boolean;
  since: string | null;
  until: string | null;
  includeNonFactual: boolean;
  periods: PeriodRow[];
  /** Everything within since..until, placed in a period or not. */
  totals: { ab: Counts; ba: Counts; total: Counts };
  /** Events and quotes in the totals that have no period: no date, or a date coarser than `by` (2024-04 by week). */
  unplaced: { events: number; quotes: number };
}

export function emptyCounts(): Counts {
  return {
    events: 0, verbalCooperation: 0, materialCooperation: 0, verbalConflict: 0, materialConflict: 0,
    goldsteinSum: 0, goldsteinMean: null, mentions: 0, nonFactual: 0, quotes: 0,
  };
}

const QUAD_FIELD = { 1: 'verbalCooperation', 2: 'materialCooperation', 3: 'verbalConflict', 4: 'materialConflict' } as const;

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

/** Adds one corpus event to a tally (mutates only the tally the caller owns). */
export function addEvent(counts: Counts, event: RelationEvent, includeNonFactual: boolean): void {
  if (!includeNonFactual && !isFactual(event.modality)) {
    counts.nonFactual++;
    return;
  }
  counts.events++;
  const field = QUAD_FIELD[event.quad as 1 | 2 | 3 | 4];
  if (field) counts[field]++;
  counts.goldsteinSum = round(counts.goldsteinSum + event.goldstein, 4);
  counts.mentions += event.mentions;
}

function finish(counts: Counts): Counts {
  return { ...counts, goldsteinSum: round(counts.goldsteinSum), goldsteinMean: counts.events ? round(counts.goldsteinSum / counts.events) : null };
}

interface Tally {
  ab: Counts;
  ba: Counts;
  total: Counts;
}
const emptyTally = (): Tally => ({ ab: emptyCounts(), ba: emptyCounts(), total: emptyCounts() });

function tallyEvent(t: Tally, event: RelationEvent, includeNonFactual: boolean, directed: boolean): void {
  addEvent(t[event.direction], event, includeNonFactual);
  if (!directed || event.direction === 'ab') addEvent(t.total, event, includeNonFactual);
}
function tallyQuote(t: Tally, quote: RelationQuote, directed: boolean): void {
  t[quote.direction].quotes++;
  if (!directed || quote.direction === 'ab') t.total.quotes++;
}
const finishTally = (t: Tally) => ({ ab: finish(t.ab), ba: finish(t.ba), total: finish(t.total) });

export function checkPair(a: Side, b: Side): void {
  if (overlap(a, b)) usage(`dyad: the two sides overlap (${a.code} and ${b.code}): an event between them would be on both; give two distinct sides`);
}

export function relationSeries(db: Database.Database, a: string | Side, b: string | Side, options: SeriesOptions = {}): RelationSeries {
  const sideA = typeof a === 'string' ? parseSide(a) : a;
  const sideB = typeof b === 'string' ? parseSide(b) : b;
  checkPair(sideA, sideB);
  const by = options.by ?? 'week';
  if (!GRAINS.includes(by)) usage(`dyad: --by must be one of ${GRAINS.join(', ')}, not "${String(by)}"`);
  const includeNonFactual = options.includeNonFactual ?? false;
  const directed = options.directed ?? false;
  const since = options.since ? dateBound(options.since, 'since') : null;
  const until = options.until ? dateBound(options.until, 'until') : null;
  if (since && until && since.from >= until.to) usage(`dyad: --since ${options.since} is after --until ${options.until}`);

  const events = relationEvents(db, sideA, sideB, options);
  const quotes = relationQuotes(db, sideA, sideB, options);

  const totals = emptyTally();
  const byPeriod = new Map<string, Tally>();
  const unplaced = { events: 0, quotes: 0 };
  const tallyOf = (period: string) => {
    let t = byPeriod.get(period);
    if (!t) byPeriod.set(period, (t = emptyTally()));
    return t;
  };
  for (const event of events) {
    tallyEvent(totals, event, includeNonFactual, directed);
    const period = periodOf(event.date, by);
    if (period) tallyEvent(tallyOf(period), event, includeNonFactual, directed);
    else unplaced.events++;
  }
  for (const quote of quotes) {
    tallyQuote(totals, quote, directed);
    const period = periodOf(quote.date, by);
    if (period) tallyQuote(tallyOf(period), quote, directed);
    else unplaced.quotes++;
  }

  // The range: since..until where given, else the data's first and last period.
  const seen = [...byPeriod.keys()].sort();
  const first = since ? periodOf(since.first, by)! : seen[0];
  const last = until ? periodOf(until.last, by)! : seen[seen.length - 1];
  const periods: PeriodRow[] =
    first && last
      ? periodsBetween(first, last, by).map((period) => {
          const t = byPeriod.get(period) ?? emptyTally();
          return { period, ...periodDays(period, by), ...finishTally(t) };
        })
      : [];

  return {
    a: sideA,
    b: sideB,
    by,
    directed,
    since: options.since ?? null,
    until: options.until ?? null,
    includeNonFactual,
    periods,
    totals: finishTally(totals),
    unplaced,
  };
}
