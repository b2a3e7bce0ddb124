// Brings in the trained name tagger (src/entities/ner): its spans type the names the rules found but could not
// explain, split capitalized runs the rules could not, and add names the rules missed (lower-case starts, ALL-CAPS
// lines). Titles, organization heads, appositions and lexicon names found by rules stay as the rules read them.
import type { EntityType } from '../article.js';
import type { Cand, NameLabel, Work } from './work.js';
import { makeCand } from './work.js';

const TYPE_OF: Record<NameLabel, EntityType | null> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: null };

export function findTagged(w: Work): void {
  if (!w.tagger) return;
  const { doc, view } = w;
  const input = doc.sentences.map((s) => {
    const words: string[] = [];
    const pos: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      words.push(doc.text.slice(doc.tokens[t].start, doc.tokens[t].end));
      pos.push(doc.tokens[t].pos);
    }
    return { words, pos };
  });
  const tagged = w.tagger(input);
  // Pieces by the token they came from: token t covers pieces [firstPiece[t], firstPiece[t + 1]).
  const firstPiece = new Map<number, number>();
  const lastPiece = new Map<number, number>();
  view.pieces.forEach((p, i) => {
    if (!firstPiece.has(p.token)) firstPiece.set(p.token, i);
    lastPiece.set(p.token, i + 1);
  });
  const byRange = new Map<string, Cand>();
  const covering = new Map<number, Cand>();
  for (const c of w.cands) {
    if (c.dropped || c.kind === 'title') continue;
    byRange.set(`${c.p0}:${c.p1}`, c);
    for (let k = c.p0; k < c.p1; k++) covering.set(k, c);
  }
  tagged.forEach((spans, si) => {
    const s = doc.sentences[si];
    if (!s) return;
    for (const span of spans) {
      const p0 = firstPiece.get(s.tokenStart + span.start);
      const p1 = lastPiece.get(s.tokenStart + span.end - 1);
      if (p0 === undefined || p1 === undefined || p1 <= p0) continue;
      // A possessive is not part of the name: "Russia's".
      let end = p1;
      while (end > p0 + 1 && /^['\u2019]s?$/.test(view.pieces[end - 1].text)) end--;
      const same = byRange.get(`${p0}:${end}`);
      if (same) {
        same.tagged = span.label;
        continue;
      }
      const over = new Set<Cand>();
      for (let k = p0; k < end; k++) {
        const c = covering.get(k);
        if (c) over.add(c);
      }
      if (over.size === 1) {
        const [c] = over;
        // Inside a run the rules left untyped: the tagger's boundaries win ("Beijing Lavrov", "Acme Widgets Ltd chief").
        if (c.type === null && c.p0 <= p0 && end <= c.p1) {
          c.dropped = true;
          const part = makeCand(w, p0, end, { rule: 'tagger-span', tagged: span.label });
          w.cands.push(part);
          byRange.set(`${p0}:${end}`, part);
          for (let k = p0; k < end; k++) covering.set(k, part);
        }
        continue;
      }
      if (over.size || !TYPE_OF[span.label]) continue;
      const c = makeCand(w, p0, end, { rule: `tagger-${span.label.toLowerCase()}`, tagged: span.label });
      w.cands.push(c);
      byRange.set(`${p0}:${end}`, c);
      for (let k = p0; k < end; k++) covering.set(k, c);
    }
  });
}
