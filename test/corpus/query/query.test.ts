// The corpus queries over a hand-written four-article corpus (corpus.ts): each filter, paging, date bounds, FTS
// escaping, article look-up by id prefix, and the stats.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadFailure } from '../../../src/errors.js';
import {
  corpusStats,
  dateRange,
  ftsTerms,
  getArticle,
  listEntities,
  listEvents,
  listQuotes,
  searchText,
  unmark,
  type QuoteFilter,
  type EventFilter,
} from '../../../src/corpus/query/index.js';
import { ARTICLES, memoryCorpus } from './corpus.js';
import { SCHEMA_VERSION } from '../../../src/corpus/store/schema.js';

const db = memoryCorpus();
const A = ARTICLES.map((a) => a.id); // a1 2024-04-08, b2 2024-05-02T10:30, c3 2024-12-31, d4 2025-01-01T09:15 (c3, d4 one story)
const key = (item: { article: string; quote?: string; event?: string }) => `${A.indexOf(item.article)}:${item.quote ?? item.event}`;

const failsWith = (fn: () => unknown, pattern: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof DyadFailure && /^dyad: /.test(e.message) && !e.message.includes('\n') && pattern.test(e.message));

test('query: quote filters', () => {
  const cases: [QuoteFilter, string[]][] = [
    [{}, ['3:q1', '2:q1', '1:q1', '1:q2', '0:q1', '0:q2']],
    // Surname alone finds the full name; the full name finds an article that only says "Lavrov"; any case.
    [{ speaker: 'Lavrov' }, ['3:q1', '2:q1', '0:q1', '0:q2']],
    [{ speaker: 'sergey LAVROV' }, ['3:q1', '2:q1', '0:q1', '0:q2']],
    [{ speaker: 'Lav' }, []],
    [{ speaker: 'Wang' }, ['1:q1']],
    [{ speaker: 'a spokesman' }, ['1:q2']],
    [{ via: 'tass' }, ['2:q1', '0:q1']],
    [{ via: 'Reuters' }, ['1:q1']],
    // about: an entity the quote mentions (by name, acronym or mention), or words of its text.
    [{ about: 'Ukraine' }, ['3:q1', '2:q1', '0:q1']],
    [{ about: 'NATO' }, ['0:q2']],
    [{ about: 'North Atlantic Treaty Organization' }, ['0:q2']],
    [{ about: 'frank' }, ['1:q2']],
    [{ about: 'Lavrov' }, []],
    // A country takes in its places and nationality words: "USA" is the "United States" mentioned, "CN" China.
    [{ about: 'USA' }, ['3:q1', '2:q1', '1:q1']],
    [{ about: 'America' }, ['3:q1', '2:q1', '1:q1']],
    [{ about: 'CN' }, ['0:q1']],
    [{ about: 'cn' }, []],
    // A country code is not searched as a word ("US" is not "us"); in lower case it is a word.
    [{ about: 'US' }, ['3:q1', '2:q1', '1:q1']],
    [{ about: 'us' }, ['1:q2']],
    [{ about: 'OR' }, ['1:q2']],
    [{ speaker: 'Lavrov', about: 'United States' }, ['3:q1', '2:q1']],
    [{ speaker: 'Lavrov', about: 'Ukraine', via: 'TASS', since: '2024-05' }, ['2:q1']],
    // Inclusive bounds of partial dates.
    [{ until: '2024' }, ['2:q1', '1:q1', '1:q2', '0:q1', '0:q2']],
    [{ since: '2025' }, ['3:q1']],
    [{ since: '2025-01-01', until: '2025-01-01' }, ['3:q1']],
    [{ since: '2024-05', until: '2024-05' }, ['1:q1', '1:q2']],
    [{ since: '2024-05-02', until: '2024-05-02' }, ['1:q1', '1:q2']],
    [{ until: '2024-04-07' }, []],
    [{ since: '2024-12-31', until: '2024-12' }, ['2:q1']],
  ];
  for (const [filter, expected] of cases) {
    const result = listQuotes(db, filter);
    assert.deepEqual(result.items.map(key), expected, JSON.stringify(filter));
    assert.equal(result.total, expected.length, JSON.stringify(filter));
  }
});

