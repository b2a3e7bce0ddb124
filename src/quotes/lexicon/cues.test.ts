// Lexicon self-test: every cue entry's example sentence produces a quote cued by that entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUES } from './cues.js';
import type { CueEntry } from './types.js';
import { findQuotes } from '../index.js';
import { readArticle } from '../test-article.js';

test('quotes: every cue entry fires on its example', () => {
  const failed: string[] = [];
  for (const entry of CUES as readonly CueEntry[]) {
    const quotes = findQuotes(readArticle(entry.example));
    const hit = quotes.find((q) => q.cueRule === entry.id);
    if (!hit) failed.push(`${entry.id}: ${entry.example} → ${JSON.stringify(quotes.map((q) => [q.cueRule, q.text]))}`);
    else assert.equal(hit.cueType === 'document' || hit.cueType === entry.cueType, true, entry.id);
  }
  assert.deepEqual(failed, []);
});

test('quotes: cue ids are unique and every entry has a lemma or a phrase', () => {
  const ids = CUES.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const c of CUES as readonly CueEntry[]) assert.ok((c.lemma ? 1 : 0) + (c.phrase ? 1 : 0) === 1, c.id);
  assert.ok(CUES.length >= 150, `${CUES.length} cue entries`);
});
