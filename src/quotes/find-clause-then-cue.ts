// Reported content followed by its frame: "…, experts said.", "…, said analysts.", "…, Zakharova said, TASS
// reported on Monday." (via TASS), "…, according to the police.", and the frame inside the clause: "The
// economy, she said, is growing." (one quote in two parts).
import type { Candidate } from './candidate.js';
import { parseFrame } from './attribution-frame.js';
import { contentEnd } from './reported-clause.js';
import { closingMarkAfter, type Reading } from './reading.js';

const LEADING_JUNK = new Set(['"', '”', '’', "'", "''", ')', ',', '—', '–', '-']);
/** A verb in tokens [first, last]: one the tagger read as such, or a past form it read as an adjective right after a
 * noun or pronoun ("The summit accomplished too little": "the accomplished pianist" has a determiner before it). */
const hasVerb = (r: Reading, first: number, last: number) => {
  for (let k = first; k <= last; k++) {
    const t = r.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'ADJ' && t.norm.endsWith('ed') && k > first && SUBJECT_ENDS.has(r.tokens[k - 1].pos)) return true;
  }
  return false;
};
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN', 'PRON']);


/** Token `k` is (part of) the closing mark of a quotation opened at or after `from`: it stays with the content. */
function closesQuotationFrom(r: Reading, k: number, from: number): boolean {
  if (r.quotedAt[k] >= 0) return false;
  const inside = r.quotedAt[k - 1] >= 0 ? k - 1 : r.quotedAt[k - 2] >= 0 && r.quotedAt[k - 1] < 0 ? k - 2 : -1;
  if (inside < 0) return false;
  const q = r.quoted[r.quotedAt[inside]];
  return q.open >= from && q.close > r.tokens[k].start && q.close <= r.tokens[k].end + 1;
}

export function findClauseThenCue(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  r.sentences.forEach((s, si) => {
    // A frame needs a cue: sentences without one outside quotations are passed over.
    let lastCue = -1;
    for (let k = s.tokenEnd - 1; k >= s.tokenStart && lastCue < 0; k--) if (r.cueAt[k] && r.quotedAt[k] < 0) lastCue = k;
    if (lastCue < 0) return;
    let start = s.tokenStart;
    while (start < s.tokenEnd && LEADING_JUNK.has(r.tokens[start].norm)) start++;
    for (let k = start + 2; k < lastCue; k++) {
      if (r.tokens[k].norm !== ',') continue;
      // A comma inside a quotation's closing mark ("…on Ukraine," according to …) ends the clause all the same.
      const closing = r.quotedAt[k] >= 0 ? closingMarkAfter(r, k) : -1;
      if (r.quotedAt[k] >= 0 && closing < 0) continue;
      const frame = parseFrame(r, closing >= 0 ? closing + 1 : k, s.tokenEnd);
      if (!frame) continue;
      let last = closing >= 0 ? closing : k - 1;
      while (last > start && LEADING_JUNK.has(r.tokens[last].norm) && !closesQuotationFrom(r, last, r.tokens[start].start)) last--;
      const parts = [{ start: r.tokens[start].start, end: r.tokens[last].end }];
      let rule = 'clause-then-cue';
      const rest = frame.stop === 'comma' ? frame.end + 1 : -1;
      // "The economy, she said, is growing.": the clause goes on after the frame (not a tail like ", adding …").
      if (rest > 0 && r.quotedAt[rest] < 0 && !r.cueAt[rest] && !(r.tokens[rest].pos === 'VERB' && r.tokens[rest].norm.endsWith('ing'))) {
        const end = contentEnd(r, rest, s.tokenEnd);
        if (end > rest) {
          parts.push({ start: r.tokens[rest].start, end: r.tokens[end].end });
          rule = 'cue-in-parenthesis';
        }
      }
      const verbFound = hasVerb(r, start, last) || (rule === 'cue-in-parenthesis' && hasVerb(r, rest, s.tokenEnd - 1));
      if (last - start < (rule === 'cue-in-parenthesis' ? 0 : 2) || !verbFound) continue;
      found.push({ rule, parts, kind: null, speaker: frame.speaker, inherits: null, cue: frame.cue, channels: frame.channels, sentence: si });
      break;
    }
  });
  return found;
}
