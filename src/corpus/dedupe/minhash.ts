// Word 5-gram shingles of an article's normalized text, their MinHash signature, and the LSH bands of that signature.
// Pure functions over strings and numbers: no database here. The constants below are part of the stored format
// (minhash_signatures, minhash_bands): changing one means re-signing every stored article.

/** Words per shingle. Five keeps shared stock phrases ("said in a statement on") from making unrelated texts alike. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature (32-bit each): the estimate's standard error is sqrt(J(1-J)/128) ≤ 0.044. */
export const SIGNATURE_SIZE = 128;
/** LSH banding: 32 bands of 4 rows. A pair of Jaccard s becomes a candidate with probability 1 - (1 - s^4)^32. */
export const BANDS = 32;
export const ROWS_PER_BAND = 4;
/** Seed of the hash family: fixed, so signatures agree across runs, machines and databases. */
export const MINHASH_SEED = 0x5eed_d1ad;

export type Signature = Uint32Array;

/**
 * Lower-cased words of the text without diacritics (a wire feed's "Regua" is "Régua"); punctuation and symbols are
 * separators ("Russia's" → "russia", "s").
 */
export function normalizedWords(text: string): string[] {
  const folded = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
  return folded.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** murmur3's 32-bit finalizer: a bijection on uint32 with full avalanche. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The distinct 32-bit hashes of the text's word n-gram shingles (n = SHINGLE_WORDS). A text shorter than n words is
 * one shingle of all its words; a text with no words has none.
 */
export function shingleHashes(text: string, n: number = SHINGLE_WORDS): Uint32Array {
  const words = normalizedWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const hashes = words.map(wordHash);
  const width = Math.min(n, hashes.length);
  const seen = new Set<number>();
  for (let i = 0; i + width <= hashes.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < width; j++) h = fmix32(Math.imul(h, 0x01000193) ^ hashes[i + j]!);
    seen.add(h);
  }
  return Uint32Array.from(seen);
}

/** splitmix32: the fixed-seed generator of the hash family's coefficients. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** Coefficients of the K hash functions h_i(x) = fmix32(a_i·x + b_i mod 2^32), a_i odd. Built once per call site. */
export interface HashFamily {
  readonly a: Uint32Array;
  readonly b: Uint32Array;
}

export function hashFamily(size: number = SIGNATURE_SIZE, seed: number = MINHASH_SEED): HashFamily {
  const next = splitmix32(seed);
  const a = new Uint32Array(size);
  const b = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    a[i] = (next() | 1) >>> 0;
    b[i] = next();
  }
  return { a, b };
}

/** The standard family (SIGNATURE_SIZE functions, MINHASH_SEED); frozen data, computed at load. */
export const FAMILY: HashFamily = hashFamily();

/** MinHash signature of a shingle set: for each hash function, the least hash over the set (all 0xffffffff if empty). */
export function signatureOf(shingles: ArrayLike<number>, family: HashFamily = FAMILY): Signature {
  const { a, b } = family;
  const size = a.length;
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < size; i++) {
      const h = fmix32(Math.imul(a[i]!, x) + b[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Signature of a text's shingles; null when the text has no words (such an article is nobody's near-duplicate). */
export function textSignature(text: string, family: HashFamily = FAMILY): Signature | null {
  const shingles = shingleHashes(text);
  return shingles.length === 0 ? null : signatureOf(shingles, family);
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(x: Signature, y: Signature): number {
  if (x.length !== y.length || x.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
  return same / x.length;
}

/** Exact Jaccard similarity of two hash sets (for tests and for checking the estimate). */
export function exactJaccard(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const left = new Set<number>(Array.from(x));
  const right = new Set<number>(Array.from(y));
  let common = 0;
  for (const h of left) if (right.has(h)) common++;
  const union = left.size + right.size - common;
  return union === 0 ? 0 : common / union;
}

/**
 * One hash per band of ROWS_PER_BAND signature values, 52 bits (a safe integer for SQLite and JavaScript alike), so
 * two articles share a band hash only when they agree on all the band's rows (up to a ~2^-52 collision).
 */
export function bandHashes(sig: Signature, bands: number = BANDS, rows: number = ROWS_PER_BAND): number[] {
  const out: number[] = [];
  for (let band = 0; band < bands; band++) {
    let hi = 0x1b873593 ^ band;
    let lo = 0xcc9e2d51 ^ band;
    for (let r = 0; r < rows; r++) {
      const v = sig[band * rows + r]!;
      hi = fmix32(Math.imul(hi, 0x01000193) ^ v);
      lo = fmix32((lo + Math.imul(v, 0x85ebca6b)) >>> 0);
    }
    out.push((hi & 0xfffff) * 0x1_0000_0000 + lo);
  }
  return out;
}

/** Probability that a pair with Jaccard s shares at least one band: the LSH S-curve. */
export function candidateProbability(s: number, bands: number = BANDS, rows: number = ROWS_PER_BAND): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

/** Little-endian bytes of a signature, as minhash_signatures.signature stores it. */
export function signatureToBlob(sig: Signature): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

export function signatureFromBlob(blob: Uint8Array): Signature {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const sig = new Uint32Array(blob.byteLength >>> 2);
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}
