// Lexicon self-test for the source words: each entry's example shows the entry at work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SOURCE_WORDS } from './sources.js';
import type { SourceWordEntry } from './types.js';
import { findQuotes } from '../index.js';
import { readArticle } from '../test-article.js';

const capitalized = (w: string) => w[0].toUpperCase() + w.slice(1);

test('quotes: a document named as the source makes the cue a document cue', () => {
  for (const entry of (SOURCE_WORDS as readonly SourceWordEntry[]).filter((e) => e.kind === 'document')) {
    const quotes = findQuotes(readArticle(entry.example));
    assert.equal(quotes.length, 1, `${entry.id}: ${entry.example}`);
    assert.equal(quotes[0].cueType, 'document', `${entry.id}: ${entry.example}`);
  }
});

test('quotes: "the ministry" said → the most recent organization named with that word', () => {
  for (const entry of (SOURCE_WORDS as readonly SourceWordEntry[]).filter((e) => e.kind === 'organization')) {
    const name = `Northland ${capitalized(entry.word)}`;
    const text = `${name} opened an office on Monday. ${entry.example}`;
    const doc = readArticle(text, [{ type: 'ORG', name, mentions: [name] }]);
    const quotes = findQuotes(doc);
    assert.equal(quotes.length, 1, `${entry.id}: ${text}`);
    assert.equal(quotes[0].speaker, 'e1', `${entry.id}: ${text} → ${quotes[0].speakerText}`);
  }
});

test('quotes: quotation marks after a naming word do not make reported speech mixed', () => {
  for (const entry of (SOURCE_WORDS as readonly SourceWordEntry[]).filter((e) => e.kind === 'naming')) {
    const quotes = findQuotes(readArticle(entry.example));
    assert.equal(quotes.length, 1, `${entry.id}: ${entry.example}`);
    assert.equal(quotes[0].kind, 'indirect', `${entry.id}: ${entry.example}`);
  }
});
