// text: tokens with offsets, Universal POS tags, lower-case norms and lemmas, from wink-nlp (see wink.ts); and
// wink's own sentence starts, which the refine-* steps then correct.
import type { Token } from '../article.js';
import { readWithWink } from './wink.js';

export interface TokenReading {
  tokens: Token[];
  /** Token indices where wink starts a sentence. */
  winkStarts: number[];
}

export function findTokens(text: string): TokenReading {
  const { tokens, sentenceStarts } = readWithWink(text);
  return { tokens, winkStarts: sentenceStarts };
}
