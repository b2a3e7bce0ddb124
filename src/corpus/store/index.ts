// The corpus store: an embedded SQLite database (schema.ts) that holds analyzed articles as rows anyone can query
// with plain SQL (docs/store.md). openCorpus opens and migrates it, insertRecord stores one record, ingest analyzes
// and stores a stream of inputs in batched transactions.
export { openCorpus, migrate, schemaVersion, SCHEMA_VERSION, DEFAULT_BUSY_TIMEOUT_MS, type Corpus, type OpenOptions } from './open.js';
export { insertRecord, storedArticle, type InsertOptions, type InsertResult } from './insert.js';
export { MIGRATIONS, type Migration } from './schema.js';
export { ingest, DEFAULT_BATCH, type IngestSummary, type IngestOptions, type IngestItem, type FailedInput, type Outcome } from './ingest.js';
