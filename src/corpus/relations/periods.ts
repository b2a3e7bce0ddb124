// Periods of a relation series: days (2024-04-08), ISO 8601 weeks (2024-W15, Monday to Sunday, the week-year of its
// Thursday) and months (2024-04). Dates are the corpus's ISO text at any grain; a date coarser than the period
// (a month-grained date in a weekly series) has no period and is counted as unplaced.
import { usage } from './sides.js';

export type Grain = 'day' | 'week' | 'month';
export const GRAINS: readonly Grain[] = ['day', 'week', 'month'];

/** The most periods one series may have (a daily series of 27 years). */
export const MAX_PERIODS = 10_000;

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 of an ISO day, or NaN. */
export function dayNumber(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t / DAY_MS;
}

export function dayText(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO 8601 week of a day number: "2024-W15". */
export function isoWeek(n: number): string {
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  const thursday = n - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const firstThursday = dayNumber(`${year}-01-04`) - ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) + 3;
  return `${year}-W${pad(Math.floor((thursday - firstThursday) / 7) + 1)}`;
}

/** Monday (day number) of an ISO week "2024-W15". */
function weekMonday(week: string): number {
  const year = Number(week.slice(0, 4));
  const jan4 = dayNumber(`${year}-01-04`);
  const monday1 = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7);
  return monday1 + (Number(week.slice(6)) - 1) * 7;
}

/** The period holding `date` at `grain`, or null when the date is missing or coarser than the grain. */
export function periodOf(date: string | null, grain: Grain): string | null {
  if (!date) return null;
  if (grain === 'month') return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
  const n = dayNumber(date);
  if (Number.isNaN(n)) return null;
  return grain === 'day' ? dayText(n) : isoWeek(n);
}

/** First and last day (ISO) of a period. */
export function periodDays(period: string, grain: Grain): { start: string; end: string } {
  if (grain === 'day') return { start: period, end: period };
  if (grain === 'week') {
    const monday = weekMonday(period);
    return { start: dayText(monday), end: dayText(monday + 6) };
  }
  const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  return { start: `${period}-01`, end: dayText(Date.UTC(y, m, 0) / DAY_MS) };
}

/** The period after `period`. */
export function nextPeriod(period: string, grain: Grain): string {
  if (grain === 'month') {
    const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
    return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1)}`;
  }
  if (grain === 'day') return dayText(dayNumber(period) + 1);
  return isoWeek(weekMonday(period) + 7);
}

/** Every period from `first` to `last`, both included; a usage error past MAX_PERIODS. */
export function periodsBetween(first: string, last: string, grain: Grain): string[] {
  const out: string[] = [];
  for (let p = first; p <= last; p = nextPeriod(p, grain)) {
    out.push(p);
    if (out.length > MAX_PERIODS) usage(`dyad: more than ${MAX_PERIODS} ${grain}s between ${first} and ${last}; use a coarser --by or narrower --since/--until`);
  }
  return out;
}

const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A --since/--until date (2024, 2024-04, 2024-04-08) as the half-open day range it stands for: `since` compares
 * as day >= from, `until` as day < to (so until 2024-04 includes all of April). Also its first and last day.
 * Stored dates compare through `daySql`, so a coarse stored date (2024-05) counts as its first day.
 */
export function dateBound(value: string, what: 'since' | 'until'): { from: string; to: string; first: string; last: string } {
  const m = BOUND.exec(value.trim());
  if (!m) usage(`dyad: ${what} must be a date such as 2024, 2024-04 or 2024-04-08, not "${value}"`);
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (d !== null) {
    const n = dayNumber(value.trim());
    if (Number.isNaN(n)) usage(`dyad: ${what} is not a calendar date: "${value}"`);
    return { from: dayText(n), to: dayText(n + 1), first: dayText(n), last: dayText(n) };
  }
  if (mo !== null) {
    if (mo < 1 || mo > 12) usage(`dyad: ${what} is not a calendar month: "${value}"`);
    const first = `${pad(y, 4)}-${pad(mo)}`;
    const to = nextPeriod(first, 'month');
    return { from: `${first}-01`, to: `${to}-01`, first: `${first}-01`, last: dayText(dayNumber(`${to}-01`) - 1) };
  }
  return { from: `${pad(y, 4)}-01-01`, to: `${pad(y + 1, 4)}-01-01`, first: `${pad(y, 4)}-01-01`, last: `${pad(y, 4)}-12-31` };
}

/** SQL for a stored ISO date at any grain as comparable day text: 2024 → 2024-01-01, 2024-04 → 2024-04-01. */
export function daySql(column: string): string {
  return `(CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END)`;
}
