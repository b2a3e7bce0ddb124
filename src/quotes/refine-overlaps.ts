// Keeps one quote per stretch of content (PolNeAR's "univocal" reading): one quote per cue, a cue inside
// another quote's content makes that quote the outer one, and an outer "according to"/"reported" frame
// around a reported clause becomes its channel ("she warned that …, according to the release from X").
import type { Candidate } from './candidate.js';
import { contentEnd, contentStart } from './candidate.js';
import type { Reading } from './reading.js';

/** Which finder wins when two propose a quote for the same cue or the same words. */
const PRIORITY: Record<string, number> = {
  'quote-split-by-cue': 6, 'said-after-quote': 6, 'credit-line': 6, 'cue-in-parenthesis': 5, 'clause-then-cue': 5, 'as-cue-clause': 4,
  'according-to-clause': 4, 'cue-then-clause': 3, 'cue-then-quotation': 3, 'cue-continues-clause': 2,
};
const priority = (c: Candidate) => PRIORITY[c.rule] ?? 1;

const cueInside = (r: Reading, cue: Candidate, outer: Candidate) =>
  cue.cue !== null && outer.parts.some((p) => r.tokens[cue.cue!.first].start >= p.start && r.tokens[cue.cue!.last].end <= p.end);

/** An outer frame at the end of a sentence that passes the inner quote on: "…, according to X", "…, X reported". */
const isChannelFrame = (c: Candidate) => (c.rule === 'clause-then-cue' || c.rule === 'according-to-clause') &&
  c.cue !== null && (c.cue.entry.sourceAfter === true || c.cue.entry.id === 'report');

export function refineOverlaps(r: Reading, candidates: readonly Candidate[]): Candidate[] {
  // One quote per cue.
  const byCue = new Map<number, Candidate>();
  const uncued: Candidate[] = [];
  for (const c of candidates) {
    if (!c.cue) { uncued.push(c); continue; }
    const held = byCue.get(c.cue.first);
    if (!held || priority(c) > priority(held)) byCue.set(c.cue.first, c);
  }
  const sorted = [...byCue.values(), ...uncued].sort((a, b) => contentStart(a) - contentStart(b) || priority(b) - priority(a));
  const dropped = new Set<Candidate>();
  const replaced = new Map<Candidate, Candidate>();
  const active: Candidate[] = [];
  for (const c of sorted) {
    for (let i = active.length - 1; i >= 0; i--) if (contentEnd(active[i]) <= contentStart(c)) active.splice(i, 1);
    for (const a of active) {
      if (dropped.has(a) || dropped.has(c)) continue;
      const [outer, inner] = cueInside(r, c, a) ? [a, c] : cueInside(r, a, c) ? [c, a] : [null, null];
      if (outer && inner) {
        // "X said …, according to Y": Y passed X's words on. "X plans …, according to Y": Y is the one speaking.
        if (isChannelFrame(outer) && !cueInside(r, outer, inner) && inner.cue?.entry.cueType === 'speech') {
          dropped.add(outer);
          const current = replaced.get(inner) ?? inner;
          replaced.set(inner, { ...current, channels: [...current.channels, ...(outer.speaker ? [outer.speaker] : [])] });
        } else dropped.add(inner);
        continue;
      }
      // Overlapping words, neither cue inside the other: the stronger finder, then the longer content, wins.
      const longer = contentEnd(a) - contentStart(a) >= contentEnd(c) - contentStart(c) ? a : c;
      const keep = priority(a) !== priority(c) ? (priority(a) > priority(c) ? a : c) : longer;
      dropped.add(keep === a ? c : a);
    }
    active.push(c);
  }
  return sorted.filter((c) => !dropped.has(c)).map((c) => replaced.get(c) ?? c);
}
