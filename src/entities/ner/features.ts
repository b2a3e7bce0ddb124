// Name-tagger features: the attribute strings a token fires, shared by training and run time.
// Each family depends on one thing only (a word type at an offset, a POS pair, a gazetteer kind, a document flag),
// so the decoder can sum a family's weights once per word type or tag and reuse the sum (see decode.ts).

/** Offsets of the context window; word-type attributes are emitted for each. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
export type Offset = (typeof OFFSETS)[number];

/** Universal POS tags as wink writes them; anything else is read as X. `_` pads outside the sentence. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ',
  'SYM', 'VERB', 'X', '_',
] as const;
export const POS_PAD = POS_TAGS.length - 1;
const POS_INDEX = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));
const POS_X = POS_TAGS.indexOf('X');
export function posIndex(tag: string | undefined): number {
  return (tag === undefined ? undefined : POS_INDEX.get(tag)) ?? POS_X;
}

/** Gazetteer kinds a token can fall inside (bit i of a token's mask = GAZ_KINDS[i]). */
export const GAZ_KINDS = ['country', 'demonym', 'city', 'org-word', 'title', 'loc-word', 'misc-word'] as const;
export type GazKind = (typeof GAZ_KINDS)[number];
/** Offsets at which a gazetteer kind is an attribute ("the previous word is a title"). */
export const GAZ_OFFSETS = [-1, 0, 1] as const;

/** Document flags of a token (bit i of a token's mask = DOC_FLAGS[i]). */
export const DOC_FLAGS = [
  // Capitalized here, but the same word is written in lower case elsewhere in the document ("Prices" / "prices").
  'lower-seen',
  // ALL-CAPS or sentence-initial here, and written Title-case mid-sentence elsewhere ("LAVROV" / "... Lavrov said").
  'title-seen',
  // The sentence has no lower-case word: a headline or a dateline ("LONDON 1996-08-30").
  'caps-sentence',
] as const;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

function charClass(c: string): string {
  if (UPPER.test(c)) return 'X';
  if (LOWER.test(c)) return 'x';
  if (DIGIT.test(c)) return 'd';
  if (LETTER.test(c)) return 'x';
  return c;
}

/** "Lavrov" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d": classes with runs collapsed. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const c of word) {
    const k = charClass(c);
    if (k !== last) out += k;
    last = k;
  }
  return out.length > 12 ? out.slice(0, 12) : out;
}

/** "Lavrov" → "Xxxxx", "McDonald" → "XxXxxxx": classes with runs capped at four. */
export function longShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const c of word) {
    const k = charClass(c);
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 4) out += k;
    if (out.length >= 16) break;
  }
  return out;
}

export function isTitleCase(word: string): boolean {
  const first = word[0];
  return first !== undefined && UPPER.test(first) && LOWER.test(word);
}

export function isAllCaps(word: string): boolean {
  return UPPER.test(word) && !LOWER.test(word);
}

export function hasLower(word: string): boolean {
  return LOWER.test(word);
}

/** Attributes of a word type seen at `offset` from the token being labelled. */
export function wordAttributes(word: string, offset: Offset): string[] {
  const lower = word.toLowerCase();
  const sh = shortShape(word);
  if (offset !== 0) {
    const out = [`l${offset}=${lower}`, `sh${offset}=${sh}`];
    if (offset === -1 || offset === 1) out.push(`s3${offset}=${lower.slice(-3)}`, `w${offset}=${word}`);
    return out;
  }
  const out = [`w=${word}`, `l=${lower}`, `sh=${sh}`, `shl=${longShape(word)}`];
  const chars = [...lower];
  for (let k = 1; k <= 4 && k <= chars.length; k++) {
    out.push(`p${k}=${chars.slice(0, k).join('')}`, `s${k}=${chars.slice(-k).join('')}`);
  }
  if (isTitleCase(word)) out.push('title');
  if (isAllCaps(word)) out.push(LETTER.test(word) ? 'caps' : 'nocase');
  if (DIGIT.test(word)) out.push(/^\p{Nd}+$/u.test(word) ? 'all-digit' : 'has-digit');
  if (word.includes('-')) out.push('has-hyphen');
  if (word.includes('.')) out.push('has-dot');
  if (word.includes("'")) out.push('has-apos');
  if (!LETTER.test(word) && !DIGIT.test(word)) out.push('punct');
  out.push(`len=${Math.min(chars.length, 8)}`);
  return out;
}

/** Attributes a word type adds when it opens its sentence (a capital there says less). */
export function initialAttributes(word: string): string[] {
  return [`first|sh=${shortShape(word)}`, `first|l=${word.toLowerCase()}`];
}

/** The attribute standing for "no word here" at an offset outside the sentence. */
export function padAttribute(offset: Offset): string {
  return offset < 0 ? `pad${offset}` : `pad+${offset}`;
}

/** Attribute of a POS tag at an offset. */
export function posAttribute(offset: Offset, tag: number): string {
  return `p${offset}=${POS_TAGS[tag]}`;
}