test('query: distinct quotes list the words near-duplicate copies repeat once', () => {
  const copies = memoryCorpus();
  // The second wire copy (d4, same story as c3) now carries the very words of c3's quote.
  copies.prepare(`UPDATE quotes SET text = (SELECT text FROM quotes WHERE local_id = 'q1' AND article = 3) WHERE article = 4`).run();
  const all = listQuotes(copies, { speaker: 'Lavrov' });
  const once = listQuotes(copies, { speaker: 'Lavrov', distinct: true });
  assert.deepEqual(all.items.map(key), ['3:q1', '2:q1', '0:q1', '0:q2']);
  assert.deepEqual(once.items.map(key), ['2:q1', '0:q1', '0:q2']);
  assert.equal(once.total, 3);
  assert.equal(once.items[0]!.storyArticles, 2);
  assert.equal(listQuotes(copies, { distinct: true }, { limit: 1, offset: 7 }).total, 5);
  // Different words in the copies stay two rows.
  assert.deepEqual(listQuotes(db, { speaker: 'Lavrov', distinct: true }).items.map(key), ['3:q1', '2:q1', '0:q1', '0:q2']);
});

test('query: a quote row carries its text, offsets, speaker, channel and story', () => {
  const [q] = listQuotes(db, { speaker: 'Lavrov', via: 'TASS', until: '2024-04' }).items;
  assert.ok(q);
  const text = ARTICLES[0]!.text;
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.text, 'talks with China on Ukraine were useful');
  assert.deepEqual([q.speaker, q.speakerActor, q.speakerCountry, q.via, q.kind, q.date, q.outlet], ['Sergey Lavrov', 'RUSGOV', 'RUS', 'TASS', 'indirect', '2024-04-08', 'Wire One']);
  const [copy] = listQuotes(db, { since: '2025' }).items;
  assert.equal(copy!.storyArticles, 2);
  assert.doesNotThrow(() => JSON.stringify(q));
});

test('query: paging keeps the total and the order', () => {
  const all = listQuotes(db, {}, { limit: 100 }).items.map(key);
  const pages = [0, 2, 4, 6].map((offset) => listQuotes(db, {}, { limit: 2, offset }));
  assert.deepEqual(pages.flatMap((p) => p.items.map(key)), all);
  assert.deepEqual(pages.map((p) => [p.total, p.limit, p.offset, p.items.length]), [[6, 2, 0, 2], [6, 2, 2, 2], [6, 2, 4, 2], [6, 2, 6, 0]]);
  assert.equal(listEvents(db, {}, { limit: 0 }).items.length, 0);
  assert.equal(listEvents(db, {}, { limit: 0 }).total, 5);
  failsWith(() => listQuotes(db, {}, { limit: -1 }), /limit/);
  failsWith(() => listQuotes(db, {}, { offset: 1.5 }), /offset/);
  assert.deepEqual([listEvents(db, { distinct: true }, { limit: 1, offset: 9 }).total, listEvents(db, { distinct: true }, { limit: 1 }).total], [4, 4]);
  assert.deepEqual(listEvents(db, { distinct: true }, { limit: 2, offset: 2 }).items.map(key), ['0:v1', '1:v2']);
});

