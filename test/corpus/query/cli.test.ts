// The query commands through the real `dyad` binary over the fixture corpus written to a file: formats, filters,
// usage errors (one line, exit 2, no stack trace), and a missing database that must not be created.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertNoStack, jsonLines, runDyad, tempDir } from '../../cli/helpers.js';
import Database from 'better-sqlite3';
import { migrate } from '../../../src/corpus/store/open.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/corpus/store/schema.js';
import { ARTICLES, fileCorpus, recordOf } from './corpus.js';

const db = fileCorpus(join(tempDir(), 'corpus.db'));
const A = ARTICLES.map((a) => a.id);

test('query cli: quotes by speaker and topic, as jsonl when not on a terminal', async () => {
  const run = await runDyad(['quotes', '--db', db, '--speaker', 'Lavrov', '--about', 'Ukraine']);
  assert.equal(run.code, 0, run.stderr);
  const rows = jsonLines(run.stdout) as { article: string; speaker: string; text: string }[];
  assert.deepEqual(rows.map((r) => [A.indexOf(r.article), r.speaker]), [[3, 'Sergey Lavrov'], [2, 'Lavrov'], [0, 'Sergey Lavrov']]);
  assert.equal(rows[2]!.text, 'talks with China on Ukraine were useful');
});

test('query cli: csv quotes fields with commas and quotes', async () => {
  const run = await runDyad(['quotes', '--db', db, '--via', 'TASS', '--format', 'csv']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\r\n');
  assert.equal(lines[0], 'article,quote,kind,text,speaker,speakerActor,speakerCountry,cue,via,date,title,outlet,story,storyArticles,start,end');
  assert.equal(lines[1], `${A[2]},q1,indirect,"the United States, ""deliberately"", escalated the war in Ukraine",Lavrov,RUSGOV,RUS,said,TASS,2024-12-31,Lavrov accuses Washington,Wire One,3,2,12,75`);
  assert.equal(lines.length, 4); // header, two rows, and the empty string after the last CRLF
  assert.equal(lines[3], '');
});

test('query cli: events as json with total and paging', async () => {
  const run = await runDyad(['events', '--db', db, '--source', 'rus', '--format', 'json', '--limit', '1', '--offset', '1']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { total: number; limit: number; offset: number; items: { article: string; code: string; name: string }[] };
  assert.deepEqual([result.total, result.limit, result.offset], [3, 1, 1]);
  assert.deepEqual(result.items.map((e) => [A.indexOf(e.article), e.code, e.name]), [[2, '112', 'Accuse']]);
});

test('query cli: the table fits COLUMNS and says how to see more', async () => {
  process.env.COLUMNS = '90';
  try {
    const run = await runDyad(['entities', '--db', db, '--format', 'table', '--top', '3']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^name\s+type\s+country\s+actor\s+articles\s+mentions\s+first\s+last$/);
    assert.match(lines[1]!, /^United States\s+GPE\s+USA\s+USA\s+3\s+5\s+2024-05-02\s+2025-01-01$/);
    assert.equal(lines.at(-1), '1–3 of 13 entities (more with --offset 3)');
    process.env.COLUMNS = '70';
    const quotes = await runDyad(['quotes', '--db', db, '--format', 'table']);
    for (const line of quotes.stdout.trimEnd().split('\n')) assert.ok([...line].length <= 70, `wider than 70: ${line}`);
    assert.match(quotes.stdout, /…/);
  } finally {
    delete process.env.COLUMNS;
  }
});

test('query cli: search takes its words as plain text', async () => {
  const run = await runDyad(['search', '--db', db, '"Lavrov', 'OR']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  const hits = await runDyad(['search', '--db', db, 'Taiwan', '-f', 'csv']);
  assert.match(hits.stdout, /^kind,article,title,published,outlet,quote,speaker,snippet,highlights,rank\r\n/);
  assert.equal(hits.stdout.split('\r\n').length, 4);
  const table = await runDyad(['search', '--db', db, 'Taiwan', '-f', 'table']);
  assert.match(table.stdout, /quote .* Wang Yi {2}…[^\n]*interfering in «Taiwan»/);
});

test('query cli: show by id prefix, and stats', async () => {
  const show = await runDyad(['show', A[2]!.slice(0, 8), '--db', db, '--format', 'json']);
  assert.equal(show.code, 0, show.stderr);
  const view = JSON.parse(show.stdout) as { id: string; story: { articles: number }; record: { quotes: unknown[] } };
  assert.deepEqual([view.id, view.story.articles, view.record.quotes.length], [A[2], 2, 1]);
  const pretty = await runDyad(['show', A[2]!.slice(0, 8), '--db', db, '--format', 'table']);
  assert.match(pretty.stdout, /story {5}3: 2 articles from 2 outlets/);
  assert.match(pretty.stdout, /Quotes \(1\)/);
  const stats = await runDyad(['stats', '--db', db, '--format', 'json']);
  assert.deepEqual(JSON.parse(stats.stdout), {
    schemaVersion: SCHEMA_VERSION, articles: 4, inputs: 0, stories: 3, outlets: 2, entities: 19, distinctEntities: 13, quotes: 6, events: 5, corpusEvents: 4, failures: 0,
    published: { first: '2024-04-08', last: '2025-01-01T09:15' },
  });
  const text = await runDyad(['stats', '--db', db]);
  assert.match(text.stdout, /schema version 2\)\n {2}articles {8}4 from 2 outlets \(3 stories/);
});

test('query cli: user errors are one line and exit 2; a missing article exits 1', async () => {
  const missing = join(tempDir(), 'none.db');
  const cases: [string[], RegExp, number][] = [
    [['quotes', '--db', missing], /no such corpus database/, 2],
    [['stats', '--db', missing], /no such corpus database/, 2],
    [['quotes', '--db', db, '--since', '2024-13'], /since must be a date as YYYY, YYYY-MM or YYYY-MM-DD/, 2],
    [['quotes', '--db', db, '--since', '2025', '--until', '2024-06'], /since \(2025\) is after until/, 2],
    [['events', '--db', db, '--source', 'R!'], /source must be a CAMEO actor code/, 2],
    [['events', '--db', db, '--quad', '9'], /quad must be 1–4/, 2],
    [['entities', '--db', db, '--type', 'thing'], /type must be one of/, 2],
    [['quotes', '--db', db, '--limit', '-1'], /--limit/, 2],
    [['quotes', '--db', db, '--format', 'xml'], /--format/, 2],
    [['search', '--db', db, '((('], /at least one word/, 2],
    [['show', '../etc/passwd', '--db', db], /8 to 64 hex digits/, 2],
    [['show', 'abcdef0123', '--db', db], /no article with id abcdef0123/, 1],
    [['stats', '--db', tempDir()], /is a directory/, 2],
  ];
  for (const [args, pattern, code] of cases) {
    const run = await runDyad(args);
    assert.equal(run.code, code, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /^dyad: /, args.join(' '));
    assert.match(run.stderr, pattern, args.join(' '));
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, `${args.join(' ')}: ${run.stderr}`);
    assertNoStack(run.stderr);
  }
  assert.equal(existsSync(missing), false, 'a query created the missing database');
});

test('query cli: help texts give examples', async () => {
  for (const command of ['quotes', 'events', 'entities', 'search', 'show', 'stats']) {
    const run = await runDyad([command, '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Examples:\n {2}\$ dyad /, command);
  }
});

test('query cli: a corpus from an older dyad (schema version 1) is upgraded on first read, and show finds an input id', async () => {
  const path = join(tempDir(), 'old.db');
  const old = new Database(path);
  migrate(old, path, false, MIGRATIONS.slice(0, 1));
  const record = { ...recordOf(ARTICLES[0]!), id: 'c'.repeat(64) };
  old
    .prepare(`INSERT INTO articles (id, title, language, input_id, text, record, ingested_at) VALUES (?, 'Old corpus', 'en', 'wire-7', ?, ?, '2024-05-01T00:00:00Z')`)
    .run(record.id, record.text, JSON.stringify(record));
  old.close();
  const show = await runDyad(['show', 'wire-7', '--db', path, '--format', 'json']);
  assert.equal(show.code, 0, show.stderr);
  assert.equal((JSON.parse(show.stdout) as { id: string }).id, 'c'.repeat(64));
  const stats = JSON.parse((await runDyad(['stats', '--db', path, '--format', 'json'])).stdout) as { schemaVersion: number; articles: number; inputs: number };
  assert.deepEqual([stats.schemaVersion, stats.articles, stats.inputs], [SCHEMA_VERSION, 1, 1]);
  const unknown = await runDyad(['show', 'wire-8', '--db', path]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^dyad: no article came in under the input id "wire-8"/);
});
