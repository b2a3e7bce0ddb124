// The run-time tagger: sentences of words and POS tags → BIO labels and name spans, by Viterbi over a trained CRF.
// Speed comes from summing each word type's attribute weights once (cached on the tagger) and reusing the sums,
// which equal features.ts's tokenAttributes exactly (decode.test.ts checks it), and from decoding only the
// stretches of a sentence near a capital letter: the rest is O (see nameSegments).
import {
  ANY_UPPER, DOC_FLAGS, GAZ_KINDS, GAZ_OFFSETS, OFFSETS, POS_PAD, POS_TAGS, BIAS, caseBits, docAttribute, documentFlags,
  gazAttribute, initialAttributes, padAttribute, posAttribute, posIndex, posPairAttributes, wordAttributes,
} from './features.js';
import { matchGazetteer, phrasesStartingWith, type Phrase } from './gazetteer.js';
import type { NameModel } from './model.js';

export type NameLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name: TOKEN indices within its sentence, end exclusive; score = the least token marginal of its labels. */
export interface NameSpan {
  start: number;
  end: number;
  label: NameLabel;
  score: number;
}

export interface TaggerSentence {
  words: readonly string[];
  pos: readonly string[];
  /** Optional: an id per word from a vocabulary in which one id always names the same string (the text stage's
   * `Token.word`), or -1. A word with an id finds its type by the id, without hashing the string. */
  ids?: ArrayLike<number>;
}

export interface SentenceTags {
  /** Label index per token (into model.labels). */
  labels: Uint8Array;
  /** Marginal probability of each non-O token's label (0 on O tokens). */
  confidence: Float32Array;
}

export interface NameTagger {
  model: NameModel;
  tagSentences(sentences: readonly TaggerSentence[]): SentenceTags[];
  tagDocument(sentences: readonly TaggerSentence[]): NameSpan[][];
  /** The label scores of each token (n × labels, row-major) before transitions: for tests and explanations. */
  emissions(sentences: readonly TaggerSentence[]): Float64Array[];
}

/** Word types remembered per tagger before the cache is cleared, between documents (bounds memory on endless streams). */
const TYPE_CACHE_LIMIT = 200_000;
/** Tokens of context on each side of a name when its confidence is computed. */
const MARGIN_WINDOW = 3;
/** A token this close to a word with a capital letter may be part of a name ("Bank of England"); farther, it is O. */
const SEGMENT_REACH = 1;
const K = POS_TAGS.length;

function hasUpper(word: string): boolean {
  return (caseBits(word) & ANY_UPPER) !== 0;
}

/**
 * The stretches [start, end) of a sentence that are decoded: every token within SEGMENT_REACH of a word with a
 * capital letter. Names in news are capitalized save for short inner words ("of", "and", "de"), so a token two
 * words from any capital is O; skipping those stretches leaves most prose undecoded.
 */
export function nameSegments(words: readonly string[], upper?: (i: number) => boolean): [number, number][] {
  const n = words.length;
  const segments: [number, number][] = [];
  let open = -1;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!(upper ? upper(i) : hasUpper(words[i]))) continue;
    const from = Math.max(0, i - SEGMENT_REACH);
    if (open >= 0 && from <= last) last = Math.min(n, i + SEGMENT_REACH + 1);
    else {
      if (open >= 0) segments.push([open, last]);
      open = from;
      last = Math.min(n, i + SEGMENT_REACH + 1);
    }
  }
  if (open >= 0) segments.push([open, last]);
  return segments;
}

