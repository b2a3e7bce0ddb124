// Trains a linear-chain CRF: tokens as attribute-id lists with gold labels in, weights out.
// Features are (attribute, label) pairs seen in the training data plus label→label transitions (crfsuite's default
// feature set); the objective is the negative log-likelihood with an elastic-net penalty, minimized by L-BFGS
// (OWL-QN when c1 > 0, which drives most weights to exactly zero and keeps the model small). Deterministic.

export interface CrfData {
  numLabels: number;
  numAttributes: number;
  /** Token k fires attributes tokenAttrs[tokenStart[k] .. tokenStart[k+1]). */
  tokenStart: Int32Array;
  tokenAttrs: Int32Array;
  /** Gold label per token. */
  labels: Uint8Array;
  /** Sentence s spans tokens sentenceStart[s] .. sentenceStart[s+1]. */
  sentenceStart: Int32Array;
}

export interface CrfOptions {
  /** L1 coefficient (0 = plain L-BFGS). */
  c1: number;
  /** L2 coefficient. */
  c2: number;
  maxIterations: number;
  /** Stop when the objective improved by less than this fraction over `period` iterations. */
  delta: number;
  period: number;
  /** L-BFGS history length. */
  memory: number;
  log?: (line: string) => void;
}

export const DEFAULT_CRF_OPTIONS: CrfOptions = { c1: 0, c2: 1, maxIterations: 200, delta: 1e-5, period: 10, memory: 6 };

export interface CrfWeights {
  numLabels: number;
  /** Dense state weights: attribute a, label y at a * numLabels + y. */
  state: Float64Array;
  /** Transition weights: from * numLabels + to. */
  transitions: Float64Array;
  iterations: number;
  objective: number;
}

/** The sparse feature space: for attribute a, the labels it was seen with, at pairs pairStart[a] .. pairStart[a+1]. */
export interface FeatureSpace {
  pairStart: Int32Array;
  pairLabel: Uint8Array;
  numPairs: number;
}

export function featureSpace(data: CrfData): FeatureSpace {
  const L = data.numLabels;
  const seen = new Uint8Array(data.numAttributes * L);
  for (let k = 0; k < data.labels.length; k++) {
    const y = data.labels[k];
    for (let p = data.tokenStart[k]; p < data.tokenStart[k + 1]; p++) seen[data.tokenAttrs[p] * L + y] = 1;
  }
  const pairStart = new Int32Array(data.numAttributes + 1);
  let count = 0;
  for (let a = 0; a < data.numAttributes; a++) {
    pairStart[a] = count;
    for (let y = 0; y < L; y++) count += seen[a * L + y];
  }
  pairStart[data.numAttributes] = count;
  const pairLabel = new Uint8Array(count);
  let q = 0;
  for (let a = 0; a < data.numAttributes; a++) for (let y = 0; y < L; y++) if (seen[a * L + y]) pairLabel[q++] = y;
  return { pairStart, pairLabel, numPairs: count };
}

/**
 * Negative log-likelihood of the data (without penalty) and its gradient; `w` holds the pair weights then the
 * L×L transitions. Forward-backward runs with per-position scaling, so nothing overflows.
 */
