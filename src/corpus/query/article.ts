// One stored article by its id (the record's sha256), the id of an input it came in under (a JSONL "id", a file
// path), or a unique prefix of the sha256, with the near-duplicate group it belongs to. Input ids are looked up as
// bound parameters only; a prefix must be hex digits, at least 8 of them.
import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../article.js';
import { prepared, usage } from './common.js';

export interface StoryCopy {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface ArticleView {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  language: string;
  inputId: string | null;
  ingestedAt: string;
  /** The near-duplicate group: its size and the other articles in it (first stored first). */
  story: { id: number; articles: number; outlets: number; first: string | null; copies: StoryCopy[] } | null;
  record: ArticleRecord;
}

export const MIN_PREFIX = 8;

interface ArticleRow {
  rowid: number;
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  language: string;
  inputId: string | null;
  ingestedAt: string;
  record: string;
  story: number | null;
}

const COLUMNS = `rowid, id, title, published, outlet, byline, url, language, input_id AS inputId, ingested_at AS ingestedAt, record, story`;

/**
 * The article with this id, input id, or unique id prefix (≥ 8 hex digits); null when none. An ambiguous prefix, or
 * an input id that named several different texts, is an error listing them.
 */
export function getArticle(db: Database.Database, id: string): ArticleView | null {
  const given = (id ?? '').trim();
  const key = given.toLowerCase();
  const hex = /^[0-9a-f]+$/.test(key) && key.length >= MIN_PREFIX && key.length <= 64;
  let row = hex ? (prepared(db, `SELECT ${COLUMNS} FROM articles WHERE id = ?`).get(key) as ArticleRow | undefined) : undefined;
  if (!row && given) {
    const byInput = prepared(db, `SELECT ${COLUMNS} FROM articles WHERE rowid IN (SELECT article FROM article_inputs WHERE input_id = ?) ORDER BY rowid LIMIT 3`).all(given) as ArticleRow[];
    if (byInput.length > 1) usage(`dyad: the input id ${given} came in with different texts (${byInput.map((r) => r.id.slice(0, 16) + '…').join(', ')}); give the article id`);
    row = byInput[0];
  }
  if (!row && !hex) {
    usage(`dyad: no article came in under the input id "${given}", and an article id is ${MIN_PREFIX} to 64 hex digits (the record's id or a unique prefix of it)`);
  }
  if (!row && key.length < 64) {
    // Hex digits sort in ASCII order, so the prefix range is [key, key + 'g').
    const rows = prepared(db, `SELECT ${COLUMNS} FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`).all(key, `${key}g`) as ArticleRow[];
    if (rows.length > 1) usage(`dyad: the id prefix ${key} matches more than one article (${rows[0]!.id.slice(0, 16)}…, ${rows[1]!.id.slice(0, 16)}…); give more digits`);
    row = rows[0];
  }
  if (!row) return null;
  let story: ArticleView['story'] = null;
  if (row.story !== null) {
    const s = prepared(db, `SELECT s.id, s.articles, s.outlets, f.id AS first FROM stories s LEFT JOIN articles f ON f.rowid = s.first_article WHERE s.id = ?`).get(row.story) as
      | { id: number; articles: number; outlets: number; first: string | null }
      | undefined;
    if (s) {
      const copies = prepared(db, `SELECT id, title, outlet, published FROM articles WHERE story = ? AND rowid <> ? ORDER BY rowid LIMIT 100`).all(
        row.story,
        row.rowid,
      ) as StoryCopy[];
      story = { ...s, copies };
    }
  }
  const { rowid: _rowid, record, story: _story, ...rest } = row;
  return { ...rest, story, record: JSON.parse(record) as ArticleRecord };
}
