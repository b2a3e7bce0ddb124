import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const cases: [string, QuoteCase][] = [
  ['a quotation, then "he said"', {
    text: '"The bridge will open in June," he said.',
    quotes: [{ text: 'The bridge will open in June', kind: 'direct', speakerText: 'he', cue: 'said', cueType: 'speech', rule: 'said-after-quote' }],
  }],
  ['curly marks and an addressee', {
    text: '“We have done our part,” the mayor told reporters.',
    quotes: [{ text: 'We have done our part', kind: 'direct', speakerText: 'the mayor', cue: 'told' }],
  }],
  ['an inverted frame with an apposition', {
    text: '"Nobody expected the flood," said Anna Berg, a hydrologist at the university.',
    entities: [{ type: 'PERSON', name: 'Anna Berg' }],
    quotes: [{ text: 'Nobody expected the flood', speaker: 'Anna Berg', speakerText: 'Anna Berg, a hydrologist at the university', cue: 'said' }],
  }],
  ['an apposition of two descriptions and a relative clause', {
    text: '"The data are clear," said Tom Hale, the head of the lab and a former adviser, who has studied the river for years.',
    entities: [{ type: 'PERSON', name: 'Tom Hale' }],
    quotes: [{ text: 'The data are clear', speaker: 'Tom Hale', speakerText: 'Tom Hale, the head of the lab and a former adviser' }],
  }],
  ['a question mark stays in the content', {
    text: '"Who will pay for the new school?" asked Tom Hale.',
    entities: [{ type: 'PERSON', name: 'Tom Hale' }],
    quotes: [{ text: 'Who will pay for the new school?', speaker: 'Tom Hale', cue: 'asked' }],
  }],
  ['a frame with an organization as addressee gives the channel', {
    text: '"The talks went well," the minister told the Daily Courier on Tuesday.',
    entities: [{ type: 'ORG', name: 'Daily Courier' }],
    quotes: [{ text: 'The talks went well', speakerText: 'the minister', cue: 'told', via: 'Daily Courier' }],
  }],
  ['straight single marks inside double ones', {
    text: `"They called it 'a fair price,' and we agreed," said the farmer.`,
    quotes: [{ text: "They called it 'a fair price,' and we agreed", kind: 'direct', speakerText: 'the farmer' }],
  }],
  ['a clause of circumstance after the frame', {
    text: '"Europe must be able to defend itself," the president said on Friday as he entered the talks.',
    quotes: [{ text: 'Europe must be able to defend itself', speakerText: 'the president', cue: 'said', rule: 'said-after-quote' }],
  }],
  ['a clause of circumstance after an inverted frame', {
    text: '"He is not finished yet," whispered a party official as the hall emptied.',
    quotes: [{ text: 'He is not finished yet', speakerText: 'a party official', cue: 'whispered' }],
  }],
  ['a relative clause on the last noun of the frame', {
    text: '"We are in a critical situation," the chancellor told reporters after the meeting that was held on a boat.',
    quotes: [{ text: 'We are in a critical situation', kind: 'direct', speakerText: 'the chancellor', cue: 'told', rule: 'said-after-quote' }],
  }],
  ['a clause of circumstance that opens as a prepositional phrase', {
    text: '"We do not have to follow a script," the prime minister said after the meeting broke up.',
    quotes: [{ text: 'We do not have to follow a script', speakerText: 'the prime minister', cue: 'said', rule: 'said-after-quote' }],
  }],
  ['a relative clause with another relative clause in it', {
    text: '"We are in a critical situation," the chancellor told reporters after the meeting that was held on a boat that cruised down the river.',
    quotes: [{ text: 'We are in a critical situation', speakerText: 'the chancellor', cue: 'told', rule: 'said-after-quote' }],
  }],
  ['a capitalized word the tagger read as a verb stays in the name after it ("for Morning Consult")', {
    text: '"The impact of the debate is still small," wrote Carl Ease for Morning Consult.',
    quotes: [{ text: 'The impact of the debate is still small', speakerText: 'Carl Ease for Morning Consult', cue: 'wrote', rule: 'said-after-quote' }],
  }],
  ['the head of a compound read as a verb ("at a campaign stop")', {
    text: '"The tax laws are unfair," the senator said at a campaign stop this week.',
    quotes: [{ text: 'The tax laws are unfair', speakerText: 'the senator', cue: 'said', rule: 'said-after-quote' }],
  }],
  ['a quotation after a colon with no cue before it', {
    text: 'The senator scolded him: “The scientific community is against you on all three products,” she said.',
    quotes: [{ text: 'The scientific community is against you on all three products', speakerText: 'she', cue: 'said', rule: 'said-after-quote' }],
  }],
  ['must-not: after "said:" the frame is before the quotation, not in the next sentence', {
    text: 'Mr Cridland said: "This will reach everyone with a phone. "It opens a huge new audience." Saumil Nanavati, president of Sydus, said, "This player is what the network was built for."',
    entities: [{ type: 'PERSON', name: 'James Cridland', mentions: ['Cridland'] }, { type: 'PERSON', name: 'Saumil Nanavati' }],
    quotes: [
      { text: 'This will reach everyone with a phone. "It opens a huge new audience.', speaker: 'James Cridland', rule: 'cue-then-clause' },
      { text: 'This player is what the network was built for.', speaker: 'Saumil Nanavati' },
    ],
  }],
];

for (const [behaviour, c] of cases) test(`quotes: direct quote with its frame after it: ${behaviour}`, () => checkQuotes(c, run));

test('quotes: a quote split by its cue is one quote in two parts', () => checkQuotes({
  text: '"We are ready," the envoy said, "to sign the deal today."',
  quotes: [{ text: 'We are ready to sign the deal today.', kind: 'direct', speakerText: 'the envoy', cue: 'said', rule: 'quote-split-by-cue' }],
}, run));

test('quotes: two-backtick and two-apostrophe quotation marks', () => checkQuotes({
  text: "``The river is rising fast,'' the sheriff said.",
  quotes: [{ text: 'The river is rising fast', kind: 'direct', speakerText: 'the sheriff' }],
}, run));
