// The events stage on hand-built articles: one table per pattern family, the modalities, date and place
// attachment, merging, and a must-not table. Sentences are our own; entities come from test-article's gazetteer
// and sketches. Fixed publication time 2024-04-08T10:00.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, DyadEvent } from '../article.js';
import { createContext } from '../context.js';
import { eventsStage } from './index.js';
import { eventArticle, type ArticleSketch, type EntitySketch } from './test-article.js';

const ctx = createContext();

function run(text: string, sketch: ArticleSketch = {}): { doc: Article; events: DyadEvent[] } {
  const doc = eventArticle(text, sketch);
  return { doc, events: eventsStage.run(doc, ctx).events };
}

/** "RUS>CHN:042" lines, in text order, for compact tables. */
function triples(events: DyadEvent[]): string[] {
  return events.map((v) => `${v.source.actor}>${v.target?.actor ?? '-'}:${v.code}`);
}

const persons: Record<'lavrov' | 'wang', EntitySketch> = {
  lavrov: { type: 'PERSON', name: 'Sergey Lavrov', mentions: ['Sergey Lavrov', 'Lavrov'], actor: 'RUSGOV', country: 'RUS' },
  wang: { type: 'PERSON', name: 'Wang Yi', mentions: ['Wang Yi', 'Wang'], actor: 'CHNGOV', country: 'CHN' },
};

