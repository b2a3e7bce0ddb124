// time: where candidates overlap, the longest wins ("earlier this month" over chrono's "this month"); on equal
// length the one found first in the finder order of index.ts wins ("last week" as a Monday…Sunday period over
// chrono's "seven days ago").
import type { DateCandidate } from './candidate.js';

export function refineDropOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
  const ranked = candidates.map((c, order) => ({ c, order })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: DateCandidate[] = [];
  for (const { c } of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
