// The corpus store: opening (pragmas, migrations, refusals), insertRecord filling every table from a real analyzed
// record, idempotence, and a failed insert leaving nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze, createContext, DyadFailure, toRecord, type ArticleRecord } from '../../../src/index.js';
import { insertRecord, migrate, MIGRATIONS, openCorpus, SCHEMA_VERSION, type Corpus } from '../../../src/corpus/store/index.js';
import { ACTOR_TYPE_CODES, actorCountry, quoteTopics } from '../../../src/corpus/store/rows.js';
import { createRequire } from 'node:module';

const dirs: string[] = [];
process.on('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  dirs.push(dir);
  return dir;
}

const VISIT = [
  'Russian Foreign Minister Sergey Lavrov arrived in Beijing on Monday for talks with Chinese Foreign Minister Wang Yi.',
  '"We are ready to expand cooperation with Russia," Wang told reporters, the Xinhua news agency reported.',
  'Lavrov said Moscow would continue to support Beijing. The United States condemned the visit on Tuesday.',
].join('\n\n');
const HARBOUR = 'The city council of Tolna approved plans for a new ferry terminal on Wednesday, the mayor said.';

const ctx = createContext();
function record(text: string, published = '2024-04-08T10:00', inputId = 'test'): ArticleRecord {
  const result = analyze({ text, trusted: true, published, inputId, origin: inputId }, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return toRecord(result.article);
}
const visit = record(VISIT, '2024-04-08T10:00', 'visit');
const harbour = record(HARBOUR, '2024-05-02', 'harbour');

const count = (c: Corpus, table: string): number => (c.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The message of the DyadFailure `fn` throws. */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DyadFailure, `expected a DyadFailure, got ${String(e)}`);
    return e.message;
  }
  assert.fail('expected a failure');
}