/** Attributes of the POS pairs (previous, this) and (this, next). */
export function posPairAttributes(prev: number, here: number, next: number): [string, string] {
  return [`pp-1=${POS_TAGS[prev]}|${POS_TAGS[here]}`, `pp+1=${POS_TAGS[here]}|${POS_TAGS[next]}`];
}

export function gazAttribute(offset: number, kind: number): string {
  return `gz${offset}=${GAZ_KINDS[kind]}`;
}

export function docAttribute(flag: number): string {
  return `d=${DOC_FLAGS[flag]}`;
}

export const BIAS = 'bias';

/** What the reference feature function needs about one sentence. */
export interface SentenceView {
  words: readonly string[];
  /** POS indices (posIndex). */
  pos: ArrayLike<number>;
  /** Gazetteer masks per token. */
  gaz: ArrayLike<number>;
  /** Document-flag masks per token. */
  doc: ArrayLike<number>;
}

/**
 * Every attribute string token `i` fires: the slow, plain definition used at training time.
 * The decoder must give the same weight sum (checked by features.test.ts).
 */
export function tokenAttributes(s: SentenceView, i: number): string[] {
  const n = s.words.length;
  const out = [BIAS];
  for (const o of OFFSETS) {
    const j = i + o;
    if (j < 0 || j >= n) out.push(padAttribute(o));
    else out.push(...wordAttributes(s.words[j], o));
    const tag = j < 0 || j >= n ? POS_PAD : s.pos[j];
    out.push(posAttribute(o, tag));
  }
  if (i === 0) out.push(...initialAttributes(s.words[i]));
  const prev = i > 0 ? s.pos[i - 1] : POS_PAD;
  const next = i < n - 1 ? s.pos[i + 1] : POS_PAD;
  out.push(...posPairAttributes(prev, s.pos[i], next));
  for (const o of GAZ_OFFSETS) {
    const j = i + o;
    if (j < 0 || j >= n) continue;
    const mask = s.gaz[j];
    for (let k = 0; k < GAZ_KINDS.length; k++) if (mask & (1 << k)) out.push(gazAttribute(o, k));
  }
  const flags = s.doc[i];
  for (let k = 0; k < DOC_FLAGS.length; k++) if (flags & (1 << k)) out.push(docAttribute(k));
  return out;
}

// Case bits of a word, computed without regular expressions on ASCII (documentFlags runs on every token).
const FIRST_UPPER = 1;
const FIRST_LOWER = 2;
export const ANY_UPPER = 4;
const ANY_LOWER = 8;
export function caseBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let b = 0;
    if (c >= 65 && c <= 90) b = ANY_UPPER;
    else if (c >= 97 && c <= 122) b = ANY_LOWER;
    else if (c >= 128) {
      const ch = word[i];
      b = UPPER.test(ch) ? ANY_UPPER : LOWER.test(ch) ? ANY_LOWER : 0;
    }
    if (i === 0) bits |= b === ANY_UPPER ? FIRST_UPPER : b === ANY_LOWER ? FIRST_LOWER : 0;
    bits |= b;
  }
  return bits;
}

/**
 * Document flags of every token of every sentence (see DOC_FLAGS), flat in document order.
 * The tagger passes each token's caseBits and lower-case form, flat in document order, from its word-type cache.
 */
export function documentFlags(
  sentences: readonly { words: readonly string[] }[],
  tokenBits?: Uint8Array,
  tokenLowers?: readonly string[],
): Uint8Array {
  const lowerWords = new Set<string>();
  const titleWords = new Set<string>();
  let total = 0;
  for (const { words } of sentences) total += words.length;
  const bits = tokenBits ?? new Uint8Array(total);
  const flags = new Uint8Array(total);
  const capsSentence = new Uint8Array(sentences.length);
  let k = 0;
  sentences.forEach(({ words }, si) => {
    let anyLower = false;
    let anyUpper = false;
    for (let i = 0; i < words.length; i++, k++) {
      const w = words[i];
      const b = tokenBits ? bits[k] : (bits[k] = caseBits(w));
      if (b & ANY_UPPER) anyUpper = true;
      if (!(b & ANY_LOWER)) continue;
      anyLower = true;
      if (b & FIRST_UPPER) {
        if (i > 0) titleWords.add(tokenLowers ? tokenLowers[k] : w.toLowerCase());
      } else if (b & FIRST_LOWER) lowerWords.add(w);
    }
    capsSentence[si] = !anyLower && anyUpper ? 1 : 0;
  });
  k = 0;
  sentences.forEach(({ words }, si) => {
    for (let i = 0; i < words.length; i++, k++) {
      const b = bits[k];
      if (!(b & FIRST_UPPER)) continue;
      let f = capsSentence[si] ? 4 : 0;
      if (lowerWords.size || titleWords.size) {
        const lower = tokenLowers ? tokenLowers[k] : words[i].toLowerCase();
        if (lowerWords.has(lower)) f |= 1;
        if ((i === 0 || !(b & ANY_LOWER)) && titleWords.has(lower)) f |= 2;
      }
      flags[k] = f;
    }
  });
  return flags;
}
