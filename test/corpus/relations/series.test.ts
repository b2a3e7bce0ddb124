import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relationSeries } from '../../../src/corpus/relations/series.js';
import { parseSide } from '../../../src/corpus/relations/sides.js';
import { isoWeek, dayNumber, periodOf, periodDays } from '../../../src/corpus/relations/periods.js';
import { DyadFailure } from '../../../src/errors.js';
import { TestCorpus } from './corpus.js';

// China and the United States over April–June 2024 (2024-04-08 is the Monday of ISO week 15).
function chinaUsa(): TestCorpus {
  const c = new TestCorpus();
  c.event({ source: 'CHNGOV', target: 'USA', code: '042', quad: 1, goldstein: 1.9, date: '2024-04-08', copies: 2 });
  c.event({ source: 'USAGOV', target: 'CHN', code: '112', quad: 3, goldstein: -2, date: '2024-04-10' });
  c.event({ source: 'CHNGOV', target: 'USAMIL', code: '190', quad: 4, goldstein: -10, date: '2024-04-16' });
  c.event({ source: 'CHN', target: 'USA', code: '057', quad: 1, goldstein: 8, date: '2024-04-17', modality: 'planned' });
  c.event({ source: 'CHN', target: 'RUS', code: '042', quad: 1, goldstein: 1.9, date: '2024-04-09' });
  c.event({ source: 'USA', target: 'CHN', code: '061', quad: 2, goldstein: 6.4, date: '2024-06-03' });
  c.event({ source: 'CHN', target: 'USA', code: '036', quad: 1, goldstein: 4, date: '2024-05' });
  // One quote carried by two copies of one story counts once; a quote about Russia does not count.
  c.quote({ speakerActor: 'CHNGOV', speakerCountry: 'CHN', about: [{ country: 'USA', actor: 'USA' }], text: 'Washington must stop.', date: '2024-04-09', story: 7 });
  c.quote({ speakerActor: 'CHNGOV', speakerCountry: 'CHN', about: [{ country: 'USA', actor: 'USA' }], text: 'Washington must stop.', date: '2024-04-09T12:00', story: 7 });
  c.quote({ speakerActor: 'CHNGOV', speakerCountry: 'CHN', about: [{ country: 'RUS', actor: 'RUS' }], text: 'Moscow is a friend.', date: '2024-04-09' });
  c.quote({ speakerActor: 'USAGOV', speakerCountry: 'USA', about: [{ country: 'CHN', actor: 'CHNGOV' }], text: 'Beijing was wrong.', date: '2024-06-04' });
  return c;
}

describe('relations: weekly series', () => {
  const { db } = chinaUsa();
  const s = relationSeries(db, 'CHN', 'USA', { by: 'week' });
  const at = (p: string) => s.periods.find((r) => r.period === p)!;

  test('relations: periods run from the first to the last week of the data, empty weeks as zeros', () => {
    assert.deepEqual(s.periods.map((p) => p.period), ['2024-W15', '2024-W16', '2024-W17', '2024-W18', '2024-W19', '2024-W20', '2024-W21', '2024-W22', '2024-W23']);
    assert.deepEqual({ start: at('2024-W15').start, end: at('2024-W15').end }, { start: '2024-04-08', end: '2024-04-14' });
    assert.equal(at('2024-W19').total.events, 0);
    assert.equal(at('2024-W19').total.goldsteinMean, null);
  });

  test('relations: each direction and the total, by quad class, with Goldstein sum and mean', () => {
    const w15 = at('2024-W15');
    assert.equal(w15.ab.events, 1);
    assert.equal(w15.ab.verbalCooperation, 1);
    assert.equal(w15.ab.mentions, 3, 'one corpus event told by three articles: counted once, three mentions');
    assert.equal(w15.ab.goldsteinSum, 1.9);
    assert.equal(w15.ba.verbalConflict, 1);
    assert.equal(w15.ba.goldsteinSum, -2);
    assert.equal(w15.total.events, 2);
    assert.equal(w15.total.goldsteinSum, -0.1);
    assert.equal(w15.total.goldsteinMean, -0.05);
  });

  test('relations: planned events are counted apart, out of the Goldstein sums', () => {
    const w16 = at('2024-W16');
    assert.equal(w16.ab.events, 1);
    assert.equal(w16.ab.materialConflict, 1);
    assert.equal(w16.ab.goldsteinSum, -10);
    assert.equal(w16.ab.nonFactual, 1);
  });

  test('relations: quotes by one side about the other, once per story', () => {
    assert.equal(at('2024-W15').ab.quotes, 1);
    assert.equal(at('2024-W23').ba.quotes, 1);
    assert.equal(s.totals.total.quotes, 2);
  });

  test('relations: totals include a month-dated event the weekly periods cannot place', () => {
    assert.equal(s.totals.ab.events, 3);
    assert.equal(s.totals.ab.goldsteinSum, -4.1);
    assert.equal(s.totals.ba.events, 2);
    assert.equal(s.totals.total.events, 5);
    assert.equal(s.totals.total.goldsteinSum, 0.3);
    assert.equal(s.totals.total.goldsteinMean, 0.06);
    assert.deepEqual(s.unplaced, { events: 1, quotes: 0 });
  });
});

