// time: tables of sentences and the date mentions they must give, against a fixed publication time
// (Monday 2024-04-08 22:38, as written). Offsets asserted through the mention text and its start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../test/helpers/make-article.js';
import { createContext } from '../context.js';
import { analyzeText } from '../text/index.js';
import { findDates, timeStage } from './index.js';
import { findChronoDates } from './find-chrono-dates.js';
import { findBareYears } from './find-bare-years.js';
import { findRelativePeriods } from './find-relative-periods.js';
import { falseDateRule } from './refine-drop-false-dates.js';
import { parseReference, STAND_IN } from './candidate.js';
import { FALSE_DATES } from './lexicon/false-dates.js';
import { PERIOD_MODIFIERS } from './lexicon/periods.js';
import { YEAR_CUES, YEAR_RANGE } from './lexicon/year-cues.js';
import { FUTURE_MARKERS } from './lexicon/future-markers.js';

const PUBLISHED = '2024-04-08T22:38';
const datesOf = (text: string, published: string | null = PUBLISHED) => {
  const { tokens, sentences } = analyzeText(text);
  return findDates(text, tokens, published, sentences);
};
type Row = [string, [string, string | null, string | null, string | null][]]; // text → [mention, value, valueEnd, grain]

function check(rows: Row[], published: string | null = PUBLISHED): void {
  for (const [text, expected] of rows) {
    const got = datesOf(text, published);
    assert.deepEqual(got.map((d) => [d.text, d.value, d.valueEnd, d.grain]), expected, text);
    for (const d of got) assert.equal(text.slice(d.start, d.end), d.text, `${text}: offsets of ${d.text}`);
  }
}

test('time: a bare weekday is the latest on or before publication, or the next one when its verb is future', () => {
  check([
    ['Lavrov arrived in China on Monday for a visit.', [['on Monday', '2024-04-08', null, 'day']]],
    ['The spokesperson announced on Sunday that talks would follow.', [['on Sunday', '2024-04-07', null, 'day']]],
    ['The troops left on Thursday.', [['on Thursday', '2024-04-04', null, 'day']]],
    ['She said on Friday that talks will resume.', [['on Friday', '2024-04-05', null, 'day']]],
    ['He will pay a visit from Monday to Tuesday, she said.', [['from Monday to Tuesday', '2024-04-08', '2024-04-09', 'day']]],
    ['The minister will visit Paris on Friday.', [['on Friday', '2024-04-12', null, 'day']]],
    ['The envoy is due to arrive on Thursday.', [['on Thursday', '2024-04-11', null, 'day']]],
    ['On Wednesday, the council will vote.', [['On Wednesday', '2024-04-10', null, 'day']]],
    ['The vote opened at 10 a.m. on Saturday.', [['at 10 a.m. on Saturday', '2024-04-06T10:00', null, 'minute']]],
    // with next / last, chrono's own reading stands
    ['Talks resume next Monday.', [['next Monday', '2024-04-15', null, 'day']]],
    ['The deal was signed last Friday.', [['last Friday', '2024-04-05', null, 'day']]],
    ['Police arrived early on Monday morning.', [['on Monday morning', '2024-04-08', null, 'day']]],
  ]);
});

test('time: months, days, years and clock times keep the grain the text states', () => {
  check([
    ['Reuters reported in March that Putin will travel to China in May, citing sources.', [['in March', '2024-03', null, 'month'], ['in May', '2024-05', null, 'month']]],
    ['The law was passed in May 2023 after a long fight.', [['in May 2023', '2023-05', null, 'month']]],
    ['The treaty was signed on April 8, 2024, in Geneva.', [['on April 8, 2024', '2024-04-08', null, 'day']]],
    ['The funeral took place on 26 December.', [['on 26 December', '2023-12-26', null, 'day']]],
    ['The vote will open at 10 a.m. on Tuesday.', [['at 10 a.m. on Tuesday', '2024-04-09T10:00', null, 'minute']]],
    ['Markets closed at 16:30 GMT.', [['at 16:30 GMT', '2024-04-08T16:30', null, 'minute']]],
    ['The firm collapsed two years ago.', [['two years ago', '2022', null, 'year']]],
    ['The attack on Sept. 11, 2001 changed everything.', [['on Sept. 11, 2001', '2001-09-11', null, 'day']]],
  ]);
});

test('time: relative days and calendar periods resolve at their grain', () => {
  check([
    ['The army withdrew yesterday.', [['yesterday', '2024-04-07', null, 'day']]],
    ['Talks continue today in Beijing.', [['today', '2024-04-08', null, 'day']]],
    ['Exports fell last week.', [['last week', '2024-04-01', '2024-04-07', 'day']]],
    ['Ministers meet this weekend.', [['this weekend', '2024-04-13', '2024-04-14', 'day']]],
    ['The law passed earlier this month.', [['earlier this month', '2024-04', null, 'month']]],
    ['Elections are due next year.', [['next year', '2025', null, 'year']]],
    ['Prices rose last month.', [['last month', '2024-03', null, 'month']]],
    ['The plant closed late last year.', [['late last year', '2023', null, 'year']]],
  ]);
});

