// Entities across the corpus: one row per (name, type), with the number of articles that name it and its mentions
// in all of them; the country and actor code shown are the ones most of its articles give.
import type Database from 'better-sqlite3';
import { countryNamed, given, nameMatch, pageOf, prepared, usage, type ListResult, type Page } from './common.js';

export interface EntityFilter {
  /** PERSON, ORG, GPE, LOC or NORP (any case). */
  type?: string;
  /** Whole words of the name ("Lavrov"), or the acronym. */
  name?: string;
  /** ISO 3166-1 alpha-3. */
  country?: string;
  /** Only the N entities named by the most articles (the same as limit N). */
  top?: number;
}

export interface EntityItem {
  name: string;
  type: string;
  country: string | null;
  actor: string | null;
  articles: number;
  mentions: number;
  /** First and last publication date of the articles that name it. */
  first: string | null;
  last: string | null;
}

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];

export function entityConditions(filter: EntityFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const type = given(filter.type)?.toUpperCase();
  if (type) {
    if (!TYPES.includes(type)) usage(`dyad: type must be one of ${TYPES.join(', ')}, not "${filter.type}"`);
    where.push('e.type = ?');
    params.push(type);
  }
  const name = given(filter.name);
  if (name) {
    where.push(`(${nameMatch('e.name', name, params)} OR e.acronym = ? COLLATE NOCASE)`);
    params.push(name);
  }
  const asked = given(filter.country);
  const country = asked ? (countryNamed(asked) ?? asked.toUpperCase()) : undefined;
  if (country) {
    if (!/^[A-Z]{3}$/.test(country)) usage(`dyad: country must be a country: an ISO 3166-1 code such as RUS or a name such as Russia, not "${filter.country}"`);
    where.push('e.country = ?');
    params.push(country);
  }
  return { where, params };
}

export function listEntities(db: Database.Database, filter: EntityFilter = {}, page: Page = {}): ListResult<EntityItem> {
  if (filter.top !== undefined && (!Number.isSafeInteger(filter.top) || filter.top < 1)) usage(`dyad: top must be a whole number ≥ 1, not ${String(filter.top)}`);
  const { limit, offset } = pageOf(filter.top !== undefined ? { ...page, limit: filter.top } : page);
  const { where, params } = entityConditions(filter);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // One grouping pass gives the page and (as a window count over the groups) the total.
  const groups = prepared(
    db,
    `SELECT name, type, articles, mentions, count(*) OVER () AS total FROM (
       SELECT e.name, e.type, count(DISTINCT e.article) AS articles, sum(e.mentions) AS mentions
       FROM entities e ${clause} GROUP BY e.name, e.type)
     ORDER BY articles DESC, mentions DESC, name, type LIMIT ? OFFSET ?`,
  ).all(...params, limit, offset) as { name: string; type: string; articles: number; mentions: number; total: number }[];
  const total = groups.length
    ? groups[0]!.total
    : (prepared(db, `SELECT count(*) AS n FROM (SELECT DISTINCT e.name, e.type FROM entities e ${clause})`).get(...params) as { n: number }).n;
  // For each group on the page: the most frequent country and actor code, and the first and last publication date
  // (indexed look-ups by name).
  const mode = prepared(
    db,
    `SELECT country, actor FROM entities WHERE name = ? AND type = ?
     GROUP BY country, actor ORDER BY country IS NULL, count(*) DESC, country, actor LIMIT 1`,
  );
  const span = prepared(db, `SELECT min(a.published) AS first, max(a.published) AS last FROM entities e JOIN articles a ON a.rowid = e.article WHERE e.name = ? AND e.type = ?`);
  const items = groups.map((g): EntityItem => {
    const m = mode.get(g.name, g.type) as { country: string | null; actor: string | null };
    const d = span.get(g.name, g.type) as { first: string | null; last: string | null };
    return { name: g.name, type: g.type, country: m.country, actor: m.actor, articles: g.articles, mentions: g.mentions, first: d.first, last: d.last };
  });
  return { total, limit, offset, items };
}
