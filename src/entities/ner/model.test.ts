// The dyad.ner/1 file: what is written is read back, weights within the int16 quantization step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeModel, encodeModel, LABELS } from './model.js';

test('ner: a model survives encoding and decoding', () => {
  const L = LABELS.length;
  const attributes = ['bias', 'w=Lavrov', 'l=lavrov', 'sh=Xx'];
  const weights = attributes.flatMap((_, a) => LABELS.map((__, y) => Math.sin(a * L + y) * 3));
  const transitions = Array.from({ length: L * L }, (_, i) => Math.cos(i));
  const lists = { country: ['Russia'], title: ['Minister'] };
  const model = decodeModel(encodeModel({ labels: LABELS, attributes, weights, transitions, lists, info: { seed: null } }));
  assert.deepEqual(model.labels, [...LABELS]);
  assert.deepEqual([...model.attributes.keys()], attributes);
  const step = 3 / 32767;
  weights.forEach((w, i) => assert.ok(Math.abs(model.weights[i] - w) <= step, `weight ${i}`));
  transitions.forEach((t, i) => assert.ok(Math.abs(model.transitions[i] - t) < 1e-6, `transition ${i}`));
  assert.deepEqual(model.lists, lists);
  assert.ok(model.gazetteer.byFirst.has('russia'));
});

test('ner: must-not — bytes that are not a name model are refused', () => {
  assert.throws(() => decodeModel(new Uint8Array([1, 2, 3])));
});
