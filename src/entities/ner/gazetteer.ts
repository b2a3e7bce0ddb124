// Gazetteer matching for the name tagger: phrase lists by kind → a bit mask per token of the kinds it falls inside.
// The lists travel inside the model file, so training and run time match the very same phrases.
import { GAZ_KINDS, type GazKind } from './features.js';

const UPPER_OR_DIGIT = /^[\p{Lu}\p{Nd}]/u;

function startsUpperOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c >= 128 && UPPER_OR_DIGIT.test(word);
}

export type GazetteerLists = Partial<Record<GazKind, string[]>>;

export interface Phrase {
  words: string[];
  bit: number;
}

export interface Gazetteer {
  /** Phrases by their first word, lower-cased; longest first. */
  byFirst: Map<string, Phrase[]>;
}

/** Splits a phrase the way CoNLL and wink tokenize: on spaces, and "Russia's" keeps no possessive. */
function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

export function buildGazetteer(lists: GazetteerLists): Gazetteer {
  const byFirst = new Map<string, Phrase[]>();
  GAZ_KINDS.forEach((kind, k) => {
    for (const phrase of lists[kind] ?? []) {
      const words = phraseWords(phrase);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, bit: 1 << k });
      byFirst.set(words[0], list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Phrases that may start at a word: none unless it opens with a capital or a digit. */
export function phrasesStartingWith(gaz: Gazetteer, word: string, lower: string): readonly Phrase[] | undefined {
  return startsUpperOrDigit(word) ? gaz.byFirst.get(lower) : undefined;
}

/**
 * The kinds each token falls inside. A phrase matches case-insensitively but must start on a capital or a digit,
 * so the common word "turkey" or "nice" stays out while "TURKEY" in a headline is in.
 * The tagger passes each token's lower-case form and candidate phrases from its word-type cache, and a buffer of
 * its own to fill (`into`, cleared here over the sentence's length; the result is then a view of its first n).
 */
export function matchGazetteer(
  gaz: Gazetteer,
  words: readonly string[],
  lowers?: readonly string[],
  starting?: readonly (readonly Phrase[] | undefined)[],
  into?: Uint8Array,
): Uint8Array {
  const n = words.length;
  const masks = into && into.length >= n ? into.fill(0, 0, n) : new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const candidates = starting ? starting[i] : phrasesStartingWith(gaz, words[i], words[i].toLowerCase());
    if (!candidates) continue;
    for (const p of candidates) {
      const len = p.words.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) ok = (lowers ? lowers[i + k] : words[i + k].toLowerCase()) === p.words[k];
      if (!ok) continue;
      for (let k = 0; k < len; k++) masks[i + k] |= p.bit;
    }
  }
  return masks;
}
