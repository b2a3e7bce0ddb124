// text: the one place that touches wink-nlp. Reads a string, gives back wink's tokens with offsets into that string,
// part-of-speech tags, norms and lemmas, and wink's sentences as token-index ranges. wink types stay inside this file.
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../article.js';

// Module-level memo of a READ-ONLY resource: the model takes ~0.3 s to load, so it is loaded once, lazily, on first
// use, and never changed afterwards. Only sentence splitting and POS tagging are switched on (no NER, sentiment,
// negation or custom entities: dyad does those itself).
let loaded: WinkMethods | undefined;
function nlp(): WinkMethods {
  loaded ??= winkNLP(model, ['sbd', 'pos']);
  return loaded;
}

export interface WinkReading {
  tokens: Token[];
  /** For each wink sentence, the index in `tokens` of its first token (sentences without a token are left out). */
  sentenceStarts: number[];
}

/**
 * Reads `text` with wink and places every token in it. wink gives each token's surface (`value`); the offset is
 * found by scanning forward from the previous token's end past the spaces wink splits on (the same characters its
 * `precedingSpaces` counts, so that list is not read out), and a token that wink rewrote (none seen on the BBC
 * corpus) is searched for, so it cannot push later offsets past their text. Whitespace tokens (line breaks, tabs)
 * are dropped: paragraphs and line breaks are read from the text itself.
 */
export function readWithWink(text: string): WinkReading {
  const wink = nlp();
  const its = wink.its;
  const doc = wink.readDoc(possessivesApart(text));
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const words = tokens.out(its.uniqueId) as number[];
  const lemmas = lemmasOf(tokens, its, words, tags);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const out: Token[] = [];
  const ours = new Int32Array(values.length).fill(-1);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = at;
    while (start < text.length && isWinkSpace(text.charCodeAt(start))) start++;
    let surface = value;
    let word = words[i];
    if (!text.startsWith(value, start)) {
      word = -1; // the id names wink's rewritten value, not this surface
      const found = text.indexOf(value, at);
      start = found >= 0 ? found : skipSpace(text, at);
      surface = text.slice(start, Math.min(text.length, start + value.length));
    }
    const end = Math.min(text.length, start + value.length);
    at = end;
    if (isBlank(value)) continue;
    ours[i] = out.length;
    out.push({ start, end, pos: tags[i], norm: surface.toLowerCase(), lemma: lemmas[i], word });
  }

  const sentenceStarts: number[] = [];
  for (const [first, last] of spans) {
    for (let i = first; i <= last; i++) {
      if (ours[i] >= 0) {
        if (sentenceStarts.length === 0 || sentenceStarts[sentenceStarts.length - 1] < ours[i]) sentenceStarts.push(ours[i]);
        break;
      }
    }
  }
  return { tokens: out, sentenceStarts };
}

