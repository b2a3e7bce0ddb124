// --format pretty on a hand-built record: header, entities with roles and mention counts, quotes under their
// speaker, events as one line each, and sections left out when their array is empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRange, eventLine, prettyRecord } from '../../src/cli/pretty.js';
import type { ArticleRecord, DyadEvent, Entity } from '../../src/index.js';

const text = 'Sergey Lavrov arrived in Beijing on Monday. "We are partners," Lavrov told reporters.';
const lavrov: Entity = {
  id: 'e1', name: 'Sergey Lavrov', type: 'PERSON', country: 'RUS', actor: 'RUSGOV', roles: ['Russian Foreign Minister'],
  affiliation: null, geo: null,
  mentions: [{ start: 0, end: 13, text: 'Sergey Lavrov' }, { start: 63, end: 69, text: 'Lavrov' }],
};
const china: Entity = { id: 'e2', name: 'China', type: 'GPE', country: 'CHN', actor: 'CHN', roles: [], affiliation: null, geo: null, mentions: [] };
const visit: DyadEvent = {
  id: 'v1', source: { entity: 'e1', actor: 'RUSGOV' }, target: { entity: null, actor: 'CHN' }, code: '042', root: '04', quad: 1,
  goldstein: 1.9, modality: 'asserted', date: '2024-04-08', dateEnd: '2024-04-09',
  location: { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 }, sentence: 0, evidence: { start: 14, end: 21 },
};
const record: ArticleRecord = {
  schema: 'dyad.article/1', id: 'abc',
  meta: { title: "Russian FM's visit to China", published: '2024-04-08T22:38', outlet: 'Global Times', byline: null, url: null, language: 'en' },
  text, captions: [], paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: 43 }, { start: 44, end: text.length }],
  entities: [lavrov, china],
  quotes: [{ id: 'q1', kind: 'direct', text: 'We are partners,', start: 45, end: 61, speaker: 'e1', speakerText: 'Lavrov', cue: 'told', via: null }],
  events: [visit],
  dates: [{ text: 'on Monday', start: 33, end: 42, value: '2024-04-08', valueEnd: null, grain: 'day', rule: 'weekday' }],
};
const names = new Map([lavrov, china].map((e) => [e.id, e]));

const EVENT_LINES: [string, DyadEvent, string][] = [
  ['with a CAMEO name, a date range, a place and modality', visit, 'RUSGOV Sergey Lavrov —042 Make a visit→ CHN, 2024-04-08…09, Beijing, asserted'],
  ['without a target or place', { ...visit, target: null, location: null, dateEnd: null, modality: 'planned' }, 'RUSGOV Sergey Lavrov —042 Make a visit→, 2024-04-08, planned'],
  ['a group named only in words', { ...visit, source: { entity: null, actor: 'TER', text: 'militants' }, date: null, dateEnd: null, location: null }, 'TER militants —042 Make a visit→ CHN, asserted'],
];

for (const [name, event, line] of EVENT_LINES) {
  test(`cli: pretty event line, ${name}`, () => assert.equal(eventLine(event, names, (c) => (c === '042' ? 'Make a visit' : undefined)), line));
}

test('cli: pretty event line without CAMEO names shows the code alone', () => {
  assert.equal(eventLine(visit, names), 'RUSGOV Sergey Lavrov —042→ CHN, 2024-04-08…09, Beijing, asserted');
});

const RANGES: [string | null, string | null, string | null][] = [
  ['2024-04-08', '2024-04-09', '2024-04-08…09'],
  ['2024-03-30', '2024-04-02', '2024-03-30…04-02'],
  ['2023-12', '2024-01', '2023-12…2024-01'],
  ['2024-05', null, '2024-05'],
  [null, null, null],
];
for (const [a, b, want] of RANGES) test(`cli: pretty date range ${a}…${b}`, () => assert.equal(dateRange(a, b), want));

test('cli: pretty view of a filled record', () => {
  const out = prettyRecord(record, { color: false, cameoName: () => 'Make a visit' });
  assert.equal(
    out,
    [
      "Russian FM's visit to China",
      '2024-04-08T22:38 · Global Times',
      'language en · 2 sentences',
      '',
      'Entities (2)',
      '  PERSON Sergey Lavrov [RUSGOV] — Russian Foreign Minister · 2 mentions',
      '  GPE    China [CHN] · 0 mentions',
      '',
      'Quotes (1)',
      '  Sergey Lavrov:',
      '    “We are partners,” [direct, told]',
      '',
      'Events (1)',
      '  RUSGOV Sergey Lavrov —042 Make a visit→ CHN, 2024-04-08…09, Beijing, asserted',
      '',
      'Dates (1)',
      '  on Monday → 2024-04-08',
      '',
    ].join('\n'),
  );
});

test('cli: pretty view leaves out empty sections and colours only when asked', () => {
  const bare = { ...record, entities: [], quotes: [], events: [], dates: [], meta: { ...record.meta, title: null, published: null, outlet: null } };
  const out = prettyRecord(bare, { color: false });
  assert.doesNotMatch(out, /Entities|Quotes|Events|Dates/);
  assert.match(out, /^Sergey Lavrov arrived in Beijing on Monday\. "We are partners," Lavrov told repo…\nno date\n/);
  assert.match(prettyRecord({ ...bare, text: '' }, { color: false }), /^\(untitled\)\n/);
  assert.doesNotMatch(out, /\x1b\[/);
  assert.match(prettyRecord(record, { color: true }), /\x1b\[1mRussian FM's visit to China\x1b\[22m/);
});