test('query: event filters', () => {
  const cases: [EventFilter, string[]][] = [
    // Dated events newest first; an event with no date last.
    [{}, ['3:v1', '2:v1', '1:v1', '0:v1', '1:v2']],
    [{ source: 'RUS' }, ['3:v1', '2:v1', '0:v1']],
    [{ source: 'rusgov' }, ['3:v1', '2:v1']],
    [{ source: 'CHN', target: 'USA' }, ['1:v1', '1:v2']],
    [{ source: 'CHNGOV', target: 'USAGOV' }, ['1:v1']],
    [{ source: 'China', target: 'US' }, ['1:v1', '1:v2']],
    [{ source: 'Russia' }, ['3:v1', '2:v1', '0:v1']],
    [{ target: 'CHN' }, ['0:v1']],
    [{ root: '11' }, ['3:v1', '2:v1', '1:v2']],
    [{ root: '4' }, ['1:v1', '0:v1']],
    [{ code: '112' }, ['3:v1', '2:v1', '1:v2']],
    [{ code: '1125' }, ['1:v2']],
    [{ code: '043' }, ['1:v1']],
    [{ quad: 3 }, ['3:v1', '2:v1', '1:v2']],
    [{ quad: 'verbal-cooperation' }, ['1:v1', '0:v1']],
    [{ modality: 'reported' }, ['1:v2']],
    [{ actor: 'Lavrov' }, ['3:v1', '2:v1']],
    [{ actor: 'United States' }, ['3:v1', '2:v1', '1:v2']],
    [{ actor: 'USAGOV' }, ['1:v1']],
    [{ country: 'usa' }, ['3:v1', '2:v1', '1:v1', '1:v2']],
    [{ country: 'United States' }, ['3:v1', '2:v1', '1:v1', '1:v2']],
    [{ source: 'RUS', since: '2024-12-31', until: '2024' }, ['2:v1']],
    [{ since: '2024-05', until: '2024-12-30' }, ['1:v1']],
    // One row per corpus event: the two wire copies' reports of one accusation count once, as the first that matches.
    [{ source: 'RUS', distinct: true }, ['2:v1', '0:v1']],
    [{ source: 'RUS', distinct: true, since: '2025' }, ['3:v1']],
    [{ distinct: true }, ['2:v1', '1:v1', '0:v1', '1:v2']],
  ];
  for (const [filter, expected] of cases) {
    const result = listEvents(db, filter);
    assert.deepEqual(result.items.map(key), expected, JSON.stringify(filter));
    assert.equal(result.total, expected.length, JSON.stringify(filter));
  }
});

test('query: an event row names its code and counts its corpus event once per report', () => {
  const items = listEvents(db, { code: '112', source: 'RUS' }).items;
  assert.deepEqual(items.map((e) => [e.name, e.sourceActor, e.targetCountry, e.corpusEvent === items[0]!.corpusEvent, e.mentions, e.articles, e.sources]), [
    ['Accuse', 'RUSGOV', 'USA', true, 2, 2, 2],
    ['Accuse', 'RUSGOV', 'USA', true, 2, 2, 2],
  ]);
  const e = items[1]!;
  assert.equal(ARTICLES[2]!.text.slice(e.start, e.end), e.sentence);
});

test('query: entities aggregated by name and type, top by articles', () => {
  const top = listEntities(db, { top: 3 });
  assert.equal(top.total, 13);
  assert.deepEqual(top.items.map((e) => [e.name, e.type, e.country, e.actor, e.articles, e.mentions]), [
    ['United States', 'GPE', 'USA', 'USA', 3, 5],
    ['Ukraine', 'GPE', 'UKR', 'UKR', 3, 3],
    ['Sergey Lavrov', 'PERSON', 'RUS', 'RUSGOV', 2, 4],
  ]);
  assert.deepEqual(listEntities(db, { type: 'person' }).items.map((e) => e.name), ['Sergey Lavrov', 'Lavrov', 'Wang Yi', 'Antony Blinken']);
  assert.deepEqual(listEntities(db, { name: 'lavrov' }).items.map((e) => [e.name, e.articles, e.first, e.last]), [
    ['Sergey Lavrov', 2, '2024-04-08', '2025-01-01T09:15'],
    ['Lavrov', 1, '2024-12-31', '2024-12-31'],
  ]);
  assert.deepEqual(listEntities(db, { name: 'NATO' }).items.map((e) => e.name), ['North Atlantic Treaty Organization']);
  assert.deepEqual(listEntities(db, { country: 'chn', type: 'GPE' }).items.map((e) => e.name), ['China', 'Beijing']);
  assert.deepEqual(listEntities(db, { country: 'China', type: 'GPE' }).items.map((e) => e.name), ['China', 'Beijing']);
  assert.deepEqual(listEntities(db, {}, { limit: 2, offset: 12 }).items.length, 1);
  failsWith(() => listEntities(db, { type: 'THING' }), /type must be one of/);
  failsWith(() => listEntities(db, { top: 0 }), /top/);
});

