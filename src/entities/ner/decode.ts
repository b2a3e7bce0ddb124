// The run-time tagger: sentences of words and POS tags → BIO labels and name spans, by Viterbi over a trained CRF.
// Speed comes from summing each word type's attribute weights once (cached on the tagger) and reusing the sums;
// the sums equal features.ts's tokenAttributes exactly (features.test.ts checks it).
import {
  DOC_FLAGS, GAZ_KINDS, GAZ_OFFSETS, OFFSETS, POS_PAD, POS_TAGS, BIAS,
  docAttribute, documentFlags, gazAttribute, initialAttributes, padAttribute, posAttribute, posIndex,
  posPairAttributes, wordAttributes,
} from './features.js';
import { matchGazetteer } from './gazetteer.js';
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
}

export interface SentenceTags {
  /** Label index per token (into model.labels). */
  labels: Uint8Array;
  /** Marginal probability of each token's label. */
  confidence: Float32Array;
}

export interface NameTagger {
  model: NameModel;
  tagSentences(sentences: readonly TaggerSentence[]): SentenceTags[];
  tagDocument(sentences: readonly TaggerSentence[]): NameSpan[][];
  /** The label scores of each token (n × labels, row-major) before transitions: for tests and explanations. */
  emissions(sentences: readonly TaggerSentence[]): Float64Array[];
}

/** Word types remembered per tagger before the cache is cleared (bounds memory on endless streams). */
const TYPE_CACHE_LIMIT = 200_000;
/** Tokens of context on each side of a name when its confidence is computed. */
const MARGIN_WINDOW = 3;

interface WordType {
  vec: Float32Array;
  lower: string;
}
const K = POS_TAGS.length;

