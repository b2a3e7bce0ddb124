// time: without a publication time, a value computed from the stand-in reference means nothing: relative mentions
// ("on Monday", "yesterday", "last week", "April 8") keep their text and grain with value null; a mention that
// writes its year ("April 8, 2024", "in May 2023", "since 1991") keeps its value.
import type { DateCandidate } from './candidate.js';

export interface ResolvedCandidate extends Omit<DateCandidate, 'value'> {
  value: string | null;
}

export function refineUnknownReference(candidates: readonly DateCandidate[], published: boolean): ResolvedCandidate[] {
  if (published) return [...candidates];
  return candidates.map((c) => (c.relative ? { ...c, value: null, valueEnd: null } : c));
}
