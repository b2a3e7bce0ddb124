import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['"X warned that …, according to the release from Y": Y is the channel', {
    text: 'The treasurer Nina Park warned that "tough measures" would follow, according to a release from the Northland Treasury.',
    entities: [{ type: 'PERSON', name: 'Nina Park' }, { type: 'ORG', name: 'Northland Treasury' }],
    quotes: [{ text: '"tough measures" would follow', kind: 'mixed', speaker: 'Nina Park', cue: 'warned', via: 'Northland Treasury' }],
  }],
  ['"X plans …, according to Y": Y is the speaker of a plan, not a channel', {
    text: 'The mayor plans to visit the flooded towns on Sunday, according to a city official.',
    quotes: [{ text: 'The mayor plans to visit the flooded towns on Sunday', speaker: null, speakerText: 'a city official', cue: 'according to', via: null }],
  }],
  ['speech reported inside reported speech is part of the outer quote', {
    text: 'The lawyer said that the witness had claimed the money was a gift.',
    quotes: [{ text: 'the witness had claimed the money was a gift', speakerText: 'The lawyer', cue: 'said' }],
  }],
  ['a cue inside a quotation is quoted speech, not a new quote', {
    text: '"My neighbours said the river was rising," the farmer said.',
    quotes: [{ text: 'My neighbours said the river was rising', kind: 'direct', speakerText: 'the farmer' }],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: overlapping quotes: ${behaviour}`, () => checkQuotes(c, run));
