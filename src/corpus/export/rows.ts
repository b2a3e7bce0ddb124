// The rows an export writes: one per corpus event, with its first report's article, sentence and place. Read a page
// at a time by corpus event id (keyset paging), so an export never holds the corpus in memory and never keeps a
// statement open while it waits for the output to drain.
import type Database from 'better-sqlite3';
import { cameoName } from '../../events/cameo.js';
import { dateSql } from '../relations/rows.js';

export interface ExportFilter {
  /** Corpus events dated on or after this (2024, 2024-04, 2024-04-08). */
  since?: string;
  /** Corpus events dated on or before this (until 2024-04 includes all of April). */
  until?: string;
}

export interface ExportRow {
  id: number;
  date: string | null;
  code: string;
  name: string | null;
  root: string;
  quad: number;
  goldstein: number;
  modality: string;
  sourceActor: string | null;
  sourceName: string | null;
  sourceCountry: string | null;
  targetActor: string | null;
  targetName: string | null;
  targetCountry: string | null;
  place: string | null;
  placeCountry: string | null;
  lat: number | null;
  lon: number | null;
  /** GDELT's NumMentions (reports), NumArticles, NumSources (outlets), and dyad's near-duplicate groups. */
  mentions: number;
  articles: number;
  sources: number;
  stories: number;
  /** The first report: its article's id, title, outlet, URL and publication date, and the evidence sentence. */
  article: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  sentence: string;
  /** When the first report was stored (GDELT's DATEADDED). */
  added: string;
  /** The first report's evidence is in the lead (GDELT's IsRootEvent). */
  isRoot: boolean;
}

/** Readable columns of jsonl and csv, in order. */
export const EXPORT_FIELDS: readonly (keyof ExportRow)[] = [
  'id', 'date', 'code', 'name', 'root', 'quad', 'goldstein', 'modality',
  'sourceActor', 'sourceName', 'sourceCountry', 'targetActor', 'targetName', 'targetCountry',
  'place', 'placeCountry', 'lat', 'lon', 'mentions', 'articles', 'sources', 'stories',
  'article', 'title', 'outlet', 'url', 'published', 'sentence', 'added', 'isRoot',
];

export const PAGE_ROWS = 500;

// The lead: the article text up to its first line break; a text without one (a single paragraph) leads with its
// first sentence, taken up to the first ". ".
const SELECT = `
SELECT c.id, c.date, c.code, c.root, c.quad, c.goldstein, e.modality,
       c.source_actor AS sourceActor, e.source_name AS sourceName, c.source_country AS sourceCountry,
       c.target_actor AS targetActor, e.target_name AS targetName, c.target_country AS targetCountry,
       e.place, e.place_country AS placeCountry, e.lat, e.lon,
       c.mentions, c.articles, c.sources, c.stories,
       a.id AS article, a.title, a.outlet, a.url, a.published, e.sentence, a.ingested_at AS added,
       e.start < COALESCE(NULLIF(instr(a.text, char(10)), 0), NULLIF(instr(a.text, '. '), 0), length(a.text) + 1) AS isRoot
FROM corpus_events c
JOIN events e ON e.rowid = c.first_event
JOIN articles a ON a.rowid = e.article`;

/** A reader of export pages: call with the last id seen (0 first) until it returns an empty page. */
export function exportPages(db: Database.Database, filter: ExportFilter = {}): (after: number) => ExportRow[] {
  const params: unknown[] = [];
  const where = ['c.id > ?', ...dateSql('c.date', filter, params)];
  const statement = db.prepare(`${SELECT}\nWHERE ${where.join(' AND ')}\nORDER BY c.id LIMIT ${PAGE_ROWS}`);
  return (after) =>
    (statement.all(after, ...params) as (Omit<ExportRow, 'name' | 'isRoot'> & { isRoot: number })[]).map((r) => ({
      ...r,
      name: cameoName(r.code) ?? null,
      isRoot: r.isRoot === 1,
    }));
}
