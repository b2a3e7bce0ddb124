// time: drops the candidates that an entry of lexicon/false-dates.ts recognises as no date ("You may go").
import type { DateCandidate } from './candidate.js';
import { FALSE_DATES, type FalseDateEntry } from './lexicon/false-dates.js';

/** The entry that drops `c`, or null when `c` stays. */
export function falseDateRule(text: string, c: DateCandidate, entries: readonly FalseDateEntry[] = FALSE_DATES): string | null {
  const surface = text.slice(c.start, c.end);
  for (const e of entries) {
    if (!e.appliesTo.includes(c.rule) || !e.dropIf.test(surface)) continue;
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    if (e.unlessAfter && e.unlessAfter.test(before)) continue;
    if (e.onlyAfter && !e.onlyAfter.test(before)) continue;
    if (e.onlyBefore && !e.onlyBefore.test(text.slice(c.end, c.end + 24))) continue;
    return e.id;
  }
  return null;
}

export function refineDropFalseDates(text: string, candidates: readonly DateCandidate[]): DateCandidate[] {
  return candidates.filter((c) => falseDateRule(text, c) === null);
}
