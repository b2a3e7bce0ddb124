import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['reported speech with quoted fragments is mixed', {
    text: 'The regulator warned that banks could face "severe penalties" if they hid "any losses from investors."',
    quotes: [{ text: 'banks could face "severe penalties" if they hid "any losses from investors."', kind: 'mixed', speakerText: 'The regulator' }],
  }],
  ['a reported clause ending in a quotation is mixed', {
    text: 'The professor said the results were clear, "and the data leave no doubt about it."',
    quotes: [{ text: 'the results were clear, "and the data leave no doubt about it."', kind: 'mixed' }],
  }],
  ['content that is one quotation is direct, without its marks', {
    text: 'The judge told the court that "the evidence was never in doubt."',
    quotes: [{ text: 'the evidence was never in doubt.', kind: 'direct' }],
  }],
  ['a phrase in marks after a naming word stays indirect', {
    text: 'Critics said the so-called "reform package" would raise prices.',
    quotes: [{ text: 'the so-called "reform package" would raise prices', kind: 'indirect' }],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: kinds: ${behaviour}`, () => checkQuotes(c, run));
