// Storing one dyad.article/1 record: the article row, then its entities (and mentions), quotes (and the entities each
// one mentions), events and dates, then DEDUPE's story grouping and event linking — all in one transaction (a
// savepoint when the caller already holds one, as ingest's batches do). A record whose id is stored already is a
// duplicate and writes nothing.
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

/** The rowid of the stored article with this record id, or null. */
export function storedArticle(corpus: Corpus, id: string): number | null {
  const row = corpus.db.prepare('SELECT rowid FROM articles WHERE id = ?').get(id) as { rowid: number } | undefined;
  return row ? row.rowid : null;
}

export function insertRecord(corpus: Corpus, record: ArticleRecord, options: InsertOptions = {}): InsertResult {
  const { db } = corpus;
  // better-sqlite3 turns a nested transaction into a savepoint, so a failure inside a batch undoes this record only.
  return db.transaction((): InsertResult => {
    const existing = storedArticle(corpus, record.id);
    if (existing !== null) return { status: 'duplicate', article: existing };

    const row = articleRow(record, options.input ?? null, options.now ?? new Date().toISOString());
    const article = Number(db.prepare(insertSql('articles', ARTICLE_COLUMNS)).run(row).lastInsertRowid);

    const entities = new Map<string, Entity>();
    const rowids = new Map<string, number>();
    const insertEntity = db.prepare(insertSql('entities', ENTITY_COLUMNS));
    const insertMention = db.prepare(insertSql('mentions', MENTION_COLUMNS));
    for (const entity of record.entities) {
      const rowid = Number(insertEntity.run({ article, ...entityRow(entity) }).lastInsertRowid);
      entities.set(entity.id, entity);
      rowids.set(entity.id, rowid);
      for (const m of entity.mentions) insertMention.run({ entity: rowid, start: m.start, end: m.end, text: m.text, kind: m.kind ?? null });
    }
    const rowidOf = (local: string | null | undefined) => (local ? (rowids.get(local) ?? null) : null);

    const insertQuote = db.prepare(insertSql('quotes', QUOTE_COLUMNS));
    const insertTopic = db.prepare('INSERT OR IGNORE INTO quote_mentions (quote, entity) VALUES (?, ?)');
    for (const quote of record.quotes) {
      const rowid = Number(insertQuote.run({ article, ...quoteRow(quote, record, entities, rowidOf) }).lastInsertRowid);
      for (const topic of quoteTopics(quote, record.entities)) insertTopic.run(rowid, rowids.get(topic));
    }

    const insertEvent = db.prepare(insertSql('events', EVENT_COLUMNS));
    for (const event of record.events) insertEvent.run({ article, ...eventRow(event, record, entities, rowidOf) });

    const insertDate = db.prepare(insertSql('dates', DATE_COLUMNS));
    for (const d of record.dates) insertDate.run({ article, start: d.start, end: d.end, text: d.text, value: d.value, grain: d.grain });

    assignStory(db, article, record, options.dedupe);
    linkEvents(db, article, options.dedupe);
    return { status: 'new', article };
  })();
}
