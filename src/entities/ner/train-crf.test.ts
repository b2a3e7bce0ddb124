// The CRF trainer: its gradient matches finite differences, and it learns a small labelling it is shown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crfLoss, featureSpace, trainCrf, type CrfData } from './train-crf.js';

/** Three labels; attribute 0 = "capitalized", 1 = "after a title", 2 = bias. Label 1 = name start, 2 = name inside. */
function toy(): CrfData {
  const sentences = [
    { attrs: [[2], [0, 1, 2], [0, 2], [2]], labels: [0, 1, 2, 0] },
    { attrs: [[0, 2], [2], [2]], labels: [1, 0, 0] },
    { attrs: [[2], [2], [0, 1, 2]], labels: [0, 0, 1] },
    { attrs: [[0, 2], [0, 2], [2], [0, 1, 2]], labels: [1, 2, 0, 1] },
  ];
  const tokenStart: number[] = [];
  const tokenAttrs: number[] = [];
  const labels: number[] = [];
  const sentenceStart: number[] = [];
  for (const s of sentences) {
    sentenceStart.push(labels.length);
    s.attrs.forEach((a, i) => {
      tokenStart.push(tokenAttrs.length);
      tokenAttrs.push(...a);
      labels.push(s.labels[i]);
    });
  }
  tokenStart.push(tokenAttrs.length);
  sentenceStart.push(labels.length);
  return {
    numLabels: 3, numAttributes: 3, tokenStart: Int32Array.from(tokenStart), tokenAttrs: Int32Array.from(tokenAttrs),
    labels: Uint8Array.from(labels), sentenceStart: Int32Array.from(sentenceStart),
  };
}

test('ner: CRF gradient equals finite differences', () => {
  const data = toy();
  const space = featureSpace(data);
  const dim = space.numPairs + 9;
  const w = Float64Array.from({ length: dim }, (_, i) => Math.sin(i + 1) * 0.7);
  const grad = new Float64Array(dim);
  crfLoss(data, space, w, grad);
  const scratch = new Float64Array(dim);
  for (let i = 0; i < dim; i++) {
    const h = 1e-5;
    const plus = Float64Array.from(w);
    const minus = Float64Array.from(w);
    plus[i] += h;
    minus[i] -= h;
    const numeric = (crfLoss(data, space, plus, scratch) - crfLoss(data, space, minus, scratch)) / (2 * h);
    assert.ok(Math.abs(numeric - grad[i]) < 1e-5, `feature ${i}: ${grad[i]} vs ${numeric}`);
  }
});

test('ner: CRF training fits the labelling it is shown, with L2 and with L1', () => {
  for (const c1 of [0, 0.01]) {
    const data = toy();
    const w = trainCrf(data, { c1, c2: 0.01, maxIterations: 100 });
    // Decode each toy token greedily by its state + transition score from the gold previous label.
    let correct = 0;
    for (let s = 0; s + 1 < data.sentenceStart.length; s++) {
      for (let k = data.sentenceStart[s]; k < data.sentenceStart[s + 1]; k++) {
        const scores = [0, 1, 2].map((y) => {
          let v = 0;
          for (let p = data.tokenStart[k]; p < data.tokenStart[k + 1]; p++) v += w.state[data.tokenAttrs[p] * 3 + y];
          if (k > data.sentenceStart[s]) v += w.transitions[data.labels[k - 1] * 3 + y];
          return v;
        });
        if (scores.indexOf(Math.max(...scores)) === data.labels[k]) correct++;
      }
    }
    assert.equal(correct, data.labels.length, `c1 ${c1}`);
  }
});
