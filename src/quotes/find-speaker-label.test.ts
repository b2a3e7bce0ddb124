import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['a headline: a person, a colon, what they said', {
    text: 'Marta Olsen: The harbour will reopen in May\n\nThe port authority met on Monday.',
    entities: [{ type: 'PERSON', name: 'Marta Olsen' }],
    quotes: [{ text: 'The harbour will reopen in May', speaker: 'Marta Olsen', speakerText: 'Marta Olsen', cue: ':', rule: 'speaker-label', kind: 'indirect' }],
  }],
  ['a transcript line: the whole paragraph is what the organization said, quotation marks make it mixed', {
    text: 'The hearing went on.\n\nNORTHLAND WATER: We fixed the leak. The "new pipes" work now.\n\nThe chair thanked them.',
    entities: [{ type: 'ORG', name: 'Northland Water', mentions: ['NORTHLAND WATER'] }],
    quotes: [{ text: 'We fixed the leak. The "new pipes" work now', speaker: 'Northland Water', speakerText: 'NORTHLAND WATER', kind: 'mixed' }],
  }],
  ['a transcript that sets each line in quotation marks; the label does not pass on to the next line', {
    text: 'The interview ran long.\n\n"HOLM: We will not attend the debate tomorrow night."\n\n"We are sure of it, and so is the party."',
    entities: [{ type: 'PERSON', name: 'Eva Holm', mentions: ['HOLM'] }],
    quotes: [
      { text: 'We will not attend the debate tomorrow night.', speaker: 'Eva Holm', speakerText: 'HOLM', rule: 'speaker-label' },
      { text: 'We are sure of it, and so is the party.', speaker: null, rule: 'quote-without-cue' },
    ],
  }],
  ['must-not: a place and a colon is a dateline, not a speaker', {
    text: 'OSLO: The ferry sank near the coast.',
    entities: [{ type: 'GPE', name: 'Oslo', mentions: ['OSLO'] }],
    quotes: [],
  }],
  ['must-not: a team and its line-up (no verb, no quotation)', {
    text: 'Northland Rovers: Berg, Lind, Salo, Holm, Nyberg.',
    entities: [{ type: 'ORG', name: 'Northland Rovers' }],
    quotes: [],
  }],
  ['must-not: a profile under its subject\'s name names the subject again', {
    text: 'Marta Olsen: The harbour master Marta Olsen, who ran the port for 30 years, is retiring.',
    entities: [{ type: 'PERSON', name: 'Marta Olsen' }],
    quotes: [],
  }],
  ['must-not: a name and a colon inside a paragraph', {
    text: 'The vote was close. Marta Olsen: the harbour will reopen in May.',
    entities: [{ type: 'PERSON', name: 'Marta Olsen' }],
    quotes: [],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: speaker label: ${behaviour}`, () => checkQuotes(c, run));
