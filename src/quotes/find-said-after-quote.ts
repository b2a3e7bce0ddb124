// Direct quotes followed by their frame: ""We are ready," he said." and ""…," said Smith, a spokesman."
// A second quotation right after the frame continues the same quote: ""We are ready," he said, "to talk.""
// is one quote in two parts (the cue between them is not content).
import type { Span } from '../article.js';
import type { Candidate } from './candidate.js';
import type { QuotedSpan } from './find-quotation-marks.js';
import { parseFrame } from './attribution-frame.js';
import { tokenAfter, tokenBefore, type Reading } from './reading.js';

/** The offset of the character before a quotation's opening mark, spaces and tabs passed over (-1 at the text start). */
function charBefore(text: string, q: QuotedSpan): number {
  let i = q.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i;
}

/** A quotation that opens a sentence (or the text), so its frame can only come after it. */
export function opensSentence(text: string, q: QuotedSpan): boolean {
  const i = charBefore(text, q);
  return i < 0 || '.!?\n\r"”’\'»…)—–-'.includes(text[i]);
}

/** The content of a direct quotation, without the comma it ends on before its frame ("We are ready,"). */
export function withoutTrailingComma(text: string, parts: readonly Span[]): Span[] {
  const last = parts[parts.length - 1];
  let end = last.end;
  while (end > last.start && (text[end - 1] === ',' || text[end - 1] === ' ')) end--;
  return [...parts.slice(0, -1), { start: last.start, end }];
}

/** A quotation after a colon with no cue before the colon in its sentence: "X scolded him: "…," she said." ("Mr
 * Cridland said: "…"" has its frame already). */
function opensAfterBareColon(r: Reading, q: QuotedSpan): boolean {
  if (r.text[charBefore(r.text, q)] !== ':') return false;
  const colon = tokenBefore(r.tokens, q.open);
  const first = r.sentences[r.sentenceOf[colon]].tokenStart;
  for (let k = colon - 1; k >= first; k--) if (r.cueAt[k]) return false;
  return true;
}

export function findSaidAfterQuote(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  const continued = new Set<number>();
  r.quoted.forEach((q, qi) => {
    if (q.nested || !q.closed || continued.has(qi) || !(opensSentence(r.text, q) || opensAfterBareColon(r, q))) return;
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
