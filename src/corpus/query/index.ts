// Corpus queries: pure functions over an open corpus database (better-sqlite3), returning plain JSON-able rows.
// The CLI (src/cli/query.ts) prints them; the web API serves them. Lists return { total, limit, offset, items }.
export { listQuotes, quoteConditions, type QuoteFilter, type QuoteItem } from './quotes.js';
export { listEvents, eventConditions, type EventFilter, type EventItem } from './events.js';
export { listEntities, entityConditions, type EntityFilter, type EntityItem } from './entities.js';
export { searchText, unmark, type SearchHit } from './search.js';
export { getArticle, MIN_PREFIX, type ArticleView, type StoryCopy } from './article.js';
export { corpusStats, type CorpusStats } from './stats.js';
export { dateRange, ftsTerms, pageOf, DEFAULT_LIMIT, type ListResult, type Page } from './common.js';