export function createTagger(model: NameModel): NameTagger {
  const L = model.labels.length;
  const rowOf = (attr: string) => model.attributes.get(attr);
  const addRow = (into: Float32Array, at: number, attr: string) => {
    const r = rowOf(attr);
    if (r === undefined) return;
    const base = r * L;
    for (let y = 0; y < L; y++) into[at + y] += model.weights[base + y];
  };
  const vectorOf = (attrs: readonly string[]) => {
    const v = new Float32Array(L);
    for (const a of attrs) addRow(v, 0, a);
    return v;
  };

  // Fixed vectors: bias, padding, POS unigrams per offset, POS pairs, gazetteer kinds per offset, document flags.
  const pad = OFFSETS.map((o) => vectorOf([padAttribute(o)]));
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
  const gaz = GAZ_OFFSETS.map((o) => GAZ_KINDS.map((_, k) => vectorOf([gazAttribute(o, k)])));
  const docv = DOC_FLAGS.map((_, f) => vectorOf([docAttribute(f)]));

  // Per word type: its lower-case form and weight sums for offsets -2..2 then sentence-initial, each L wide.
  const typeCache = new Map<string, WordType>();
  const wordType = (word: string): WordType => {
    let t = typeCache.get(word);
    if (t) return t;
    if (typeCache.size >= TYPE_CACHE_LIMIT) typeCache.clear();
    const vec = new Float32Array((OFFSETS.length + 1) * L);
    OFFSETS.forEach((o, oi) => {
      for (const a of wordAttributes(word, o)) addRow(vec, oi * L, a);
    });
    for (const a of initialAttributes(word)) addRow(vec, OFFSETS.length * L, a);
    t = { vec, lower: word.toLowerCase() };
    typeCache.set(word, t);
    return t;
  };

  const trans = model.transitions;
  // BIO constraints at decoding: I-X only after B-X or I-X, never first.
  const allowed = new Uint8Array(L * L);
  const startAllowed = new Uint8Array(L);
  for (let y = 0; y < L; y++) {
    const [bio, type] = model.labels[y].split('-');
    startAllowed[y] = bio === 'I' ? 0 : 1;
    for (let x = 0; x < L; x++) allowed[x * L + y] = bio !== 'I' || model.labels[x].split('-')[1] === type ? 1 : 0;
  }
  const expTrans = new Float64Array(L * L);
  for (let i = 0; i < L * L; i++) expTrans[i] = Math.exp(trans[i]);

  const startV = new Float64Array(L);
  for (let y = 0; y < L; y++) startV[y] = startAllowed[y] ? 0 : -Infinity;
  // Allowed predecessors of each label, flattened: x = predX[k], weight predT[k], for k in predStart[y] .. predStart[y+1].
  const predStart = new Int32Array(L + 1);
  const predX: number[] = [];
  const predT: number[] = [];
  const predExp: number[] = [];
  for (let y = 0; y < L; y++) {
    predStart[y] = predX.length;
    for (let x = 0; x < L; x++) {
      if (!allowed[x * L + y]) continue;
      predX.push(x);
      predT.push(trans[x * L + y]);
      predExp.push(expTrans[x * L + y]);
    }
  }
  predStart[L] = predX.length;
  const PX = Int32Array.from(predX);
  const PT = Float64Array.from(predT);
  const PE = Float64Array.from(predExp);
  const scratch = { size: 0, E: new Float64Array(0), delta: new Float64Array(0), back: new Uint8Array(0), fw: new Float64Array(0), bw: new Float64Array(0), scale: new Float64Array(0) };

  function emissions(n: number, pos: Uint8Array, gazMask: Uint8Array, flags: Uint8Array, types: WordType[]) {
    const E = scratch.E;
    const NO = OFFSETS.length;
    for (let i = 0; i < n; i++) {
      const at = i * L;
      const prev = i > 0 ? pos[i - 1] : POS_PAD;
      const next = i < n - 1 ? pos[i + 1] : POS_PAD;
      const pp = (prev * K + pos[i]) * L;
      const pn = (pos[i] * K + next) * L;
      const pf = ((i > 1 ? pos[i - 2] : POS_PAD) * K + (i < n - 2 ? pos[i + 2] : POS_PAD)) * L;
      for (let y = 0; y < L; y++) E[at + y] = posPrev[pp + y] + posNext[pn + y] + posFar[pf + y];
      for (let oi = 0; oi < NO; oi++) {
        const j = i + OFFSETS[oi];
        if (j < 0 || j >= n) {
          const src = pad[oi];
          for (let y = 0; y < L; y++) E[at + y] += src[y];
        } else {
          const src = types[j].vec;
          const off = oi * L;
          for (let y = 0; y < L; y++) E[at + y] += src[off + y];
        }
      }
      if (i === 0) {
        const v = types[0].vec;
        const off = NO * L;
        for (let y = 0; y < L; y++) E[at + y] += v[off + y];
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
      const f = flags[i];
      if (f) {
        for (let k = 0; k < DOC_FLAGS.length; k++) {
          if (!(f & (1 << k))) continue;
          const v = docv[k];
          for (let y = 0; y < L; y++) E[at + y] += v[y];
        }
      }
    }
  }

  /** Best label path; returns whether any label is not O. */
  function viterbi(n: number, out: Uint8Array): boolean {
    const { E, delta, back } = scratch;
    for (let y = 0; y < L; y++) delta[y] = startV[y] + E[y];
    for (let i = 1; i < n; i++) {
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
    const last = (n - 1) * L;
    let best = delta[last];
    let arg = 0;
    for (let y = 1; y < L; y++) {
      if (delta[last + y] > best) {
        best = delta[last + y];
        arg = y;
      }
    }
    let any = false;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      if (arg !== 0) any = true;
      arg = back[i * L + arg];
    }
    return any;
  }

  /**
   * Marginals of the chosen labels on tokens [from, to), by forward-backward under the same BIO constraints, scaled
   * per position. Called on a window of a few tokens around each name: a chain CRF forgets within a few tokens,
   * and the whole sentence would cost twice the decoding.
   */
  function marginals(from: number, to: number, atStart: boolean, labels: Uint8Array, out: Float32Array) {
    const { E, fw, bw, scale } = scratch;
    // E becomes exp(E - max) in place: the emissions are not needed after Viterbi.
    for (let i = from; i < to; i++) {
      const at = i * L;
      let m = E[at];
      for (let y = 1; y < L; y++) if (E[at + y] > m) m = E[at + y];
      for (let y = 0; y < L; y++) E[at + y] = Math.exp(E[at + y] - m);
    }
    let sum = 0;
    const first = from * L;
    for (let y = 0; y < L; y++) sum += fw[first + y] = !atStart || startAllowed[y] ? E[first + y] : 0;
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
    for (let y = 0; y < L; y++) bw[lastRow + y] = 1;
    for (let i = to - 2; i >= from; i--) {
      const at = i * L;
      const nx = at + L;
      const inv = 1 / scale[i + 1];
      for (let x = 0; x < L; x++) bw[at + x] = 0;
      for (let y = 0; y < L; y++) {
        const b = E[nx + y] * bw[nx + y] * inv;
        for (let k = predStart[y], end = predStart[y + 1]; k < end; k++) bw[at + PX[k]] += PE[k] * b;
      }
    }
    for (let i = from; i < to; i++) out[i] = fw[i * L + labels[i]] * bw[i * L + labels[i]];
  }

  /** Confidence of every non-O token, from windows around the runs of non-O labels (merged where they touch). */
  function confidences(n: number, labels: Uint8Array, out: Float32Array) {
    let i = 0;
    while (i < n) {
      if (labels[i] === 0) {
        i++;
        continue;
      }
      const from = Math.max(0, i - MARGIN_WINDOW);
      let end = i;
      let to = 0;
      for (;;) {
        while (end < n && labels[end] !== 0) end++;
        to = Math.min(n, end + MARGIN_WINDOW);
        let next = end;
        while (next < to && labels[next] === 0) next++;
        if (next >= to || next >= n) break;
        end = next;
      }
      marginals(from, to, from === 0, labels, out);
      i = end;
    }
  }

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
  }

  /** Fills scratch.E for one sentence. */
  function score(s: TaggerSentence, flags: Uint8Array): void {
    const n = s.words.length;
    ensure(n);
    const types = s.words.map(wordType);
    const lowers = types.map((t) => t.lower);
    const pos = new Uint8Array(n);
    for (let i = 0; i < n; i++) pos[i] = posIndex(s.pos[i]);
    const gazMask = matchGazetteer(model.gazetteer, s.words, lowers);
    emissions(n, pos, gazMask, flags, types);
  }

  function tagSentences(sentences: readonly TaggerSentence[]): SentenceTags[] {
    const flags = documentFlags(sentences);
    return sentences.map((s, si) => {
      const n = s.words.length;
      const labels = new Uint8Array(n);
      const confidence = new Float32Array(n);
      if (n === 0) return { labels, confidence };
      score(s, flags[si]);
      if (viterbi(n, labels)) confidences(n, labels, confidence);
      return { labels, confidence };
    });
  }

  function emissionScores(sentences: readonly TaggerSentence[]): Float64Array[] {
    const flags = documentFlags(sentences);
    return sentences.map((s, si) => {
      if (!s.words.length) return new Float64Array(0);
      score(s, flags[si]);
      return scratch.E.slice(0, s.words.length * L);
    });
  }

  function tagDocument(sentences: readonly TaggerSentence[]): NameSpan[][] {
    return tagSentences(sentences).map(({ labels, confidence }) => spansOf(model.labels, labels, confidence));
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
