// Full-text search over article titles and text and over quotes (FTS5), best matches first, with a snippet around
// the matched words. The input is plain words: FTS5 syntax in it is searched as text (see ftsTerms).
import type Database from 'better-sqlite3';
import { ftsTerms, pageOf, prepared, usage, type ListResult, type Page } from './common.js';

export interface SearchHit {
  kind: 'article' | 'quote';
  article: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** The quote's id inside its record, for a quote hit. */
  quote: string | null;
  speaker: string | null;
  /** A passage around the match ("…" where it is cut), and the matched words as offsets into it. */
  snippet: string;
  highlights: { start: number; end: number }[];
  /** bm25 rank: lower is better. */
  rank: number;
}

// Markers snippet() puts around matches; removed (and turned into offsets) before a hit leaves this module.
const OPEN = '\u0002';
const CLOSE = '\u0003';

const SEARCH = `
SELECT 'article' AS kind, a.id AS article, a.title, a.published, a.outlet, NULL AS quote, NULL AS speaker,
       snippet(articles_fts, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet, bm25(articles_fts, 2.0, 1.0) AS rank
FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
WHERE articles_fts MATCH ?
UNION ALL
SELECT 'quote', a.id, a.title, a.published, a.outlet, q.local_id, q.speaker_name,
       snippet(quotes_fts, 0, '${OPEN}', '${CLOSE}', '…', 24), bm25(quotes_fts, 1.0, 0.5)
FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.rowid = q.article
WHERE quotes_fts MATCH ?
ORDER BY rank, article, quote LIMIT ? OFFSET ?`;

const COUNT = `
SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?) + (SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?) AS n`;

/** Marked snippet text → plain text and the offsets of the marked parts. */
export function unmark(marked: string): { snippet: string; highlights: { start: number; end: number }[] } {
  let snippet = '';
  const highlights: { start: number; end: number }[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = snippet.length;
    else if (ch === CLOSE) {
      if (open >= 0 && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}

export function searchText(db: Database.Database, text: string, page: Page = {}): ListResult<SearchHit> {
  const { limit, offset } = pageOf(page);
  const terms = ftsTerms(text ?? '');
  if (!terms) usage('dyad: search needs at least one word (letters or digits)');
  const total = (prepared(db, COUNT).get(terms, terms) as { n: number }).n;
  const rows = prepared(db, SEARCH).all(terms, terms, limit, offset) as (Omit<SearchHit, 'highlights'> & { snippet: string })[];
  const items = rows.map((r): SearchHit => ({ ...r, ...unmark(r.snippet) }));
  return { total, limit, offset, items };
}