test('store: a new corpus is migrated to the latest schema version, with WAL, NORMAL sync and foreign keys', () => {
  const path = join(tempDir(), 'c.db');
  const corpus = openCorpus(path);
  assert.equal(corpus.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(SCHEMA_VERSION, MIGRATIONS.length);
  assert.equal(corpus.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(corpus.db.pragma('synchronous', { simple: true }), 1);
  assert.equal(corpus.db.pragma('foreign_keys', { simple: true }), 1);
  assert.ok(Number(corpus.db.pragma('busy_timeout', { simple: true })) > 0);
  corpus.close();
  // Re-opening runs nothing again and keeps what is stored.
  const again = openCorpus(path);
  insertRecord(again, harbour);
  again.close();
  const third = openCorpus(path);
  assert.equal(count(third, 'articles'), 1);
  third.close();
});

test('store: migrations run in order from the recorded version, each all or nothing', () => {
  const db = new Database(':memory:');
  const steps = [
    { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
    { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER);' },
  ];
  migrate(db, 'test.db', false, steps.slice(0, 1));
  assert.equal(db.pragma('user_version', { simple: true }), 1);
  db.exec('INSERT INTO a VALUES (7)');
  migrate(db, 'test.db', false, steps);
  assert.equal(db.pragma('user_version', { simple: true }), 2);
  assert.deepEqual(db.prepare('SELECT x FROM a').all(), [{ x: 7 }], 'migration 1 did not run again');
  const broken = [...steps, { version: 3, name: 'broken', sql: 'CREATE TABLE c (z INTEGER); INSERT INTO nowhere VALUES (1);' }];
  assert.throws(() => migrate(db, 'test.db', false, broken), /no such table: nowhere/);
  assert.equal(db.pragma('user_version', { simple: true }), 2);
  assert.equal(db.prepare("SELECT name FROM sqlite_master WHERE name = 'c'").get(), undefined, 'the failed migration left nothing');
  db.close();
});

test('store: migration 2 keeps the input id of every article a version-1 corpus holds', () => {
  const db = new Database(':memory:');
  migrate(db, 'old.db', false, MIGRATIONS.slice(0, 1));
  const insert = db.prepare(`INSERT INTO articles (id, language, input_id, text, record, ingested_at) VALUES (?, 'en', ?, 'x', '{}', '2024-05-01T00:00:00Z')`);
  insert.run('a'.repeat(64), 'wire-1');
  insert.run('b'.repeat(64), null);
  migrate(db, 'old.db', false, MIGRATIONS);
  assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.deepEqual(db.prepare('SELECT input_id, article, seen_at FROM article_inputs').all(), [{ input_id: 'wire-1', article: 1, seen_at: '2024-05-01T00:00:00Z' }]);
  db.close();
});

test('store: an in-memory corpus works', () => {
  const corpus = openCorpus(':memory:');
  assert.equal(corpus.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(insertRecord(corpus, harbour).status, 'new');
  corpus.close();
});

test('store: the open refusals, each one line starting dyad:', async (t) => {
  const dir = tempDir();
  const cases: { name: string; make: (path: string) => void; readonly?: boolean; expect: RegExp }[] = [
    {
      name: 'a database from a newer dyad',
      make: (p) => {
        const db = new Database(p);
        db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        db.close();
      },
      expect: new RegExp(`schema version ${SCHEMA_VERSION + 1}, newer than this dyad knows \\(${SCHEMA_VERSION}\\); upgrade dyad`),
    },
    { name: 'a text file', make: (p) => writeFileSync(p, 'id,text\n1,hello\n'.repeat(200)), expect: /is not a SQLite database/ },
    {
      name: 'a SQLite database of something else',
      make: (p) => {
        const db = new Database(p);
        db.exec('CREATE TABLE invoices (n INTEGER)');
        db.close();
      },
      expect: /is a SQLite database but not a dyad corpus/,
    },
    { name: 'a missing file opened read-only', make: () => {}, readonly: true, expect: /no such corpus database; build one first with: dyad ingest/ },
    {
      name: 'an empty database opened read-only',
      make: (p) => new Database(p).close(),
      readonly: true,
      expect: /is an empty database, not a dyad corpus/,
    },
  ];
  let i = 0;
  for (const c of cases) {
    await t.test(c.name, () => {
      const path = join(dir, `case-${i++}.db`);
      c.make(path);
      const message = failure(() => openCorpus(path, { readonly: c.readonly }));
      assert.match(message, /^dyad: /);
      assert.doesNotMatch(message, /\n/);
      assert.match(message, c.expect);
      assert.ok(message.includes(path), `the message names the file: ${message}`);
    });
  }
});

test('store: a newer database is left untouched by the refusal', () => {
  const path = join(tempDir(), 'newer.db');
  const db = new Database(path);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  failure(() => openCorpus(path));
  const after = new Database(path);
  assert.equal(after.pragma('user_version', { simple: true }), SCHEMA_VERSION + 1);
  assert.equal((after.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n, 0);
  after.close();
});

test('store: a read-only open of a migrated corpus reads it and cannot write', () => {
  const path = join(tempDir(), 'ro.db');
  const rw = openCorpus(path);
  insertRecord(rw, harbour);
  rw.close();
  const ro = openCorpus(path, { readonly: true });
  assert.equal(count(ro, 'articles'), 1);
  assert.throws(() => insertRecord(ro, visit), /readonly/);
  ro.close();
});

test('store: every table is filled from a real analyzed record', () => {
  const corpus = openCorpus(':memory:');
  const { status, article } = insertRecord(corpus, visit, { input: 'visit.txt', now: '2024-04-09T00:00:00.000Z' });
  assert.equal(status, 'new');
  const db = corpus.db;

  const a = db.prepare('SELECT * FROM articles WHERE rowid = ?').get(article) as Record<string, unknown>;
  assert.equal(a.id, visit.id);
  assert.equal(a.published, '2024-04-08T10:00');
  assert.equal(a.language, 'en');
  assert.equal(a.input_id, 'visit');
  assert.equal(a.text, VISIT);
  assert.equal(a.ingested_at, '2024-04-09T00:00:00.000Z');
  assert.deepEqual(JSON.parse(a.record as string), JSON.parse(JSON.stringify(visit)));
  assert.notEqual(a.story, null, 'DEDUPE assigned a story');
  assert.equal(count(corpus, 'stories'), 1);
  assert.ok(count(corpus, 'minhash_bands') > 0);
  assert.equal(count(corpus, 'minhash_signatures'), 1);

  assert.equal(count(corpus, 'entities'), visit.entities.length);
  assert.equal(count(corpus, 'mentions'), visit.entities.reduce((n, e) => n + e.mentions.length, 0));
  const wang = db.prepare("SELECT * FROM entities WHERE name = 'Wang Yi'").get() as Record<string, unknown>;
  assert.deepEqual([wang.type, wang.country, wang.actor, wang.local_id, wang.mentions], ['PERSON', 'CHN', 'CHNGOV', visit.entities.find((e) => e.name === 'Wang Yi')!.id, 2]);
  const mention = db.prepare('SELECT start, "end", text FROM mentions WHERE entity = ? ORDER BY start').all(wang.rowid) as { start: number; end: number; text: string }[];
  assert.deepEqual(mention.map((m) => VISIT.slice(m.start, m.end)), ['Wang Yi', 'Wang']);

  const quotes = db.prepare('SELECT * FROM quotes ORDER BY start').all() as Record<string, unknown>[];
  assert.equal(quotes.length, visit.quotes.length);
  const q1 = quotes[0]!;
  assert.equal(q1.text, 'We are ready to expand cooperation with Russia');
  assert.equal(VISIT.slice(q1.start as number, q1.end as number), q1.text);
  assert.deepEqual([q1.speaker, q1.speaker_name, q1.speaker_actor, q1.speaker_country, q1.via, q1.date, q1.kind], [wang.rowid, 'Wang Yi', 'CHNGOV', 'CHN', 'Xinhua', '2024-04-08T10:00', 'direct']);
  const topics = (quote: unknown) =>
    (db.prepare('SELECT e.name FROM quote_mentions qm JOIN entities e ON e.rowid = qm.entity WHERE qm.quote = ? ORDER BY e.name').all(quote) as { name: string }[]).map((r) => r.name);
  assert.deepEqual(topics(q1.rowid), ['Russia']);
  assert.deepEqual(topics(quotes[1]!.rowid), ['Beijing', 'Moscow']);

  const events = db.prepare('SELECT * FROM events').all() as Record<string, unknown>[];
  assert.equal(events.length, visit.events.length);
  const arrive = events.find((e) => e.code === '042')!;
  assert.ok(arrive, 'the visit event');
  assert.deepEqual(
    [arrive.source_name, arrive.source_actor, arrive.source_country, arrive.target_name, arrive.target_actor, arrive.target_country, arrive.date, arrive.root, arrive.quad],
    ['Sergey Lavrov', 'RUSGOV', 'RUS', 'Beijing', 'CHN', 'CHN', '2024-04-08', '04', 1],
  );
  assert.equal(arrive.sentence, VISIT.split('\n\n')[0]);
  assert.equal(VISIT.slice(arrive.start as number, arrive.end as number), 'arrived');
  assert.notEqual(arrive.corpus_event, null, 'DEDUPE linked the event');
  assert.equal(count(corpus, 'corpus_events'), new Set(events.map((e) => e.corpus_event)).size);

  const dates = db.prepare('SELECT * FROM dates ORDER BY start').all() as Record<string, unknown>[];
  assert.deepEqual(dates.map((d) => [d.text, d.value, d.grain]), visit.dates.map((d) => [d.text, d.value, d.grain]));
  assert.equal(dates[0]!.text, 'on Monday');

  const fts = db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'lavrov'").all() as { rowid: number }[];
  assert.deepEqual(fts.map((r) => r.rowid), [article]);
  const qfts = db.prepare("SELECT speaker_name FROM quotes_fts WHERE quotes_fts MATCH 'cooperation'").all() as { speaker_name: string }[];
  assert.deepEqual(qfts.map((r) => r.speaker_name), ['Wang Yi']);
  corpus.close();
});

test('store: an event without its own date takes the publication date; an actor type is no country', () => {
  const corpus = openCorpus(':memory:');
  const base = harbour;
  const event = {
    id: 'v1',
    source: { entity: null, actor: 'TERREB', text: 'militants' },
    target: null,
    code: '190',
    root: '19',
    quad: 4,
    goldstein: -10,
    modality: 'asserted' as const,
    date: null,
    dateEnd: null,
    location: { name: 'Tolna', country: 'HUN', lat: 46.4, lon: 18.8 },
    sentence: 0,
    evidence: { start: 4, end: 8 },
  };
  const { article } = insertRecord(corpus, { ...base, events: [event] });
  const row = corpus.db.prepare('SELECT * FROM events WHERE article = ?').get(article) as Record<string, unknown>;
  assert.deepEqual(
    [row.date, row.source_entity, row.source_name, row.source_country, row.target_actor, row.target_country, row.place, row.place_country, row.lat, row.lon],
    ['2024-05-02', null, 'militants', null, null, null, 'Tolna', 'HUN', 46.4, 18.8],
  );
  assert.equal(row.sentence, HARBOUR);
  corpus.close();
});

test('store: an event side\'s country', async (t) => {
  const entity = (country: string | null) => ({ id: 'e1', name: 'X', type: 'ORG' as const, country, actor: null, roles: [], affiliation: null, geo: null, mentions: [] });
  const cases: [string, string | null, string | null, string | null][] = [
    ['the entity\'s country wins', 'GOVMIL', 'FRA', 'FRA'],
    ['a country code without an entity', 'RUSGOV', null, 'RUS'],
    ['an IGO is its own bloc', 'IGOUNO', null, 'IGO'],
    ['a CAMEO region', 'EUR', null, 'EUR'],
    ['a bare actor type', 'GOV', null, null],
    ['an actor type with a second one', 'BUSMED', null, null],
    ['a religion', 'MOSSHI', null, null],
    ['no code', null, null, null],
  ];
  for (const [name, code, country, expect] of cases) {
    await t.test(name, () => assert.equal(actorCountry({ entity: country ? 'e1' : null, actor: code }, country ? entity(country) : undefined), expect));
  }
  await t.test('no actor type code is an ISO country', () => {
    const iso = createRequire(import.meta.url)('i18n-iso-countries') as { isValid(code: string): boolean };
    assert.deepEqual([...ACTOR_TYPE_CODES].filter((c) => iso.isValid(c)), []);
  });
});

test('store: the same record twice is a duplicate and writes nothing', () => {
  const corpus = openCorpus(':memory:');
  const first = insertRecord(corpus, visit);
  const tables = ['articles', 'entities', 'mentions', 'quotes', 'quote_mentions', 'events', 'dates', 'stories', 'corpus_events', 'minhash_bands'];
  const before = tables.map((t) => count(corpus, t));
  const second = insertRecord(corpus, { ...visit, meta: { ...visit.meta, inputId: 'another-copy' } });
  assert.deepEqual(second, { status: 'duplicate', article: first.article });
  assert.deepEqual(tables.map((t) => count(corpus, t)), before);
  assert.equal(insertRecord(corpus, harbour).status, 'new');
  assert.equal(count(corpus, 'articles'), 2);
  corpus.close();
});

test('store: must not', async (t) => {
  await t.test('leave rows of a record whose insert failed half-way, inside a caller transaction too', () => {
    const corpus = openCorpus(':memory:');
    // An event with no code violates NOT NULL after the article, entities and quotes are written.
    const broken = { ...visit, events: [{ ...visit.events[0]!, code: null as unknown as string }] };
    corpus.db.transaction(() => {
      insertRecord(corpus, harbour);
      assert.throws(() => insertRecord(corpus, broken), /NOT NULL/);
    })();
    assert.equal(count(corpus, 'articles'), 1);
    assert.equal(count(corpus, 'entities'), harbour.entities.length);
    assert.equal(count(corpus, 'quotes'), harbour.quotes.length);
    corpus.close();
  });
  await t.test('count a pronoun inside a quote as its topic', () => {
    const text = '"We will defend Poland," Tusk said.';
    const quote = { id: 'q1', kind: 'direct' as const, text: 'We will defend Poland', start: 1, end: 22, speaker: 'e1', speakerText: 'Tusk', cue: 'said', via: null };
    const entities = [
      { id: 'e1', name: 'Donald Tusk', type: 'PERSON' as const, country: 'POL', actor: 'POLGOV', roles: [], affiliation: null, geo: null, mentions: [{ start: 1, end: 3, text: 'We', kind: 'pronoun' as const }, { start: 25, end: 29, text: 'Tusk' }] },
      { id: 'e2', name: 'Poland', type: 'GPE' as const, country: 'POL', actor: 'POL', roles: [], affiliation: null, geo: null, mentions: [{ start: 16, end: 22, text: 'Poland' }] },
    ];
    assert.equal(text.slice(16, 22), 'Poland');
    assert.deepEqual(quoteTopics(quote, entities), ['e2']);
  });
  await t.test('count a mention between the pieces of a split quote as its topic', () => {
    const text = '"We are ready," Wang told Xinhua, "to talk to Russia."';
    const parts = [{ start: 1, end: 13 }, { start: 35, end: 52 }];
    assert.deepEqual(parts.map((p) => text.slice(p.start, p.end)), ['We are ready', 'to talk to Russia']);
    const quote = { id: 'q1', kind: 'direct' as const, text: 'We are ready to talk to Russia', start: 1, end: 52, parts, speaker: null, speakerText: 'Wang', cue: 'told', via: 'e1' };
    const entities = [
      { id: 'e1', name: 'Xinhua', type: 'ORG' as const, country: 'CHN', actor: 'CHNMED', roles: [], affiliation: null, geo: null, mentions: [{ start: 26, end: 32, text: 'Xinhua' }] },
      { id: 'e2', name: 'Russia', type: 'GPE' as const, country: 'RUS', actor: 'RUS', roles: [], affiliation: null, geo: null, mentions: [{ start: 46, end: 52, text: 'Russia' }] },
    ];
    assert.equal(text.slice(46, 52), 'Russia');
    assert.deepEqual(quoteTopics(quote, entities), ['e2']);
  });
});
