// text: lookups over the text stage's output that other stages share. Tokens and sentences are sorted and disjoint,
// so every lookup is a binary search.
import type { Sentence, Span, Token } from '../article.js';

/** Index of the token that contains character `offset`, or -1 when the offset falls in whitespace or outside. */
export function tokenAt(doc: { readonly tokens: readonly Token[] }, offset: number): number {
  const i = firstEndingAfter(doc.tokens, offset);
  return i < doc.tokens.length && doc.tokens[i].start <= offset ? i : -1;
}

/** The tokens of `sentence` (a slice of doc.tokens). */
export function tokensOf(doc: { readonly tokens: readonly Token[] }, sentence: Sentence): Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/** Index of the sentence that contains character `offset`, or -1 when none does. */
export function sentenceAt(doc: { readonly sentences: readonly Sentence[] }, offset: number): number {
  const i = firstEndingAfter(doc.sentences, offset);
  return i < doc.sentences.length && doc.sentences[i].start <= offset ? i : -1;
}

/** Token index range [first, end) of the tokens that overlap `span` (empty when none do). */
export function tokenRange(doc: { readonly tokens: readonly Token[] }, span: Span): [number, number] {
  const first = firstEndingAfter(doc.tokens, span.start);
  let end = first;
  while (end < doc.tokens.length && doc.tokens[end].start < span.end) end++;
  return [first, end];
}

/** The surface text of a token or any span. */
export function textOf(doc: { readonly text: string }, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Index of the first span whose end lies after `offset` (spans sorted and disjoint). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
