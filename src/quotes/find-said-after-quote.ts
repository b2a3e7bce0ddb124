// Direct quotes followed by their frame: ""We are ready," he said." and ""…," said Smith, a spokesman."
// A second quotation right after the frame continues the same quote: ""We are ready," he said, "to talk.""
// is one quote in two parts (the cue between them is not content).
import type { Span } from '../article.js';
import type { Candidate } from './candidate.js';
import type { QuotedSpan } from './find-quotation-marks.js';
import { parseFrame } from './attribution-frame.js';
import { tokenAfter, tokenBefore, type Reading } from './reading.js';

/** A quotation that opens a sentence (or the text), so its frame can only come after it; with `afterColon`, also one
 * that opens the clause after a colon ("X scolded him: "…," she said."). */
export function opensSentence(text: string, q: QuotedSpan, afterColon = false): boolean {
  let i = q.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || '.!?\n\r"”’\'»…)—–-'.includes(text[i]) || (afterColon && text[i] === ':');
}

/** The content of a direct quotation, without the comma it ends on before its frame ("We are ready,"). */
export function withoutTrailingComma(text: string, parts: readonly Span[]): Span[] {
  const last = parts[parts.length - 1];
  let end = last.end;
  while (end > last.start && (text[end - 1] === ',' || text[end - 1] === ' ')) end--;
  return [...parts.slice(0, -1), { start: last.start, end }];
}

/** A cue in the sentence before the colon that opens the quotation at `open`. */
function cueBeforeColon(r: Reading, open: number): boolean {
  const colon = tokenBefore(r.tokens, open);
  if (colon < 0) return false;
  const first = r.sentences[r.sentenceOf[colon]].tokenStart;
  for (let k = colon - 1; k >= first; k--) if (r.cueAt[k]) return true;
  return false;
}

export function findSaidAfterQuote(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  const continued = new Set<number>();
  r.quoted.forEach((q, qi) => {
    if (q.nested || !q.closed || continued.has(qi) || !opensSentence(r.text, q, true)) return;
    // After a colon, only when no cue comes before it: "Mr Cridland said: "…"" has its frame already.
    if (!opensSentence(r.text, q) && cueBeforeColon(r, q.open)) return;
    const j = tokenAfter(r.tokens, q.close);
    if (j >= r.tokens.length || /\n/.test(r.text.slice(q.close, r.tokens[j].start))) return;
    const sentence = r.sentenceOf[j];
    const frame = parseFrame(r, j, r.sentences[sentence].tokenEnd);
    if (!frame) return;
    let parts = withoutTrailingComma(r.text, q.parts);
    let rule = 'said-after-quote';
    if (frame.stop === 'comma') {
      let nextIndex = qi + 1;
      while (nextIndex < r.quoted.length && (r.quoted[nextIndex].nested || r.quoted[nextIndex].open < r.tokens[frame.end].end)) nextIndex++;
      const next = r.quoted[nextIndex];
      if (next && !/\S/.test(r.text.slice(r.tokens[frame.end].end, next.open))) {
        parts = [...parts, ...withoutTrailingComma(r.text, next.parts)];
        continued.add(nextIndex);
        rule = 'quote-split-by-cue';
      }
    }
    found.push({ rule, parts, kind: 'direct', speaker: frame.speaker, inherits: null, cue: frame.cue, channels: frame.channels, sentence });
  });
  return found;
}
