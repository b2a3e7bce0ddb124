// Test databases for dedupe: the corpus schema in memory and hand-built articles with event rows, stored the way
// STORE stores them (events.date = the event's own date, else the publication date), then grouped and linked.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { ArticleRecord, DyadEvent, Modality } from '../../../src/article.js';
import { MIGRATIONS } from '../../../src/corpus/store/schema.js';
import { assignStory, linkEvents, type DedupeOptions } from '../../../src/corpus/dedupe/index.js';

export function openTestDb(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(MIGRATIONS[0]!.sql);
  return db;
}

export interface EventSpec {
  code: string;
  source: string | null;
  target: string | null;
  modality?: Modality;
  /** The event's own date (null: the record gives none, the publication date stands in). */
  date?: string | null;
  dateEnd?: string | null;
}

export interface ArticleSpec {
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  events?: EventSpec[];
}

const QUAD_OF_ROOT: Record<string, number> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2, '09': 3, '10': 3, '11': 3, '12': 3, '13': 3, '14': 3, '15': 4, '16': 3, '17': 4, '18': 4, '19': 4, '20': 4 };

export function makeRecord(spec: ArticleSpec): ArticleRecord {
  const events: DyadEvent[] = (spec.events ?? []).map((e, i) => ({
    id: `v${i + 1}`,
    source: { entity: null, actor: e.source },
    target: e.target === null ? null : { entity: null, actor: e.target },
    code: e.code,
    root: e.code.slice(0, 2),
    quad: QUAD_OF_ROOT[e.code.slice(0, 2)] ?? 1,
    goldstein: 0,
    modality: e.modality ?? 'asserted',
    date: e.date ?? null,
    dateEnd: e.dateEnd ?? null,
    location: null,
    sentence: 0,
    evidence: { start: 0, end: Math.min(10, spec.text.length) },
  }));
  return {
    schema: 'dyad.article/1',
    id: createHash('sha256').update(JSON.stringify(spec)).digest('hex'),
    meta: {
      title: spec.title ?? null,
      published: spec.published ?? null,
      outlet: spec.outlet ?? null,
      byline: null,
      url: spec.url ?? null,
      language: 'en',
    },
    text: spec.text,
    captions: [],
    paragraphs: [],
    sentences: [],
    entities: [],
    quotes: [],
    events,
    dates: [],
  } as unknown as ArticleRecord;
}

/** Inserts the article row and its event rows (no grouping, no linking); returns the article's rowid. */
export function insertArticle(db: Database.Database, record: ArticleRecord): number {
  const m = record.meta;
  const article = Number(
    db
      .prepare(
        `INSERT INTO articles (id, title, published, outlet, url, language, text, record, ingested_at)
         VALUES (?, ?, ?, ?, ?, 'en', ?, ?, '2026-01-01T00:00:00Z')`,
      )
      .run(record.id, m.title, m.published, m.outlet, m.url, record.text, JSON.stringify(record)).lastInsertRowid,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (article, local_id, code, root, quad, goldstein, modality, date, date_end, source_actor, source_country,
       target_actor, target_country, sentence, start, "end")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sentence', 0, 1)`,
  );
  for (const e of record.events) {
    insertEvent.run(
      article, e.id, e.code, e.root, e.quad, e.goldstein, e.modality,
      e.date ?? m.published, e.dateEnd, e.source.actor, e.source.actor?.slice(0, 3) ?? null,
      e.target?.actor ?? null, e.target?.actor?.slice(0, 3) ?? null,
    );
  }
  return article;
}

/** Inserts, groups and links one article as STORE's insertRecord does. */
export function store(db: Database.Database, spec: ArticleSpec, options?: DedupeOptions): { article: number; story: number } {
  const record = makeRecord(spec);
  const article = insertArticle(db, record);
  const story = assignStory(db, article, record, options);
  linkEvents(db, article, options);
  return { article, story };
}

export function corpusEventOf(db: Database.Database, article: number, localId = 'v1'): number | null {
  const row = db.prepare('SELECT corpus_event FROM events WHERE article = ? AND local_id = ?').get(article, localId) as
    | { corpus_event: number | null }
    | undefined;
  return row?.corpus_event ?? null;
}

export interface CorpusEventCounts {
  mentions: number;
  articles: number;
  sources: number;
  stories: number;
}

export function corpusEventCounts(db: Database.Database, id: number): CorpusEventCounts {
  return db.prepare('SELECT mentions, articles, sources, stories FROM corpus_events WHERE id = ?').get(id) as CorpusEventCounts;
}
