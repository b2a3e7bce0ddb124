// time: the parser gates of lexicon/chrono-gates.ts. Each entry names a parser chrono still has, its example is read
// by that parser with the gate open, and a gated parse gives exactly what chrono.casual gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { chronoFor } from './find-chrono-dates.js';
import { CHRONO_GATES } from './lexicon/chrono-gates.js';
import { FALSE_DATES } from './lexicon/false-dates.js';
import { PERIOD_MODIFIERS } from './lexicon/periods.js';
import { YEAR_CUES } from './lexicon/year-cues.js';
import { FUTURE_MARKERS } from './lexicon/future-markers.js';

const INSTANT = new Date(2024, 3, 8, 22, 38);
const OPTION = { forwardDate: false };
const readout = (results: chrono.ParsedResult[]) =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString(), [...r.start.tags()].sort(), r.end?.date().toISOString() ?? null]);

test('time: chrono gates: each entry names a parser of chrono.casual, once', () => {
  const names = chrono.casual.parsers.map((p) => p.constructor.name);
  for (const entry of CHRONO_GATES) assert.ok(names.includes(entry.parser), `${entry.parser}: not a parser of chrono.casual`);
  assert.equal(new Set(CHRONO_GATES.map((e) => e.parser)).size, CHRONO_GATES.length);
});

test('time: chrono gates: each example is read by its parser, and the gate lets it through', () => {
  for (const entry of CHRONO_GATES) {
    const parser = chrono.casual.parsers.find((p) => p.constructor.name === entry.parser)!;
    const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
    assert.ok(alone.parse(entry.example, INSTANT, OPTION).length > 0, `${entry.parser}: reads nothing in "${entry.example}"`);
    for (const re of entry.needs) assert.ok(re.test(entry.example), `${entry.parser}: ${re} shuts "${entry.example}"`);
  }
});

test('time: chrono gates: a gated parse gives what chrono.casual gives', () => {
  const texts = [
    ...[...CHRONO_GATES, ...FALSE_DATES, ...PERIOD_MODIFIERS, ...YEAR_CUES, ...FUTURE_MARKERS].map((e) => e.example),
    'He said so. Nothing else happened.',
    'The vote is at 10 a.m. on Tuesday, and the count ends by midnight.',
    'The plan, agreed on 26 December 2023 and revised three weeks later, runs from Monday to Friday.',
    'Shares rose 5% to 120.5p - a 2-1 win after 90 minutes; see 3/4 of 2019/20.',
    'It happened last night. Earlier this month the fund, due in 2 days, closed at the end of the month.',
    'Sun Yat-sen founded the party; Mon Repos stood empty until the weekend.',
  ];
  for (const text of texts) {
    const gated = chronoFor(text);
    const got = gated ? readout(gated.parse(text, INSTANT, OPTION)) : [];
    assert.deepEqual(got, readout(chrono.casual.parse(text, INSTANT, OPTION)), text);
  }
});
