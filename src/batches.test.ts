// Batches for the pipeline (src/batches.ts): full when the source has units ready, never waiting for one that is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { batches } from './batches.js';

async function collect<T>(source: AsyncIterable<T>, sizeOf: (t: T) => number, limits: { count: number; bytes: number }): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of batches(source, sizeOf, limits)) out.push(b);
  return out;
}

async function* ready<T>(xs: readonly T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

test('batches: units that are ready fill batches up to the count, in order', async () => {
  assert.deepEqual(await collect(ready([1, 2, 3, 4, 5, 6, 7]), () => 1, { count: 3, bytes: 100 }), [[1, 2, 3], [4, 5, 6], [7]]);
  assert.deepEqual(await collect(ready([]), () => 1, { count: 3, bytes: 100 }), []);
});

test('batches: a batch closes once it holds the byte budget', async () => {
  assert.deepEqual(await collect(ready([5, 1, 1, 9, 1]), (n) => n, { count: 10, bytes: 6 }), [[5, 1], [1, 9], [1]]);
});

test('batches: a unit is not held back waiting for the next one', async () => {
  const produced: number[] = [];
  async function* slow(): AsyncGenerator<number> {
    for (const x of [1, 2, 3]) {
      if (x > 1) await sleep(30);
      produced.push(x);
      yield x;
    }
  }
  const seen: [number[], number[]][] = [];
  for await (const b of batches(slow(), () => 1, { count: 64, bytes: 1 << 20 })) seen.push([b, [...produced]]);
  // Each batch went out before the next unit existed.
  assert.deepEqual(seen, [[[1], [1]], [[2], [1, 2]], [[3], [1, 2, 3]]]);
});

test('batches: an error of the source reaches the reader after the units before it', async () => {
  async function* failing(): AsyncGenerator<number> {
    yield 1;
    await sleep(10);
    throw new Error('disk gone');
  }
  const got: number[][] = [];
  await assert.rejects(async () => {
    for await (const b of batches(failing(), () => 1, { count: 8, bytes: 100 })) got.push(b);
  }, /disk gone/);
  assert.deepEqual(got, [[1]]);
  // Failing in the same turn as the units before it: they still go out first.
  async function* abrupt(): AsyncGenerator<number> {
    yield 1;
    yield 2;
    throw new Error('disk gone');
  }
  const before: number[][] = [];
  await assert.rejects(async () => {
    for await (const b of batches(abrupt(), () => 1, { count: 8, bytes: 100 })) before.push(b);
  }, /disk gone/);
  assert.deepEqual(before, [[1, 2]]);
});
