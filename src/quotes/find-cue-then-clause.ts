// A cue followed by its content: "Mao said (at a press conference on Monday) (that) …", "Cui told the Global
// Times …", "she warned that …", "officials expect …", "the rebels vowed to …", "Smith said: "…"", and
// participles that carry on the clause's speaker: "…, adding that …", "…, noting …"; and "Smith added:" ending
// a paragraph whose next paragraph is the quotation.
import type { Candidate } from './candidate.js';
import { contentAfterCue, contentEnd, quotationStartsAt, subjectBefore, type ContentStart } from './reported-clause.js';
import { skipAdverbials } from './adverbials.js';
import type { CueMatch } from './find-cues.js';
import { isDocumentWord, phraseAfter, type Phrase } from './noun-phrase.js';
import type { Reading } from './reading.js';

const documentSubject = (r: Reading, phrase: Phrase | null) => phrase !== null && isDocumentWord(r.tokens[phrase.headLast]);

/** A noun phrase right after the cue and its adverbials, as content. */
function objectAfter(r: Reading, cue: CueMatch, limit: number): ContentStart | undefined {
  const adverbials = skipAdverbials(r, cue.last + 1, limit);
  const t = r.tokens[adverbials.end];
  if (!t || adverbials.end >= limit || t.pos === 'PRON' || !phraseAfter(r, adverbials.end, limit, false)) return undefined;
  return { at: adverbials.end, addressee: null, channels: [] };
}

export function findCueThenClause(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  for (const cue of r.cues) {
    const i = cue.first;
    if (r.quotedAt[i] >= 0 || cue.entry.sourceAfter) continue;
    const si = r.sentenceOf[i];
    const s = r.sentences[si];
    if (!s) continue;
    const subject = subjectBefore(r, cue, s.tokenStart);
    if (!subject) continue;
    // "The poll shows a close race", "the video shows an officer aiming a gun": what a document shows or finds may be
    // a noun phrase.
    const start = contentAfterCue(r, cue, s.tokenEnd) ?? (documentSubject(r, subject.phrase) && cue.entry.cueType === 'document' ? objectAfter(r, cue, s.tokenEnd) : undefined);
    const rule = subject.inherits ? 'cue-continues-clause' : 'cue-then-clause';
    const base = { kind: null, speaker: subject.phrase, pronoun: subject.pronoun, inherits: subject.inherits ? 'clause' as const : null, cue, sentence: si };
    if (!start) {
      // "Smith continued:" closing its paragraph, the quotation opening the next one.
      const next = r.sentences[si + 1];
      const colon = skipAdverbials(r, cue.last + 1, s.tokenEnd).end;
      if (!next || r.tokens[colon]?.norm !== ':' || colon !== s.tokenEnd - 1 || quotationStartsAt(r, next.tokenStart) < 0) continue;
      const end = contentEnd(r, next.tokenStart, next.tokenEnd);
      found.push({ ...base, rule: 'cue-then-quotation', parts: [{ start: r.tokens[next.tokenStart].start, end: r.tokens[end].end }], channels: [] });
      continue;
    }
    const end = contentEnd(r, start.at, s.tokenEnd, subject.relative);
    if (end <= start.at) continue; // a cue with no content
    found.push({ ...base, rule, parts: [{ start: r.tokens[start.at].start, end: r.tokens[end].end }], channels: start.channels });
  }
  return found;
}
