// events: where each event happened — a place phrase of its clause that qualifies it (see places.ts), the first
// after the predicate, else the last before it. A place that is one of the event's actors is not its location
// ("arrived in China": China is the target).
import { placesIn } from './places.js';
import type { EventCandidate, EventScope } from './types.js';

export function refineAttachPlace(candidates: EventCandidate[], scope: EventScope): EventCandidate[] {
  return candidates.map((c) => {
    if (c.location) return c;
    const view = scope.views[c.sentence];
    const anchors = [c.predicate, { start: c.source.start, end: c.source.end }];
    if (c.target) anchors.push({ start: c.target.start, end: c.target.end });
    const actorEntities = new Set([c.source.entity, c.target?.entity].filter(Boolean));
    // "In Cairo, the two presidents met": an opening place phrase set off by a comma belongs to the first clause.
    let start = c.clause.start;
    const before = view.chunkOf[start - view.start] - 1;
    if (before > 0 && view.tokens[view.chunks[before].start].norm === ',') {
      const r = view.runOf[before - 1];
      if (r >= 0 && view.runs[r].chunkStart === 0 && view.chunks[0].kind === 'prep') start = view.start;
    }
    const hits = placesIn(scope.actors, view, { start, end: c.clause.end }, anchors).filter((h) => !actorEntities.has(h.location.entity ?? null));
    if (!hits.length) return { ...c, location: null };
    const after = hits.find((h) => h.token > c.trigger);
    return { ...c, location: (after ?? hits[hits.length - 1]).location };
  });
}
