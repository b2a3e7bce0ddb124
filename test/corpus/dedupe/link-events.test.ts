// linkEvents and the event rule: one event told by several articles is one corpus event with its counts; reports
// that differ in code, actors, dates or modality stay apart (must-not table); near-duplicates fold their events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesAgree, linkEvents, sameEvent, type EventReport } from '../../../src/corpus/dedupe/index.js';
import { corpusEventCounts, corpusEventOf, openTestDb, store, type EventSpec } from './helpers.js';
import { FLOOD, FLOOD_WIRE, VISIT_A, VISIT_B } from './texts.js';

const VISIT: EventSpec = { code: '042', source: 'IDNGOV', target: 'JPN', date: '2025-03-04' };

test('dedupe: the same event told by two independent articles is one corpus event (articles 2, sources 2)', () => {
  const db = openTestDb();
  const a = store(db, { text: VISIT_A, outlet: 'Jakarta Post', published: '2025-03-04T09:00', events: [VISIT] });
  const b = store(db, { text: VISIT_B, outlet: 'Japan Times', published: '2025-03-05', events: [{ ...VISIT, date: '2025-03' }] });
  assert.notEqual(a.story, b.story);
  const id = corpusEventOf(db, a.article);
  assert.ok(id !== null);
  assert.equal(corpusEventOf(db, b.article), id);
  assert.deepEqual(corpusEventCounts(db, id), { mentions: 2, articles: 2, sources: 2, stories: 2 });
  const row = db.prepare('SELECT code, source_actor, target_actor, date, first_event FROM corpus_events WHERE id = ?').get(id);
  const firstEvent = db.prepare('SELECT rowid FROM events WHERE article = ?').pluck().get(a.article);
  assert.deepEqual(row, { code: '042', source_actor: 'IDNGOV', target_actor: 'JPN', date: '2025-03-04', first_event: firstEvent });
  assert.equal(db.prepare('SELECT COUNT(*) FROM events WHERE corpus_event = ?').pluck().get(id), 2);
});

test('dedupe: reports that must not become one event (must-not table)', () => {
  const cases: [string, EventSpec, string | null, EventSpec, string | null][] = [
    ['different dates', VISIT, '2025-03-04', { ...VISIT, date: '2025-03-06' }, '2025-03-06'],
    ['different targets', VISIT, '2025-03-04', { ...VISIT, target: 'KOR' }, '2025-03-04'],
    ['different sources', VISIT, '2025-03-04', { ...VISIT, source: 'IDN' }, '2025-03-04'],
    ['negated vs asserted', VISIT, '2025-03-04', { ...VISIT, modality: 'negated' }, '2025-03-04'],
    ['hypothetical vs asserted', VISIT, '2025-03-04', { ...VISIT, modality: 'hypothetical' }, '2025-03-04'],
    ['planned vs asserted', VISIT, '2025-03-04', { ...VISIT, modality: 'planned' }, '2025-03-04'],
    ['different codes of one root', VISIT, '2025-03-04', { ...VISIT, code: '043' }, '2025-03-04'],
    ['no source actor', { ...VISIT, source: null }, '2025-03-04', { ...VISIT, source: null }, '2025-03-04'],
    ['undated, unpublished', { ...VISIT, date: null }, null, { ...VISIT, date: null }, null],
    ['publication dates two days apart', { ...VISIT, date: null }, '2025-03-04', { ...VISIT, date: null }, '2025-03-06'],
    ['own date two days before the other\'s publication', VISIT, '2025-03-04', { ...VISIT, date: null }, '2025-03-06'],
    ['own date after the other\'s publication', { ...VISIT, date: '2025-03-05' }, '2025-03-05', { ...VISIT, date: null }, '2025-03-04'],
    ['a year holds no day', { ...VISIT, date: '2025' }, '2025-03-04', VISIT, '2025-03-04'],
    ['two months', { ...VISIT, date: '2025-03' }, '2025-03-04', { ...VISIT, date: '2025-04' }, '2025-04-04'],
    ['a month and a fallback date', { ...VISIT, date: '2025-03' }, '2025-03-04', { ...VISIT, date: null }, '2025-03-04'],
  ];
  for (const [name, x, px, y, py] of cases) {
    const db = openTestDb();
    const a = store(db, { text: VISIT_A, outlet: 'A', published: px, events: [x] });
    const b = store(db, { text: VISIT_B, outlet: 'B', published: py, events: [y] });
    const ia = corpusEventOf(db, a.article);
    const ib = corpusEventOf(db, b.article);
    assert.ok(ia !== null && ib !== null, name);
    assert.notEqual(ia, ib, name);
    assert.deepEqual(corpusEventCounts(db, ib!), { mentions: 1, articles: 1, sources: 1, stories: 1 }, name);
  }
});

