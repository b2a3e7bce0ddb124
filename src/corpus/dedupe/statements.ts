// The SQL of story grouping and event linking, prepared once per database connection. Preparing costs 20–80 µs a
// statement, more than the queries themselves, so each connection keeps its prepared statements in a WeakMap entry
// that goes away with the connection (a cache only: what it holds never changes a result).
import type Database from 'better-sqlite3';

const EVENT_COLUMNS = `e.rowid AS rowid, e.article, e.local_id, e.code, e.root, e.quad, e.goldstein, e.modality, e.date,
  e.date_end, e.source_actor, e.target_actor, e.source_country, e.target_country, e.corpus_event, a.story, a.published`;

const SQL = {
  // stories
  storyOf: 'SELECT story FROM articles WHERE rowid = ?',
  // One call for all bands: the band hashes go in as a JSON array (index = band).
  bandArticles: `SELECT DISTINCT m.article FROM json_each(?) j CROSS JOIN minhash_bands m ON m.band = j.key AND m.hash = j.value
    WHERE m.article <> ? ORDER BY m.article`,
  candidate:
    'SELECT a.rowid AS article, a.story AS story, s.signature AS signature FROM articles a JOIN minhash_signatures s ON s.article = a.rowid WHERE a.rowid = ?',
  setStory: 'UPDATE articles SET story = ? WHERE rowid = ?',
  newStory: 'INSERT INTO stories (first_article, articles, outlets) VALUES (?, 1, 1)',
  storyMembers: 'SELECT outlet, url FROM articles WHERE story = ?',
  storyCounts: 'UPDATE stories SET articles = ?, outlets = ? WHERE id = ?',
  putSignature: 'INSERT OR REPLACE INTO minhash_signatures (article, signature) VALUES (?, ?)',
  putBands: 'INSERT OR IGNORE INTO minhash_bands (band, hash, article) SELECT key, value, ? FROM json_each(?)',
  // events
  articleEvents: `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.rowid = e.article
    WHERE e.article = ? AND e.corpus_event IS NULL ORDER BY e.rowid`,
  recordEvents: `SELECT json_extract(record, '$.events') FROM articles WHERE rowid = ?`,
  recordDateOf: `SELECT j.value ->> 'date' IS NOT NULL FROM articles a, json_each(a.record, '$.events') j
    WHERE a.rowid = ? AND j.value ->> 'id' = ?`,
  storyMates: `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.rowid = e.article
    WHERE a.story = ? AND e.article <> ? AND e.code = ? AND e.source_actor IS ? AND e.target_actor IS ? AND e.corpus_event IS NOT NULL
    ORDER BY e.corpus_event, e.rowid`,
  corpusCandidates: `SELECT id FROM corpus_events
    WHERE code = ? AND source_actor = ? AND target_actor IS ? AND date >= ? AND date <= ? ORDER BY id`,
  undatedCandidates: `SELECT DISTINCT corpus_event FROM events
    WHERE article = ? AND code = ? AND source_actor = ? AND target_actor IS ? AND corpus_event IS NOT NULL ORDER BY corpus_event`,
  representative: `SELECT ${EVENT_COLUMNS} FROM corpus_events c JOIN events e ON e.rowid = c.first_event
    JOIN articles a ON a.rowid = e.article WHERE c.id = ?`,
  newCorpusEvent: `INSERT INTO corpus_events (code, root, quad, goldstein, source_actor, target_actor, source_country, target_country, date, first_event)
    VALUES (@code, @root, @quad, @goldstein, @source_actor, @target_actor, @source_country, @target_country, @date, @first_event)`,
  setCorpusEvent: 'UPDATE events SET corpus_event = ? WHERE rowid = ?',
  corpusEventCounts: `SELECT COUNT(*) AS mentions, COUNT(DISTINCT e.article) AS articles, COUNT(DISTINCT COALESCE(a.story, -a.rowid)) AS stories
    FROM events e JOIN articles a ON a.rowid = e.article WHERE e.corpus_event = ?`,
  corpusEventOutlets: 'SELECT DISTINCT a.outlet, a.url FROM events e JOIN articles a ON a.rowid = e.article WHERE e.corpus_event = ?',
  putCorpusEventCounts: 'UPDATE corpus_events SET mentions = ?, articles = ?, sources = ?, stories = ? WHERE id = ?',
} as const;

export type StatementName = keyof typeof SQL;
export type Statements = { readonly [K in StatementName]: Database.Statement };

const prepared = new WeakMap<Database.Database, Map<StatementName, Database.Statement>>();

/** The connection's statements, each prepared on first use. */
export function statementsFor(db: Database.Database): Statements {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  const known = cache;
  return new Proxy({} as Statements, {
    get(_target, name: StatementName) {
      let statement = known.get(name);
      if (!statement) {
        statement = db.prepare(SQL[name]);
        known.set(name, statement);
      }
      return statement;
    },
  });
}

/** Runs `body` in a transaction of its own, or directly when the caller holds one (STORE's insert does). */
export function inTransaction<T>(db: Database.Database, body: () => T): T {
  return db.inTransaction ? body() : db.transaction(body)();
}
