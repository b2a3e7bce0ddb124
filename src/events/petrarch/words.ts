// Matching dictionary words and phrases against tokens: a dictionary word is one token's lower-case form, or several
// adjacent tokens written together ("barad-dur" over "Barad", "-", "dur"; "don't" over "do", "n't").
import type { Token } from '../../article.js';
import type { NamePattern } from '../../lexicons/types.js';

/** Tokens read by the matchers: a token list and the range [start, end) a match must stay inside. */
export interface TokenWindow {
  tokens: readonly Token[];
  start: number;
  end: number;
}

/** At most this many adjacent tokens are read as one dictionary word. */
export const MAX_JOIN = 5;

/** A token's lower-case form with typographic apostrophes made straight, as dictionaries write them. */
export function formOf(t: Token): string {
  return t.norm.includes('\u2019') ? t.norm.replace(/\u2019/g, "'") : t.norm;
}

/** How many tokens from `i` spell `word` (0 when they do not): one token, or up to five adjacent ones. */
export function wordAt(w: TokenWindow, i: number, word: string): number {
  if (i < w.start || i >= w.end) return 0;
  const head = formOf(w.tokens[i]!);
  if (head === word) return 1;
  if (!word.startsWith(head) || head.length === 0) return 0;
  let joined = head;
  for (let k = i + 1; k < w.end && k < i + MAX_JOIN; k++) {
    const t = w.tokens[k]!;
    if (t.start !== w.tokens[k - 1]!.end) return 0;
    joined += formOf(t);
    if (joined === word) return k - i + 1;
    if (!word.startsWith(joined)) return 0;
  }
  return 0;
}

/** Where a run of adjacent words starting at `i` ends (exclusive), or -1. */
export function phraseAt(w: TokenWindow, i: number, words: readonly string[]): number {
  let k = i;
  for (const word of words) {
    const n = wordAt(w, k, word);
    if (!n) return -1;
    k += n;
  }
  return k;
}

/** Where a run of adjacent words ending just before `end` starts, or -1 (reading right to left). */
export function phraseEndingAt(w: TokenWindow, end: number, words: readonly string[]): number {
  for (let s = end - 1; s >= w.start && s >= end - words.length * MAX_JOIN; s--) {
    if (phraseAt(w, s, words) === end) return s;
  }
  return -1;
}

/**
 * Where a name pattern starting at `i` ends (exclusive), or -1. An open connector lets other tokens of the window
 * come between two words ("Ithilen state-run television" for ITHILEN TELEVISION); the nearest fit is taken.
 */
export function namePatternAt(w: TokenWindow, i: number, pattern: NamePattern): number {
  let k = i;
  for (let j = 0; j < pattern.words.length; j++) {
    const word = pattern.words[j]!;
    if (j > 0 && pattern.open[j - 1]) {
      let found = -1;
      for (let s = k; s < w.end; s++) {
        const n = wordAt(w, s, word);
        if (n) {
          found = s + n;
          break;
        }
      }
      if (found < 0) return -1;
      k = found;
    } else {
      const n = wordAt(w, k, word);
      if (!n) return -1;
      k += n;
    }
  }
  return k;
}

/** The keys a phrase can be looked up by at token `i`: the token's form, and adjacent tokens written together. */
export function keysAt(w: TokenWindow, i: number): string[] {
  const keys: string[] = [];
  forEachKey(w, i, (k) => {
    keys.push(k);
  });
  return keys;
}

/** Calls `visit` with each key of `keysAt`, without building the list; stops when `visit` returns true. */
export function forEachKey(w: TokenWindow, i: number, visit: (key: string) => boolean | void): void {
  let joined = formOf(w.tokens[i]!);
  if (visit(joined)) return;
  for (let k = i + 1; k < w.end && k < i + MAX_JOIN; k++) {
    if (w.tokens[k]!.start !== w.tokens[k - 1]!.end) return;
    joined += formOf(w.tokens[k]!);
    if (visit(joined)) return;
  }
}
