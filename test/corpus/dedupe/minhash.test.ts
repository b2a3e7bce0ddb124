// MinHash: shingles of normalized text, signatures that estimate Jaccard similarity, deterministic across runs,
// LSH bands that make similar pairs candidates, and the stored blob format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bandHashes,
  candidateProbability,
  estimateJaccard,
  exactJaccard,
  hashFamily,
  normalizedWords,
  shingleHashes,
  signatureFromBlob,
  signatureOf,
  signatureToBlob,
  textSignature,
  BANDS,
  SIGNATURE_SIZE,
} from '../../../src/corpus/dedupe/index.js';

/** Two sets of `size` union elements sharing round(j·size) of them, from a fixed offset: Jaccard exactly shared/size. */
function pair(j: number, size: number, offset: number): [Uint32Array, Uint32Array, number] {
  const shared = Math.round(j * size);
  const onlyLeft = Math.floor((size - shared) / 2);
  const onlyRight = size - shared - onlyLeft;
  const left: number[] = [];
  const right: number[] = [];
  let next = offset;
  for (let i = 0; i < shared; i++) { left.push(next); right.push(next); next++; }
  for (let i = 0; i < onlyLeft; i++) left.push(next++);
  for (let i = 0; i < onlyRight; i++) right.push(next++);
  return [Uint32Array.from(left), Uint32Array.from(right), shared / size];
}

test('dedupe: MinHash estimates known Jaccard similarities within a few points', () => {
  const errors: number[] = [];
  for (const j of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]) {
    for (let trial = 0; trial < 10; trial++) {
      const [left, right, exact] = pair(j, 400 + trial * 37, 1_000_003 * (trial + 1) + Math.round(j * 1e6));
      assert.equal(exactJaccard(left, right), exact);
      const estimate = estimateJaccard(signatureOf(left), signatureOf(right));
      errors.push(Math.abs(estimate - exact));
      assert.ok(Math.abs(estimate - exact) <= 0.15, `J=${exact} estimate ${estimate}`);
      if (exact === 1) assert.equal(estimate, 1);
    }
  }
  const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
  // The standard error at J = 0.5 with 128 hashes is 0.044; the mean absolute error over all J is below that.
  assert.ok(mean < 0.04, `mean absolute error ${mean.toFixed(4)}`);
});

test('dedupe: signatures are deterministic: same text, same signature, whatever the shingle order or the run', () => {
  const text = 'The foreign ministers of both countries met in Vienna on Monday to discuss the ceasefire.';
  const a = textSignature(text)!;
  const b = textSignature(text)!;
  assert.deepEqual(Array.from(a), Array.from(b));
  const shingles = shingleHashes(text);
  const reversed = Uint32Array.from(Array.from(shingles).reverse());
  assert.deepEqual(Array.from(signatureOf(reversed)), Array.from(a));
  assert.deepEqual(hashFamily(), hashFamily());
  assert.notDeepEqual(Array.from(hashFamily(8, 1).a), Array.from(hashFamily(8, 2).a));
  // Pinned values: a change to the hash family or the shingling breaks every stored signature, so it must be seen.
  assert.deepEqual(Array.from(a.subarray(0, 4)), [132895048, 159878712, 323513535, 185753447]);
  assert.equal(bandHashes(a)[0], 4466398280431301);
  assert.deepEqual(Array.from(shingleHashes('one two three four five')), [423136410]);
  assert.equal(a.length, SIGNATURE_SIZE);
  assert.deepEqual(bandHashes(a), bandHashes(b));
  assert.equal(bandHashes(a).length, BANDS);
  for (const h of bandHashes(a)) assert.ok(Number.isSafeInteger(h) && h >= 0);
});

test('dedupe: normalization ignores case, punctuation and diacritics (table)', () => {
  const cases: [string, string[]][] = [
    ["Russia's FM, in Beijing!", ['russia', 's', 'fm', 'in', 'beijing']],
    ['Peso da Régua — São Paulo', ['peso', 'da', 'regua', 'sao', 'paulo']],
    ['“Quoted” (words) 2024-04-08', ['quoted', 'words', '2024', '04', '08']],
    ['', []],
  ];
  for (const [text, words] of cases) assert.deepEqual(normalizedWords(text), words, text);
  const plain = 'Flooding closed forty roads in northern Portugal on Sunday.';
  assert.deepEqual(
    Array.from(textSignature(plain)!),
    Array.from(textSignature('FLOODING closed forty roads — in northern Portugal, on Sunday!')!),
  );
});

test('dedupe: shingles are word 5-grams; short texts are one shingle; no words, no signature', () => {
  const cases: [string, number][] = [
    ['a b c d e', 1],
    ['a b c d e f g', 3],
    ['a b', 1],
    ['a b c d e a b c d e', 5],
    ['', 0],
    ['... — !', 0],
  ];
  for (const [text, count] of cases) assert.equal(shingleHashes(text).length, count, text);
  assert.equal(textSignature('... — !'), null);
});

test('dedupe: LSH banding makes pairs of Jaccard 0.6 candidates almost surely and pairs of 0.2 rarely', () => {
  const curve: [number, number, number][] = [
    [0.2, 0, 0.06],
    [0.3, 0.2, 0.25],
    [0.5, 0.86, 0.89],
    [0.6, 0.98, 1],
    [0.8, 0.9999, 1],
  ];
  for (const [s, lo, hi] of curve) {
    const p = candidateProbability(s);
    assert.ok(p >= lo && p <= hi, `s=${s}: ${p}`);
  }
  // Measured on signatures: of 40 pairs at J = 0.6, at least 38 share a band; of 40 at J = 0.1, at most 2.
  const sharesBand = (j: number, trial: number) => {
    const [left, right] = pair(j, 300, 7_000_000 * (trial + 1));
    const x = bandHashes(signatureOf(left));
    const y = bandHashes(signatureOf(right));
    return x.some((h, i) => h === y[i]);
  };
  let high = 0;
  let low = 0;
  for (let trial = 0; trial < 40; trial++) {
    if (sharesBand(0.6, trial)) high++;
    if (sharesBand(0.1, trial)) low++;
  }
  assert.ok(high >= 38, `J=0.6 candidates ${high}/40`);
  assert.ok(low <= 2, `J=0.1 candidates ${low}/40`);
});

test('dedupe: a signature survives the blob round trip, little-endian', () => {
  const sig = Uint32Array.from([0, 1, 0xffffffff, 0x12345678]);
  const blob = signatureToBlob(sig);
  assert.deepEqual(Array.from(blob.subarray(12)), [0x78, 0x56, 0x34, 0x12]);
  assert.deepEqual(Array.from(signatureFromBlob(blob)), Array.from(sig));
  const unaligned = Buffer.concat([Buffer.from([9]), blob]).subarray(1);
  assert.deepEqual(Array.from(signatureFromBlob(unaligned)), Array.from(sig));
});