test('dedupe: reports that become one event (table)', () => {
  const cases: [string, EventSpec, string | null, EventSpec, string | null][] = [
    ['same day, both own dates', VISIT, '2025-03-04', VISIT, '2025-03-05'],
    ['a day inside the other\'s month', VISIT, '2025-03-04', { ...VISIT, date: '2025-03' }, '2025-03-01'],
    ['a day inside the other\'s range', VISIT, '2025-03-04', { ...VISIT, date: '2025-03-03', dateEnd: '2025-03-05' }, '2025-03-03'],
    ['publication dates a day apart, neither dated', { ...VISIT, date: null }, '2025-03-04', { ...VISIT, date: null }, '2025-03-05T07:30'],
    ['own date the day before the other\'s publication', VISIT, '2025-03-04', { ...VISIT, date: null }, '2025-03-05'],
    ['asserted and reported', VISIT, '2025-03-04', { ...VISIT, modality: 'reported' }, '2025-03-04'],
    ['no target on either side', { ...VISIT, code: '010', target: null }, '2025-03-04', { ...VISIT, code: '010', target: null }, '2025-03-04'],
    ['both negated', { ...VISIT, modality: 'negated' }, '2025-03-04', { ...VISIT, modality: 'negated' }, '2025-03-04'],
  ];
  for (const [name, x, px, y, py] of cases) {
    const db = openTestDb();
    const a = store(db, { text: VISIT_A, outlet: 'A', published: px, events: [x] });
    const b = store(db, { text: VISIT_B, outlet: 'B', published: py, events: [y] });
    const id = corpusEventOf(db, a.article);
    assert.equal(corpusEventOf(db, b.article), id, name);
    assert.deepEqual(corpusEventCounts(db, id!), { mentions: 2, articles: 2, sources: 2, stories: 2 }, name);
  }
});

test('dedupe: near-duplicate articles fold their events, even without actors or dates', () => {
  const db = openTestDb();
  const events: EventSpec[] = [
    { code: '0233', source: null, target: 'PRTGOV', date: null },
    { code: '043', source: 'PRTGOV', target: null, date: null },
  ];
  const a = store(db, { text: FLOOD, outlet: 'Lusa', published: '2025-01-12', events });
  const b = store(db, { text: FLOOD_WIRE, outlet: 'Reuters', published: '2025-01-14', events });
  assert.equal(a.story, b.story);
  for (const local of ['v1', 'v2']) {
    const id = corpusEventOf(db, a.article, local);
    assert.equal(corpusEventOf(db, b.article, local), id, local);
    assert.deepEqual(corpusEventCounts(db, id!), { mentions: 2, articles: 2, sources: 2, stories: 1 }, local);
  }
  // Own dates that disagree stay apart even inside one story.
  const c = store(db, { text: FLOOD, outlet: 'Lusa', published: '2025-01-12', events: [{ code: '043', source: 'PRTGOV', target: null, date: '2025-01-10' }] });
  const d = store(db, { text: FLOOD_WIRE, outlet: 'AFP', published: '2025-01-12', events: [{ code: '043', source: 'PRTGOV', target: null, date: '2025-01-11' }] });
  assert.equal(c.story, d.story);
  assert.notEqual(corpusEventOf(db, c.article), corpusEventOf(db, d.article));
});

test('dedupe: a third report adds to the counts; a second report by the same outlet adds an article, not a source', () => {
  const db = openTestDb();
  const a = store(db, { text: VISIT_A, outlet: 'Kyodo', published: '2025-03-04', events: [VISIT] });
  store(db, { text: VISIT_B, outlet: 'kyodo', published: '2025-03-04', events: [VISIT] });
  const id = corpusEventOf(db, a.article)!;
  assert.deepEqual(corpusEventCounts(db, id), { mentions: 2, articles: 2, sources: 1, stories: 2 });
  store(db, { text: FLOOD, outlet: 'Antara', published: '2025-03-04', events: [VISIT, { ...VISIT, date: null }] });
  assert.deepEqual(corpusEventCounts(db, id), { mentions: 4, articles: 3, sources: 2, stories: 3 });
});

