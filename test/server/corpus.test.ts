// The corpus routes over a small corpus built by the API itself (POST /extract with store: true): each route's happy
// path, its filters, and its bad requests (bad filters, unknown or traversing article ids, no corpus open).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/index.js';
import { openCorpus, type Corpus } from '../../src/corpus/store/index.js';
import type { ArticleRecord } from '../../src/index.js';

const ARTICLES = [
  {
    published: '2024-04-08',
    text:
      'Lavrov arrives in Beijing\n\n' +
      'Russian Foreign Minister Sergey Lavrov arrived in Beijing on Monday for talks with Chinese Foreign Minister Wang Yi.\n\n' +
      '"Our partnership is stronger than ever," Lavrov told reporters.\n\n' +
      'China and Russia signed an agreement on energy cooperation on Tuesday.\n',
  },
  {
    published: '2024-05-16',
    text:
      'Putin visits China\n\n' +
      'Russian President Vladimir Putin visited China on Thursday and praised Chinese President Xi Jinping.\n\n' +
      'The United States criticized China for its support of Russia, US Secretary of State Antony Blinken said.\n',
  },
];

let corpus: Corpus;
let app: ReturnType<typeof createApp>;
let ids: string[] = [];

const get = async <T>(path: string, status = 200): Promise<T> => {
  const res = await app.request(path);
  const body = await res.json();
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body as T;
};

