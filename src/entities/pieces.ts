// Entities work on "pieces": the text stage's tokens, with hyphen compounds ("China-Russia-US") and
// possessives ("Russia's") split so that each name part is addressable, plus casing facts per sentence.
import type { Article } from '../article.js';

export interface Piece {
  start: number;
  end: number;
  /** Surface text. */
  text: string;
  /** Lower-case surface. */
  lower: string;
  /** Lower-case surface without dots: "U.S." and "US" both give "us". */
  key: string;
  /** Universal POS from the text stage (inherited by the parts of a split token). */
  pos: string;
  sent: number;
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  cap: boolean;
  /** Has a letter. */
  alpha: boolean;
  /** Has letters and no lower-case letter ("SCO", "LONDON"). */
  upper: boolean;
  /** First word of its sentence. */
  initial: boolean;
  /** Index of the doc token it came from. */
  token: number;
  /** Inside a run of three or more ALL-CAPS words ("KENYA AND UGANDA SIGN ..."): capitals say nothing here. */
  shout: boolean;
}

export interface SentenceView {
  start: number;
  end: number;
  /** Pieces [p0, p1). */
  p0: number;
  p1: number;
  /** ALL-CAPS or Title Case Headline: capitals carry no information here. */
  caseless: boolean;
}

export interface PieceView {
  text: string;
  pieces: Piece[];
  sentences: SentenceView[];
  /** Lower-case forms that occur written in lower case somewhere in the text (common words). */
  lowerSeen: ReadonlySet<string>;
  /** The key of each piece, for lexicon lookups over a range. */
  keys: string[];
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** A letter, and a letter first: shared by the entity finders. Module constants, because tsx builds a \p{...}
 * literal anew wherever it is evaluated. */
export const LETTER = /\p{L}/u;
export const LETTER_START = /^\p{L}/u;
// "China-Russia", "Shanghai-based", "Asia-Pacific": a hyphen between letters splits a token into parts.
const HYPHEN_PARTS = /[^-\u2010\u2011]+|[-\u2010\u2011]/gu;
const POSSESSIVE = /^(.*\p{L})(['\u2019]s?)$/u;
const LETTER_HYPHEN_LETTER = /\p{L}[-\u2010\u2011]\p{L}/u;

/** Matching key of a lower-case word: no abbreviation dots, straight apostrophes ("U.S." → "us"). */
export function keyOf(lower: string): string {
  if (lower.length < 2 || (!lower.includes('.') && !lower.includes('\u2019'))) return lower;
  const plain = lower.replace(/\u2019/g, "'");
  return plain.replace(/\./g, '') || plain;
}

// Letter classes of one character: ASCII by code, the rest by Unicode property.
const enum Char {
  Other = 0,
  Upper = 1,
  Lower = 2,
}
function charClass(code: number, ch: string): Char {
  if (code < 128) return code >= 65 && code <= 90 ? Char.Upper : code >= 97 && code <= 122 ? Char.Lower : Char.Other;
  return UPPER.test(ch) ? Char.Upper : LOWER.test(ch) || LETTER.test(ch) ? Char.Lower : Char.Other;
}

/** The token at [start, end) has a hyphen or an apostrophe, where splitToken may cut it. */
function splittable(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2010 || c === 0x2011 || c === 0x2019) return true;
  }
  return false;
}

function makePiece(surface: string, start: number, end: number, pos: string, sent: number, token: number): Piece {
  let uppers = 0;
  let lowers = 0;
  let first = Char.Other;
  // A dot or a curly apostrophe: the key differs from the lower-case form (see keyOf).
  let marks = false;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if (code === 46 || code === 0x2019) marks = true;
    const c = code < 128 ? (code >= 65 && code <= 90 ? Char.Upper : code >= 97 && code <= 122 ? Char.Lower : Char.Other) : charClass(code, surface[i]);
    if (i === 0) first = c;
    if (c === Char.Upper) uppers++;
    else if (c === Char.Lower) lowers++;
  }
  const lower = uppers ? surface.toLowerCase() : surface;
  const upper = uppers > 0 && lowers === 0;
  return new PieceRecord(start, end, surface, lower, marks ? keyOf(lower) : lower, pos, sent, first === Char.Upper || upper, upper, uppers + lowers > 0, token);
}

/**
 * A piece built by a constructor, not an object literal. V8 may move all later objects of a literal to the old
 * generation once some of them outlived a young-generation collection (allocation-site pretenuring), as happened to
 * pieces on the BBC corpus: each piece then cost an old-space allocation, write barriers, and a full collection to
 * free. A constructor has no allocation site, so pieces stay young and die young.
 */
class PieceRecord implements Piece {
  initial = false;
  shout = false;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public key: string,
    public pos: string,
    public sent: number,
    public cap: boolean,
    public upper: boolean,
    public alpha: boolean,
    public token: number,
  ) {}
}

