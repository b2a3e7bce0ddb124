import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { configurationOf, sideState, triangle, type SideState } from '../../../src/corpus/relations/triangle.js';
import { TestCorpus } from './corpus.js';

type Kind = 'amity' | 'enmity' | 'mixed' | 'unknown';

/** Writes events that make the side x–y the given kind (both directions used, so pooling is exercised). */
function side(c: TestCorpus, x: string, y: string, kind: Kind, day = 1): void {
  const date = (i: number) => `2024-04-${String(day + i).padStart(2, '0')}`;
  const coop = (i: number, from = x, to = y) => c.event({ source: from, target: to, code: '042', quad: 1, goldstein: 1.9, date: date(i) });
  const conflict = (i: number, from = x, to = y) => c.event({ source: from, target: to, code: '112', quad: 3, goldstein: -2, date: date(i) });
  if (kind === 'amity') [coop(0), coop(1, y, x), coop(2)];
  if (kind === 'enmity') [conflict(0), conflict(1, y, x), conflict(2)];
  if (kind === 'mixed') [coop(0), coop(1, y, x), conflict(2), conflict(3, y, x)];
  if (kind === 'unknown') coop(0);
}

function corpus(ab: Kind, bc: Kind, ca: Kind) {
  const c = new TestCorpus();
  side(c, 'USA', 'GBR', ab, 1);
  side(c, 'GBR', 'FRA', bc, 10);
  side(c, 'FRA', 'USA', ca, 20);
  return triangle(c.db, 'USA', 'GBR', 'FRA');
}

describe('relations: triangle configurations', () => {
  test('relations: three amities are a ménage à trois', () => {
    const t = corpus('amity', 'amity', 'amity');
    assert.deepEqual(t.sides.map((s) => s.state), ['amity', 'amity', 'amity']);
    assert.equal(t.configuration.kind, 'menage-a-trois');
  });

  test('relations: two amities around one pivot whose wings are enemies are a romantic triangle', () => {
    const t = corpus('amity', 'enmity', 'amity');
    assert.equal(t.configuration.kind, 'romantic-triangle');
    if (t.configuration.kind !== 'romantic-triangle') return;
    assert.equal(t.configuration.pivot.code, 'USA');
    assert.deepEqual(t.configuration.wings.map((w) => w.code).sort(), ['FRA', 'GBR']);
    assert.match(t.summary, /USA is the pivot/);
  });

  test('relations: the pivot is whichever vertex both amities share', () => {
    const t = corpus('enmity', 'amity', 'amity');
    assert.equal(t.configuration.kind === 'romantic-triangle' && t.configuration.pivot.code, 'FRA');
  });

  test('relations: one amity and two enmities are a stable marriage with a pariah', () => {
    const t = corpus('enmity', 'amity', 'enmity');
    assert.equal(t.configuration.kind, 'stable-marriage');
    if (t.configuration.kind !== 'stable-marriage') return;
    assert.deepEqual(t.configuration.couple.map((s) => s.code), ['GBR', 'FRA']);
    assert.equal(t.configuration.pariah.code, 'USA');
  });

  test('relations: three enmities are a unit veto', () => {
    assert.equal(corpus('enmity', 'enmity', 'enmity').configuration.kind, 'unit-veto');
  });

  test('relations: a mixed or unknown side leaves the triangle undetermined, naming the side', () => {
    const t = corpus('mixed', 'unknown', 'amity');
    assert.equal(t.configuration.kind, 'undetermined');
    if (t.configuration.kind !== 'undetermined') return;
    assert.deepEqual(t.configuration.sides.map((s) => [s.name, s.state]), [['AB', 'mixed'], ['BC', 'unknown']]);
    assert.match(t.summary, /AB is mixed, BC is unknown \(no evidence\)/);
  });

  test('relations: must-not: guess a side without evidence', () => {
    const t = triangle(new TestCorpus().db, 'USA', 'GBR', 'FRA');
    assert.deepEqual(t.sides.map((s) => s.state), ['unknown', 'unknown', 'unknown']);
    assert.ok(t.sides.every((s) => s.reason.startsWith('no evidence') && s.evidence.length === 0));
    assert.equal(t.configuration.kind, 'undetermined');
  });

  test('relations: since and until bound the evidence', () => {
    const c = new TestCorpus();
    side(c, 'USA', 'GBR', 'amity', 1);
    const t = triangle(c.db, 'USA', 'GBR', 'FRA', { since: '2024-05' });
    assert.equal(t.sides[0].state, 'unknown');
  });
});

