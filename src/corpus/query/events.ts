// Events across the corpus: who did what to whom, filtered by actor codes, CAMEO code, quad class, modality and date.
// Each row is one report (an `events` row) with the counts of the corpus event it belongs to (GDELT's NumMentions,
// NumArticles, NumSources).
import type Database from 'better-sqlite3';
import { cameoName } from '../../events/cameo.js';
import { addDateBounds, countryNamed, given, nameMatch, pageOf, prepared, usage, type ListResult, type Page } from './common.js';

export interface EventFilter {
  /** Source actor: a CAMEO code or prefix (RUS, RUSGOV), or the source's country (CHN, CN, China). */
  source?: string;
  target?: string;
  /** CAMEO root, two digits ("04", or "4"). */
  root?: string;
  /** CAMEO code or its prefix ("042", "04"). */
  code?: string;
  /** Quad class 1–4 (verbal coop, material coop, verbal conflict, material conflict). */
  quad?: number | string;
  modality?: string;
  since?: string;
  until?: string;
  /** Either side: a name as whole words ("Lavrov"), or a CAMEO code prefix. */
  actor?: string;
  /** Either side's ISO alpha-3 country. */
  country?: string;
  /** One row per corpus event: of the reports that match, the first stored one (the row's counts cover them all). */
  distinct?: boolean;
}

export interface EventItem {
  article: string;
  event: string;
  code: string;
  name: string | null;
  root: string;
  quad: number;
  goldstein: number;
  modality: string;
  date: string | null;
  dateEnd: string | null;
  sourceActor: string | null;
  sourceName: string | null;
  sourceCountry: string | null;
  targetActor: string | null;
  targetName: string | null;
  targetCountry: string | null;
  place: string | null;
  sentence: string;
  title: string | null;
  outlet: string | null;
  corpusEvent: number | null;
  /** Reports, articles and outlets of the corpus event this report belongs to. */
  mentions: number | null;
  articles: number | null;
  sources: number | null;
  start: number;
  end: number;
}

// As for quotes: the page comes from the events table alone, with the filtered total as a window count.
const ORDER = `e.date IS NULL, e.date DESC, e.article DESC, e.start`;
// distinct: the matching reports grouped by corpus event (a report with none is its own group); min(e.rowid) makes
// SQLite take the group's other bare columns (date, article, start, for the order) from that first report.
const pageRows = (clause: string, distinct: boolean) =>
  distinct
    ? `SELECT min(e.rowid) AS event, e.date, e.article, e.start, count(*) OVER () AS total FROM events e ${clause}
       GROUP BY coalesce(e.corpus_event, -e.rowid) ORDER BY ${ORDER}`
    : `SELECT e.rowid AS event, count(*) OVER () AS total FROM events e ${clause} ORDER BY ${ORDER}`;
const select = (clause: string, distinct: boolean) => `
WITH page AS (${pageRows(clause, distinct)} LIMIT ? OFFSET ?)
SELECT page.total, a.id AS article, e.local_id AS event, e.code, e.root, e.quad, e.goldstein, e.modality, e.date, e.date_end AS dateEnd,
       e.source_actor AS sourceActor, e.source_name AS sourceName, e.source_country AS sourceCountry,
       e.target_actor AS targetActor, e.target_name AS targetName, e.target_country AS targetCountry,
       e.place, e.sentence, a.title, a.outlet, e.corpus_event AS corpusEvent,
       ce.mentions, ce.articles, ce.sources, e.start, e."end"
FROM page
JOIN events e ON e.rowid = page.event
JOIN articles a ON a.rowid = e.article
LEFT JOIN corpus_events ce ON ce.id = e.corpus_event
ORDER BY ${ORDER}`;

