// A frame that opens the sentence, its content after the comma: "As Zakharova announced earlier, in Beijing
// Lavrov will hold talks with Wang.", "According to the police, the suspect fled on foot.", "In the words of
// one diplomat, …".
import type { Candidate } from './candidate.js';
import { parseFrame } from './attribution-frame.js';
import { contentEnd } from './reported-clause.js';
import type { Reading } from './reading.js';

export function findFrameThenClause(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  r.sentences.forEach((s, si) => {
    const first = r.tokens[s.tokenStart];
    if (!first) return;
    const opensWithAs = first.norm === 'as';
    const at = opensWithAs ? s.tokenStart + 1 : s.tokenStart;
    if (!opensWithAs && !r.cueAt[at]?.entry.sourceAfter) return;
    const frame = parseFrame(r, at, s.tokenEnd);
    if (!frame || frame.stop !== 'comma' || (opensWithAs && frame.cue.entry.sourceAfter)) return;
    const from = frame.end + 1;
    const end = contentEnd(r, from, s.tokenEnd);
    if (end - from < 2) return;
    found.push({
      rule: opensWithAs ? 'as-cue-clause' : 'according-to-clause', parts: [{ start: r.tokens[from].start, end: r.tokens[end].end }],
      kind: null, speaker: frame.speaker, inherits: null, cue: frame.cue, channels: frame.channels, sentence: si,
    });
  });
  return found;
}