export function crfLoss(data: CrfData, space: FeatureSpace, w: Float64Array, grad: Float64Array): number {
  const L = data.numLabels;
  const { pairStart, pairLabel, numPairs } = space;
  const { tokenStart, tokenAttrs, labels, sentenceStart } = data;
  grad.fill(0);
  let maxLen = 0;
  for (let s = 0; s + 1 < sentenceStart.length; s++) maxLen = Math.max(maxLen, sentenceStart[s + 1] - sentenceStart[s]);
  const E = new Float64Array(maxLen * L);
  const P = new Float64Array(maxLen * L);
  const alpha = new Float64Array(maxLen * L);
  const beta = new Float64Array(maxLen * L);
  const scale = new Float64Array(maxLen);
  const expT = new Float64Array(L * L);
  for (let i = 0; i < L * L; i++) expT[i] = Math.exp(w[numPairs + i]);
  const transGrad = new Float64Array(L * L);
  let loss = 0;
  for (let s = 0; s + 1 < sentenceStart.length; s++) {
    const t0 = sentenceStart[s];
    const n = sentenceStart[s + 1] - t0;
    if (n === 0) continue;
    E.fill(0, 0, n * L);
    for (let t = 0; t < n; t++) {
      const k = t0 + t;
      for (let p = tokenStart[k]; p < tokenStart[k + 1]; p++) {
        const a = tokenAttrs[p];
        for (let q = pairStart[a]; q < pairStart[a + 1]; q++) E[t * L + pairLabel[q]] += w[q];
      }
    }
    let logZ = 0;
    for (let t = 0; t < n; t++) {
      let m = -Infinity;
      for (let y = 0; y < L; y++) m = Math.max(m, E[t * L + y]);
      for (let y = 0; y < L; y++) P[t * L + y] = Math.exp(E[t * L + y] - m);
      logZ += m;
    }
    // Forward.
    for (let t = 0; t < n; t++) {
      let sum = 0;
      for (let y = 0; y < L; y++) {
        let v: number;
        if (t === 0) v = P[y];
        else {
          v = 0;
          for (let x = 0; x < L; x++) v += alpha[(t - 1) * L + x] * expT[x * L + y];
          v *= P[t * L + y];
        }
        alpha[t * L + y] = v;
        sum += v;
      }
      scale[t] = sum;
      for (let y = 0; y < L; y++) alpha[t * L + y] /= sum;
      logZ += Math.log(sum);
    }
    // Backward.
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
    for (let t = n - 2; t >= 0; t--) {
      for (let x = 0; x < L; x++) {
        let v = 0;
        for (let y = 0; y < L; y++) v += expT[x * L + y] * P[(t + 1) * L + y] * beta[(t + 1) * L + y];
        beta[t * L + x] = v / scale[t + 1];
      }
    }
    // Gold path score.
    let gold = 0;
    for (let t = 0; t < n; t++) {
      gold += E[t * L + labels[t0 + t]];
      if (t > 0) gold += w[numPairs + labels[t0 + t - 1] * L + labels[t0 + t]];
    }
    loss += logZ - gold;
    // Expected minus observed counts.
    for (let t = 0; t < n; t++) {
      const k = t0 + t;
      const g = labels[k];
      for (let p = tokenStart[k]; p < tokenStart[k + 1]; p++) {
        const a = tokenAttrs[p];
        for (let q = pairStart[a]; q < pairStart[a + 1]; q++) {
          const y = pairLabel[q];
          grad[q] += alpha[t * L + y] * beta[t * L + y] - (y === g ? 1 : 0);
        }
      }
      if (t > 0) {
        const inv = 1 / scale[t];
        for (let x = 0; x < L; x++) {
          const ax = alpha[(t - 1) * L + x] * inv;
          for (let y = 0; y < L; y++) transGrad[x * L + y] += ax * expT[x * L + y] * P[t * L + y] * beta[t * L + y];
        }
        transGrad[labels[k - 1] * L + g] -= 1;
      }
    }
  }
  for (let i = 0; i < L * L; i++) grad[numPairs + i] = transGrad[i];
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** OWL-QN pseudo-gradient of f + c1·|w|₁ (equal to the gradient when c1 = 0). */
function pseudoGradient(w: Float64Array, g: Float64Array, c1: number, out: Float64Array): void {
  if (c1 === 0) {
    out.set(g);
    return;
  }
  for (let i = 0; i < w.length; i++) {
    if (w[i] > 0) out[i] = g[i] + c1;
    else if (w[i] < 0) out[i] = g[i] - c1;
    else if (g[i] + c1 < 0) out[i] = g[i] + c1;
    else if (g[i] - c1 > 0) out[i] = g[i] - c1;
    else out[i] = 0;
  }
}

export function trainCrf(data: CrfData, options: Partial<CrfOptions> = {}): CrfWeights {
  const opt = { ...DEFAULT_CRF_OPTIONS, ...options };
  const L = data.numLabels;
  const space = featureSpace(data);
  const dim = space.numPairs + L * L;
  opt.log?.(`crf: ${data.numAttributes} attributes, ${space.numPairs} features + ${L * L} transitions`);

  const penalized = (w: Float64Array, g: Float64Array): number => {
    let f = crfLoss(data, space, w, g);
    for (let i = 0; i < dim; i++) {
      f += opt.c2 * w[i] * w[i];
      g[i] += 2 * opt.c2 * w[i];
    }
    return f;
  };
  const l1 = (w: Float64Array): number => {
    if (opt.c1 === 0) return 0;
    let s = 0;
    for (let i = 0; i < w.length; i++) s += Math.abs(w[i]);
    return opt.c1 * s;
  };

  let w = new Float64Array(dim);
  let g = new Float64Array(dim);
  let f = penalized(w, g) + l1(w);
  const pg = new Float64Array(dim);
  const d = new Float64Array(dim);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const RHO: number[] = [];
  const history: number[] = [f];
  let wNew = new Float64Array(dim);
  let gNew = new Float64Array(dim);
  let iter = 0;
  for (iter = 1; iter <= opt.maxIterations; iter++) {
    pseudoGradient(w, g, opt.c1, pg);
    // Two-loop recursion: d = -H·pg.
    for (let i = 0; i < dim; i++) d[i] = -pg[i];
    const alphas: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      const a = RHO[k] * dot(S[k], d);
      alphas[k] = a;
      const y = Y[k];
      for (let i = 0; i < dim; i++) d[i] -= a * y[i];
    }
    if (S.length) {
      const last = S.length - 1;
      const gamma = dot(S[last], Y[last]) / dot(Y[last], Y[last]);
      for (let i = 0; i < dim; i++) d[i] *= gamma;
    }
    for (let k = 0; k < S.length; k++) {
      const b = RHO[k] * dot(Y[k], d);
      const s = S[k];
      const a = alphas[k];
      for (let i = 0; i < dim; i++) d[i] += s[i] * (a - b);
    }
    if (opt.c1 > 0) for (let i = 0; i < dim; i++) if (d[i] * pg[i] >= 0) d[i] = 0;
    let slope = dot(pg, d);
    if (slope >= 0) {
      // Not a descent direction (can happen after orthant clipping): restart from steepest descent.
      for (let i = 0; i < dim; i++) d[i] = -pg[i];
      S.length = Y.length = RHO.length = 0;
      slope = dot(pg, d);
    }
    let step = iter === 1 ? 1 / Math.sqrt(dot(pg, pg)) : 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < dim; i++) {
        let v = w[i] + step * d[i];
        if (opt.c1 > 0) {
          const orthant = w[i] !== 0 ? Math.sign(w[i]) : -Math.sign(pg[i]);
          if (v * orthant <= 0) v = 0;
        }
        wNew[i] = v;
      }
      fNew = penalized(wNew, gNew) + l1(wNew);
      let decrease = 0;
      for (let i = 0; i < dim; i++) decrease += pg[i] * (wNew[i] - w[i]);
      if (fNew <= f + 1e-4 * decrease) break;
      step *= 0.5;
    }
    if (!(fNew < f)) {
      opt.log?.(`crf: line search found no decrease at iteration ${iter}; stopping`);
      break;
    }
    const s = new Float64Array(dim);
    const y = new Float64Array(dim);
    for (let i = 0; i < dim; i++) {
      s[i] = wNew[i] - w[i];
      y[i] = gNew[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-10) {
      S.push(s);
      Y.push(y);
      RHO.push(1 / sy);
      if (S.length > opt.memory) {
        S.shift();
        Y.shift();
        RHO.shift();
      }
    }
    [w, wNew] = [wNew, w];
    [g, gNew] = [gNew, g];
    f = fNew;
    history.push(f);
    if (opt.log && (iter % 10 === 0 || iter === 1)) {
      let nz = 0;
      for (let i = 0; i < dim; i++) if (w[i] !== 0) nz++;
      opt.log(`crf: iteration ${iter} objective ${f.toFixed(2)} step ${step.toExponential(2)} nonzero ${nz}`);
    }
    if (history.length > opt.period) {
      const before = history[history.length - 1 - opt.period];
      if ((before - f) / f < opt.delta) break;
    }
  }
  const state = new Float64Array(data.numAttributes * L);
  for (let a = 0; a < data.numAttributes; a++) {
    for (let q = space.pairStart[a]; q < space.pairStart[a + 1]; q++) state[a * L + space.pairLabel[q]] = w[q];
  }
  return {
    numLabels: L,
    state,
    transitions: w.slice(space.numPairs),
    iterations: Math.min(iter, opt.maxIterations),
    objective: f,
  };
}
