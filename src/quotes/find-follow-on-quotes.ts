// Quotations with no cue of their own. One that follows a quote within the next paragraph keeps that quote's
// speaker, unless another person is named between them ("…," Smith said. "We will win." → Smith); in the same
// paragraph as a direct quote it joins that quote as a further part. One with
// no quote before it is kept with no speaker when it reads as a statement (four words or more); shorter ones
// are names or scare quotes and are left alone.
import type { Candidate } from './candidate.js';
import { contentEnd, contentStart } from './candidate.js';
import { opensSentence, withoutTrailingComma } from './find-said-after-quote.js';
import { CREDIT_LINE } from './find-credit-line.js';
import { SPEAKER_LABEL } from './find-speaker-label.js';
import { tokenAfter, tokenBefore, type Reading } from './reading.js';
import type { Attributed } from './refine-speakers.js';

/** Cues that name the speaker of their own quotation only: a credit line and a speaker label. */
const OWN_LINE_CUES = new Set([CREDIT_LINE.id, SPEAKER_LABEL.id]);

const MIN_WORDS = 4;
const PARAGRAPHS_APART = 1;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a token is a word: it holds a letter or a digit (an ASCII one at its start settles it at once). */
function isWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
  return WORD_CHAR.test(norm);
}

/** True when at least `min` words lie between two offsets (counting stops there). */
function hasWords(r: Reading, start: number, end: number, min: number): boolean {
  let n = 0;
  for (let k = tokenAfter(r.tokens, start); k < r.tokens.length && r.tokens[k].start < end; k++) if (isWord(r.tokens[k].norm) && ++n >= min) return true;
  return n >= min;
}

/** Another person named between two offsets, outside quotations. */
function otherPersonBetween(r: Reading, from: number, to: number, speaker: string | null): boolean {
  const first = tokenAfter(r.tokens, from), last = tokenBefore(r.tokens, to);
  for (let k = first; k <= last; k++) {
    const m = r.mentionAt[k];
    if (m && m.entity.type === 'PERSON' && m.entity.id !== speaker && r.quotedAt[k] < 0) return true;
  }
  return false;
}

/** The end of the sentence that holds a quote's frame (or its content's end): names in the frame are not in between. */
function sentenceEndAfter(r: Reading, c: Attributed): number {
  const last = Math.max(contentEnd(c), c.attributed.span?.end ?? 0, c.cue ? r.tokens[c.cue.last].end : 0);
  const s = r.sentences[r.sentenceOf[Math.min(tokenBefore(r.tokens, last), r.tokens.length - 1)]];
  return s ? Math.max(last, s.end) : last;
}

const paragraphOf = (r: Reading, offset: number) => {
  const t = Math.min(tokenAfter(r.tokens, offset), r.tokens.length - 1);
  return r.sentences[r.sentenceOf[t]]?.paragraph ?? 0;
};

export function findFollowOnQuotes(r: Reading, quotes: readonly Attributed[]): Attributed[] {
  const paragraphOfPart = (c: Attributed) => paragraphOf(r, contentEnd(c) - 1);
  const taken = new Uint8Array(r.tokens.length);
  for (const q of quotes) for (const p of q.parts) for (let k = tokenAfter(r.tokens, p.start); k < r.tokens.length && r.tokens[k].start < p.end; k++) taken[k] = 1;
  const covered = (start: number, end: number) => {
    for (let k = tokenAfter(r.tokens, start); k < r.tokens.length && r.tokens[k].start < end; k++) if (taken[k]) return true;
    return false;
  };
  const out: Attributed[] = [];
  let next = 0;
  let previous: Attributed | null = null;
  let previousAt = -1;
  for (const q of r.quoted) {
    if (q.nested) continue;
    while (next < quotes.length && contentStart(quotes[next]) < q.start) out.push(quotes[next++]);
    // The last quote that ends before this quotation, though it was passed while an earlier quotation was read
    // ("… because “most people don’t know,” she said. “We have no context …”": the first quotation is inside it).
    for (let i = out.length - 1; i > previousAt; i--) {
      if (contentEnd(out[i]) <= q.start) { previous = out[i]; previousAt = i; break; }
    }
    if (!opensSentence(r.text, q) || !hasWords(r, q.start, q.end, MIN_WORDS)) continue;
    if (covered(q.start, q.end)) continue;
    const sentence = r.sentenceOf[Math.min(tokenAfter(r.tokens, q.start), r.tokens.length - 1)];
    // A credit line ("“…” ― Steve Quinlan") or a speaker label ("PENCE: …") names the speaker of its own quotation only.
    const keeps = previous !== null && previous.attributed.text !== null && !OWN_LINE_CUES.has(previous.cue?.entry.id ?? '') &&
      paragraphOf(r, q.start) - paragraphOf(r, contentEnd(previous)) <= PARAGRAPHS_APART &&
      !otherPersonBetween(r, sentenceEndAfter(r, previous), q.open, previous.attributed.entity);
    // ""A," he said. "B."" in one paragraph is one quote in two parts, as readers (and PolNeAR) take it.
    if (keeps && previous!.kind === 'direct' && paragraphOfPart(previous!) === paragraphOf(r, q.start)) {
      const joined: Attributed = { ...previous!, parts: [...previous!.parts, ...withoutTrailingComma(r.text, q.parts)] };
      out[previousAt] = joined;
      previous = joined;
      continue;
    }
    const follow: Candidate = {
      rule: keeps ? 'follow-on-quote' : 'quote-without-cue', parts: withoutTrailingComma(r.text, q.parts), kind: 'direct', speaker: null,
      inherits: keeps ? 'previous' : null, cue: keeps ? previous!.cue : null, channels: keeps ? previous!.channels : [], sentence,
    };
    const attributed: Attributed = { ...follow, attributed: keeps ? previous!.attributed : { entity: null, text: null, span: null, phrase: null } };
    out.push(attributed);
    if (keeps) { previous = attributed; previousAt = out.length - 1; }
  }
  while (next < quotes.length) out.push(quotes[next++]);
  return out;
}
