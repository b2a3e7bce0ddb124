// text: the shared lookups over tokens and sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from './index.js';
import { sentenceAt, textOf, tokenAt, tokenRange, tokensOf } from './spans.js';

const text = 'Mr. Lavrov arrived. He met Wang Yi.';
const doc = { text, ...analyzeText(text) };

test('text: tokenAt finds the token holding an offset, -1 in whitespace or outside', () => {
  const rows: [number, string | null][] = [
    [0, 'Mr.'],
    [2, 'Mr.'],
    [3, null],
    [4, 'Lavrov'],
    [18, '.'],
    [34, '.'],
    [35, null],
    [-1, null],
  ];
  for (const [offset, expected] of rows) {
    const i = tokenAt(doc, offset);
    assert.equal(i < 0 ? null : textOf(doc, doc.tokens[i]), expected, String(offset));
  }
});

test('text: sentenceAt and tokensOf', () => {
  const rows: [number, number][] = [
    [0, 0],
    [18, 0],
    [19, -1],
    [20, 1],
    [34, 1],
    [99, -1],
  ];
  for (const [offset, expected] of rows) assert.equal(sentenceAt(doc, offset), expected, String(offset));
  assert.deepEqual(tokensOf(doc, doc.sentences[1]).map((t) => textOf(doc, t)), ['He', 'met', 'Wang', 'Yi', '.']);
});

test('text: tokenRange covers the tokens overlapping a span', () => {
  const rows: [[number, number], string[]][] = [
    [[4, 10], ['Lavrov']],
    [[5, 12], ['Lavrov', 'arrived']],
    [[27, 34], ['Wang', 'Yi']],
    [[3, 4], []],
  ];
  for (const [[start, end], expected] of rows) {
    const [first, last] = tokenRange(doc, { start, end });
    assert.deepEqual(doc.tokens.slice(first, last).map((t) => textOf(doc, t)), expected, `${start}-${end}`);
  }
});
