// Feature pieces: word shapes, and the document flags that carry ALL-CAPS headlines and sentence-initial capitals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFlags, longShape, shortShape, wordAttributes } from './features.js';

test('ner: word shapes', () => {
  const cases: [string, string, string][] = [
    ['Lavrov', 'Xx', 'Xxxxx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996-08-30', 'd-d-d', 'dddd-dd-dd'],
    ['McDonald', 'XxXx', 'XxXxxxx'],
    ['NATO', 'X', 'XXXX'],
    ['Zürich', 'Xx', 'Xxxxx'],
  ];
  for (const [word, short, long] of cases) {
    assert.equal(shortShape(word), short, word);
    assert.equal(longShape(word), long, word);
  }
});

test('ner: an ALL-CAPS word reads like its lower-case form', () => {
  const caps = wordAttributes('MOSCOW', 0);
  const title = wordAttributes('Moscow', 0);
  assert.ok(caps.includes('l=moscow') && title.includes('l=moscow'));
  assert.ok(caps.includes('caps') && title.includes('title'));
});

test('ner: document flags', () => {
  const doc = [
    { words: ['PRICES', 'RISE', 'IN', 'MOSCOW'] },
    { words: ['Prices', 'rose', 'in', 'Moscow', 'as', 'Lavrov', 'spoke', '.'] },
    { words: ['Lavrov', 'said', 'prices', 'would', 'fall', '.'] },
  ];
  const flags = documentFlags(doc);
  const at = (s: number, i: number) => flags[doc.slice(0, s).reduce((n, x) => n + x.words.length, 0) + i];
  // lower-seen = 1, title-seen = 2, caps-sentence = 4
  assert.equal(at(0, 0), 1 | 4, 'PRICES: "prices" is written lower-case, in a headline');
  assert.equal(at(0, 3), 2 | 4, 'MOSCOW: "Moscow" is written mid-sentence, in a headline');
  assert.equal(at(1, 0), 1, 'Prices: sentence-initial, "prices" seen lower-case');
  assert.equal(at(1, 3), 0, 'Moscow mid-sentence: nothing to borrow');
  assert.equal(at(2, 0), 2, 'Lavrov: sentence-initial, seen mid-sentence as Lavrov');
  assert.equal(at(2, 2), 0, 'lower-case words carry no flag');
});