test('dedupe: linkEvents is idempotent and leaves an article without events alone', () => {
  const db = openTestDb();
  const a = store(db, { text: VISIT_A, published: '2025-03-04', events: [VISIT] });
  const before = db.prepare('SELECT * FROM corpus_events').all();
  linkEvents(db, a.article);
  assert.deepEqual(db.prepare('SELECT * FROM corpus_events').all(), before);
  const b = store(db, { text: FLOOD });
  linkEvents(db, b.article);
  assert.equal(db.prepare('SELECT COUNT(*) FROM corpus_events').pluck().get(), 1);
});

const report = (over: Partial<EventReport>): EventReport => ({
  article: 1, story: 1, code: '042', sourceActor: 'IDNGOV', targetActor: 'JPN', modality: 'asserted',
  date: '2025-03-04', dateEnd: null, ownDate: true, ...over,
});

test('dedupe: the event rule cites the rule that decided (table)', () => {
  const cases: [string, Partial<EventReport>, Partial<EventReport>, boolean, string][] = [
    ['same event', {}, { article: 2, story: 2 }, true, 'same-event'],
    ['same story fold', { sourceActor: null, date: null, ownDate: false }, { article: 2, sourceActor: null, date: null, ownDate: false }, true, 'same-story-fold'],
    ['code', {}, { article: 2, story: 2, code: '043' }, false, 'different-code'],
    ['target', {}, { article: 2, story: 2, targetActor: null }, false, 'different-actors'],
    ['modality', {}, { article: 2, story: 2, modality: 'negated' }, false, 'modality-differs'],
    ['no source', { sourceActor: null }, { article: 2, story: 2, sourceActor: null }, false, 'no-source-actor'],
    ['no dates', { date: null, ownDate: false }, { article: 2, story: 2, date: null, ownDate: false }, false, 'no-dates'],
    ['dates', {}, { article: 2, story: 2, date: '2025-03-05' }, false, 'dates-disagree'],
    ['story, own dates disagree', {}, { article: 2, date: '2025-03-05' }, false, 'dates-disagree'],
    ['same article, undated', { date: null, ownDate: false }, { date: null, ownDate: false }, true, 'same-event'],
  ];
  for (const [name, x, y, same, rule] of cases) {
    assert.deepEqual(sameEvent(report(x), report(y)), { same, rule }, name);
    assert.deepEqual(sameEvent(report(y), report(x)), { same, rule }, `${name} (swapped)`);
  }
});

test('dedupe: dates agree (table)', () => {
  const cases: [string, Partial<EventReport>, Partial<EventReport>, boolean][] = [
    ['same day', {}, { article: 2 }, true],
    ['timestamp and day', { date: '2025-03-04T22:38' }, { article: 2 }, true],
    ['next day', {}, { article: 2, date: '2025-03-05' }, false],
    ['day in month', {}, { article: 2, date: '2025-03' }, true],
    ['day in other month', {}, { article: 2, date: '2025-02' }, false],
    ['day in range', {}, { article: 2, date: '2025-03-01', dateEnd: '2025-03-10' }, true],
    ['range of 40 days', {}, { article: 2, date: '2025-02-01', dateEnd: '2025-03-12' }, false],
    ['day in year', {}, { article: 2, date: '2025' }, false],
    ['fallbacks a day apart', { ownDate: false }, { article: 2, ownDate: false, date: '2025-03-05' }, true],
    ['fallbacks two days apart', { ownDate: false }, { article: 2, ownDate: false, date: '2025-03-06' }, false],
    ['own day before fallback', {}, { article: 2, ownDate: false, date: '2025-03-05' }, true],
    ['own day after fallback', { date: '2025-03-06' }, { article: 2, ownDate: false, date: '2025-03-05' }, false],
    ['unreadable date', { date: 'Monday' }, { article: 2 }, false],
  ];
  for (const [name, x, y, agree] of cases) {
    assert.equal(datesAgree(report(x), report(y)), agree, name);
    assert.equal(datesAgree(report(y), report(x)), agree, `${name} (swapped)`);
  }
});
