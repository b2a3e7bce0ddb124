// The trained name tagger (CoNLL-2003 CRF, see scripts/train-ner.ts): words + POS of each sentence → name spans.
// This is the contract with the entity stage: `tagDocument` tags a whole document at once so labels stay consistent.
import { createTagger, type NameSpan, type NameTagger } from './decode.js';
import { loadNameModel } from './load-model.js';
import { refineConsistentLabels } from './refine-consistent-labels.js';

export type { NameLabel, NameSpan, NameTagger } from './decode.js';
export { createTagger } from './decode.js';

let shared: NameTagger | null = null;

/** The tagger over the shipped model, loaded on first use and kept (its word-type cache makes later calls faster). */
export function nameTagger(): NameTagger {
  shared ??= createTagger(loadNameModel());
  return shared;
}

/**
 * Tags every sentence of a document at once, so labels stay consistent within the document.
 * `words` are surface tokens, `pos` wink's Universal POS tags, `ids` their vocabulary ids where known; spans are
 * TOKEN indices, end exclusive.
 */
export function tagDocument(sentences: { words: string[]; pos: string[]; ids?: ArrayLike<number> }[]): NameSpan[][] {
  return refineConsistentLabels(sentences, nameTagger().tagDocument(sentences));
}
