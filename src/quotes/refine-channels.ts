// Finds the channel a statement reached the article through (`via`): an organization named as the addressee
// ("told the Global Times"), in an interview or broadcast ("in an interview with CNN"), by an outer frame
// ("…, Zakharova said, TASS reported") or behind a document ("according to the release from the US Department
// of the Treasury"). Also settles the cue type: a document as the source ("the report found") makes it document.
import type { CueType } from './lexicon/types.js';
import { isDocumentWord, type Phrase } from './noun-phrase.js';
import type { Reading } from './reading.js';
import type { Attributed } from './refine-speakers.js';

export interface Channelled extends Attributed {
  via: string | null;
  cueType: CueType | null;
}

function organizationIn(r: Reading, p: Phrase, not: string | null): string | null {
  for (let k = p.first; k <= p.last; k++) {
    const m = r.mentionAt[k];
    if (m && m.entity.id !== not && m.entity.type === 'ORG') return m.entity.id;
  }
  return null;
}

export const isDocument = (r: Reading, p: Phrase | null) => p !== null && isDocumentWord(r.tokens[p.headLast]);

export function refineChannels(r: Reading, quotes: readonly Attributed[]): Channelled[] {
  return quotes.map((q) => {
    const speaker = q.attributed.entity;
    let via: string | null = null;
    for (const channel of q.channels) {
      via = organizationIn(r, channel, speaker);
      if (via) break;
    }
    // "according to the release from the Treasury": the speaker phrase is a document; its author is the channel
    // when someone else is speaking, or the speaker itself otherwise.
    const documentSource = isDocument(r, q.attributed.phrase);
    let attributed = q.attributed;
    if (documentSource && !speaker && q.attributed.phrase) {
      const author = organizationIn(r, q.attributed.phrase, null);
      if (author) attributed = { ...attributed, entity: author };
    }
    const cueType: CueType | null = q.cue ? (documentSource ? 'document' : q.cue.entry.cueType) : null;
    return { ...q, attributed, via, cueType };
  });
}
