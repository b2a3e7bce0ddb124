import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());
const hale = { type: 'PERSON' as const, name: 'Tom Hale', mentions: ['Tom Hale', 'Hale'] };
const berg = { type: 'PERSON' as const, name: 'Anna Berg', mentions: ['Anna Berg'] };

const cases: [string, QuoteCase][] = [
  ['in the same paragraph it joins the quote before it', {
    text: '"The plan is sound," Hale said. "It will save money."',
    entities: [hale],
    quotes: [{ text: 'The plan is sound It will save money.', kind: 'direct', speaker: 'Tom Hale', rule: 'said-after-quote' }],
  }],
  ['in the next paragraph it keeps the last speaker', {
    text: '"The plan is sound," Hale said.\n"We will start building in May and finish by the winter."',
    entities: [hale],
    quotes: [
      { text: 'The plan is sound', speaker: 'Tom Hale', rule: 'said-after-quote' },
      { text: 'We will start building in May and finish by the winter.', kind: 'direct', speaker: 'Tom Hale', speakerText: 'Hale', rule: 'follow-on-quote' },
    ],
  }],
  ['a quotation after reported speech keeps its speaker', {
    text: 'Hale said the plan was sound.\n"We will start building in May and finish by the winter."',
    entities: [hale],
    quotes: [
      { text: 'the plan was sound', kind: 'indirect', speaker: 'Tom Hale' },
      { text: 'We will start building in May and finish by the winter.', kind: 'direct', speaker: 'Tom Hale', rule: 'follow-on-quote' },
    ],
  }],
  ['a person named in the frame sentence does not stop it', {
    text: '"The plan is sound," Hale said after meeting Anna Berg.\n"We will start building in May and finish by the winter."',
    entities: [hale, berg],
    quotes: [
      { text: 'The plan is sound', speaker: 'Tom Hale' },
      { text: 'We will start building in May and finish by the winter.', speaker: 'Tom Hale', rule: 'follow-on-quote' },
    ],
  }],
  ['another person named in between stops it', {
    text: '"The plan is sound," Hale said.\nAnna Berg runs the council.\n"We will start building in May and finish by the winter."',
    entities: [hale, berg],
    quotes: [
      { text: 'The plan is sound', speaker: 'Tom Hale' },
      { text: 'We will start building in May and finish by the winter.', kind: 'direct', speaker: null, speakerText: null, cue: null, rule: 'quote-without-cue' },
    ],
  }],
  ['too far from the last quote it has no speaker', {
    text: 'Hale said the plan was sound.\nThe council met.\nThe vote was close.\n"We will start building in May and finish by the winter."',
    entities: [hale],
    quotes: [
      { text: 'the plan was sound', speaker: 'Tom Hale' },
      { text: 'We will start building in May and finish by the winter.', speaker: null, rule: 'quote-without-cue' },
    ],
  }],
  ['a quotation after a quote that holds an earlier quotation keeps its speaker', {
    text: 'Hale said the law mattered because "most people do not know about that loophole," he said.\n"We have no context for the current moment without it."',
    entities: [hale],
    quotes: [
      { text: 'Hale said the law mattered because "most people do not know about that loophole,"', speaker: 'Tom Hale' },
      { text: 'We have no context for the current moment without it.', speaker: 'Tom Hale', rule: 'follow-on-quote' },
    ],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: follow-on quotation: ${behaviour}`, () => checkQuotes(c, run));
