// A quotation that opens its line, then a dash and a name to the end of that line: the credit line of a reader's
// comment, a pull quote or an embedded post ("“Maybe we can build a wall around him.” ― Steve Quinlan",
// "“We will rebuild.” — Ana Ruiz (@anaruiz) May 2, 2016"). The name is the speaker and the dash is the cue. A
// quotation inside a sentence followed by a dash is an aside ("He called it “a disaster” — Smith did not"), and a
// line with a verb after the name is a sentence, not a credit; neither counts.
import type { Candidate } from './candidate.js';
import type { CueMatch } from './find-cues.js';
import type { CueEntry } from './lexicon/types.js';
import { withoutTrailingComma } from './find-said-after-quote.js';
import { startsUpper, tokenAfter, type Reading } from './reading.js';

/** The dash as a cue: punctuation is no word of the cue lexicon, so it is defined here. */
export const CREDIT_LINE: CueEntry = {
  id: 'credit-line',
  cueType: 'speech',
  takes: ['clause'],
  example: '“We will rebuild the bridge.” ― Ana Ruiz',
};

const DASHES = new Set(['―', '—', '–', '--']);
/** Words of a name at most, initials and particles included. */
const MAX_NAME = 6;
const PARTICLES = new Set(['de', 'del', 'da', 'di', 'van', 'von', 'der', 'la', 'le', 'al', 'bin', 'y']);

/** Only spaces between the line start (or the text start) and `at`. */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < 0 || text[i] === '\n';
}

/** The dash right after a closing quotation mark on the same line: its first and last token ("--" may be two). */
function dashAfter(r: Reading, close: number): [number, number] | undefined {
  const d = tokenAfter(r.tokens, close);
  const t = r.tokens[d];
  if (!t || /\n/.test(r.text.slice(close, t.start))) return undefined;
  if (DASHES.has(t.norm)) return [d, d];
  const u = r.tokens[d + 1];
  return t.norm === '-' && u?.norm === '-' && u.start === t.end ? [d, d + 1] : undefined;
}

/** The name from token `i` on the same line: a person or organization mention, or a run of capitalized words. */
function nameAt(r: Reading, i: number, lineEnd: number): [number, number] | undefined {
  const t = r.tokens[i];
  if (!t || t.start >= lineEnd || !startsUpper(r, t)) return undefined;
  const m = r.mentionAt[i];
  if (m && m.first === i && (m.entity.type === 'PERSON' || m.entity.type === 'ORG')) return [i, m.last];
  let last = i;
  for (let k = i + 1; k < r.tokens.length && k - i < MAX_NAME && r.tokens[k].start < lineEnd; k++) {
    if (startsUpper(r, r.tokens[k])) last = k;
    else if (!PARTICLES.has(r.tokens[k].norm)) break;
  }
  // One capitalized word that no entity stands for may be anything ("― Update"); a name has two or more.
  return last > i ? [i, last] : undefined;
}

export function findCreditLine(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  for (const q of r.quoted) {
    if (q.nested || !q.closed || !opensLine(r.text, q.open)) continue;
    const dash = dashAfter(r, q.close);
    if (!dash) continue;
    const lineBreak = r.text.indexOf('\n', r.tokens[dash[1]].end);
    const lineEnd = lineBreak < 0 ? r.text.length : lineBreak;
    const name = nameAt(r, dash[1] + 1, lineEnd);
    if (!name) continue;
    // After the name, only what credits carry: a handle, a place, a date; a verb makes it a sentence.
    let k = name[1] + 1;
    while (k < r.tokens.length && r.tokens[k].start < lineEnd && r.tokens[k].pos !== 'VERB' && r.tokens[k].pos !== 'AUX') k++;
    if (k < r.tokens.length && r.tokens[k].start < lineEnd) continue;
    const cue: CueMatch = { entry: CREDIT_LINE, first: dash[0], last: dash[1] };
    found.push({
      rule: 'credit-line', parts: withoutTrailingComma(r.text, q.parts), kind: 'direct',
      speaker: { first: name[0], last: name[1], headFirst: name[0], headLast: name[1] }, inherits: null, cue, channels: [],
      sentence: r.sentenceOf[dash[0]],
    });
  }
  return found;
}
