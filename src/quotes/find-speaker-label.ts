// A paragraph that opens with a person or an organization and a colon: a headline ("Lavrov: Russia will answer any
// new sanctions") or a transcript line ("PENCE: Well, look, …"). The rest of the paragraph is what they said.
// Places are left out ("WASHINGTON: The president said …" is a dateline), and so are lines with no verb and no
// quotation after the colon (a team and its line-up, a heading and its list) and lines that name the speaker again
// after the colon (a profile under its subject's name).
import type { Candidate } from './candidate.js';
import type { CueMatch } from './find-cues.js';
import type { CueEntry } from './lexicon/types.js';
import { contentEnd } from './reported-clause.js';
import type { Reading } from './reading.js';

/** The colon as a cue: not a word of the cue lexicon (findCues never reads punctuation), so it is defined here. */
export const SPEAKER_LABEL: CueEntry = {
  id: 'speaker-label',
  cueType: 'speech',
  takes: ['clause'],
  example: 'Lavrov: Russia will answer any new sanctions.',
};

const OPENING_MARKS = new Set(['"', '“', "''", '``']);
const CLOSING_MARKS = new Set(['"', '”', "''"]);

/** Words the content must reach before it counts as a statement. */
const MIN_CONTENT_TOKENS = 3;

export function findSpeakerLabel(r: Reading): Candidate[] {
  const found: Candidate[] = [];
  r.sentences.forEach((s, si) => {
    if (si > 0 && r.sentences[si - 1].paragraph === s.paragraph) return;
    // A transcript may set every line in quotation marks: ""PENCE: Gennifer Flowers will not be …".
    const first = OPENING_MARKS.has(r.tokens[s.tokenStart].norm) ? s.tokenStart + 1 : s.tokenStart;
    const m = r.mentionAt[first];
    if (!m || m.first !== first || (m.entity.type !== 'PERSON' && m.entity.type !== 'ORG')) return;
    const colon = m.last + 1;
    if (colon >= s.tokenEnd - 1 || r.tokens[colon].norm !== ':') return;
    // The paragraph's last sentence.
    let last = si;
    while (last + 1 < r.sentences.length && r.sentences[last + 1].paragraph === s.paragraph) last++;
    const limit = r.sentences[last].tokenEnd;
    const from = colon + 1;
    let end = contentEnd(r, from, limit);
    // Inside quotation marks, the content is what they enclose after the label, and it is direct.
    const quoted = first > s.tokenStart;
    if (quoted) while (end > from && CLOSING_MARKS.has(r.tokens[end].norm)) end--;
    if (end - from + 1 < MIN_CONTENT_TOKENS) return;
    let stated = false;
    for (let k = from; k <= end && !stated; k++) stated = r.quotedAt[k] >= 0 || r.tokens[k].pos === 'VERB' || r.tokens[k].pos === 'AUX';
    if (!stated) return;
    // "Johnny Depp: The acting outlaw Johnny Depp, whose …": a title over a profile names its subject again.
    if (r.mentions.some((o) => o.entity === m.entity && o.first >= from && o.first <= end && o.mention.kind !== 'pronoun')) return;
    const cue: CueMatch = { entry: SPEAKER_LABEL, first: colon, last: colon };
    found.push({
      rule: 'speaker-label', parts: [{ start: r.tokens[from].start, end: r.tokens[end].end }], kind: quoted ? 'direct' : null,
      speaker: { first: m.first, last: m.last, headFirst: m.first, headLast: m.last }, inherits: null, cue, channels: [], sentence: si,
    });
  });
  return found;
}
