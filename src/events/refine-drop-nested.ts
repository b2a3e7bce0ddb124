// events: a word already read as part of another predicate is not a second event: the noun of "paid an official
// visit", "held talks", "imposed sanctions"; the verb a dictionary pattern took in ("vowed to wage war").
import type { EventCandidate } from './types.js';

export function refineDropNested(candidates: EventCandidate[]): EventCandidate[] {
  const verbal = candidates.filter((c) => c.entry?.pos !== 'noun');
  return candidates.filter(
    (c) => !verbal.some((v) => v !== c && v.trigger !== c.trigger && v.sentence === c.sentence && c.trigger >= v.predicate.start && c.trigger < v.predicate.end),
  );
}
