import { test } from 'node:test';
import { createContext } from '../context.js';
import { quotesStage } from './index.js';
import { checkQuotes, type QuoteCase } from './test-article.js';

const run = (doc: Parameters<typeof quotesStage.run>[0]) => quotesStage.run(doc, createContext());

const speech: [string, QuoteCase][] = [
  ['"X said that …"', {
    text: 'The coach said that the team would train on Sunday.',
    quotes: [{ text: 'the team would train on Sunday', kind: 'indirect', speakerText: 'The coach', cue: 'said', rule: 'cue-then-clause' }],
  }],
  ['"X said …" without "that"', {
    text: 'Olsen said the harbour would reopen after the storm.',
    entities: [{ type: 'PERSON', name: 'Erik Olsen', mentions: ['Olsen'] }],
    quotes: [{ text: 'the harbour would reopen after the storm', speaker: 'Erik Olsen', speakerText: 'Olsen' }],
  }],
  ['"X told the Y (on Monday) that …": Y is the channel', {
    text: 'Maria Costa, a lecturer at the city college, told the Evening Post on Monday that the exam rules would change.',
    entities: [{ type: 'PERSON', name: 'Maria Costa' }, { type: 'ORG', name: 'Evening Post' }],
    quotes: [{ text: 'the exam rules would change', speaker: 'Maria Costa', speakerText: 'Maria Costa, a lecturer at the city college', cue: 'told', via: 'Evening Post' }],
  }],
  ['"X told Y …" without "that"', {
    text: 'The governor told the Evening Post on Friday the budget has a hole in it.',
    entities: [{ type: 'ORG', name: 'Evening Post' }],
    quotes: [{ text: 'the budget has a hole in it', speakerText: 'The governor', via: 'Evening Post' }],
  }],
  ['"X (party-state) said …": a short aside in brackets after the subject is passed over', {
    text: 'Sen. Ann Weber (R-Ohio) said the bill would not pass the Senate.',
    entities: [{ type: 'PERSON', name: 'Ann Weber', mentions: ['Ann Weber'] }],
    quotes: [{ text: 'the bill would not pass the Senate', speaker: 'Ann Weber', speakerText: 'Sen. Ann Weber', cue: 'said' }],
  }],
  ['"X (age) also told Y that …"', {
    text: 'Tomas Ruiz (41) also told reporters that the bakery would close in May.',
    entities: [{ type: 'PERSON', name: 'Tomas Ruiz', mentions: ['Tomas Ruiz'] }],
    quotes: [{ text: 'the bakery would close in May', speaker: 'Tomas Ruiz', cue: 'told' }],
  }],
  ['"Even X, an apposition, said …": adverbs before an apposed subject', {
    text: "Even Norway, the alliance's closest partner, said the plan was too costly.",
    quotes: [{ text: 'the plan was too costly', speakerText: "Norway, the alliance's closest partner", cue: 'said' }],
  }],
  ['"X said A and warned Y to B": the first content ends before the second cue, which keeps the speaker', {
    text: 'The mayor said the school would stay open and warned parents to expect delays.',
    quotes: [
      { text: 'the school would stay open', speakerText: 'The mayor', cue: 'said' },
      { text: 'to expect delays', speakerText: 'The mayor', cue: 'warned' },
    ],
  }],
  ['"X called for N": a noun phrase as what was asked for', {
    text: 'The fishermen\'s union called for a ban on night trawling.',
    quotes: [{ text: 'a ban on night trawling', speakerText: 'The fishermen\'s union', cue: 'called for' }],
  }],
  ['"X called for V-ing …": a gerund phrase as what was asked for', {
    text: 'The governor called for cutting the fuel tax by half.',
    quotes: [{ text: 'cutting the fuel tax by half', speakerText: 'The governor', cue: 'called for' }],
  }],
  ['"X called on Y to …": Y is the addressee, the infinitive the content', {
    text: 'The senator called on the agency to release the files.',
    quotes: [{ text: 'to release the files', speakerText: 'The senator', cue: 'called on' }],
  }],
  ['"X called N a/an N", "… ADJ", "… "…"": the object and what the speaker called it', {
    text: 'The minister called the report a disgrace. The union called the offer insulting and late. She called the ruling "a farce". Critics called it a failure.',
    quotes: [
      { text: 'the report a disgrace', speakerText: 'The minister', cue: 'called' },
      { text: 'the offer insulting and late', speakerText: 'The union', cue: 'called' },
      { text: 'the ruling "a farce"', speakerText: 'She', cue: 'called', kind: 'mixed' },
      { text: 'it a failure', speakerText: 'Critics', cue: 'called' },
    ],
  }],
  ['must-not: "called" with an object and nothing said of it, or naming a thing', {
    text: 'He called his mother on Sunday. They called the police. The firm called its chief executive back from leave. The firm opened a service for online journals, called Harbour Spaces. Users trade links called "trackers".',
    quotes: [],
  }],
  ['must-not: "Calls for N" as a noun has no speaker', {
    text: 'Calls for a ban on night trawling grew louder.',
    quotes: [],
  }],
  ['"X said at a press conference on Monday that …"', {
    text: 'The spokesman said at a press conference on Monday that the two sides will meet again.',
    quotes: [{ text: 'the two sides will meet again', speakerText: 'The spokesman', cue: 'said' }],
  }],
  ['"X said in response …"', {
    text: 'The agency said in response the figures were accurate.',
    quotes: [{ text: 'the figures were accurate', speakerText: 'The agency' }],
  }],
  ['"X said in response …" before a named subject', {
    text: 'The ministry said in response Norway\'s position had not changed.',
    entities: [{ type: 'GPE', name: 'Norway' }],
    quotes: [{ text: 'Norway\'s position had not changed', speakerText: 'The ministry' }],
  }],
  ['"X warned that …"', {
    text: 'The central bank warned that inflation could rise again.',
    quotes: [{ text: 'inflation could rise again', speakerText: 'The central bank', cue: 'warned' }],
  }],
  ['"X added that …" and "noting …" carrying on the speaker', {
    text: 'The council added that the park would stay open, noting the repairs had been paid for.',
    quotes: [
      { text: 'the park would stay open', speakerText: 'The council', cue: 'added', rule: 'cue-then-clause' },
      { text: 'the repairs had been paid for', speakerText: 'The council', cue: 'noting', rule: 'cue-continues-clause' },
    ],
  }],
  ['"X noted …"', {
    text: 'The auditor noted the accounts had been filed late.',
    quotes: [{ text: 'the accounts had been filed late', speakerText: 'The auditor', cue: 'noted' }],
  }],
  ['"X, when asked about it, said …"', {
    text: 'The palace, when asked about the report, said the visit would go ahead.',
    quotes: [{ text: 'the visit would go ahead', speakerText: 'The palace, when asked about the report' }],
  }],
  ['"X reported in March that …, citing Y": the citation is not content', {
    text: 'The Harbour Herald reported in March that the ferry will be sold, citing two people close to the deal.',
    entities: [{ type: 'ORG', name: 'Harbour Herald' }],
    quotes: [{ text: 'the ferry will be sold', speaker: 'Harbour Herald', cue: 'reported' }],
  }],
  ['"X said: "…"" is direct', {
    text: 'The captain said: "We will sail at dawn."',
    quotes: [{ text: 'We will sail at dawn.', kind: 'direct', speakerText: 'The captain' }],
  }],
  ['two reported clauses joined by "but"', {
    text: 'The mayor said the road was safe, but the police said that two cars had crashed there.',
    quotes: [
      { text: 'the road was safe', speakerText: 'The mayor' },
      { text: 'two cars had crashed there', speakerText: 'the police' },
    ],
  }],
  ['a second reported clause after "though"', {
    text: 'The judge said the trial would start in May, though she noted the date could move.',
    quotes: [
      { text: 'the trial would start in May', speakerText: 'The judge' },
      { text: 'the date could move', speakerText: 'she' },
    ],
  }],
  ['a long subject with commas after "has said"', {
    text: 'The campaign has said single parents and families, married or not, would qualify for the credit.',
    quotes: [{ text: 'single parents and families, married or not, would qualify for the credit', speakerText: 'The campaign' }],
  }],
  ['a relative pronoun takes its antecedent', {
    text: 'The pilot, who said the engine had failed, landed in a field.',
    quotes: [{ text: 'the engine had failed', speakerText: 'The pilot' }],
  }],
  ['a relative pronoun is quoted as the speaker\'s words when its antecedent is an entity', {
    text: 'The award went to Rosa Lind, who said she would give the money away.',
    entities: [{ type: 'PERSON', name: 'Rosa Lind' }],
    quotes: [{ text: 'she would give the money away', speaker: 'Rosa Lind', speakerText: 'who' }],
  }],
  ['a participle after an opening adverbial takes the main clause subject', {
    text: 'In a speech on Monday, the senator attacked the plan, saying it would cost too much.',
    quotes: [{ text: 'it would cost too much', speakerText: 'the senator', cue: 'saying', rule: 'cue-continues-clause' }],
  }],
  ['"X added:" ending a paragraph, the quotation in the next one', {
    text: 'The coach added:\n"We played well and we will play better next week."',
    quotes: [{ text: 'We played well and we will play better next week.', kind: 'direct', speakerText: 'The coach', cue: 'added', rule: 'cue-then-quotation' }],
  }],
  ['a time between the subject and the cue is no speaker', {
    text: 'The bank just this month announced it would end the bonuses.',
    quotes: [{ text: 'it would end the bonuses', speakerText: 'The bank', cue: 'announced' }],
  }],
  ['a document dated by a participle and a time', {
    text: 'A poll released in late August found that most voters want a change.',
    quotes: [{ text: 'most voters want a change', speakerText: 'A poll released in late August', cue: 'found' }],
  }],
  ['a year after a relative pronoun: the antecedent speaks', {
    text: 'The minister, who in 2010 said the tax was fair, now wants it gone.',
    quotes: [{ text: 'the tax was fair', speakerText: 'The minister', cue: 'said' }],
  }],
  ['must-not: a time with no subject before it is not the speaker', {
    text: 'Officials met, and on Tuesday announced that the bridge would close.',
    quotes: [{ text: 'the bridge would close', speaker: null, speakerText: null, cue: 'announced' }],
  }],
  ['a participle after the object of a verb speaks for the verb\'s subject', {
    text: 'The ministry issued a statement on Monday saying the talks had failed.',
    quotes: [{ text: 'the talks had failed', speakerText: 'The ministry', cue: 'saying' }],
  }],
  ['must-not: after a verb that presents its object speaking, the object speaks', {
    text: 'The paper quoted a spokesman for the fund complaining that the deal was poor.',
    quotes: [{ text: 'the deal was poor', speakerText: 'a spokesman for the fund', cue: 'complaining' }],
  }],
  ['a headline in title case: a name, its cue, what it said', {
    text: 'Mayor Hale Says Bridge Will Open In June',
    entities: [{ type: 'PERSON', name: 'Mayor Hale' }],
    quotes: [{ text: 'Bridge Will Open In June', speaker: 'Mayor Hale', speakerText: 'Mayor Hale', cue: 'Says' }],
  }],
];