const CODE = /^[A-Z0-9]{3,}$/;
const QUADS: Record<string, number> = { 'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4 };
const MODALITIES = ['asserted', 'reported', 'planned', 'hypothetical', 'negated'];

/** A side as a code: a country name or code ("China", "CN", "CHN") becomes its alpha-3; else a CAMEO code prefix. */
function actorCode(value: string, what: string): string {
  const country = countryNamed(value);
  if (country) return country;
  const code = value.toUpperCase();
  if (!CODE.test(code)) usage(`dyad: ${what} must be a CAMEO actor code or prefix such as RUS or RUSGOV, or a country (CHN, CN, China), not "${value}"`);
  return code;
}

/** `side` matches a CAMEO code prefix or a country code. */
function sideMatch(side: 'source' | 'target', code: string, params: unknown[]): string {
  params.push(`${code}%`, code);
  return `(e.${side}_actor LIKE ? OR e.${side}_country = ?)`;
}

export function eventConditions(filter: EventFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const source = given(filter.source);
  if (source) where.push(sideMatch('source', actorCode(source, 'source'), params));
  const target = given(filter.target);
  if (target) where.push(sideMatch('target', actorCode(target, 'target'), params));
  const root = given(filter.root);
  if (root) {
    if (!/^\d{1,2}$/.test(root) || Number(root) < 1 || Number(root) > 20) usage(`dyad: root must be a CAMEO root 01–20, not "${root}"`);
    where.push('e.root = ?');
    params.push(root.padStart(2, '0'));
  }
  const code = given(filter.code);
  if (code) {
    if (!/^\d{2,4}[A-Z]?$/i.test(code)) usage(`dyad: code must be a CAMEO event code or prefix such as 042 or 04, not "${code}"`);
    where.push('e.code LIKE ?');
    params.push(`${code.toUpperCase()}%`);
  }
  const quadText = given(filter.quad === undefined || filter.quad === null ? undefined : String(filter.quad));
  if (quadText) {
    const quad = /^[1-4]$/.test(quadText) ? Number(quadText) : QUADS[quadText.toLowerCase()];
    if (!quad) usage(`dyad: quad must be 1–4 or one of ${Object.keys(QUADS).join(', ')}, not "${quadText}"`);
    where.push('e.quad = ?');
    params.push(quad);
  }
  const modality = given(filter.modality);
  if (modality) {
    if (!MODALITIES.includes(modality.toLowerCase())) usage(`dyad: modality must be one of ${MODALITIES.join(', ')}, not "${modality}"`);
    where.push('e.modality = ?');
    params.push(modality.toLowerCase());
  }
  const actor = given(filter.actor);
  if (actor) {
    const sides = [nameMatch('e.source_name', actor, params), nameMatch('e.target_name', actor, params)];
    if (CODE.test(actor)) {
      sides.push('e.source_actor LIKE ?', 'e.target_actor LIKE ?');
      params.push(`${actor}%`, `${actor}%`);
    }
    where.push(`(${sides.join(' OR ')})`);
  }
  const country = given(filter.country);
  if (country) {
    const iso = countryNamed(country) ?? country.toUpperCase();
    if (!/^[A-Z]{3}$/.test(iso)) usage(`dyad: country must be a country: an ISO 3166-1 code such as RUS or a name such as Russia, not "${country}"`);
    where.push('(e.source_country = ? OR e.target_country = ?)');
    params.push(iso, iso);
  }
  addDateBounds(where, params, 'e.date', given(filter.since), given(filter.until));
  return { where, params };
}

export function listEvents(db: Database.Database, filter: EventFilter = {}, page: Page = {}): ListResult<EventItem> {
  const { limit, offset } = pageOf(page);
  const { where, params } = eventConditions(filter);
  const clause = where.length ? `WHERE ${where.join('\n  AND ')}` : '';
  const distinct = filter.distinct === true;
  const rows = prepared(db, select(clause, distinct)).all(...params, limit, offset) as (Omit<EventItem, 'name'> & { total: number })[];
  const counted = distinct ? `SELECT count(DISTINCT coalesce(e.corpus_event, -e.rowid)) AS n FROM events e ${clause}` : `SELECT count(*) AS n FROM events e ${clause}`;
  const total = rows.length ? rows[0]!.total : (prepared(db, counted).get(...params) as { n: number }).n;
  const items = rows.map(({ total: _total, article, event, code, ...rest }): EventItem => ({ article, event, code, name: cameoName(code) ?? null, ...rest }));
  return { total, limit, offset, items };
}
