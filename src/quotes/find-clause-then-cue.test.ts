import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['"…, experts said"', {
    text: 'Fish stocks in the bay will recover within a decade, experts said.',
    quotes: [{ text: 'Fish stocks in the bay will recover within a decade', kind: 'indirect', speaker: null, speakerText: 'experts', cue: 'said', rule: 'clause-then-cue' }],
  }],
  ['"…, said analysts" (inverted)', {
    text: 'Both parties are to blame for the delay, said analysts.',
    quotes: [{ text: 'Both parties are to blame for the delay', speaker: null, speakerText: 'analysts', cue: 'said' }],
  }],
  ['a named speaker with a time after the cue', {
    text: 'The foreign minister will visit Oslo from Monday to Wednesday, ministry spokesperson Lena Holm announced on Sunday.',
    entities: [{ type: 'PERSON', name: 'Lena Holm' }],
    quotes: [{ text: 'The foreign minister will visit Oslo from Monday to Wednesday', speaker: 'Lena Holm', speakerText: 'ministry spokesperson Lena Holm', cue: 'announced' }],
  }],
  ['"…, X said, Y reported": Y is the channel', {
    text: 'The two leaders will discuss grain exports, Petrov said, the Baltic Wire reported on Monday.',
    entities: [{ type: 'PERSON', name: 'Ivan Petrov', mentions: ['Petrov'] }, { type: 'ORG', name: 'Baltic Wire' }],
    quotes: [{ text: 'The two leaders will discuss grain exports', speaker: 'Ivan Petrov', via: 'Baltic Wire', cue: 'said' }],
  }],
  ['"…, according to police": the source word the tagger reads as a verb after "to"', {
    text: 'The driver lost control on the bridge, according to police.',
    quotes: [{ text: 'The driver lost control on the bridge', speakerText: 'police', cue: 'according to' }],
  }],
  ['"…, according to X"', {
    text: 'The factory will close in March, according to the union.',
    quotes: [{ text: 'The factory will close in March', speakerText: 'the union', cue: 'according to' }],
  }],
  ['unnamed sources keep their words', {
    text: 'The merger talks have stalled, five people familiar with the negotiations said.',
    quotes: [{ text: 'The merger talks have stalled', speaker: null, speakerText: 'five people familiar with the negotiations' }],
  }],
  ['a clause of circumstance after the frame', {
    text: 'The economy will grow next year, the minister said as the report came out.',
    quotes: [{ text: 'The economy will grow next year', speakerText: 'the minister', cue: 'said', rule: 'clause-then-cue' }],
  }],
  ['must-not: a participle, its object and a clause of circumstance are no inverted frame', {
    text: 'She won the final in straight sets, showing nerves of steel as she battled past the champion.',
    quotes: [],
  }],
  ['must-not: a relative clause, then a clause of circumstance', {
    text: 'His form was questioned by the coach, who ordered the defender home after he turned up late.',
    quotes: [],
  }],
  ['a past form the tagger read as an adjective after the subject is the clause\'s verb', {
    text: 'The summit accomplished too little, he added on Monday.',
    quotes: [{ text: 'The summit accomplished too little', speakerText: 'he', cue: 'added', rule: 'clause-then-cue' }],
  }],
];

cases.push(
  ['a clause ending in a quotation closed by two apostrophes', {
    text: "Skipping the tax ''makes me smart,'' the developer said last week.",
    quotes: [{ text: "Skipping the tax ''makes me smart,''", kind: 'mixed', speakerText: 'the developer', cue: 'said' }],
  }],
  ['a frame with a dated document inside the clause', {
    text: 'The middle fifth paid 9 percent, the agency said in a June report, and the bottom fifth paid 1 percent.',
    quotes: [{ text: 'The middle fifth paid 9 percent and the bottom fifth paid 1 percent', speakerText: 'the agency', rule: 'cue-in-parenthesis' }],
  }],
);

for (const [behaviour, c] of cases) test(`quotes: reported clause with its frame after it: ${behaviour}`, () => checkQuotes(c, run));

test('quotes: a frame inside the clause splits the content in two parts', () => checkQuotes({
  text: 'The new line, the engineer said, will carry twice as many trains.',
  quotes: [{ text: 'The new line will carry twice as many trains', kind: 'indirect', speakerText: 'the engineer', rule: 'cue-in-parenthesis' }],
}, run));
