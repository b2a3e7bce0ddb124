// Lexicon self-test: every name cue's example sentence fires that cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GAZ_KINDS } from '../features.js';
import { buildGazetteer, matchGazetteer } from '../gazetteer.js';
import { NAME_CUES } from './name-cues.js';

test('ner: every name cue fires on its example', () => {
  for (const cue of NAME_CUES) {
    const words = cue.example.split(' ');
    const masks = matchGazetteer(buildGazetteer({ [cue.kind]: cue.words }), words);
    const bit = 1 << GAZ_KINDS.indexOf(cue.kind);
    const fired = words.filter((_, i) => masks[i] & bit);
    assert.ok(fired.length > 0, `${cue.id}: "${cue.example}"`);
    assert.ok(fired.every((w) => cue.words.some((c) => c.toLowerCase().split(' ').includes(w.toLowerCase()))), cue.id);
  }
});

test('ner: name cue ids are unique and kebab-case', () => {
  const ids = NAME_CUES.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
});