const cognition: [string, QuoteCase][] = [
  ['"X believes …"', {
    text: 'The detective believes the thief knew the house.',
    quotes: [{ text: 'the thief knew the house', speakerText: 'The detective', cue: 'believes', cueType: 'cognition' }],
  }],
  ['"officials expect …"', {
    text: 'Officials expect the new bridge to open in the spring.',
    quotes: [{ text: 'the new bridge to open in the spring', speakerText: 'Officials', cueType: 'cognition' }],
  }],
  ['"she hopes …"', {
    text: 'She hopes the school will hire more teachers.',
    quotes: [{ text: 'the school will hire more teachers', speakerText: 'She', cueType: 'cognition' }],
  }],
  ['"X vowed to …" (an intention)', {
    text: 'The new owners vowed to keep every job.',
    quotes: [{ text: 'to keep every job', speakerText: 'The new owners', cueType: 'speech' }],
  }],
  ['"X is confident that …"', {
    text: 'The mayor is confident that the tunnel will be finished on time.',
    quotes: [{ text: 'the tunnel will be finished on time', speakerText: 'The mayor', cue: 'confident', cueType: 'cognition' }],
  }],
];

const documents: [string, QuoteCase][] = [
  ['"the report found …"', {
    text: 'The report found that most of the wells were dry.',
    quotes: [{ text: 'most of the wells were dry', speakerText: 'The report', cueType: 'document' }],
  }],
  ['"the survey says …" (a speech verb with a document as source)', {
    text: 'The survey says rents rose by a third.',
    quotes: [{ text: 'rents rose by a third', speakerText: 'The survey', cueType: 'document' }],
  }],
  ['"the poll shows N", "the video shows N V-ing": a document\'s finding as a noun phrase', {
    text: 'The poll shows a close race in the north. The video shows a guard opening the gate.',
    quotes: [
      { text: 'a close race in the north', speakerText: 'The poll', cue: 'shows', cueType: 'document' },
      { text: 'a guard opening the gate', speakerText: 'The video', cue: 'shows', cueType: 'document' },
    ],
  }],
  ['must-not: what a company or a person shows is no finding', {
    text: 'The company showed a profit last year. The guide showed the visitors the old mill.',
    quotes: [],
  }],
];

for (const [behaviour, c] of speech) test(`quotes: cue then its content: ${behaviour}`, () => checkQuotes(c, run));
for (const [behaviour, c] of cognition) test(`quotes: cognition and intention cues: ${behaviour}`, () => checkQuotes(c, run));
for (const [behaviour, c] of documents) test(`quotes: documents as sources: ${behaviour}`, () => checkQuotes(c, run));