/** `typeCacheLimit`: word types kept before the cache is emptied (between documents), for tests of that path. */
export function createTagger(model: NameModel, typeCacheLimit = TYPE_CACHE_LIMIT): NameTagger {
  const L = model.labels.length;
  const addRow = (into: Float32Array, at: number, attr: string) => {
    const r = model.attributes.get(attr);
    if (r === undefined) return;
    const base = r * L;
    for (let y = 0; y < L; y++) into[at + y] += model.weights[base + y];
  };
  const vectorOf = (attrs: readonly string[]) => {
    const v = new Float32Array(L);
    for (const a of attrs) addRow(v, 0, a);
    return v;
  };

  // Fixed vectors: padding per offset, gazetteer kinds per offset, document flags.
  const pad = OFFSETS.map((o) => vectorOf([padAttribute(o)]));
  const gaz = GAZ_OFFSETS.map((o) => GAZ_KINDS.map((_, k) => vectorOf([gazAttribute(o, k)])));
  const docv = DOC_FLAGS.map((_, f) => vectorOf([docAttribute(f)]));
  // POS tables, each folding several attributes so a token adds three vectors: (prev, here) with the bias and the
  // unigrams at -1 and 0; (here, next) with the unigram at +1; (two before, two after) with the unigrams at -2 and +2.
  const posPrev = new Float32Array(K * K * L);
  const posNext = new Float32Array(K * K * L);
  const posFar = new Float32Array(K * K * L);
  for (let a = 0; a < K; a++) {
    for (let b = 0; b < K; b++) {
      const at = (a * K + b) * L;
      for (const attr of [BIAS, posPairAttributes(a, b, 0)[0], posAttribute(-1, a), posAttribute(0, b)]) addRow(posPrev, at, attr);
      for (const attr of [posPairAttributes(0, a, b)[1], posAttribute(1, b)]) addRow(posNext, at, attr);
      for (const attr of [posAttribute(-2, a), posAttribute(2, b)]) addRow(posFar, at, attr);
    }
  }

  // Word types: index by surface form; per type, weight sums for offsets -2..2 then sentence-initial (each L wide,
  // pooled in one array), its lower-case form, case bits and the gazetteer phrases it may open.
  // The index is a hash table of its own (open addressing over `slots`: a word's hash, then its type + 1, 0 for an
  // empty slot): the words are fresh slices of each article, and hashing them here is cheaper than a Map, which
  // hashes each in a runtime call. The hash sits beside the type so that a probe reads one place in memory.
  const STRIDE = (OFFSETS.length + 1) * L;
  const types = {
    size: 0,
    slots: new Int32Array(2 << 16),
    words: [] as string[],
    hashes: [] as number[],
    pool: new Float32Array(4096 * STRIDE),
    lower: [] as string[],
    phrases: [] as (readonly Phrase[] | undefined)[],
    /** 1 for a whitespace token (a tokenizer may keep line breaks): never part of a name. */
    blank: [] as number[],
  };
  const place = (t: number) => {
    const mask = (types.slots.length >> 1) - 1;
    let at = types.hashes[t] & mask;
    while (types.slots[2 * at + 1] !== 0) at = (at + 1) & mask;
    types.slots[2 * at] = types.hashes[t];
    types.slots[2 * at + 1] = t + 1;
  };
  /** Empties the cache when it holds typeCacheLimit types or more: only between documents, since a document's
   * token tables hold type ids until it is decoded. */
  const forgetTypesIfFull = () => {
    if (types.size < typeCacheLimit) return;
    types.size = 0;
    byVocab.fill(0);
    types.slots.fill(0);
    types.words.length = types.hashes.length = types.lower.length = types.phrases.length = types.blank.length = 0;
    types.pool.fill(0);
  };
  // Type + 1 by vocabulary id (0: not seen yet), for words that come with one.
  let byVocab = new Int32Array(1 << 16);
  const wordType = (word: string, vocab: number): number => {
    if (vocab >= 0 && vocab < byVocab.length && byVocab[vocab] !== 0) return byVocab[vocab] - 1;
    const t = hashedType(word);
    if (vocab >= 0) {
      if (vocab >= byVocab.length) {
        const grown = new Int32Array(Math.max(vocab + 1, byVocab.length * 2));
        grown.set(byVocab);
        byVocab = grown;
      }
      byVocab[vocab] = t + 1;
    }
    return t;
  };
  const hashedType = (word: string): number => {
    // FNV-1a over the UTF-16 code units.
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    const slots = types.slots;
    const mask = (slots.length >> 1) - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const e = slots[2 * at + 1];
      if (e === 0) break;
      if (slots[2 * at] === h && types.words[e - 1] === word) return e - 1;
    }
    const t = types.size;
    if ((t + 1) * STRIDE > types.pool.length) {
      const grown = new Float32Array(types.pool.length * 2);
      grown.set(types.pool);
      types.pool = grown;
    }
    const at = t * STRIDE;
    OFFSETS.forEach((o, oi) => {
      for (const a of wordAttributes(word, o)) addRow(types.pool, at + oi * L, a);
    });
    for (const a of initialAttributes(word)) addRow(types.pool, at + OFFSETS.length * L, a);
    const lower = word.toLowerCase();
    types.lower[t] = lower;
    types.phrases[t] = phrasesStartingWith(model.gazetteer, word, lower);
    types.blank[t] = word.trim() === '' ? 1 : 0;
    types.words[t] = word;
    types.hashes[t] = h;
    types.size = t + 1;
    // At most half full: double the table and place every type again.
    if (types.size * 4 > types.slots.length) {
      types.slots = new Int32Array(types.slots.length * 2);
      for (let k = 0; k < types.size; k++) place(k);
    } else place(t);
    return t;
  };

  // Transitions under the BIO constraint (I-X only after B-X or I-X, never first), as predecessor lists:
  // label y's allowed predecessors are PX[k] with weight PT[k] (and exp(weight) PE[k]) for k in predStart[y]..[y+1].
  const trans = model.transitions;
  const allowed = (x: number, y: number) => {
    const [bio, type] = model.labels[y].split('-');
    return bio !== 'I' || (x >= 0 && model.labels[x].split('-')[1] === type);
  };
  const predStart = new Int32Array(L + 1);
  const px: number[] = [];
  for (let y = 0; y < L; y++) {
    predStart[y] = px.length;
    for (let x = 0; x < L; x++) if (allowed(x, y)) px.push(x);
  }
  predStart[L] = px.length;
  const PX = Int32Array.from(px);
  const PT = new Float64Array(PX.length);
  const PE = new Float64Array(PX.length);
  for (let y = 0; y < L; y++) {
    for (let k = predStart[y]; k < predStart[y + 1]; k++) {
      PT[k] = trans[PX[k] * L + y];
      PE[k] = Math.exp(PT[k]);
    }
  }
  // Entering a stretch: at the sentence start, or after an O (label 0) that was not decoded. Leaving one before an O.
  const enterFirst = new Float64Array(L);
  const enterAfterO = new Float64Array(L);
  const leaveToO = new Float64Array(L);
  for (let y = 0; y < L; y++) {
    enterFirst[y] = allowed(-1, y) ? 0 : -Infinity;
    enterAfterO[y] = allowed(0, y) ? trans[y] : -Infinity;
    leaveToO[y] = trans[y * L];
  }
  // The same as exp() of each, for the marginals.
  const expEnterFirst = enterFirst.map(Math.exp);
  const expEnterAfterO = enterAfterO.map(Math.exp);
  const expLeaveToO = leaveToO.map(Math.exp);

  /** Label → its name type (index into the distinct types; O is its own). */
  const kindNames = model.labels.map((l) => l.split('-').pop()!);
  const kindOf = Int8Array.from(kindNames, (k) => kindNames.indexOf(k));
  const scratch = {
    size: 0, E: new Float64Array(0), delta: new Float64Array(0), back: new Uint8Array(0), fw: new Float64Array(0),
    bw: new Float64Array(0), scale: new Float64Array(0), labels: new Uint8Array(0), conf: new Float32Array(0),
    posIds: new Uint8Array(0), gaz: new Uint8Array(0),
    lowers: [] as string[], starting: [] as (readonly Phrase[] | undefined)[],
  };
  function ensure(n: number) {
    if (scratch.size >= n) return;
    const size = Math.max(n, 128);
    scratch.size = size;
    scratch.E = new Float64Array(size * L);
    scratch.delta = new Float64Array(size * L);
    scratch.back = new Uint8Array(size * L);
    scratch.fw = new Float64Array(size * L);
    scratch.bw = new Float64Array(size * L);
    scratch.scale = new Float64Array(size);
    scratch.labels = new Uint8Array(size);
    scratch.conf = new Float32Array(size);
    scratch.posIds = new Uint8Array(size);
    scratch.gaz = new Uint8Array(size);
    // Never resized after: the gazetteer matcher reads only the first n of a sentence of n words.
    scratch.lowers = new Array<string>(size).fill('');
    scratch.starting = new Array<readonly Phrase[] | undefined>(size).fill(undefined);
  }

  const rows = new Int32Array(OFFSETS.length);
  /** Adds to row `at` of E the word-type sums of token i's context, with padding beyond the sentence. */
  function addContext(E: Float64Array, at: number, n: number, i: number, ids: Int32Array, f0: number) {
    for (let oi = 0; oi < OFFSETS.length; oi++) {
      const j = i + OFFSETS[oi];
      if (j < 0 || j >= n) {
        const src = pad[oi];
        for (let y = 0; y < L; y++) E[at + y] += src[y];
      } else {
        const off = ids[f0 + j] * STRIDE + oi * L;
        for (let y = 0; y < L; y++) E[at + y] += types.pool[off + y];
      }
    }
  }

  /** Label scores of tokens [a, b) of a sentence into scratch.E (row i at i * L); the sentence starts at f0 in ids, flags. */
  function emissions(n: number, a: number, b: number, ids: Int32Array, pos: Uint8Array, gazMask: Uint8Array, flags: Uint8Array, f0: number) {
    const E = scratch.E;
    const pool = types.pool;
    const NO = OFFSETS.length;
    for (let i = a; i < b; i++) {
      const at = i * L;
      const prev = i > 0 ? pos[i - 1] : POS_PAD;
      const next = i < n - 1 ? pos[i + 1] : POS_PAD;
      const pp = (prev * K + pos[i]) * L;
      const pn = (pos[i] * K + next) * L;
      const pf = ((i > 1 ? pos[i - 2] : POS_PAD) * K + (i < n - 2 ? pos[i + 2] : POS_PAD)) * L;
      if (i + OFFSETS[0] >= 0 && i + OFFSETS[NO - 1] < n) {
        // The whole window inside the sentence (OFFSETS ascend): each label's score summed in a local, in addContext's
        // order, so the sums are the same to the bit.
        for (let oi = 0; oi < NO; oi++) rows[oi] = ids[f0 + i + OFFSETS[oi]] * STRIDE + oi * L;
        for (let y = 0; y < L; y++) {
          let e = posPrev[pp + y] + posNext[pn + y] + posFar[pf + y];
          for (let oi = 0; oi < NO; oi++) e += pool[rows[oi] + y];
          E[at + y] = e;
        }
      } else {
        for (let y = 0; y < L; y++) E[at + y] = posPrev[pp + y] + posNext[pn + y] + posFar[pf + y];
        addContext(E, at, n, i, ids, f0);
      }
      if (i === 0) {
        const off = ids[f0] * STRIDE + NO * L;
        for (let y = 0; y < L; y++) E[at + y] += pool[off + y];
      }
      for (let gi = 0; gi < GAZ_OFFSETS.length; gi++) {
        const j = i + GAZ_OFFSETS[gi];
        if (j < 0 || j >= n) continue;
        const mask = gazMask[j];
        if (!mask) continue;
        for (let k = 0; k < GAZ_KINDS.length; k++) {
          if (!(mask & (1 << k))) continue;
          const v = gaz[gi][k];
          for (let y = 0; y < L; y++) E[at + y] += v[y];
        }
      }
      const f = flags[f0 + i];
      if (f) {
        for (let k = 0; k < DOC_FLAGS.length; k++) {
          if (!(f & (1 << k))) continue;
          const v = docv[k];
          for (let y = 0; y < L; y++) E[at + y] += v[y];
        }
      }
      if (types.blank[ids[f0 + i]]) for (let y = 1; y < L; y++) E[at + y] = -Infinity;
    }
  }

  /** Best labels of tokens [a, b) given O outside; returns whether any is not O. */
  function viterbi(n: number, a: number, b: number, out: Uint8Array): boolean {
    const { E, delta, back } = scratch;
    const enter = a === 0 ? enterFirst : enterAfterO;
    for (let y = 0; y < L; y++) delta[a * L + y] = enter[y] + E[a * L + y];
    for (let i = a + 1; i < b; i++) {
      const prev = (i - 1) * L;
      const at = i * L;
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        let arg = 0;
        for (let k = predStart[y], end = predStart[y + 1]; k < end; k++) {
          const x = PX[k];
          const s = delta[prev + x] + PT[k];
          if (s > best) {
            best = s;
            arg = x;
          }
        }
        delta[at + y] = best + E[at + y];
        back[at + y] = arg;
      }
    }
    const last = (b - 1) * L;
    const leave = b < n;
    let best = -Infinity;
    let arg = 0;
    for (let y = 0; y < L; y++) {
      const s = delta[last + y] + (leave ? leaveToO[y] : 0);
      if (s > best) {
        best = s;
        arg = y;
      }
    }
    let any = false;
    for (let i = b - 1; i >= a; i--) {
      out[i] = arg;
      if (arg !== 0) any = true;
      arg = back[i * L + arg];
    }
    return any;
  }

  /**
   * Marginals of the chosen labels on tokens [from, to), by forward-backward under the same constraints, scaled
   * per position. Run on a window of a few tokens around each name (a chain CRF forgets within a few tokens), with
   * the stretch's own boundary conditions where the window reaches them.
   */
  function marginals(n: number, a: number, b: number, from: number, to: number, fresh: number, labels: Uint8Array, out: Float32Array) {
    const { E, fw, bw, scale } = scratch;
    // E becomes exp(E - max) in place: the emissions are not needed after Viterbi. Rows before `fresh` were turned
    // by the window before this one (windows of one stretch may share up to MARGIN_WINDOW rows) and stay as they are.
    for (let i = Math.max(from, fresh); i < to; i++) {
      const at = i * L;
      let m = E[at];
      for (let y = 1; y < L; y++) if (E[at + y] > m) m = E[at + y];
      for (let y = 0; y < L; y++) E[at + y] = Math.exp(E[at + y] - m);
    }
    const first = from * L;
    const enter = from > a ? null : a === 0 ? expEnterFirst : expEnterAfterO;
    let sum = 0;
    for (let y = 0; y < L; y++) sum += fw[first + y] = E[first + y] * (enter ? enter[y] : 1);
    scale[from] = sum;
    for (let y = 0; y < L; y++) fw[first + y] /= sum;
    for (let i = from + 1; i < to; i++) {
      const prev = (i - 1) * L;
      const at = i * L;
      sum = 0;
      for (let y = 0; y < L; y++) {
        let v = 0;
        for (let k = predStart[y], end = predStart[y + 1]; k < end; k++) v += fw[prev + PX[k]] * PE[k];
        v *= E[at + y];
        fw[at + y] = v;
        sum += v;
      }
      scale[i] = sum;
      const inv = 1 / sum;
      for (let y = 0; y < L; y++) fw[at + y] *= inv;
    }
    const lastRow = (to - 1) * L;
    const leave = to === b && b < n;
    for (let y = 0; y < L; y++) bw[lastRow + y] = leave ? expLeaveToO[y] : 1;
    if (leave) {
      // Normalize so the marginals below still sum to one.
      let z = 0;
      for (let y = 0; y < L; y++) z += fw[lastRow + y] * bw[lastRow + y];
      for (let y = 0; y < L; y++) bw[lastRow + y] /= z;
    }
    for (let i = to - 2; i >= from; i--) {
      const at = i * L;
      const nx = at + L;
      const inv = 1 / scale[i + 1];
      for (let x = 0; x < L; x++) bw[at + x] = 0;
      for (let y = 0; y < L; y++) {
        const v = E[nx + y] * bw[nx + y] * inv;
        for (let k = predStart[y], end = predStart[y + 1]; k < end; k++) bw[at + PX[k]] += PE[k] * v;
      }
    }
    // The confidence is that the token belongs to a name of its type, whether it opens it (B-) or continues it (I-).
    for (let i = from; i < to; i++) {
      const kind = kindOf[labels[i]];
      let p = 0;
      for (let y = 0; y < L; y++) if (kindOf[y] === kind) p += fw[i * L + y] * bw[i * L + y];
      out[i] = p;
    }
  }

  /** Confidence of every non-O token of [a, b), from windows around its runs of non-O labels (merged where close). */
  function confidences(n: number, a: number, b: number, labels: Uint8Array, out: Float32Array) {
    let i = a;
    let fresh = a; // rows of E from here on still hold emissions, not their exponentials
    while (i < b) {
      if (labels[i] === 0) {
        i++;
        continue;
      }
      const from = Math.max(a, i - MARGIN_WINDOW);
      let end = i;
      let to = 0;
      for (;;) {
        while (end < b && labels[end] !== 0) end++;
        to = Math.min(b, end + MARGIN_WINDOW);
        let next = end;
        while (next < to && labels[next] === 0) next++;
        if (next >= to) break;
        end = next;
      }
      marginals(n, a, b, from, to, fresh, labels, out);
      fresh = to;
      i = end;
    }
  }

  /**
   * Document-wide token tables, flat in document order: word-type ids (-1 for tokens no stretch needs), lower-case
   * forms, document flags, and each sentence's stretches.
   */
  function prepare(sentences: readonly TaggerSentence[], whole: boolean) {
    forgetTypesIfFull();
    let total = 0;
    for (const s of sentences) total += s.words.length;
    const ids = new Int32Array(total).fill(-1);
    const bits = new Uint8Array(total);
    const lowers: string[] = new Array(total);
    const segments: [number, number][][] = [];
    let k0 = 0;
    for (const s of sentences) {
      const n = s.words.length;
      for (let i = 0; i < n; i++) bits[k0 + i] = caseBits(s.words[i]);
      // An inline arrow: a named one costs a `__name` call per sentence under tsx (esbuild keepNames).
      const segs = whole ? (n ? [[0, n] as [number, number]] : []) : nameSegments(s.words, (i) => (bits[k0 + i] & ANY_UPPER) !== 0);
      segments.push(segs);
      // Emissions of a stretch read word types two tokens beyond it.
      const vocab = s.ids;
      for (const [a, b] of segs) {
        for (let i = Math.max(0, a - 2); i < Math.min(n, b + 2); i++) if (ids[k0 + i] < 0) ids[k0 + i] = wordType(s.words[i], vocab ? vocab[i] : -1);
      }
      for (let i = 0; i < n; i++) {
        const k = k0 + i;
        // A word with no capital is its own lower-case form.
        lowers[k] = ids[k] >= 0 ? types.lower[ids[k]] : bits[k] & ANY_UPPER ? s.words[i].toLowerCase() : s.words[i];
      }
      k0 += n;
    }
    return { ids, lowers, segments, flags: documentFlags(sentences, bits, lowers) };
  }

  /** POS ids, gazetteer masks and then label scores of a sentence's stretches, into scratch. */
  function scoreSentence(s: TaggerSentence, doc: ReturnType<typeof prepare>, k0: number, segs: readonly [number, number][]) {
    const n = s.words.length;
    const { posIds, lowers, starting } = scratch;
    for (let i = 0; i < n; i++) {
      lowers[i] = doc.lowers[k0 + i];
      const id = doc.ids[k0 + i];
      starting[i] = id >= 0 ? types.phrases[id] : undefined;
    }
    for (const [a, b] of segs) for (let i = Math.max(0, a - 2); i < Math.min(n, b + 2); i++) posIds[i] = posIndex(s.pos[i]);
    const gazMask = matchGazetteer(model.gazetteer, s.words, lowers, starting, scratch.gaz);
    for (const [a, b] of segs) emissions(n, a, b, doc.ids, posIds, gazMask, doc.flags, k0);
  }

  /** Decodes every sentence; `visit` reads labels and confidences from scratch before the next sentence. */
  function decode(sentences: readonly TaggerSentence[], visit: (n: number, any: boolean) => void) {
    const doc = prepare(sentences, false);
    let k0 = 0;
    sentences.forEach((s, si) => {
      const n = s.words.length;
      ensure(n);
      scratch.labels.fill(0, 0, n);
      let any = false;
      const segs = doc.segments[si];
      if (segs.length) scoreSentence(s, doc, k0, segs);
      for (const [a, b] of segs) {
        if (viterbi(n, a, b, scratch.labels)) {
          any = true;
          confidences(n, a, b, scratch.labels, scratch.conf);
        }
      }
      visit(n, any);
      k0 += n;
    });
  }

  function tagSentences(sentences: readonly TaggerSentence[]): SentenceTags[] {
    const out: SentenceTags[] = [];
    decode(sentences, (n, any) => {
      const labels = scratch.labels.slice(0, n);
      const confidence = new Float32Array(n);
      if (any) for (let i = 0; i < n; i++) if (labels[i] !== 0) confidence[i] = scratch.conf[i];
      out.push({ labels, confidence });
    });
    return out;
  }

  function emissionScores(sentences: readonly TaggerSentence[]): Float64Array[] {
    const doc = prepare(sentences, true);
    let k0 = 0;
    return sentences.map((s, si) => {
      const n = s.words.length;
      ensure(n);
      if (n) scoreSentence(s, doc, k0, doc.segments[si]);
      k0 += n;
      return scratch.E.slice(0, n * L);
    });
  }

  const labelType = model.labels.map((l) => (l === 'O' ? null : (l.split('-')[1] as NameLabel)));
  const labelInside = model.labels.map((l) => l.startsWith('I-'));

  function tagDocument(sentences: readonly TaggerSentence[]): NameSpan[][] {
    const out: NameSpan[][] = [];
    decode(sentences, (n, any) => {
      const spans: NameSpan[] = [];
      out.push(spans);
      if (!any) return;
      const { labels, conf } = scratch;
      let open: NameSpan | null = null;
      for (let i = 0; i < n; i++) {
        const type = labelType[labels[i]];
        if (type === null) {
          open = null;
          continue;
        }
        if (open && labelInside[labels[i]] && open.label === type) {
          open.end = i + 1;
          if (conf[i] < open.score) open.score = conf[i];
          continue;
        }
        open = { start: i, end: i + 1, label: type, score: conf[i] };
        spans.push(open);
      }
    });
    return out;
  }

  return { model, tagSentences, tagDocument, emissions: emissionScores };
}

/** BIO label indices → spans; a stray I-X opens a span as B-X would. */
export function spansOf(labelNames: readonly string[], labels: ArrayLike<number>, confidence?: ArrayLike<number>): NameSpan[] {
  const spans: NameSpan[] = [];
  let open: NameSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const name = labelNames[labels[i]];
    const c = confidence ? confidence[i] : 1;
    if (name === 'O') {
      open = null;
      continue;
    }
    const [bio, type] = name.split('-') as [string, NameLabel];
    if (open && bio === 'I' && open.label === type) {
      open.end = i + 1;
      open.score = Math.min(open.score, c);
      continue;
    }
    open = { start: i, end: i + 1, label: type, score: c };
    spans.push(open);
  }
  return spans;
}
