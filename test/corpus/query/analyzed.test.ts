// The queries over a corpus built the real way: short articles analyzed by the pipeline and stored with STORE's
// openCorpus + insertRecord (DEDUPE's story grouping and event linking included).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, createContext, toRecord, type ArticleRecord } from '../../../src/index.js';
import { openCorpus, insertRecord, SCHEMA_VERSION } from '../../../src/corpus/store/index.js';
import { corpusStats, getArticle, listEntities, listEvents, listQuotes, searchText } from '../../../src/corpus/query/index.js';

const ctx = createContext();
function record(text: string, published: string, outlet: string, inputId: string): ArticleRecord {
  const result = analyze({ text, trusted: true, published, outlet, inputId, origin: inputId }, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return toRecord(result.article);
}

const TEXTS: [string, string, string][] = [
  [
    'Russian Foreign Minister Sergey Lavrov said on Monday that the talks with China about Ukraine had been useful, TASS reported.\n\n' +
      '"We will never accept the expansion of NATO," Lavrov told reporters in Moscow.',
    '2024-04-08T10:00',
    'Wire One',
  ],
  [
    'Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing on Friday.\n\n' +
      '"Washington must stop interfering in Taiwan," Wang said after the meeting.',
    '2024-05-03T09:00',
    'Daily Two',
  ],
  [
    'Russia accused the United States of prolonging the war in Ukraine on Tuesday.\n\n' +
      '"The Americans want this war to continue," Lavrov said in an interview with RIA Novosti.',
    '2024-12-31T08:00',
    'Wire One',
  ],
];

const corpus = openCorpus(':memory:');
const ids = TEXTS.map(([text, published, outlet], i) => {
  const r = record(text, published, outlet, `t${i}`);
  assert.equal(insertRecord(corpus, r).status, 'new');
  return r.id;
});
const { db } = corpus;

test('query: analyzed articles — what Lavrov said, and about what', () => {
  const all = listQuotes(db, { speaker: 'Lavrov' });
  assert.deepEqual(all.items.map((q) => ids.indexOf(q.article)).sort(), [0, 0, 2]);
  for (const q of all.items) assert.match(q.speaker ?? '', /Lavrov/);
  const ukraine = listQuotes(db, { speaker: 'Sergey Lavrov', about: 'Ukraine' });
  assert.deepEqual(ukraine.items.map((q) => q.text), ['the talks with China about Ukraine had been useful']);
  assert.equal(ukraine.items[0]!.via, 'TASS');
  assert.deepEqual(listQuotes(db, { speaker: 'Lavrov', about: 'NATO' }).items.map((q) => q.text), ['We will never accept the expansion of NATO']);
  assert.deepEqual(listQuotes(db, { speaker: 'Lavrov', since: '2024-12' }).items.map((q) => ids.indexOf(q.article)), [2]);
  assert.deepEqual(listQuotes(db, { speaker: 'Wang' }).items.map((q) => q.text), ['Washington must stop interfering in Taiwan']);
});

test('query: analyzed articles — events by country and date', () => {
  const rus = listEvents(db, { source: 'RUS', target: 'USA' });
  assert.ok(rus.total >= 1, JSON.stringify(listEvents(db, {}).items.map((e) => [e.code, e.sourceActor, e.targetActor])));
  for (const e of rus.items) {
    assert.equal(ids.indexOf(e.article), 2);
    assert.equal(e.root, '11');
  }
  const meetings = listEvents(db, { source: 'CHN', since: '2024-05', until: '2024-05' });
  assert.ok(meetings.items.some((e) => e.code.startsWith('04') && e.targetCountry === 'USA'), JSON.stringify(meetings.items.map((e) => [e.code, e.targetCountry])));
  assert.equal(listEvents(db, { source: 'CHN', until: '2024-04' }).total, 0);
});

test('query: analyzed articles — entities, search, show and stats', () => {
  const people = listEntities(db, { type: 'PERSON' }).items.map((e) => e.name);
  assert.ok(people.includes('Sergey Lavrov') && people.includes('Wang Yi'), people.join(', '));
  assert.deepEqual(searchText(db, 'Taiwan').items.map((h) => [h.kind, ids.indexOf(h.article)]).sort(), [['article', 1], ['quote', 1]]);
  const view = getArticle(db, ids[1]!.slice(0, 12));
  assert.equal(view?.record.id, ids[1]);
  assert.equal(view?.outlet, 'Daily Two');
  const stats = corpusStats(db);
  assert.deepEqual([stats.schemaVersion, stats.articles, stats.quotes, stats.outlets], [SCHEMA_VERSION, 3, listQuotes(db).total, 2]);
  assert.ok(stats.events >= 2 && stats.corpusEvents >= 1 && stats.corpusEvents <= stats.events);
});