// A word with a possessive ending and punctuation against it ("Sony's,", "(Sony's"): wink keeps it whole ("Sony's",
// ","), where it splits the same word standing between spaces ("Sony", "'s"), and it remembers the whole form, so
// every later "Sony's" of any text stays whole too: the tokens of one article would depend on the articles read
// before it in the same process. wink is handed the text with a space between such a word and its punctuation;
// the word is then split as it is between spaces, and nothing is remembered. Tokens are still placed in `text`.
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** `text` with a space between a possessive word and the punctuation against it (wink's input only). */
export function possessivesApart(text: string): string {
  let out = '';
  let copied = 0;
  let at = 0;
  for (;;) {
    const straight = text.indexOf("'s", at);
    const curly = text.indexOf('\u2019s', at);
    const mark = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    if (mark < 0) break;
    at = mark + 2;
    // A letter, or a letter and a dot ("U.S.'s"), before the mark; no letter or digit right after the s ("'said").
    const letterAt = text[mark - 1] === '.' ? mark - 2 : mark - 1;
    if (letterAt < 0 || !isCharOf(LETTER, text, letterAt) || (at < text.length && isCharOf(LETTER_OR_DIGIT, text, at))) continue;
    // The word as wink's tokenizer sees it: up to the spaces on either side. Punctuation after the s, up to the next
    // space, and punctuation that opens the word, are set apart; a letter or digit after the s leaves it as it is.
    let end = at;
    while (end < text.length && !SPACE.test(text[end])) end++;
    let start = mark;
    while (start > 0 && !SPACE.test(text[start - 1])) start--;
    const after = at < end;
    if (after && hasLetterOrDigit(text, at, end)) continue;
    let open = start;
    while (open < letterAt && !isCharOf(LETTER_OR_DIGIT, text, open)) open++;
    if (open === start && !after) continue;
    out += text.slice(copied, open) + (open > start ? ' ' : '') + text.slice(open, at) + (after ? ' ' : '');
    copied = at;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The character at i (a whole surrogate pair, from either half) matches `re`. */
function isCharOf(re: RegExp, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return re.test(text[i]);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return re.test(text.slice(i - 1, i + 1));
  if (c >= 0xd800 && c <= 0xdbff) return re.test(text.slice(i, i + 2));
  return re.test(text[i]);
}

function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCharOf(LETTER_OR_DIGIT, text, k)) return true;
  return false;
}

// Lemmas by tag and word. wink lemmatizes a token from its vocabulary entry and its tag alone (a contraction's parts
// excepted: they carry their own), and the words wink adds for unseen text never count as base forms, so the lemma of
// one (tag, word id) pair never changes: it is kept here, and wink is asked only for the pairs not seen yet. Bounded:
// emptied when it holds LEMMA_MEMO_LIMIT pairs.
const LEMMA_MEMO_LIMIT = 500_000;
let lemmaMemo = new Map<string, string[]>(); // tag → lemma by word id
let memoSize = 0;
/** When at least this share of a text's tokens are new pairs (a first text), one call for all lemmas is cheaper. */
const BULK_SHARE = 0.25;
type WinkTokens = ReturnType<ReturnType<WinkMethods['readDoc']>['tokens']>;

function lemmasOf(tokens: WinkTokens, its: WinkMethods['its'], words: readonly number[], tags: readonly string[]): string[] {
  if (memoSize >= LEMMA_MEMO_LIMIT) {
    lemmaMemo = new Map();
    memoSize = 0;
  }
  const n = words.length;
  const contraction = tokens.out(its.contractionFlag) as boolean[];
  const lemmas = new Array<string>(n);
  const missed: number[] = [];
  for (let i = 0; i < n; i++) {
    const known = contraction[i] ? undefined : lemmaMemo.get(tags[i])?.[words[i]];
    if (known === undefined) missed.push(i);
    else lemmas[i] = known;
  }
  if (missed.length === 0) return lemmas;
  const lemma = its.lemma as unknown as ItsFunction<string>; // typed with an addon argument wink fills in
  const all = missed.length >= n * BULK_SHARE ? (tokens.out(lemma) as string[]) : null;
  for (const i of missed) {
    lemmas[i] = all ? all[i] : (tokens.itemAt(i).out(lemma) as string);
    if (contraction[i]) continue;
    let byWord = lemmaMemo.get(tags[i]);
    if (!byWord) lemmaMemo.set(tags[i], (byWord = []));
    byWord[words[i]] = lemmas[i];
    memoSize++;
  }
  return lemmas;
}

/** The characters wink's tokenizer splits tokens on as spaces (its model's splitter; line breaks and tabs are tokens). */
function isWinkSpace(c: number): boolean {
  return c === 32 || (c >= 0xa0 && (c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f));
}

/** True when `value` is empty or all whitespace (the first character decides for almost every token). */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 32 && c !== 0xa0 && c < 0x1680) return false;
  return value.trim() === '';
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}