test('time: bare years and year ranges', () => {
  check([
    ['The company was founded in 2023.', [['in 2023', '2023', null, 'year']]],
    ['The border has been closed since 1991.', [['since 1991', '1991', null, 'year']]],
    ['The plant opens in late 2026, and output peaks by mid-2030.', [['in late 2026', '2026', null, 'year'], ['by mid-2030', '2030', null, 'year']]],
    ['Output grew between 2019 and 2021.', [['between 2019 and 2021', '2019', '2021', 'year']]],
    ['Emissions must halve by 2030.', [['by 2030', '2030', null, 'year']]],
  ]);
});

test('time: without a publication time, relative mentions get value null and absolute ones keep theirs', () => {
  check(
    [
      ['Lavrov arrived on Monday.', [['on Monday', null, null, 'day']]],
      ['The army withdrew yesterday.', [['yesterday', null, null, 'day']]],
      ['Exports fell last week.', [['last week', null, null, 'day']]],
      ['The funeral took place on 26 December.', [['on 26 December', null, null, 'day']]],
      ['The treaty was signed on April 8, 2024.', [['on April 8, 2024', '2024-04-08', null, 'day']]],
      ['The law was passed in May 2023 after a fight.', [['in May 2023', '2023-05', null, 'month']]],
      ['The border has been closed since 1991.', [['since 1991', '1991', null, 'year']]],
    ],
    null,
  );
});

test('time: must-not find a date', () => {
  const rows = [
    'You may go now.',
    'They march on the capital.',
    'The team won a second round.',
    'Sun Yat-sen founded the party.',
    'Officials marked the 75th anniversary of relations.',
    'He sat down and wept.',
    'Will May resign before the vote?',
    'Kenneth March said the plan failed.',
    'June Carter sang.',
    'Now is the time to act.',
    'He has lived there for 30 years.',
    'The score was 2-1 after 90 minutes.',
    'Only 3/4 of the seats were filled.',
    'Sales grew 5% in the quarter.',
    "She told BBC Radio 4's Today programme she was pleased.",
    'The Sunday Times alleged a cover-up.',
    'The last week has shown the strain.',
    'A year earlier the firm had failed.',
    'Builders finished in 2000 homes.',
    'Turnout rose to 2020 voters.',
  ];
  for (const text of rows) assert.deepEqual(datesOf(text).map((d) => d.text), [], text);
});

test('time: lexicon self-test: each false-date example is dropped by its own entry', () => {
  const ref = parseReference(PUBLISHED)!;
  for (const entry of FALSE_DATES) {
    const text = entry.example;
    const tokens = analyzeText(text).tokens;
    const candidates = [...findRelativePeriods(text, ref), ...findBareYears(text, tokens), ...findChronoDates(text, ref)];
    assert.ok(
      candidates.some((c) => falseDateRule(text, c) === entry.id),
      `${entry.id}: no candidate of "${text}" is dropped by it (${candidates.map((c) => `${c.rule}:${text.slice(c.start, c.end)}`).join(', ')})`,
    );
  }
});

test('time: lexicon self-test: each period, year-cue and future-marker example fires its entry', () => {
  for (const entry of [...PERIOD_MODIFIERS, ...YEAR_CUES, YEAR_RANGE, ...FUTURE_MARKERS]) {
    const rules = datesOf(entry.example).map((d) => d.rule);
    assert.ok(rules.includes(entry.id), `${entry.id}: "${entry.example}" gave ${rules.join(', ') || 'nothing'}`);
  }
});

test('time: the publication time is read as written, without timezone', () => {
  const rows: [string | null, ReturnType<typeof parseReference>][] = [
    ['2024-04-08T22:38', { year: 2024, month: 4, day: 8, hour: 22, minute: 38 }],
    ['2024-04-08T22:38:00+08:00', { year: 2024, month: 4, day: 8, hour: 22, minute: 38 }],
    ['2024-04-08', { year: 2024, month: 4, day: 8, hour: 12, minute: 0 }],
    ['2024', { year: 2024, month: 1, day: 1, hour: 12, minute: 0 }],
    ['April 2024', null],
    [null, null],
  ];
  for (const [written, expected] of rows) assert.deepEqual(parseReference(written), expected, String(written));
  assert.notEqual(STAND_IN.year, new Date().getFullYear(), 'the stand-in is never the clock');
});

test('time: the stage writes dates from meta.published, falling back to the context', () => {
  const text = 'Lavrov arrived on Monday.';
  const { tokens, sentences } = analyzeText(text);
  const base = makeArticle({ text, tokens, sentences });
  const withMeta = makeArticle({ text, tokens, meta: { ...base.meta, published: PUBLISHED } });
  assert.deepEqual(timeStage.run(withMeta, createContext()).dates, [
    { text: 'on Monday', start: 15, end: 24, value: '2024-04-08', valueEnd: null, grain: 'day', rule: 'weekday-past' },
  ]);
  assert.equal(timeStage.run(base, createContext()).dates[0].value, null);
  assert.equal(timeStage.run(base, createContext({ published: '2024-04-10' })).dates[0].value, '2024-04-08');
  const german = makeArticle({ text: 'Er kam am Montag, 8. April 2024.', meta: { ...base.meta, language: 'de' } });
  assert.deepEqual(timeStage.run(german, createContext()).dates, []);
});
