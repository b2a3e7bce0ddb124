// Quotes across the corpus: who said what, through which channel, about whom, when. "What did X say about Y" is
// `listQuotes(db, { speaker: X, about: Y })` (the SQL is in docs/queries.md).
import type Database from 'better-sqlite3';
import { addDateBounds, countryNamed, ftsTerms, given, nameMatch, pageOf, prepared, words, type ListResult, type Page } from './common.js';

export interface QuoteFilter {
  /** The speaker: entity name as whole words ("Lavrov" finds "Sergey Lavrov"), any of its mentions, or its acronym. */
  speaker?: string;
  /** The channel the words came through (TASS, Reuters), as whole words of its name. */
  via?: string;
  /**
   * A topic: an entity the quote mentions (by name, mention or acronym), or words of the quote's text (FTS5); a country
   * name or code also takes in the places and nationality words of that country the quote mentions.
   */
  about?: string;
  since?: string;
  until?: string;
  /** One row per story and quote text: the same words carried by near-duplicate copies are listed once. */
  distinct?: boolean;
}

export interface QuoteItem {
  /** articles.id of the article the quote is in. */
  article: string;
  /** The quote's id inside the record ("q2"). */
  quote: string;
  kind: string;
  text: string;
  speaker: string | null;
  speakerActor: string | null;
  speakerCountry: string | null;
  cue: string | null;
  via: string | null;
  /** The article's publication time (ISO, as precise as the source). */
  date: string | null;
  title: string | null;
  outlet: string | null;
  /** Near-duplicate group of the article, and how many articles it holds. */
  story: number | null;
  storyArticles: number | null;
  start: number;
  end: number;
}

// The page is chosen from the quotes table alone (with the filtered total as a window count), and only its rows are
// joined to articles: reading articles.story walks past the stored text and record, which is slow for every quote.
const ORDER = `q.date IS NULL, q.date DESC, q.article DESC, q.start`;
// distinct: the matching quotes grouped by story and text (the same words in near-duplicate copies); min(q.rowid)
// makes SQLite take the group's bare columns (for the order) from its first stored quote. This one needs
// articles.story for every matching quote, so it is an option.
const pageRows = (clause: string, distinct: boolean) =>
  distinct
    ? `SELECT min(q.rowid) AS quote, q.date, q.article, q.start, count(*) OVER () AS total
       FROM quotes q JOIN articles sa ON sa.rowid = q.article ${clause}
       GROUP BY coalesce(sa.story, -q.article), q.text ORDER BY ${ORDER}`
    : `SELECT q.rowid AS quote, count(*) OVER () AS total FROM quotes q ${clause} ORDER BY ${ORDER}`;
const select = (clause: string, distinct: boolean) => `
WITH page AS (${pageRows(clause, distinct)} LIMIT ? OFFSET ?)
SELECT page.total, a.id AS article, q.local_id AS quote, q.kind, q.text, q.speaker_name AS speaker, q.speaker_actor AS speakerActor,
       q.speaker_country AS speakerCountry, q.cue, q.via, q.date, a.title, a.outlet, a.story, st.articles AS storyArticles,
       q.start, q."end"
FROM page
JOIN quotes q ON q.rowid = page.quote
JOIN articles a ON a.rowid = q.article
LEFT JOIN stories st ON st.id = a.story
ORDER BY ${ORDER}`;

/** WHERE clauses for a quote filter (the quote table is `q`), with their parameters in order. */
export function quoteConditions(filter: QuoteFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const speaker = given(filter.speaker);
  if (speaker) {
    const name = words(speaker);
    const byName = nameMatch('q.speaker_name', name, params);
    // A mention or acronym of the speaker entity ("the minister", "FM"), or the entity's name being the tail of the
    // asked name: "Sergey Lavrov" also finds quotes of an article that only ever says "Lavrov".
    params.push(name, name, name);
    where.push(`(${byName}
      OR EXISTS (SELECT 1 FROM mentions m WHERE m.entity = q.speaker AND m.text = ? COLLATE NOCASE)
      OR EXISTS (SELECT 1 FROM entities s WHERE s.rowid = q.speaker AND (s.acronym = ? COLLATE NOCASE
                 OR (s.type = 'PERSON' AND ? LIKE '% ' || s.name))))`);
  }
  const via = given(filter.via);
  if (via) where.push(nameMatch('q.via', via, params));
  const about = given(filter.about);
  if (about) {
    const name = words(about);
    const entityParams: unknown[] = [];
    const byName = nameMatch('t.name', name, entityParams);
    entityParams.push(name, name);
    const terms = ftsTerms(about);
    const clauses = [
      `EXISTS (SELECT 1 FROM quote_mentions qm JOIN entities t ON t.rowid = qm.entity WHERE qm.quote = q.rowid AND (${byName}
         OR t.acronym = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM mentions tm WHERE tm.entity = t.rowid AND tm.text = ? COLLATE NOCASE)))`,
    ];
    params.push(...entityParams);
    // A country named by the topic ("Russia", "US") also takes in its places and people-words the quote mentions
    // (Moscow, the Kremlin's city; "Russian"): GPE and NORP entities of that country.
    const country = countryNamed(about);
    if (country) {
      clauses.push(`EXISTS (SELECT 1 FROM quote_mentions qc JOIN entities c ON c.rowid = qc.entity WHERE qc.quote = q.rowid AND c.type IN ('GPE', 'NORP') AND c.country = ?)`);
      params.push(country);
    }
    // A country code ("US", "UK") is not searched as text: FTS5 ignores case, and "us" is a word.
    if (terms && !(country && words(about).length <= 3)) {
      clauses.push(`q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`);
      params.push(`text : (${terms})`);
    }
    where.push(`(${clauses.join(' OR ')})`);
  }
  addDateBounds(where, params, 'q.date', given(filter.since), given(filter.until));
  return { where, params };
}

export function listQuotes(db: Database.Database, filter: QuoteFilter = {}, page: Page = {}): ListResult<QuoteItem> {
  const { limit, offset } = pageOf(page);
  const { where, params } = quoteConditions(filter);
  const clause = where.length ? `WHERE ${where.join('\n  AND ')}` : '';
  const distinct = filter.distinct === true;
  const rows = prepared(db, select(clause, distinct)).all(...params, limit, offset) as (QuoteItem & { total: number })[];
  const counted = distinct
    ? `SELECT count(*) AS n FROM (SELECT 1 FROM quotes q JOIN articles sa ON sa.rowid = q.article ${clause} GROUP BY coalesce(sa.story, -q.article), q.text)`
    : `SELECT count(*) AS n FROM quotes q ${clause}`;
  const total = rows.length ? rows[0]!.total : (prepared(db, counted).get(...params) as { n: number }).n;
  const items = rows.map(({ total: _total, ...item }) => item);
  return { total, limit, offset, items };
}
