// Near-duplicate articles (stories) and one event told by many reports (corpus events). STORE calls `assignStory`
// then `linkEvents` for each new article; the method, thresholds and the event rule are in docs/dedupe.md.
export { assignStory, outletKey, recountStory } from './story.js';
export { linkEvents } from './link-events.js';
export {
  candidateDateRange,
  dateInterval,
  datesAgree,
  modalityClass,
  sameEvent,
  FALLBACK_SLACK_DAYS,
  MAX_CONTAINING_DAYS,
  type EventReport,
  type LinkRuleId,
  type LinkVerdict,
} from './event-rule.js';
export {
  bandHashes,
  candidateProbability,
  estimateJaccard,
  exactJaccard,
  hashFamily,
  normalizedWords,
  shingleHashes,
  signatureFromBlob,
  signatureOf,
  signatureToBlob,
  textSignature,
  BANDS,
  FAMILY,
  MINHASH_SEED,
  ROWS_PER_BAND,
  SHINGLE_WORDS,
  SIGNATURE_SIZE,
  type HashFamily,
  type Signature,
} from './minhash.js';
export { DEFAULT_DUP_THRESHOLD, dupThreshold, parseDupThreshold, type DedupeOptions } from './options.js';
