// The corpus at a glance: row counts, near-duplicate groups, corpus events, the publication date range and the
// schema version (PRAGMA user_version).
import type Database from 'better-sqlite3';
import { prepared } from './common.js';

export interface CorpusStats {
  schemaVersion: number;
  articles: number;
  /** Distinct input ids stored (JSONL ids, file paths): exact copies of one text are one article but several inputs. */
  inputs: number;
  stories: number;
  outlets: number;
  /** Entity rows (one per article that names it), and distinct (name, type) pairs across the corpus. */
  entities: number;
  distinctEntities: number;
  quotes: number;
  events: number;
  corpusEvents: number;
  failures: number;
  /** Earliest and latest publication date of the stored articles. */
  published: { first: string | null; last: string | null };
}

const COUNTS = `
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(DISTINCT input_id) FROM article_inputs) AS inputs,
       (SELECT count(*) FROM stories) AS stories,
       (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
       (SELECT count(*) FROM entities) AS entities,
       (SELECT count(*) FROM (SELECT 1 FROM entities GROUP BY name, type)) AS distinctEntities,
       (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(*) FROM events) AS events,
       (SELECT count(*) FROM corpus_events) AS corpusEvents,
       (SELECT count(*) FROM failures) AS failures,
       (SELECT min(published) FROM articles) AS first,
       (SELECT max(published) FROM articles) AS last`;

export function corpusStats(db: Database.Database): CorpusStats {
  const { first, last, ...counts } = prepared(db, COUNTS).get() as Omit<CorpusStats, 'schemaVersion' | 'published'> & { first: string | null; last: string | null };
  return { schemaVersion: Number(db.pragma('user_version', { simple: true })), ...counts, published: { first, last } };
}
