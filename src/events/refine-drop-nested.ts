// events: a noun already read as part of a verbal predicate ("paid an official visit", "held talks", "imposed
// sanctions") is not a second event; nor is a verb already coded by a dictionary pattern coded again.
import type { EventCandidate } from './types.js';

export function refineDropNested(candidates: EventCandidate[]): EventCandidate[] {
  const verbal = candidates.filter((c) => c.entry?.pos !== 'noun');
  return candidates.filter((c) => {
    if (c.entry?.pos !== 'noun') return true;
    return !verbal.some((v) => v.sentence === c.sentence && c.trigger >= v.predicate.start && c.trigger < v.predicate.end);
  });
}
