import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['a quotation on its own line and a dash, then the name', {
    text: 'Readers wrote in.\n\n“Maybe we can build a wall around the river.” ― Steve Quinlan\n“The ferry is always late.” — Marta Olsen',
    entities: [{ type: 'PERSON', name: 'Marta Olsen' }],
    quotes: [
      { text: 'Maybe we can build a wall around the river.', kind: 'direct', speaker: null, speakerText: 'Steve Quinlan', cue: '―', rule: 'credit-line' },
      { text: 'The ferry is always late.', speaker: 'Marta Olsen', speakerText: 'Marta Olsen', cue: '—', rule: 'credit-line' },
    ],
  }],
  ['a credit with a place, or a handle and a date, after the name', {
    text: 'Posts\n\n"We will rebuild the bridge." -- Ana Ruiz, Miami\n"The water is back." — Lena Holm (@lenaholm) May 2, 2016',
    quotes: [
      { text: 'We will rebuild the bridge.', speakerText: 'Ana Ruiz', cue: '--', rule: 'credit-line' },
      { text: 'The water is back.', speakerText: 'Lena Holm', cue: '—', rule: 'credit-line' },
    ],
  }],
  ['a quotation after a credit line does not take its speaker', {
    text: 'Readers wrote in.\n\n“The ferry is always late, and nobody cares.” ― Steve Quinlan\n“The harbour needs a new pier soon.”',
    quotes: [
      { text: 'The ferry is always late, and nobody cares.', speakerText: 'Steve Quinlan', rule: 'credit-line' },
      { text: 'The harbour needs a new pier soon.', speaker: null, speakerText: null, rule: 'quote-without-cue' },
    ],
  }],
  ['must-not: a quotation inside a sentence and a dash is an aside', {
    text: 'Two words were on every sign at the pier, "build the bridge now" — Marta Olsen and the mayor.',
    entities: [{ type: 'PERSON', name: 'Marta Olsen' }],
    quotes: [],
  }],
  ['must-not: a verb after the name makes the line a sentence', {
    text: 'Notes\n\n"The ferry is late again." — Steve Quinlan laughed at the pier.',
    quotes: [{ text: 'The ferry is late again.', speaker: null, rule: 'quote-without-cue' }],
  }],
  ['must-not: one capitalized word no entity stands for', {
    text: 'Notes\n\n"The ferry is late again today." — Update',
    quotes: [{ text: 'The ferry is late again today.', speaker: null, rule: 'quote-without-cue' }],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: credit line: ${behaviour}`, () => checkQuotes(c, run));