describe('relations: side states', () => {
  const table: [number, number, number | null, SideState, number | null][] = [
    [5, 1, 2, 'amity', 0.67],
    [1, 5, -3, 'enmity', -0.67],
    [13, 7, 0.5, 'amity', 0.3],
    [7, 13, -0.5, 'enmity', -0.3],
    [3, 2, 1, 'mixed', 0.2],
    [4, 1, -1.5, 'mixed', 0.6],
    [1, 4, 1.5, 'mixed', -0.6],
    [2, 0, 3, 'unknown', 1],
    [0, 0, null, 'unknown', null],
  ];
  for (const [coop, conflict, mean, state, share] of table) {
    test(`relations: ${coop} cooperation, ${conflict} conflict, Goldstein mean ${mean} is ${state}`, () => {
      const s = sideState(coop, conflict, mean);
      assert.equal(s.state, state);
      assert.equal(s.share, share);
    });
  }

  test('relations: configurationOf is pure over states', () => {
    const ends = (a: string, b: string) => [{ input: a, code: a, country: a, label: a }, { input: b, code: b, country: b, label: b }] as [never, never];
    const sideOf = (name: 'AB' | 'BC' | 'CA', e: [never, never], state: SideState) =>
      ({ name, ends: e, state, reason: '', cooperation: 0, conflict: 0, share: null, goldsteinMean: null, nonFactual: 0, evidence: [] });
    const c = configurationOf([sideOf('AB', ends('X', 'Y'), 'enmity'), sideOf('BC', ends('Y', 'Z'), 'enmity'), sideOf('CA', ends('Z', 'X'), 'amity')]);
    assert.equal(c.kind === 'stable-marriage' && c.pariah.code, 'Y');
  });
});

describe('relations: triangle evidence', () => {
  test('relations: the deciding events, strongest Goldstein and most reported, with article and sentence', () => {
    const c = new TestCorpus();
    c.event({ source: 'USA', target: 'GBR', code: '042', quad: 1, goldstein: 1.9, date: '2024-04-01', copies: 4, sentence: 'The president visited London.' });
    c.event({ source: 'GBR', target: 'USA', code: '061', quad: 2, goldstein: 6.4, date: '2024-04-02', sentence: 'Britain and the US agreed to trade more.' });
    c.event({ source: 'USA', target: 'GBR', code: '043', quad: 1, goldstein: 2.8, date: '2024-04-03' });
    c.event({ source: 'USA', target: 'GBR', code: '051', quad: 1, goldstein: 3.4, date: '2024-04-04' });
    c.event({ source: 'USA', target: 'GBR', code: '195', quad: 4, goldstein: -10, date: '2024-04-05', modality: 'hypothetical' });
    const ab = triangle(c.db, 'USA', 'GBR', 'FRA').sides[0];
    assert.equal(ab.state, 'amity');
    assert.equal(ab.nonFactual, 1);
    const strongest = ab.evidence.find((e) => e.ranked.includes('goldstein'))!;
    assert.equal(strongest.sentence, 'Britain and the US agreed to trade more.');
    assert.match(strongest.article, /^art\d{4}$/);
    const most = ab.evidence.find((e) => e.mentions === 5)!;
    assert.ok(most.ranked.includes('mentions'));
    assert.equal(most.sentence, 'The president visited London.');
    assert.ok(!ab.evidence.some((e) => e.code === '195'), 'a hypothetical attack decides nothing');
    assert.ok(ab.evidence.length <= 6);
  });
});