test('query: full-text search over articles and quotes with highlighted snippets', () => {
  const hits = searchText(db, 'Taiwan');
  assert.deepEqual(hits.items.map((h) => [h.kind, A.indexOf(h.article), h.quote]).sort(), [['article', 1, null], ['quote', 1, 'q1']]);
  assert.equal(hits.total, 2);
  for (const h of hits.items) {
    assert.ok(h.highlights.length >= 1);
    for (const span of h.highlights) assert.equal(h.snippet.slice(span.start, span.end), 'Taiwan');
  }
  // Title matches count: "Blinken" is in a title and the text of one article.
  assert.deepEqual(searchText(db, 'blinken').items.map((h) => A.indexOf(h.article)), [1]);
  // Several words must all be there.
  assert.deepEqual(searchText(db, 'Lavrov Beijing').items.map((h) => [h.kind, A.indexOf(h.article)]), [['article', 0]]);
  const paged = searchText(db, 'United States', { limit: 1, offset: 1 });
  assert.equal(paged.items.length, 1);
  assert.equal(paged.total, 6);
});

test('query: search input is plain words, FTS5 syntax in it cannot break the query', () => {
  const inputs = ['"Lavrov OR', 'Lavrov OR', 'NOT', 'NEAR(Lavrov', 'title:Lavrov', 'Lav*', '^Lavrov', 'a AND', "Lavrov's", '-Lavrov', 'Lavrov + "'];
  for (const input of inputs) assert.doesNotThrow(() => searchText(db, input), input);
  // OR is a word here, so it must be in the text: only the article and quote saying "or OR" match.
  assert.deepEqual(searchText(db, 'frank OR').items.map((h) => [h.kind, A.indexOf(h.article)]).sort(), [['article', 1], ['quote', 1]]);
  assert.equal(searchText(db, 'Lavrov OR').total, 0);
  assert.equal(searchText(db, '"Lavrov').total, searchText(db, 'Lavrov').total);
  assert.ok(searchText(db, 'Lavrov').total > 0);
  assert.doesNotThrow(() => listQuotes(db, { about: '"NATO OR' }));
  for (const input of [' " ( ', '(((', '"""', '*', '']) failsWith(() => searchText(db, input), /at least one word/);
  assert.deepEqual(
    ['a "b" OR', 'x:y', '  '].map(ftsTerms),
    ['"a" """b""" "OR"', '"x:y"', null],
  );
});

test('query: snippet markers become offsets', () => {
  assert.deepEqual(unmark('the \u0002war\u0003 in \u0002Ukraine\u0003…'), { snippet: 'the war in Ukraine…', highlights: [{ start: 4, end: 7 }, { start: 11, end: 18 }] });
});

test('query: date bounds', () => {
  const cases: [string, { from: string; to: string } | RegExp][] = [
    ['2024', { from: '2024', to: '2025' }],
    ['2024-02', { from: '2024-02', to: '2024-03' }],
    ['2024-12', { from: '2024-12', to: '2025' }],
    ['2024-02-29', { from: '2024-02-29', to: '2024-03' }],
    ['2024-12-31', { from: '2024-12-31', to: '2025' }],
    ['2024-05-01', { from: '2024-05', to: '2024-05-02' }],
    ['2024-01-01', { from: '2024', to: '2024-01-02' }],
    ['2001-01', { from: '2001', to: '2001-02' }],
    ['0999-12-31', { from: '0999-12-31', to: '1000' }],
    [' 2024-01-09 ', { from: '2024-01-09', to: '2024-01-10' }],
    ['2023-02-29', /YYYY-MM-DD/],
    ['2024-13', /YYYY-MM/],
    ['2024-00-10', /YYYY/],
    ['2024-1-5', /YYYY/],
    ['24', /YYYY/],
    ['yesterday', /since must be a date/],
    ['2024-04-08T10:00', /YYYY/],
  ];
  for (const [input, expected] of cases) {
    if (expected instanceof RegExp) failsWith(() => dateRange(input, 'since'), expected);
    else assert.deepEqual(dateRange(input, 'since'), expected, input);
  }
  failsWith(() => listQuotes(db, { since: '2025', until: '2024' }), /since \(2025\) is after until \(2024\)/);
  failsWith(() => listEvents(db, { until: '2024-02-30' }), /^dyad: until must be a date/);
});