describe('relations: monthly series and bounds', () => {
  const { db } = chinaUsa();

  test('relations: months, the month-dated event in its month, an empty month in between is none here', () => {
    const s = relationSeries(db, 'China', 'United States', { by: 'month' });
    assert.deepEqual(
      s.periods.map((p) => [p.period, p.total.events, p.total.goldsteinSum]),
      [['2024-04', 3, -10.1], ['2024-05', 1, 4], ['2024-06', 1, 6.4]],
    );
    assert.deepEqual(s.unplaced, { events: 0, quotes: 0 });
  });

  test('relations: since and until set the periods, empty ones included', () => {
    const s = relationSeries(db, 'CN', 'US', { by: 'week', since: '2024-04-01', until: '2024-04' });
    assert.deepEqual(s.periods.map((p) => p.period), ['2024-W14', '2024-W15', '2024-W16', '2024-W17', '2024-W18']);
    assert.equal(s.totals.total.events, 3);
    assert.equal(s.totals.total.nonFactual, 1);
  });

  test('relations: daily periods', () => {
    const s = relationSeries(db, 'CHN', 'USA', { by: 'day', since: '2024-04-08', until: '2024-04-10' });
    assert.deepEqual(s.periods.map((p) => [p.period, p.total.events, p.total.quotes]), [['2024-04-08', 1, 0], ['2024-04-09', 0, 1], ['2024-04-10', 1, 0]]);
  });

  test('relations: includeNonFactual counts the planned event in the sums', () => {
    const s = relationSeries(db, 'CHN', 'USA', { by: 'month', includeNonFactual: true });
    assert.equal(s.totals.total.events, 6);
    assert.equal(s.totals.total.nonFactual, 0);
    assert.equal(s.totals.total.goldsteinSum, 8.3);
  });

  test('relations: directed totals count A→B only', () => {
    const s = relationSeries(db, 'CHN', 'USA', { by: 'month', directed: true });
    assert.equal(s.totals.total.events, 3);
    assert.equal(s.totals.total.quotes, 1);
    assert.equal(s.totals.ba.events, 2);
  });

  test('relations: a CAMEO actor prefix narrows a side', () => {
    const s = relationSeries(db, 'CHNGOV', 'USAMIL', { by: 'month' });
    assert.equal(s.totals.total.events, 1);
    assert.equal(s.totals.total.materialConflict, 1);
  });

  test('relations: no events at all gives no periods and zero totals', () => {
    const s = relationSeries(db, 'FRA', 'DEU', { by: 'week' });
    assert.deepEqual(s.periods, []);
    assert.equal(s.totals.total.events, 0);
  });
});

describe('relations: sides', () => {
  const table: [string, string, string | null][] = [
    ['CHN', 'CHN', 'CHN'],
    ['chn', 'CHN', 'CHN'],
    ['CN', 'CHN', 'CHN'],
    ['China', 'CHN', 'CHN'],
    ['Britain', 'GBR', 'GBR'],
    ['United States', 'USA', 'USA'],
    ['Germany', 'DEU', 'DEU'],
    ['RUSGOV', 'RUSGOV', null],
    ['IGOUNO', 'IGOUNO', null],
  ];
  for (const [input, code, country] of table) {
    test(`relations: side "${input}" is ${code}`, () => {
      const side = parseSide(input);
      assert.equal(side.code, code);
      assert.equal(side.country, country);
    });
  }

  test('relations: must-not: accept a word that is neither a country nor a code', () => {
    assert.throws(() => parseSide('Atlantis and friends'), (e: unknown) => e instanceof DyadFailure && e.message.startsWith('dyad:'));
    assert.throws(() => parseSide('Rusgov'), DyadFailure);
  });

  test('relations: must-not: pair overlapping sides (USA and USAGOV)', () => {
    const { db } = chinaUsa();
    assert.throws(() => relationSeries(db, 'USA', 'USAGOV'), /overlap/);
    assert.throws(() => relationSeries(db, 'USA', 'CHN', { by: 'year' as never }), /--by/);
    assert.throws(() => relationSeries(db, 'USA', 'CHN', { since: '2024-13' }), /since/);
  });
});

describe('relations: periods', () => {
  const weeks: [string, string][] = [
    ['2024-04-08', '2024-W15'],
    ['2024-04-14', '2024-W15'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
  ];
  for (const [day, week] of weeks) {
    test(`relations: ${day} is in ISO week ${week}`, () => {
      assert.equal(isoWeek(dayNumber(day)), week);
      const { start, end } = periodDays(week, 'week');
      assert.ok(start <= day && day <= end, `${start}..${end}`);
    });
  }
  test('relations: a date coarser than the period has none', () => {
    assert.equal(periodOf('2024-04', 'week'), null);
    assert.equal(periodOf('2024', 'month'), null);
    assert.equal(periodOf('2024-04-08T22:38', 'month'), '2024-04');
    assert.equal(periodOf(null, 'day'), null);
  });
});
