import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['a pronoun the entity stage linked', {
    text: 'Rosa Lind visited the plant. She said the new line would open soon.',
    entities: [{ type: 'PERSON', name: 'Rosa Lind', mentions: ['Rosa Lind', 'She!pronoun'] }],
    quotes: [{ text: 'the new line would open soon', speaker: 'Rosa Lind', speakerText: 'She' }],
  }],
  ['an unlinked pronoun: the nearest person before it', {
    text: 'The treasurer Nina Park is on a visit to Oslo and she warned that the deficit would grow.',
    entities: [{ type: 'PERSON', name: 'Nina Park' }, { type: 'GPE', name: 'Oslo' }],
    quotes: [{ text: 'the deficit would grow', speaker: 'Nina Park', speakerText: 'she' }],
  }],
  ['an unlinked pronoun skips a person of the other gender', {
    text: 'Ms. Park met Mr. Dahl at noon, and she said the deal was close.',
    entities: [{ type: 'PERSON', name: 'Nina Park', mentions: ['Ms. Park'] }, { type: 'PERSON', name: 'Karl Dahl', mentions: ['Mr. Dahl'] }],
    quotes: [{ text: 'the deal was close', speaker: 'Nina Park' }],
  }],
  ['the last person of the head, when a word before the name was also taken for one', {
    text: 'Lifelong Learning Minister Jim Wallace said the fees would not rise.',
    entities: [{ type: 'PERSON', name: 'Lifelong' }, { type: 'PERSON', name: 'Jim Wallace' }],
    quotes: [{ text: 'the fees would not rise', speaker: 'Jim Wallace', speakerText: 'Lifelong Learning Minister Jim Wallace' }],
  }],
  ['a surname mention', {
    text: 'Lind said the plant would hire two hundred workers.',
    entities: [{ type: 'PERSON', name: 'Rosa Lind', mentions: ['Lind'] }],
    quotes: [{ text: 'the plant would hire two hundred workers', speaker: 'Rosa Lind', speakerText: 'Lind' }],
  }],
  ['a title before the name', {
    text: 'Harbour Authority spokesperson Lars Eik said the port would reopen.',
    entities: [{ type: 'ORG', name: 'Harbour Authority' }, { type: 'PERSON', name: 'Lars Eik' }],
    quotes: [{ text: 'the port would reopen', speaker: 'Lars Eik', speakerText: 'Harbour Authority spokesperson Lars Eik' }],
  }],
  ['"the ministry" → the most recent ministry named', {
    text: 'The Northland Ministry of Transport published the plan. The ministry said the tolls would stay.',
    entities: [{ type: 'ORG', name: 'Northland Ministry of Transport' }],
    quotes: [{ text: 'the tolls would stay', speaker: 'Northland Ministry of Transport', speakerText: 'The ministry' }],
  }],
  ['an organization names itself', {
    text: 'The Northland Ministry of Transport said the tolls would stay.',
    entities: [{ type: 'ORG', name: 'Northland Ministry of Transport' }],
    quotes: [{ text: 'the tolls would stay', speaker: 'Northland Ministry of Transport' }],
  }],
  ['unnamed sources keep their words and no entity', {
    text: 'A senior official said the talks had failed. Many observers said the vote was fair.',
    entities: [],
    quotes: [
      { text: 'the talks had failed', speaker: null, speakerText: 'A senior official' },
      { text: 'the vote was fair', speaker: null, speakerText: 'Many observers' },
    ],
  }],
  ['a nationality in the phrase does not make it a named speaker', {
    text: 'Norwegian officials said the border would stay open.',
    entities: [{ type: 'NORP', name: 'Norwegian' }],
    quotes: [{ text: 'the border would stay open', speaker: null, speakerText: 'Norwegian officials' }],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: speaker resolution: ${behaviour}`, () => checkQuotes(c, run));