test('query: a coarse stored date counts as its first day', () => {
  const coarse = memoryCorpus();
  coarse.prepare(`UPDATE events SET date = '2024-05' WHERE date = '2024-05-02'`).run();
  coarse.prepare(`UPDATE events SET date = '2024' WHERE date = '2024-04-08'`).run();
  const dates = (filter: EventFilter) => listEvents(coarse, filter).items.map((e) => e.date);
  const cases: [EventFilter, (string | null)[]][] = [
    [{ since: '2024-05-01', until: '2024-05-01' }, ['2024-05']],
    [{ since: '2024-05-02' }, ['2025-01-01', '2024-12-31']],
    [{ until: '2024-04-30' }, ['2024']],
    [{ until: '2024-05' }, ['2024-05', '2024']],
    [{ since: '2024-01-01', until: '2024-01-01' }, ['2024']],
    [{ since: '2024-01-02' }, ['2025-01-01', '2024-12-31', '2024-05']],
    [{ since: '2024', until: '2024' }, ['2024-12-31', '2024-05', '2024']],
  ];
  for (const [filter, expected] of cases) assert.deepEqual(dates(filter), expected, JSON.stringify(filter));
});

test('query: event filter values are checked', () => {
  const bad: [EventFilter, RegExp][] = [
    [{ source: 'R' }, /source must be a CAMEO actor code/],
    [{ target: "RUS' OR 1=1" }, /target must be/],
    [{ root: '21' }, /root/],
    [{ code: 'abc' }, /code/],
    [{ quad: 5 }, /quad/],
    [{ modality: 'maybe' }, /modality/],
    [{ country: 'Atlantis' }, /country must be a country/],
  ];
  for (const [filter, pattern] of bad) failsWith(() => listEvents(db, filter), pattern);
});

test('query: an article by id or unique prefix, with its story', () => {
  const full = getArticle(db, A[2]!);
  assert.ok(full);
  assert.equal(full.title, 'Lavrov accuses Washington');
  assert.equal(full.record.text, ARTICLES[2]!.text);
  assert.deepEqual(full.story && [full.story.articles, full.story.first, full.story.copies.map((c) => c.id)], [2, A[2], [A[3]]]);
  assert.equal(getArticle(db, A[3]!.slice(0, 8).toUpperCase())?.id, A[3]);
  assert.equal(getArticle(db, 'abcdef0123'), null);
  assert.equal(getArticle(db, A[0]!.slice(0, 63) + 'f'), null);
  failsWith(() => getArticle(db, 'a1a1a1a'), /no article came in under the input id "a1a1a1a", and an article id is 8 to 64 hex digits/);
  failsWith(() => getArticle(db, '../../etc/passwd'), /hex digits/);
  failsWith(() => getArticle(db, "a1a1a1a1' OR 1=1 --"), /hex digits/);
});

test('query: an ambiguous id prefix is an error', () => {
  const twin = memoryCorpus();
  twin.prepare(`INSERT INTO articles (id, language, text, record, ingested_at) VALUES (?, 'en', 'x', '{}', 'now')`).run('a1a1a1a1' + '0'.repeat(56));
  failsWith(() => getArticle(twin, 'a1a1a1a1'), /matches more than one article/);
  assert.equal(getArticle(twin, 'a1a1a1a1a')?.id, A[0]);
});

test('query: corpus stats', () => {
  assert.deepEqual(corpusStats(db), {
    schemaVersion: SCHEMA_VERSION,
    articles: 4,
    inputs: 0,
    stories: 3,
    outlets: 2,
    entities: 19,
    distinctEntities: 13,
    quotes: 6,
    events: 5,
    corpusEvents: 4,
    failures: 0,
    published: { first: '2024-04-08', last: '2025-01-01T09:15' },
  });
});
