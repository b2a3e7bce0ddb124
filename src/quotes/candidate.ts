// A quote as the finders propose it, before the refiners merge, type and resolve it.
import type { QuoteKind, Span } from '../article.js';
import type { CueMatch } from './find-cues.js';
import type { Phrase } from './noun-phrase.js';

export interface Candidate {
  /** The finder rule that proposed it (said-after-quote, cue-then-clause, …). */
  rule: string;
  /** The content, without the enclosing quotation marks; two or more parts when a cue or a paragraph splits it. */
  parts: Span[];
  /** Known to the finder (a quotation with its frame is direct); otherwise read from the content by refine-kinds. */
  kind: QuoteKind | null;
  speaker: Phrase | null;
  /** A relative pronoun standing for the speaker in the cue's clause ("Smith, who said …"), quoted when it resolves. */
  pronoun?: Phrase | null;
  /** The speaker is the one of the clause this cue continues ("…, adding that …"), or of the previous quote. */
  inherits: 'clause' | 'previous' | null;
  cue: CueMatch | null;
  /** Phrases that may name the channel: an addressee ("told the Global Times"), an outer frame ("TASS reported"). */
  channels: Phrase[];
  /** Index of the sentence holding the cue, or the content's first sentence. */
  sentence: number;
}

export const contentStart = (c: Candidate) => c.parts[0].start;
export const contentEnd = (c: Candidate) => c.parts[c.parts.length - 1].end;
