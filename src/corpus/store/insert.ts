// Storing one dyad.article/1 record: the article row, then its entities (and mentions), quotes (and the entities each
// one mentions), events and dates, then DEDUPE's story grouping and event linking — all in one transaction (a
// savepoint when the caller already holds one, as ingest's batches do). A record whose id is stored already is a
// duplicate and writes nothing.
import type Database from 'better-sqlite3';
import type { ArticleRecord, Entity } from '../../article.js';
import { assignStory, linkEvents, type DedupeOptions } from '../dedupe/index.js';
import type { Corpus } from './open.js';
import { articleRow, entityRow, eventRow, quoteRow, quoteTopics } from './rows.js';

export interface InsertOptions {
  /** The input the record came from (a path, or `FILE:line N`), stored when the record has no meta.inputId. */
  input?: string;
  /** The ingestion time to record (ISO); now by default. */
  now?: string;
  dedupe?: DedupeOptions;
}

export interface InsertResult {
  status: 'new' | 'duplicate';
  /** articles.rowid of the stored article (the one already there, for a duplicate). */
  article: number;
}

const insertSql = (table: string, columns: readonly string[]): string =>
  `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;

const ARTICLE_COLUMNS = ['id', 'title', 'published', 'outlet', 'byline', 'url', 'language', 'input_id', 'text', 'record', 'ingested_at'] as const;
const ENTITY_COLUMNS = ['article', 'local_id', 'name', 'type', 'country', 'actor', 'roles', 'affiliation', 'nationality', 'acronym', 'lat', 'lon', 'mentions'] as const;
const MENTION_COLUMNS = ['entity', 'start', 'end', 'text', 'kind'] as const;
const QUOTE_COLUMNS = ['article', 'local_id', 'kind', 'text', 'speaker', 'speaker_name', 'speaker_actor', 'speaker_country', 'cue', 'via', 'date', 'start', 'end'] as const;
const EVENT_COLUMNS = [
  'article', 'local_id', 'code', 'root', 'quad', 'goldstein', 'modality', 'date', 'date_end',
  'source_entity', 'source_actor', 'source_name', 'source_country', 'target_entity', 'target_actor', 'target_name', 'target_country',
  'place', 'place_country', 'lat', 'lon', 'sentence', 'start', 'end',
] as const;
const DATE_COLUMNS = ['article', 'start', 'end', 'text', 'value', 'grain'] as const;

interface Statements {
  find: Database.Statement;
  article: Database.Statement;
  entity: Database.Statement;
  mention: Database.Statement;
  quote: Database.Statement;
  topic: Database.Statement;
  event: Database.Statement;
  date: Database.Statement;
  input: Database.Statement;
}

// Prepared once per open database (preparing them for every article cost about as much as running them). A cache
// keyed by the connection: it goes when the connection goes.
const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      find: db.prepare('SELECT rowid FROM articles WHERE id = ?'),
      article: db.prepare(insertSql('articles', ARTICLE_COLUMNS)),
      entity: db.prepare(insertSql('entities', ENTITY_COLUMNS)),
      mention: db.prepare(insertSql('mentions', MENTION_COLUMNS)),
      quote: db.prepare(insertSql('quotes', QUOTE_COLUMNS)),
      topic: db.prepare('INSERT OR IGNORE INTO quote_mentions (quote, entity) VALUES (?, ?)'),
      event: db.prepare(insertSql('events', EVENT_COLUMNS)),
      date: db.prepare(insertSql('dates', DATE_COLUMNS)),
      input: db.prepare('INSERT OR IGNORE INTO article_inputs (input_id, article, seen_at) VALUES (?, ?, ?)'),
    };
    prepared.set(db, s);
  }
  return s;
}

/** The rowid of the stored article with this record id, or null. */
export function storedArticle(corpus: Corpus, id: string): number | null {
  const row = statements(corpus.db).find.get(id) as { rowid: number } | undefined;
  return row ? row.rowid : null;
}

/**
 * Records that the input `inputId` carried the stored article `rowid` (an exact copy under another id, or the same
 * input ingested again). Idempotent.
 */
export function recordInput(corpus: Corpus, rowid: number, inputId: string, now: string): void {
  statements(corpus.db).input.run(inputId, rowid, now);
}

export function insertRecord(corpus: Corpus, record: ArticleRecord, options: InsertOptions = {}): InsertResult {
  const { db } = corpus;
  const insert = statements(db);
  // better-sqlite3 turns a nested transaction into a savepoint, so a failure inside a batch undoes this record only.
  return db.transaction((): InsertResult => {
    const existing = storedArticle(corpus, record.id);
    if (existing !== null) return { status: 'duplicate', article: existing };

    const row = articleRow(record, options.input ?? null, options.now ?? new Date().toISOString());
    const article = Number(insert.article.run(row).lastInsertRowid);
    if (row.input_id !== null) insert.input.run(row.input_id, article, row.ingested_at);

    const entities = new Map<string, Entity>();
    const rowids = new Map<string, number>();
    for (const entity of record.entities) {
      const rowid = Number(insert.entity.run({ article, ...entityRow(entity) }).lastInsertRowid);
      entities.set(entity.id, entity);
      rowids.set(entity.id, rowid);
      for (const m of entity.mentions) insert.mention.run({ entity: rowid, start: m.start, end: m.end, text: m.text, kind: m.kind ?? null });
    }
    const rowidOf = (local: string | null | undefined) => (local ? (rowids.get(local) ?? null) : null);

    for (const quote of record.quotes) {
      const rowid = Number(insert.quote.run({ article, ...quoteRow(quote, record, entities, rowidOf) }).lastInsertRowid);
      for (const topic of quoteTopics(quote, record.entities)) insert.topic.run(rowid, rowids.get(topic));
    }

    for (const event of record.events) insert.event.run({ article, ...eventRow(event, record, entities, rowidOf) });

    for (const d of record.dates) insert.date.run({ article, start: d.start, end: d.end, text: d.text, value: d.value, grain: d.grain });

    assignStory(db, article, record, options.dedupe);
    linkEvents(db, article, options.dedupe);
    return { status: 'new', article };
  })();
}
