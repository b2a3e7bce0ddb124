// The read routes over a corpus database. Each one hands its validated query to QUERY's or RELATIONS' function, the
// same ones `dyad quotes`, `dyad events`, ... print, so the API and the CLI answer alike.
import type Database from 'better-sqlite3';
import { corpusStats, getArticle, listEntities, listEvents, listQuotes, searchText, type ListResult } from '../corpus/query/index.js';
import { relationSeries, triangle } from '../corpus/relations/index.js';
import { ApiError } from './api-error.js';
import { cameoNames } from './extract.js';
import { corpusOf, defineRoute, type ApiRoute } from './route.js';
import { ArticleParams, ArticlesQuery, EntitiesQuery, EventsQuery, QuotesQuery, RelationsQuery, SearchQuery, TriangleQuery } from './schemas.js';

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  story: number | null;
  entities: number;
  quotes: number;
  events: number;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(db: Database.Database, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** Articles newest first (by publication date, then by the order they were stored). */
export function listArticles(db: Database.Database, filter: { since?: string; until?: string }, page: { limit: number; offset: number }): ListResult<ArticleSummary> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.since) {
    where.push('a.published >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    // "until 2024-04" includes all of April: compare against the bound with a high suffix.
    where.push('a.published <= ?');
    params.push(`${filter.until}\uffff`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (prepared(db, `SELECT count(*) AS n FROM articles a ${clause}`).get(...params) as { n: number }).n;
  const items = prepared(
    db,
    `SELECT a.id, a.title, a.published, a.outlet, a.story,
       (SELECT count(*) FROM entities x WHERE x.article = a.rowid) AS entities,
       (SELECT count(*) FROM quotes x WHERE x.article = a.rowid) AS quotes,
       (SELECT count(*) FROM events x WHERE x.article = a.rowid) AS events
     FROM articles a ${clause} ORDER BY a.published DESC NULLS LAST, a.rowid DESC LIMIT ? OFFSET ?`,
  ).all(...params, page.limit, page.offset) as ArticleSummary[];
  return { total, limit: page.limit, offset: page.offset, items };
}

const stats = defineRoute({
  method: 'get',
  path: '/stats',
  tag: 'corpus',
  summary: 'Whether a corpus is open, and its counts (as dyad stats)',
  returns: '{corpus: false} or {corpus: true, schemaVersion, articles, stories, entities, quotes, events, ...}',
  handle(_request, env) {
    return env.corpus ? { corpus: true, ...corpusStats(env.corpus.db) } : { corpus: false };
  },
});

const articles = defineRoute({
  method: 'get',
  path: '/articles',
  tag: 'corpus',
  corpus: true,
  summary: 'Stored articles, newest first',
  query: ArticlesQuery,
  returns: '{total, limit, offset, items: {id, title, published, outlet, story, entities, quotes, events}[]}',
  handle({ query }, env) {
    const { limit, offset, ...filter } = query;
    return listArticles(corpusOf(env).db, filter, { limit, offset });
  },
});

const article = defineRoute({
  method: 'get',
  path: '/articles/{id}',
  tag: 'corpus',
  corpus: true,
  summary: 'One stored article: its record, its near-duplicate group, and the CAMEO names of its events',
  params: ArticleParams,
  returns: '{id, title, published, ..., story, record: dyad.article/1, cameo: {code: name}}',
  handle({ params }, env) {
    const found = getArticle(corpusOf(env).db, params.id);
    if (!found) throw new ApiError(404, `dyad: no article ${params.id} in the corpus`);
    return { ...found, cameo: cameoNames([found.record]) };
  },
});

const entities = defineRoute({
  method: 'get',
  path: '/entities',
  tag: 'corpus',
  corpus: true,
  summary: 'Entities across the corpus, most widely named first (as dyad entities)',
  query: EntitiesQuery,
  returns: '{total, limit, offset, items: {name, type, country, actor, articles, mentions, first, last}[]}',
  handle({ query }, env) {
    const { limit, offset, ...filter } = query;
    return listEntities(corpusOf(env).db, filter, { limit, offset });
  },
});

const quotes = defineRoute({
  method: 'get',
  path: '/quotes',
  tag: 'corpus',
  corpus: true,
  summary: 'Quotes, filtered by speaker, channel, topic and date (as dyad quotes)',
  query: QuotesQuery,
  returns: '{total, limit, offset, items: {article, quote, kind, text, speaker, cue, via, date, title, outlet, ...}[]}',
  handle({ query }, env) {
    const { limit, offset, ...filter } = query;
    return listQuotes(corpusOf(env).db, filter, { limit, offset });
  },
});

const events = defineRoute({
  method: 'get',
  path: '/events',
  tag: 'corpus',
  corpus: true,
  summary: 'Events with CAMEO names, Goldstein, modality and evidence sentence (as dyad events)',
  query: EventsQuery,
  returns: '{total, limit, offset, items: {article, event, code, name, root, quad, goldstein, modality, date, source*, target*, sentence, ...}[]}',
  handle({ query }, env) {
    const { limit, offset, ...filter } = query;
    return listEvents(corpusOf(env).db, filter, { limit, offset });
  },
});

const search = defineRoute({
  method: 'get',
  path: '/search',
  tag: 'corpus',
  corpus: true,
  summary: 'Full-text search over article text and quotes (as dyad search)',
  query: SearchQuery,
  returns: '{total, limit, offset, items: {kind, article, title, published, snippet, highlights, ...}[]}',
  handle({ query }, env) {
    return searchText(corpusOf(env).db, query.q, { limit: query.limit, offset: query.offset });
  },
});

const relations = defineRoute({
  method: 'get',
  path: '/relations',
  tag: 'relations',
  corpus: true,
  summary: 'How the relation of two sides moves: per period, events by quad class, Goldstein sum and mean, quotes (as dyad relations)',
  query: RelationsQuery,
  returns: '{a, b, by, periods: {period, start, end, ab, ba, total}[], totals, unplaced}',
  handle({ query }, env) {
    const { a, b, by, since, until, nonFactual, directed } = query;
    return relationSeries(corpusOf(env).db, a, b, { by, since, until, includeNonFactual: nonFactual, directed });
  },
});

const triangleRoute = defineRoute({
  method: 'get',
  path: '/triangle',
  tag: 'relations',
  corpus: true,
  summary: 'The strategic triangle of three sides: each side amity, enmity, mixed or unknown, the configuration and its pivot, the deciding events (as dyad triangle)',
  query: TriangleQuery,
  returns: '{sides: [AB, BC, CA] each {ends, state, reason, cooperation, conflict, share, goldsteinMean, evidence[]}, configuration, summary, thresholds}',
  handle({ query }, env) {
    const { a, b, c, since, until } = query;
    return triangle(corpusOf(env).db, a, b, c, { since, until });
  },
});

export const CORPUS_ROUTES: readonly ApiRoute[] = [stats, articles, article, entities, quotes, events, search, relations, triangleRoute];