test('events: active verbs with subject and object or target phrase', () => {
  const rows: [string, string[]][] = [
    ['Germany criticized Turkey over the arrests.', ['DEU>TUR:111']],
    ['The Japanese prime minister arrived in India on Monday.', ['JPNGOV>IND:042']],
    ['Iran held talks with France in Geneva.', ['IRN>FRA:040', 'FRA>IRN:040']],
    ['The United States imposed sanctions on Iran.', ['USA>IRN:163']],
    ['Egypt called on Israel to end the blockade.', ['EGY>ISR:020']],
    ['Turkey condemned an attack by Iranian troops.', ['TUR>IRNMIL:111']],
    ['Norway is trying to mediate between Israel and Egypt.', ['NOR>ISR:045', 'NOR>EGY:045']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(triples(run(text).events), expected, text);
});

test('events: passive voice takes the agent of "by" as the source', () => {
  const { doc, events } = run('Chinese engineers in Pakistan were attacked by terrorists.');
  assert.deepEqual(triples(events), ['TER>CHNCVL:180']);
  const [v] = events;
  assert.equal(doc.text.slice(v.evidence.start, v.evidence.end), 'were attacked');
  assert.equal(v.source.text, 'terrorists');
  assert.equal(v.location?.name, 'Pakistan');
  // A passive with no agent names no source: nothing is coded.
  assert.deepEqual(run('Two Indian fishermen were arrested on Monday.').events, []);
});

test('events: compound actors give one event per actor', () => {
  const rows: [string, string[]][] = [
    ['France and Germany criticized Iran.', ['FRA>IRN:111', 'DEU>IRN:111']],
    ['Japan imposed sanctions on Iran and Russia.', ['JPN>IRN:163', 'JPN>RUS:163']],
    ['Kenya, Egypt and Brazil condemned Israel.', ['KEN>ISR:111', 'EGY>ISR:111', 'BRA>ISR:111']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(triples(run(text).events), expected, text);
});

test('events: reciprocal verbs code both directions', () => {
  const rows: [string, string[]][] = [
    ['India and Japan signed a trade agreement.', ['IND>JPN:057', 'JPN>IND:057']],
    ['The French president met the Egyptian president in Cairo.', ['FRAGOV>EGYGOV:040', 'EGYGOV>FRAGOV:040']],
    ['Indian troops clashed with Pakistani troops.', ['INDMIL>PAKMIL:190', 'PAKMIL>INDMIL:190']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(triples(run(text).events), expected, text);
});

test('events: "the two countries" are the pair named together before', () => {
  const { events } = run('China and Pakistan are neighbours. The two countries will deepen their cooperation.');
  assert.deepEqual(triples(events), ['CHN>PAK:030', 'PAK>CHN:030']);
  assert.ok(events.every((v) => v.modality === 'planned' && v.sentence === 1));
});

test('events: nominal events', () => {
  const rows: [string, string[]][] = [
    ['Lavrov’s visit to China ended on Tuesday.', ['RUSGOV>CHN:042']],
    ['The talks between Israel and Egypt resumed in Cairo.', ['ISR>EGY:040', 'EGY>ISR:040']],
    ['American sanctions on Iran took effect on Monday.', ['USA>IRN:163']],
    // an attack by terrorists in a city: the target is the city's country
    ['A terrorist attack in Karachi killed two people.', ['TER>PAK:180']],
    ['Israeli air strikes on Iran continued overnight.', ['ISR>IRN:195']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(triples(run(text, { entities: [persons.lavrov] }).events), expected, text);
  const { events } = run('The timing comes before the potential visit by the French president.');
  assert.deepEqual(triples(events), ['FRAGOV>-:042']);
  assert.equal(events[0].modality, 'hypothetical');
  // an event noun whose actor is not named, or with no target and no mark of a plan, codes nothing
  assert.deepEqual(run('The visit ended on Friday.').events, []);
  assert.deepEqual(run('Information on Lavrov’s visits will follow.', { entities: [persons.lavrov] }).events, []);
});

test('events: the subject of "suffer" or "experience" is the target of the event noun', () => {
  const { events } = run('Pakistan suffered a terrorist attack last year.');
  assert.deepEqual(triples(events), ['TER>PAK:180']);
});

test('events: speech acts take their target from the clause they open and link to their quote', () => {
  const text = 'Japan warned that Chinese companies could face penalties.';
  const { events } = run(text, { quotes: [{ text: 'Chinese companies could face penalties', speaker: 'Japan', cue: 'warned' }] });
  assert.deepEqual(triples(events), ['JPN>CHNBUS:130']);
  assert.equal(events[0].quote, 'q1');
  assert.equal(events[0].modality, 'asserted');
});

test('events: "should not" a hostile act is a rebuke by the speaker', () => {
  const { events } = run('The French foreign ministry added that other countries should not interfere in the dispute.');
  assert.deepEqual(triples(events), ['FRAGOV>-:111']);
  assert.deepEqual(triples(run('The French ministry said that Germany must stop attacking the Iranian banks.').events).slice(0, 1), ['FRAGOV>DEU:111']);
});

test('events: modality of each event', () => {
  const rows: [string, ArticleSketch, string, string][] = [
    ['Egypt criticized Israel on Monday.', {}, 'EGY>ISR:111', 'asserted'],
    ['The French president did not visit India.', {}, 'FRAGOV>IND:042', 'negated'],
    ['Japan never signed the treaty with Russia.', {}, 'JPN>RUS:057', 'negated'],
    ['India refused to meet Pakistan.', {}, 'IND>PAK:040', 'negated'],
    ['Russia could attack Ukraine.', {}, 'RUS>UKR:138', 'hypothetical'],
    ['India will retaliate if Pakistan shells its border.', {}, 'IND>PAK:130', 'hypothetical'],
    ['Turkey is considering new sanctions against Iran.', {}, 'TUR>IRN:014', 'asserted'],
    ['Reuters reported that the Russian president will travel to China.', { entities: [{ type: 'ORG', name: 'Reuters', actor: 'MED' }] }, 'RUSGOV>CHN:042', 'reported'],
    ['Israel reportedly bombed Iranian bases.', {}, 'ISR>IRN:195', 'reported'],
    ['Japan is reported to have held talks with India.', {}, 'JPN>IND:040', 'reported'],
    ['Kenya denied reports that Egypt had held talks with Israel.', {}, 'EGY>ISR:040', 'reported'],
    ['Japan will pay a visit to India.', {}, 'JPN>IND:042', 'planned'],
    ['The Brazilian president plans to visit Kenya.', {}, 'BRAGOV>KEN:042', 'planned'],
    ['Egypt is to host the Israeli delegation.', {}, 'EGY>ISR:043', 'planned'],
    // the actor's own side announcing its plan: planned, not reported
    [
      'Russian Foreign Ministry spokeswoman Maria Zakharova said that Lavrov will hold talks with Wang.',
      { entities: [persons.lavrov, persons.wang, { type: 'PERSON', name: 'Maria Zakharova', actor: 'RUSGOV', country: 'RUS' }] },
      'RUSGOV>CHNGOV:040',
      'planned',
    ],
    // an infinitive takes the modal of the verb that governs it
    [
      'Emmanuel Macron said he would be happy to meet the Egyptian president.',
      { entities: [{ type: 'PERSON', name: 'Emmanuel Macron', actor: 'FRAGOV', country: 'FRA' }] },
      'FRAGOV>EGYGOV:040',
      'hypothetical',
    ],
    // anonymous commentary does not put the facts it starts from on its word
    ['Chinese engineers were attacked by terrorists, so both sides share concerns, said analysts.', {}, 'TER>CHNCVL:180', 'asserted'],
  ];
  for (const [text, sketch, triple, modality] of rows) {
    const events = run(text, sketch).events;
    const v = events.find((e) => triples([e])[0] === triple);
    assert.ok(v, `${text}: ${triples(events).join(' ')}`);
    assert.equal(v.modality, modality, text);
  }
});

test('events: intended conflict acts are threats', () => {
  const rows: [string, string][] = [
    ['India will retaliate against Pakistan.', 'IND>PAK:130'],
    ['Russia threatened to invade Ukraine.', 'RUS>UKR:1382'],
    ['China will take firm measures against Japan.', 'CHN>JPN:130'],
    ['India retaliated against Pakistan.', 'IND>PAK:170'],
  ];
  for (const [text, triple] of rows) assert.deepEqual(triples(run(text).events), [triple], text);
});

test('events: date attachment', () => {
  const dates = {
    monday: { text: 'on Monday', value: '2024-04-08' },
    span: { text: 'from Monday to Tuesday', value: '2024-04-08', valueEnd: '2024-04-09' },
    sunday: { text: 'on Sunday', value: '2024-04-07' },
    may: { text: 'in May', value: '2024-05', grain: 'month' as const },
    march: { text: 'in March', value: '2024-03', grain: 'month' as const },
  };
  const rows: [string, ArticleSketch, [string | null, string | null]][] = [
    // the date of the event's own clause
    ['The Japanese prime minister arrived in India on Monday.', { dates: [dates.monday] }, ['2024-04-08', null]],
    // a span gives dateEnd
    ['Japan will pay an official visit to India from Monday to Tuesday.', { dates: [dates.span] }, ['2024-04-08', '2024-04-09']],
    // the date of the report is not the date of the event
    ['Japan will pay a visit to India, the ministry announced on Sunday.', { dates: [dates.sunday] }, [null, null]],
    ['Reuters reported in March that the Russian president will travel to China in May.', { dates: [dates.march, dates.may] }, ['2024-05', null]],
    // no date: the publication date only for an asserted event in the present tense
    ['Japan is hosting the Indian delegation.', {}, ['2024-04-08', null]],
    ['Japan hosted the Indian delegation.', {}, [null, null]],
    // not the date of another clause with its own verb
    ['Japan hosted the Indian delegation after it became clear that the talks in March had failed.', { dates: [dates.march] }, [null, null]],
    ['Japan will host the Indian delegation.', {}, [null, null]],
  ];
  for (const [text, sketch, [date, dateEnd]] of rows) {
    const events = run(text, { entities: [{ type: 'ORG', name: 'Reuters', actor: 'MED' }], ...sketch }).events;
    assert.equal(events.length, 1, `${text}: ${triples(events).join(' ')}`);
    assert.deepEqual([events[0].date, events[0].dateEnd], [date, dateEnd], text);
  }
});

test('events: place attachment', () => {
  const rows: [string, string | null][] = [
    ['Iran held talks with France in Geneva.', 'Geneva'],
    ['In Cairo, the Turkish president met the Egyptian president.', 'Cairo'],
    // a target country is not a location
    ['The Japanese prime minister arrived in India on Monday.', null],
    // a place that qualifies another noun is not where the event happened
    ['Japan discussed the situation in Ukraine with India.', null],
  ];
  for (const [text, place] of rows) {
    const events = run(text).events;
    assert.ok(events.length > 0, text);
    assert.equal(events[0].location?.name ?? null, place, text);
  }
  const [v] = run('Iran held talks with France in Geneva.').events;
  assert.deepEqual(v.location, { name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.15, entity: v.location?.entity });
});

test('events: the same event told twice is one event with all its evidence', () => {
  const text = 'The Japanese prime minister will pay a visit to India. The Japanese prime minister arrived in India on Monday.';
  const { doc, events } = run(text, { dates: [{ text: 'on Monday', value: '2024-04-08' }] });
  assert.deepEqual(triples(events), ['JPNGOV>IND:042']);
  const [v] = events;
  assert.equal(v.modality, 'asserted');
  assert.equal(v.date, '2024-04-08');
  assert.deepEqual(
    v.evidenceAll?.map((e) => doc.text.slice(e.start, e.end)),
    ['will pay a visit', 'arrived'],
  );
  // a negated telling does not merge with an affirmed one
  assert.equal(run('Japan visited India. Japan did not visit India.').events.length, 2);
});

test('events: record fields and evidence offsets', () => {
  const { doc, events } = run('At the invitation of Wang Yi, Lavrov will visit China.', { entities: [persons.lavrov, persons.wang] });
  assert.deepEqual(triples(events), ['CHNGOV>RUSGOV:043', 'RUSGOV>CHN:042']);
  for (const v of events) {
    assert.match(v.id, /^v\d+$/);
    assert.ok(v.evidence.start >= 0 && v.evidence.end <= doc.text.length && v.evidence.start < v.evidence.end);
    assert.equal(v.root, v.code.slice(0, 2));
    assert.ok(typeof v.goldstein === 'number' && [1, 2, 3, 4].includes(v.quad));
    assert.ok(v.rule);
  }
  assert.equal(doc.text.slice(events[0].evidence.start, events[0].evidence.end), 'At the invitation of Wang Yi');
  assert.equal(events[1].goldstein, 1.9);
  assert.equal(events[1].quad, 1);
});

test('events: must-not — sentences that code nothing', () => {
  const rows = [
    'The weather in Cairo was warm on Monday.',
    'Egypt’s economy grew by three percent last year.',
    'Kenya said it was ready for the rainy season.',
    'Experts said the talks were important.',
    'The attack killed twelve people.',
    'Two Indian fishermen were arrested.',
    'France is a large country with many rivers.',
    'China and Russia are two major powers.',
    'The comprehensive partnership between Japan and India will be strengthened.',
    'Officials met on Tuesday to discuss the budget.',
    'Brazil beat Kenya in the final.',
    'The Kenyan runner visited the stadium.',
    // a verb with an object is not a protest; a verb governing another does not take its object
    'The Japanese firm demonstrated a new phone in Tokyo.',
    'Military chiefs are expected to meet to decide the future of Kenya’s army.',
    'The government will take steps to meet Kenyan firms’ concerns.',
    // the embassy was attacked, not condemned; the attacker is not named
    'The Kenyan government condemned the attack on the French embassy.',
    // sport and markets: not protests, not repression
    'Kenya rallied to win the final against Egypt.',
    'Brazil crushed the Kenyan team in the final.',
    // one side meeting: no event among its members
    'The Kenyan coach and Kenyan officials met in Nairobi.',
  ];
  for (const text of rows) assert.deepEqual(triples(run(text).events), [], text);
});

test('events: the stage writes only events and leaves its input untouched', () => {
  const doc = eventArticle('Germany criticized Turkey over the arrests.');
  const out = eventsStage.run(doc, ctx);
  assert.equal(out.entities, doc.entities);
  assert.equal(out.tokens, doc.tokens);
  assert.deepEqual(doc.events, []);
  assert.equal(out.events.length, 1);
});
