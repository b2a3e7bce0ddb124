import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../context.js';
import { analyze } from '../pipeline.js';
import { makeArticle } from '../../test/helpers/make-article.js';
import { findQuotes, quotesStage } from './index.js';
import { checkQuotes, readArticle, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const mustNot: [string, string][] = [
  ['a scare quote around a word', "The so-called 'peace' plan failed within a week."],
  ['a title in quotation marks', 'The band played "Songs of the Sea" at the harbour festival.'],
  ['a word in quotation marks after "the word"', 'The word "freedom" appears twice in the text.'],
  ['a short quoted phrase with no cue', 'The "Yes" campaign won the vote.'],
  ['a cue with nothing said', 'The minister said.'],
  ['a cue with a noun, not a clause', 'She told the story of the flood.'],
  ['"said no"', 'The council said no.'],
  ['a passive cue with a person as subject', 'She was told to leave the building.'],
  ['a cue word as an adjective', 'The expected rise in prices came in May.'],
  ['a participle with no clause before it', 'Asked about the plan, the mayor declined to comment.'],
  ['a noun that looks like a cue', 'The report on the floods was long.'],
  ['a plan as a noun', 'Their plans to expand were dropped.'],
];

for (const [behaviour, text] of mustNot) {
  test(`quotes: must not: ${behaviour}`, () => checkQuotes({ text, quotes: [] }, run));
}

const bad: [string, QuoteCase][] = [
  ['an unclosed quotation stops at its paragraph end', {
    text: 'The mayor said: "The bridge will open in June.\nThe council met on Monday and agreed.',
    quotes: [{ text: 'The bridge will open in June.', kind: 'direct', speakerText: 'The mayor' }],
  }],
  ['a stray closing mark does not open a quotation', {
    text: 'The plan” has worked, officials said.',
    quotes: [{ text: 'The plan” has worked', kind: 'indirect', speakerText: 'officials' }],
  }],
  ['a quotation with no cue and no speaker before it is kept without a speaker', {
    text: '"The harbour will never be the same again."',
    quotes: [{ text: 'The harbour will never be the same again.', kind: 'direct', speaker: null, speakerText: null, cue: null, rule: 'quote-without-cue' }],
  }],
  ['a quotation inside a quotation stays inside it', {
    text: `"He told me, 'I will never sell the farm,' and he meant it," the neighbour said.`,
    quotes: [{ text: `He told me, 'I will never sell the farm,' and he meant it`, kind: 'direct', speakerText: 'the neighbour' }],
  }],
];

for (const [behaviour, c] of bad) test(`quotes: bad input: ${behaviour}`, () => checkQuotes(c, run));

test('quotes: ids run q1.. in text order and are the same on every run', () => {
  const text = 'Prices will rise, analysts said. "We are ready," the envoy said. The mayor said the road was safe.';
  const first = findQuotes(readArticle(text));
  const second = findQuotes(readArticle(text));
  assert.deepEqual(first.map((q) => q.id), ['q1', 'q2', 'q3']);
  assert.deepEqual(first.map((q) => q.start), [...first.map((q) => q.start)].sort((a, b) => a - b));
  assert.deepEqual(first, second);
});

test('quotes: the stage returns a new document and leaves its input alone', () => {
  const doc = readArticle('The mayor said the road was safe.');
  const out = run(doc);
  assert.notEqual(out, doc);
  assert.equal(doc.quotes.length, 0);
  assert.equal(out.quotes.length, 1);
  assert.equal(out.tokens, doc.tokens);
});

test('quotes: a document without tokens has no quotes', () => {
  assert.deepEqual(run(makeArticle({ text: '"Hello," she said.' })).quotes, []);
});

test('quotes: through the whole pipeline', () => {
  const text = 'The harbour will reopen in May, port officials said on Tuesday.\n\n"We have waited long enough," said the mayor.';
  const result = analyze({ text, trusted: true });
  assert.ok(result.ok);
  const quotes = result.article.quotes.map((q) => [q.kind, q.text, q.speakerText, q.cue]);
  assert.deepEqual(quotes, [
    ['indirect', 'The harbour will reopen in May', 'port officials', 'said'],
    ['direct', 'We have waited long enough', 'the mayor', 'said'],
  ]);
});
