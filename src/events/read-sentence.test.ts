// The shallow parse the events stage reads arguments from: noun phrases, verb groups and nominal runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSentence, type VerbGroup } from './read-sentence.js';
import { eventArticle } from './test-article.js';

function chunks(text: string): string[] {
  const doc = eventArticle(text, { bare: true });
  const s = doc.sentences[0];
  const view = readSentence(doc.tokens, 0, s.tokenStart, s.tokenEnd);
  const words = (a: number, b: number) => doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
  return view.chunks.filter((c) => c.kind === 'np' || c.kind === 'vg').map((c) => `${c.kind}:${words(c.start, c.end)}`);
}

function verbGroup(text: string): VerbGroup {
  const doc = eventArticle(text, { bare: true });
  const s = doc.sentences[0];
  const view = readSentence(doc.tokens, 0, s.tokenStart, s.tokenEnd);
  const vg = view.chunks.find((c) => c.kind === 'vg');
  assert.ok(vg, text);
  return vg as VerbGroup;
}

test('events: noun phrases and verb groups', () => {
  const rows: [string, string[]][] = [
    ['Chinese engineers in Pakistan have also been attacked by terrorists.', ['np:Chinese engineers', 'np:Pakistan', 'vg:have also been attacked', 'np:terrorists']],
    ['Arnor is about to restore full diplomatic ties with Gondor.', ['np:Arnor', 'vg:is about to restore', 'np:full diplomatic ties', 'np:Gondor']],
    ['Putin plans to visit China.', ['np:Putin', 'vg:plans to visit', 'np:China']],
    ['Yellen is on her visit to China and she warned reporters.', ['np:Yellen', 'vg:is', 'np:her visit', 'np:China', 'np:she', 'vg:warned', 'np:reporters']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(chunks(text), expected, text);
});

test('events: verb group voice, tense, modality and negation', () => {
  const rows: [string, Partial<VerbGroup>][] = [
    ['Gondor was attacked by Mordor.', { passive: true, tense: 'past', negated: false }],
    ['Gondor will not meet Arnor.', { passive: false, tense: 'future', negated: true, modal: 'will' }],
    ['Gondor could face sanctions.', { tense: 'none', modal: 'could' }],
    ['Gondor is about to restore ties.', { tense: 'future', imminent: true }],
    ['Gondor has visited Arnor.', { tense: 'present', perfect: true }],
    ['Gondor never visited Arnor.', { tense: 'past', negated: true }],
  ];
  for (const [text, expected] of rows) {
    const vg = verbGroup(text);
    for (const [k, v] of Object.entries(expected)) assert.equal(vg[k as keyof VerbGroup], v, `${text}: ${k}`);
  }
});
