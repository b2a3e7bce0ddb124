// A cue followed by its content: "Mao said (at a press conference on Monday) (that) …", "Cui told the Global
// Times …", "she warned that …", "officials expect …", "the rebels vowed to …", "Smith said: "…"", and
// participles that carry on the clause's speaker: "…, adding that …", "…, noting …".
import type { Candidate } from './candidate.js';
import { contentAfterCue, contentEnd, subjectBefore } from './reported-clause.js';
import type { Reading } from './reading.js';

export function findCueThenClause(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  r.cueAt.forEach((cue, i) => {
    if (!cue || r.quotedAt[i] >= 0 || cue.entry.sourceAfter) return;
    const si = r.sentenceOf[i];
    const s = r.sentences[si];
    if (!s) return;
    const subject = subjectBefore(r, cue, s.tokenStart);
    if (!subject) return;
    const start = contentAfterCue(r, cue, s.tokenEnd);
    if (!start) return;
    const end = contentEnd(r, start.at, s.tokenEnd, subject.relative);
    if (end <= start.at) return; // a cue with no content
    found.push({
      rule: subject.inherits ? 'cue-continues-clause' : 'cue-then-clause',
      parts: [{ start: r.tokens[start.at].start, end: r.tokens[end].end }],
      kind: null, speaker: subject.phrase, inherits: subject.inherits ? 'clause' : null, cue, channels: start.channels, sentence: si,
    });
  });
  return found;
}
