// Shared pieces of the corpus queries: paging, date bounds, name matching, FTS5 term escaping and the per-database
// cache of prepared statements. Invalid user input throws a DyadFailure whose message is one line starting `dyad:`.
import type Database from 'better-sqlite3';
import { DyadFailure, dyadError } from '../../errors.js';
import { countryOf } from '../relations/sides.js';

export interface Page {
  limit?: number;
  offset?: number;
}

export interface ListResult<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export const DEFAULT_LIMIT = 50;

export function usage(message: string, where?: string): never {
  throw new DyadFailure(dyadError('usage', message, where));
}

/** A page's limit and offset, checked: whole numbers, limit ≥ 0, offset ≥ 0. */
export function pageOf(page: Page = {}): { limit: number; offset: number } {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const offset = page.offset ?? 0;
  if (!Number.isSafeInteger(limit) || limit < 0) usage(`dyad: limit must be a whole number ≥ 0, not ${String(limit)}`);
  if (!Number.isSafeInteger(offset) || offset < 0) usage(`dyad: offset must be a whole number ≥ 0, not ${String(offset)}`);
  return { limit, offset };
}

// Prepared statements, cached per database and SQL text. The cache lives as long as the database object (WeakMap):
// it holds no state a query could observe, only compiled statements.
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A date bound as the half-open ISO text range it stands for: `2024` → [2024, 2025), `2024-02` → [2024-02, 2024-03),
 * `2024-02-29` → [2024-02-29, 2024-03). Stored dates are ISO text of any precision and a coarse one counts as its
 * first day ("2024-05" is May 1st). Text order puts "2024-05" before "2024-05-01", so each bound is written as the
 * shortest text for its day (`2024-05-01` → `2024-05`, `2025-01-01` → `2025`): then `date >= from` and `date < to`
 * compare every precision rightly, and the date indexes still serve them.
 */
export function dateRange(value: string, what: string): { from: string; to: string } {
  const m = DATE.exec(value.trim());
  const bad = () => usage(`dyad: ${what} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-04-08), not "${value}"`);
  if (!m) bad();
  const year = Number(m![1]);
  const month = m![2] === undefined ? 1 : Number(m![2]);
  const day = m![3] === undefined ? 1 : Number(m![3]);
  if (month < 1 || month > 12) bad();
  const first = new Date(Date.UTC(year, month - 1, day));
  first.setUTCFullYear(year);
  if (day < 1 || first.getUTCMonth() !== month - 1) bad();
  const next = new Date(first);
  if (m![2] === undefined) next.setUTCFullYear(year + 1);
  else if (m![3] === undefined) next.setUTCMonth(month);
  else next.setUTCDate(day + 1);
  const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`.replace(/(-01){1,2}$/, '');
  return { from: iso(first), to: iso(next) };
}

/** Adds `column >= since` and `column < end of until` to a WHERE list; checks that since is not after until. */
export function addDateBounds(where: string[], params: unknown[], column: string, since?: string, until?: string): void {
  const from = since ? dateRange(since, 'since') : null;
  const to = until ? dateRange(until, 'until') : null;
  if (from && to && from.from >= to.to) usage(`dyad: since (${since}) is after until (${until})`);
  if (from) {
    where.push(`${column} >= ?`);
    params.push(from.from);
  }
  if (to) {
    where.push(`${column} < ?`);
    params.push(to.to);
  }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Words of a name, collapsed to single spaces ('  Sergey   Lavrov ' → 'Sergey Lavrov'). */
export const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).join(' ');

/**
 * SQL true when `column` names `name` as whole words, case-insensitively (ASCII): "Lavrov" finds "Sergey Lavrov",
 * "sergey lavrov" finds it too, "Lav" finds nothing. Pushes the four LIKE patterns it needs.
 */
export function nameMatch(column: string, name: string, params: unknown[]): string {
  const n = likeEscape(words(name));
  params.push(n, `${n} %`, `% ${n}`, `% ${n} %`);
  return `(${column} LIKE ? ESCAPE '\\' OR ${column} LIKE ? ESCAPE '\\' OR ${column} LIKE ? ESCAPE '\\' OR ${column} LIKE ? ESCAPE '\\')`;
}

/**
 * User text → an FTS5 query of plain terms: each whitespace-separated chunk becomes a quoted phrase (inner quotes
 * doubled), so FTS5 operators (OR, NOT, NEAR, *, ^, column:) and stray quotes in the input are searched as words and
 * can never make the query fail. Chunks with no letter or digit are dropped. Null when nothing is left.
 */
export function ftsTerms(text: string): string | null {
  const chunks = text.split(/\s+/).filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (!chunks.length) return null;
  return chunks.map((c) => `"${c.replace(/"/g, '""')}"`).join(' ');
}

/** A non-empty filter value, trimmed; undefined for absent or blank. */
export function given(value: string | undefined | null): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/**
 * The ISO alpha-3 country a user's text names ("Russia", "Britain", "US", "CHN"), or null. Two- and three-letter codes
 * count only in capitals, so the words "us" and "in" are not the USA and India.
 */
export function countryNamed(text: string): string | null {
  const t = words(text);
  if (t.length <= 3 && t !== t.toUpperCase()) return null;
  return countryOf(t);
}
