// The word-shape prefilter: every word of the set passes, and most other words are turned away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayHold, shapesOf } from './word-shapes.js';

test('word-shapes: every word of the set passes, including one- and two-letter words and the empty string', () => {
  const words = ['', 'a', 'to', 'say', 'said', 'according', 'threatened', 'über', 'naïve'];
  const shapes = shapesOf(words);
  for (const w of words) assert.ok(mayHold(shapes, w), w);
});

test('word-shapes: words outside the set are mostly turned away', () => {
  const shapes = shapesOf(['say', 'said', 'tell', 'told', 'according', 'warn', 'warned']);
  const others = ['the', 'minister', 'visited', 'beijing', 'on', 'monday', 'and', 'met', 'his', 'counterpart', 'sai', 'sayd'];
  const passed = others.filter((w) => mayHold(shapes, w));
  assert.ok(passed.length <= 1, `passed: ${passed.join(', ')}`);
});
