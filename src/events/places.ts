// events: places where something happened — "in Beijing", "at Cirith Ungol" — read from prepositional phrases
// whose head is a place entity (GPE or LOC), and only where the phrase qualifies the event: right after its verb,
// its predicate or one of its actors, after a date, or at the head of the clause. "the situation in Ukraine" is
// where a situation is, not where the talks are.
import type { EventLocation } from '../article.js';
import type { ActorScope } from './actors.js';
import type { SentenceView } from './read-sentence.js';
import type { TokenRange } from './types.js';
import { TIME_WORDS } from './lexicon/words.js';

const PLACE_PREPS = new Set(['in', 'at', 'inside', 'outside']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);

export interface PlaceHit {
  location: EventLocation;
  /** Token of the preposition. */
  token: number;
  entity: number;
}

/** Place phrases in a token range, with whether each may qualify an event whose words are `anchors`. */
export function placesIn(scope: ActorScope, view: SentenceView, range: TokenRange, anchors: TokenRange[]): PlaceHit[] {
  const { tokens } = view;
  const out: PlaceHit[] = [];
  for (let c = view.chunkOf[range.start - view.start]; c >= 0 && c < view.chunks.length; c++) {
    const ch = view.chunks[c];
    if (ch.start >= range.end) break;
    if (ch.kind !== 'prep' || !PLACE_PREPS.has(tokens[ch.start].norm)) continue;
    const np = view.chunks[c + 1];
    if (!np || np.kind !== 'np') continue;
    const ei = scope.entityAt[np.head];
    if (ei < 0) continue;
    const e = scope.doc.entities[ei];
    if (!PLACE_TYPES.has(e.type)) continue;
    // What the phrase hangs on: the chunk before the preposition.
    const prev = view.chunks[c - 1];
    let ok = !prev || prev.start < range.start || prev.kind === 'vg' || prev.kind === 'adv' || prev.kind === 'punct' || prev.kind === 'sconj';
    if (!ok && prev) ok = anchors.some((a) => prev.end > a.start && prev.start < a.end);
    if (!ok && prev && prev.kind === 'np') ok = TIME_WORDS.has(tokens[prev.head].norm) || scope.entityAt[prev.head] >= 0 && PLACE_TYPES.has(scope.doc.entities[scope.entityAt[prev.head]].type);
    if (!ok) continue;
    out.push({
      token: ch.start,
      entity: ei,
      location: { name: e.name, country: e.country, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, entity: e.id },
    });
  }
  return out;
}
