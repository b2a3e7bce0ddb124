import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['"As X announced earlier, …"', {
    text: 'As the health minister Karin Lund announced earlier, in Bergen the clinic will open next month.',
    entities: [{ type: 'PERSON', name: 'Karin Lund' }],
    quotes: [{ text: 'in Bergen the clinic will open next month', speaker: 'Karin Lund', cue: 'announced', rule: 'as-cue-clause' }],
  }],
  ['"According to X, …"', {
    text: 'According to the fire brigade, the blaze started in the kitchen.',
    quotes: [{ text: 'the blaze started in the kitchen', speakerText: 'the fire brigade', cue: 'According to', cueType: 'speech', rule: 'according-to-clause' }],
  }],
  ['"According to police, …": the source word the tagger reads as a verb after "to"', {
    text: 'According to police, the driver lost control on the bridge.',
    quotes: [{ text: 'the driver lost control on the bridge', speakerText: 'police', cue: 'According to' }],
  }],
  ['"According to a poll, …" is a document', {
    text: 'According to a poll published on Friday, most residents oppose the new tax.',
    quotes: [{ text: 'most residents oppose the new tax', speaker: null, cueType: 'document' }],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: frame that opens the sentence: ${behaviour}`, () => checkQuotes(c, run));