before(async () => {
  corpus = openCorpus(':memory:');
  app = createApp({ corpus });
  for (const a of ARTICLES) {
    const res = await app.request('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...a, store: true }) });
    const body = (await res.json()) as { records: ArticleRecord[]; stored: { status: string }[] };
    assert.equal(res.status, 200);
    assert.equal(body.stored[0]!.status, 'new');
    ids.push(body.records[0]!.id);
  }
});

after(() => corpus.close());

type List<T> = { total: number; limit: number; offset: number; items: T[] };

test('server: /stats counts the corpus', async () => {
  const stats = await get<{ corpus: boolean; articles: number; events: number; schemaVersion: number }>('/stats');
  assert.equal(stats.corpus, true);
  assert.equal(stats.articles, 2);
  assert.ok(stats.events > 0);
  assert.deepEqual(await (await createApp().request('/stats')).json(), { corpus: false });
});

test('server: /articles pages newest first, with date filters', async () => {
  const all = await get<List<{ id: string; published: string; events: number }>>('/articles');
  assert.equal(all.total, 2);
  assert.deepEqual(all.items.map((a) => a.id), [ids[1], ids[0]]);
  const page = await get<List<{ id: string }>>('/articles?limit=1&offset=1');
  assert.deepEqual([page.limit, page.offset, page.items.map((a) => a.id)], [1, 1, [ids[0]]]);
  const april = await get<List<{ id: string }>>('/articles?since=2024-04&until=2024-04');
  assert.deepEqual(april.items.map((a) => a.id), [ids[0]]);
});

test('server: /articles/{id} gives the record by id or prefix, with CAMEO names', async () => {
  const full = await get<{ id: string; record: ArticleRecord; cameo: Record<string, string> }>(`/articles/${ids[0]}`);
  assert.equal(full.record.id, ids[0]);
  assert.match(full.record.text, /Sergey Lavrov arrived in Beijing/);
  for (const e of full.record.events) assert.equal(typeof full.cameo[e.code], 'string');
  const byPrefix = await get<{ id: string }>(`/articles/${ids[0]!.slice(0, 10)}`);
  assert.equal(byPrefix.id, ids[0]);
});

test('server: /entities, /quotes, /events and /search answer with the CLI filters', async () => {
  const lavrov = await get<List<{ name: string; type: string; articles: number }>>('/entities?name=Lavrov');
  assert.deepEqual(lavrov.items.map((e) => [e.name, e.type, e.articles]), [['Sergey Lavrov', 'PERSON', 1]]);
  const people = await get<List<{ type: string }>>('/entities?type=PERSON&limit=100');
  assert.ok(people.items.length >= 4 && people.items.every((e) => e.type === 'PERSON'));
  const quotes = await get<List<{ speaker: string; text: string; article: string }>>('/quotes?speaker=Lavrov');
  assert.equal(quotes.total, 1);
  assert.equal(quotes.items[0]!.text, 'Our partnership is stronger than ever');
  assert.equal(quotes.items[0]!.article, ids[0]);
  const none = await get<List<unknown>>('/quotes?speaker=Lavrov&since=2024-05');
  assert.equal(none.total, 0);
  const events = await get<List<{ code: string; name: string; sourceActor: string; sentence: string }>>('/events?source=RUS&limit=100');
  assert.ok(events.total > 0);
  for (const e of events.items) {
    assert.match(e.sourceActor, /^RUS/);
    assert.equal(typeof e.name, 'string');
    assert.ok(e.sentence.length > 0);
  }
  const visits = await get<List<{ code: string }>>('/events?root=04');
  assert.ok(visits.items.every((e) => e.code.startsWith('04')));
  const hits = await get<List<{ kind: string; article: string }>>('/search?q=energy%20cooperation');
  assert.ok(hits.items.some((h) => h.article === ids[0]));
});

test('server: /relations gives a series per period and /triangle three sides', async () => {
  const series = await get<{ a: { code: string }; b: { code: string }; by: string; periods: { period: string; total: { events: number } }[] }>('/relations?a=RUS&b=CHN&by=month');
  assert.deepEqual([series.a.code, series.b.code, series.by], ['RUS', 'CHN', 'month']);
  assert.ok(series.periods.some((p) => p.period === '2024-04' && p.total.events > 0), JSON.stringify(series.periods.map((p) => [p.period, p.total.events])));
  const t = await get<{ sides: { name: string; state: string; evidence: unknown[] }[]; configuration: { kind: string }; summary: string }>('/triangle?a=CHN&b=RUS&c=USA');
  assert.deepEqual(t.sides.map((s) => s.name), ['AB', 'BC', 'CA']);
  assert.ok(['amity', 'enmity', 'mixed', 'unknown'].includes(t.sides[0]!.state));
  assert.equal(typeof t.summary, 'string');
});

test('server: bad corpus requests get 4xx with a message and never touch a file', async () => {
  const cases: [path: string, status: number, message: RegExp][] = [
    ['/articles/..%2F..%2Fetc%2Fpasswd', 400, /bad path for \/articles\/\{id\}: id: expected an article id/],
    ['/articles/../../etc/passwd', 404, /no route/],
    ['/articles/%2e%2e%2f%2e%2e%2fpackage.json', 400, /expected an article id/],
    [`/articles/${'0'.repeat(64)}`, 404, /no article 0{64} in the corpus/],
    ['/articles?limit=0', 400, /limit: Too small/],
    ['/articles?limit=abc', 400, /limit: Invalid input: expected number/],
    ['/articles?limit=5&limit=6', 400, /"limit" is given 2 times/],
    ['/quotes?since=April', 400, /since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
    ['/events?root=x', 400, /root: expected a two-digit CAMEO root/],
    ['/events?source=R%27%3B--', 400, /source: expected a CAMEO actor or country code/],
    ['/entities?type=ANIMAL', 400, /type: Invalid option/],
    ['/search', 400, /q: Invalid input: expected string/],
    ['/relations?a=RUS', 400, /b: Invalid input: expected string/],
    ['/relations?a=RUS&b=CHN&by=year', 400, /by: Invalid option/],
    ['/relations?a=Narnia&b=CHN', 400, /"Narnia" is neither a country/],
    ['/triangle?a=CHN&b=RUS', 400, /c: Invalid input/],
  ];
  for (const [path, status, message] of cases) {
    const res = await app.request(path);
    const body = (await res.json()) as { error: string };
    assert.equal(res.status, status, `${path}: ${JSON.stringify(body)}`);
    assert.match(body.error, /^dyad: /, path);
    assert.match(body.error, message, path);
    assert.doesNotMatch(body.error, /root:x:0:0|"name": "dyad"/, `${path} leaks a file`);
  }
});

test('server: corpus routes without a corpus answer 503 saying how to open one', async () => {
  const bare = createApp();
  for (const path of ['/articles', `/articles/${'a'.repeat(64)}`, '/entities', '/quotes', '/events', '/search?q=x', '/relations?a=CHN&b=USA', '/triangle?a=CHN&b=RUS&c=USA']) {
    const res = await bare.request(path);
    assert.equal(res.status, 503, path);
    assert.match(((await res.json()) as { error: string }).error, /^dyad: no corpus database is open; start the server with dyad serve --db PATH$/);
  }
});

test('server: kept answers are dropped when the corpus changes, by this server or another process', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cache-'));
  const path = join(dir, 'corpus.db');
  const mine = openCorpus(path);
  const other = openCorpus(path);
  try {
    const cached = createApp({ corpus: mine });
    const total = async () => {
      const res = await cached.request('/articles');
      return [((await res.json()) as List<unknown>).total, res.headers.get('x-dyad-cache')];
    };
    assert.deepEqual(await total(), [0, null]);
    assert.deepEqual(await total(), [0, 'hit']);
    await cached.request('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ARTICLES[0], store: true }) });
    assert.deepEqual(await total(), [1, null], 'a store through this server drops the kept answers');
    const { insertRecord } = await import('../../src/corpus/store/index.js');
    const record = (await ((await createApp().request('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ARTICLES[1]) })).json())) as { records: ArticleRecord[] };
    insertRecord(other, record.records[0]!);
    assert.deepEqual(await total(), [2, null], 'a commit by another connection drops them too');
    const uncached = createApp({ corpus: mine, cache: 0 });
    await uncached.request('/articles');
    assert.equal((await uncached.request('/articles')).headers.get('x-dyad-cache'), null);
  } finally {
    mine.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
