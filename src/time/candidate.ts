// time: what the finders propose and the refiners pass on. A candidate is always resolved against SOME reference
// (the publication time, or a fixed stand-in when there is none); `relative` says whether its value depends on
// that reference, so refine-unknown-reference can null it when the publication time is unknown.
import type { DateGrain } from '../article.js';

export interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  value: string;
  valueEnd: string | null;
  grain: DateGrain;
  /** True when the value was computed from the reference time (no year written in the text). */
  relative: boolean;
}

/** A wall-clock reference: the publication time as written, no timezone. */
export interface Reference {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The ISO value of a date at a grain: 2024, 2024-05, 2024-04-08, 2024-04-08T10:00. */
export function isoAt(grain: DateGrain, y: number, m = 1, d = 1, h = 0, min = 0): string {
  const year = pad(y, 4);
  if (grain === 'year') return year;
  if (grain === 'month') return `${year}-${pad(m)}`;
  if (grain === 'day') return `${year}-${pad(m)}-${pad(d)}`;
  return `${year}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}`;
}

/** Calendar arithmetic in UTC so that no local timezone or DST can move a wall-clock day. */
export function addDays(y: number, m: number, d: number, days: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const WRITTEN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/;

/** Reads meta.published as written ("2024-04-08T22:38", "2024-04-08", "2024"); any offset is ignored. */
export function parseReference(published: string | null): Reference | null {
  const m = published ? WRITTEN.exec(published.trim()) : null;
  if (!m) return null;
  const n = (s: string | undefined, fallback: number) => (s === undefined ? fallback : Number(s));
  const ref = { year: n(m[1], 0), month: n(m[2], 1), day: n(m[3], 1), hour: n(m[4], 12), minute: n(m[5], 0) };
  if (ref.month < 1 || ref.month > 12 || ref.day < 1 || ref.day > 31 || ref.hour > 23 || ref.minute > 59) return null;
  return ref;
}

/** The stand-in reference when the publication time is unknown: fixed, never today's clock. Values that depend on
 * it are nulled by refine-unknown-reference. */
export const STAND_IN: Reference = { year: 2000, month: 1, day: 1, hour: 12, minute: 0 };
