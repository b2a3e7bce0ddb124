// PETRARCH's coding rules on dyad's tokens, for the events stage: actors of noun phrases (dictionary actors and agents,
// date-restricted codes), verb patterns from a PETRARCH verb dictionary, and discard phrases. Pure functions of their
// arguments; the dictionaries come in through `ctx.lexicons` (see src/lexicons/petrarch.ts).
export {
  resolveNounPhraseActor,
  resolveNounPhraseActors,
  findActorNames,
  FORMER_RULE,
  type ActorName,
  type PhraseActor,
} from './noun-phrase-actor.js';
export {
  matchVerbPatterns,
  isDictionaryVerb,
  isEventCode,
  type ActorSlot,
  type VerbPatternMatch,
  type VerbPatternOptions,
} from './verb-patterns.js';
export { findDiscards, type DiscardHit, type Discards } from './discards.js';
export { codePetrarchSentence, verbGroupsOf, type PetrarchEvent, type VerbGroupSpan } from './code-sentence.js';
