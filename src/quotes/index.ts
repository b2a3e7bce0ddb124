// quotes: direct, indirect and mixed quotations with speaker, cue and channel.
// Reads text, sentences, tokens and entities; writes quotes (ids q1.. in text order, so events can point at them).
import type { Stage } from '../stage.js';
import type { Article, Quote } from '../article.js';
import { readForQuotes } from './reading.js';
import { findSaidAfterQuote } from './find-said-after-quote.js';
import { findClauseThenCue } from './find-clause-then-cue.js';
import { findFrameThenClause } from './find-frame-then-clause.js';
import { findCueThenClause } from './find-cue-then-clause.js';
import { findSpeakerLabel } from './find-speaker-label.js';
import { findCreditLine } from './find-credit-line.js';
import { refineOverlaps } from './refine-overlaps.js';
import { refineSpeakers } from './refine-speakers.js';
import { findFollowOnQuotes } from './find-follow-on-quotes.js';
import { refineKinds } from './refine-kinds.js';
import { refineChannels } from './refine-channels.js';
import { toQuotes } from './refine-ids.js';

export function findQuotes(doc: Article): Quote[] {
  if (!doc.tokens.length || !doc.sentences.length) return [];
  const r = readForQuotes(doc); // quotation marks, cues and mentions, indexed by token
  const proposed = [
    ...findSaidAfterQuote(r), // ""…," he said": quotation-anchored, so it outranks the clause finders for its cue
    ...findClauseThenCue(r), // "…, experts said", "…, X said, TASS reported"
    ...findFrameThenClause(r), // "As X announced earlier, …", "According to X, …"
    ...findCueThenClause(r), // "X said (that) …", "…, adding that …"
    ...findSpeakerLabel(r), // "Lavrov: Russia will answer …" (a headline or a transcript line)
    ...findCreditLine(r), // "“…” ― Steve Quinlan": a quotation on its own line and its credit
  ];
  const kept = refineOverlaps(r, proposed); // one quote per cue and per stretch of words; outer frames become channels
  const attributed = refineSpeakers(r, kept); // speaker phrases to entities; participles take their clause's speaker
  const typed = refineKinds(r, attributed); // direct / mixed / indirect from the quotation marks inside the content
  const followed = findFollowOnQuotes(r, typed); // needs speakers and kinds: carries them on to the next quotations
  return toQuotes(r, refineChannels(r, followed)); // via and cue type, then ids in text order
}

export const quotesStage: Stage = {
  name: 'quotes',
  reads: ['text', 'sentences', 'tokens', 'entities'],
  writes: ['quotes'],
  run(doc) {
    return { ...doc, quotes: findQuotes(doc) };
  },
};