export function splitToken(text: string, start: number, end: number): [number, number][] {
  const surface = text.slice(start, end);
  // Most tokens have neither a hyphen nor an apostrophe: one part.
  if (!/[-\u2010\u2011'\u2019]/.test(surface)) return [[start, end]];
  const out: [number, number][] = [];
  const poss = POSSESSIVE.exec(surface);
  const body = poss && surface.length > 2 ? poss[1] : surface;
  if (body.length > 2 && LETTER_HYPHEN_LETTER.test(body)) {
    for (const m of body.matchAll(HYPHEN_PARTS)) out.push([start + m.index!, start + m.index! + m[0].length]);
  } else {
    out.push([start, start + body.length]);
  }
  if (body.length < surface.length) out.push([start + body.length, end]);
  return out;
}

/** Punctuation that ends a run of ALL-CAPS words: . ! ? ; : " “ ” ( ) */
function breaksRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41) return true;
  }
  return false;
}

/** Ends a run of ALL-CAPS words: three or more are shouting. */
function closeRun(run: Piece[]): void {
  if (run.length >= 3) for (const p of run) p.shout = true;
  if (run.length) run.length = 0;
}

function markShouting(pieces: Piece[], p0: number, p1: number): void {
  const run: Piece[] = [];
  for (let i = p0; i < p1; i++) {
    const p = pieces[i];
    if (!p.alpha) {
      if (breaksRun(p.text)) closeRun(run);
      continue;
    }
    if (p.upper && p.text.length > 1) run.push(p);
    else closeRun(run);
  }
  closeRun(run);
}

function isCaseless(pieces: Piece[], p0: number, p1: number): boolean {
  let words = 0;
  let upper = 0;
  let lowerWords = 0;
  for (let i = p0; i < p1; i++) {
    const p = pieces[i];
    if (!p.alpha || p.text.length < 2) continue;
    words++;
    if (p.upper) upper++;
    else if (!p.cap) lowerWords++;
  }
  if (words === 0) return false;
  // "SOCCER - JAPAN GET LUCKY WIN": mostly all-caps words.
  if (upper >= 2 && upper / words >= 0.6) return true;
  // A one-word all-caps line ("LONDON") is a dateline: caseless too.
  if (words === 1 && upper === 1) return true;
  // "Russia Vows To Respond To New Sanctions": a Title Case headline has capitalized function words.
  if (words < 4 || lowerWords > 0) return false;
  for (let i = p0 + 1; i < p1; i++) if (TITLE_CASE_FUNCTION_WORDS.has(pieces[i].text)) return true;
  return false;
}

const TITLE_CASE_FUNCTION_WORDS = new Set(['To', 'In', 'Of', 'For', 'On', 'With', 'At', 'As', 'By', 'From', 'After', 'Over', 'Amid', 'The', 'And', 'Is', 'Are']);

export function buildPieces(doc: Pick<Article, 'text' | 'sentences' | 'tokens'>): PieceView {
  const { text, tokens } = doc;
  const pieces: Piece[] = [];
  const sentences: SentenceView[] = [];
  const lowerSeen = new Set<string>();
  doc.sentences.forEach((s, si) => {
    const p0 = pieces.length;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t];
      // Most tokens have neither a hyphen nor an apostrophe: one piece.
      const parts = splittable(text, tok.start, tok.end) ? splitToken(text, tok.start, tok.end) : null;
      if (!parts) {
        const piece = makePiece(text.slice(tok.start, tok.end), tok.start, tok.end, tok.pos, si, t);
        pieces.push(piece);
        if (piece.alpha && !piece.cap) lowerSeen.add(piece.lower);
        continue;
      }
      for (const [a, b] of parts) {
        const piece = makePiece(text.slice(a, b), a, b, tok.pos, si, t);
        pieces.push(piece);
        if (piece.alpha && !piece.cap) lowerSeen.add(piece.lower);
      }
    }
    const p1 = pieces.length;
    for (let i = p0; i < p1; i++) {
      // The sentence-initial word: skip opening quotes and brackets.
      if (pieces[i].alpha || /\d/.test(pieces[i].text)) {
        pieces[i].initial = true;
        break;
      }
    }
    markShouting(pieces, p0, p1);
    sentences.push({ start: s.start, end: s.end, p0, p1, caseless: false });
  });
  for (const s of sentences) s.caseless = isCaseless(pieces, s.p0, s.p1);
  return { text, pieces, sentences, lowerSeen, keys: pieces.map((p) => p.key) };
}

/** The pieces of a phrase, split as the text's tokens are ("People's Daily" → People, 's, Daily). */
export function phraseParts(phrase: string): string[] {
  const parts: string[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(phrase))) {
    const word = m[0];
    for (const [a, b] of splitToken(word, 0, word.length)) parts.push(word.slice(a, b));
  }
  return parts;
}

/** The piece keys of a phrase ("People's Daily" → people, 's, daily). */
export function phraseKeys(phrase: string): string[] {
  return phraseParts(phrase).map((p) => keyOf(p.toLowerCase()));
}
