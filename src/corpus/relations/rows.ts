// What the relation measures read from the corpus: the corpus events between two sides (each counted once, with its
// first report's modality, article and sentence as evidence), and the quotes one side's actors made about the other.
import type Database from 'better-sqlite3';
import { dateBound, daySql } from './periods.js';
import { sideMatches, sideSql, type Side } from './sides.js';

export interface Bounds {
  since?: string;
  until?: string;
}

/** One corpus event between the two sides. `direction` is 'ab' when A is the source, 'ba' when B is. */
export interface RelationEvent {
  id: number;
  direction: 'ab' | 'ba';
  code: string;
  quad: number;
  goldstein: number;
  modality: string;
  date: string | null;
  mentions: number;
  articles: number;
  sources: number;
  sourceActor: string | null;
  sourceName: string | null;
  targetActor: string | null;
  targetName: string | null;
  article: string;
  sentence: string;
}

/** One quote by one side's actor that mentions an entity of the other, once per near-duplicate story. */
export interface RelationQuote {
  direction: 'ab' | 'ba';
  date: string | null;
}

/** asserted and reported events happened (as far as the text says); planned, hypothetical and negated did not. */
export const FACTUAL_MODALITIES: readonly string[] = ['asserted', 'reported'];
export const isFactual = (modality: string) => FACTUAL_MODALITIES.includes(modality);

export function dateSql(column: string, bounds: Bounds, params: unknown[]): string[] {
  const where: string[] = [];
  if (bounds.since) {
    where.push(`${daySql(column)} >= ?`);
    params.push(dateBound(bounds.since, 'since').from);
  }
  if (bounds.until) {
    where.push(`${daySql(column)} < ?`);
    params.push(dateBound(bounds.until, 'until').to);
  }
  return where;
}

/** Corpus events with A as source and B as target, or B as source and A as target, within the bounds. */
export function relationEvents(db: Database.Database, a: Side, b: Side, bounds: Bounds = {}): RelationEvent[] {
  const params: unknown[] = [];
  const sa = sideSql(a, 'c.source_actor', 'c.source_country', params);
  const tb = sideSql(b, 'c.target_actor', 'c.target_country', params);
  const sb = sideSql(b, 'c.source_actor', 'c.source_country', params);
  const ta = sideSql(a, 'c.target_actor', 'c.target_country', params);
  const where = [`((${sa} AND ${tb}) OR (${sb} AND ${ta}))`, ...dateSql('c.date', bounds, params)];
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.quad, c.goldstein, c.date, c.mentions, c.articles, c.sources,
              c.source_actor AS sourceActor, c.source_country AS sourceCountry, c.target_actor AS targetActor,
              e.source_name AS sourceName, e.target_name AS targetName, e.modality, e.sentence, a.id AS article
       FROM corpus_events c
       JOIN events e ON e.rowid = c.first_event
       JOIN articles a ON a.rowid = e.article
       WHERE ${where.join(' AND ')}
       ORDER BY c.date, c.id`,
    )
    .all(...params) as (Omit<RelationEvent, 'direction'> & { sourceCountry: string | null })[];
  return rows.map(({ sourceCountry, ...row }) => ({ ...row, direction: sideMatches(a, row.sourceActor, sourceCountry) ? 'ab' : 'ba' }));
}

/**
 * Quotes whose speaker is of one side and whose text mentions an entity of the other. A quote carried by several
 * copies of one story (near-duplicates) counts once, on its earliest date: the key is the story and the quote's text.
 */
export function relationQuotes(db: Database.Database, a: Side, b: Side, bounds: Bounds = {}): RelationQuote[] {
  const out: RelationQuote[] = [];
  for (const [direction, speaker, topic] of [['ab', a, b], ['ba', b, a]] as const) {
    const params: unknown[] = [];
    const who = sideSql(speaker, 'q.speaker_actor', 'q.speaker_country', params);
    const about = sideSql(topic, 't.actor', 't.country', params);
    const where = [who, `EXISTS (SELECT 1 FROM quote_mentions qm JOIN entities t ON t.rowid = qm.entity WHERE qm.quote = q.rowid AND ${about})`, ...dateSql('q.date', bounds, params)];
    const rows = db
      .prepare(
        `SELECT COALESCE(a.story, -a.rowid) AS story, q.text, q.date
         FROM quotes q JOIN articles a ON a.rowid = q.article
         WHERE ${where.join(' AND ')}
         ORDER BY q.date IS NULL, q.date, q.rowid`,
      )
      .all(...params) as { story: number; text: string; date: string | null }[];
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${row.story}\u0000${row.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ direction, date: row.date });
    }
  }
  return out;
}
