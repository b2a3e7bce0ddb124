// `dyad ingest` spawned as a user runs it: the closing summary, exit codes, usage errors, the re-run that stores
// nothing new, and runs killed with SIGKILL at several points that, run again, end with every article stored once
// and an intact database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { assertNoStack, ROOT, runDyad, tempDir } from '../../cli/helpers.js';

const BIN = join(ROOT, 'bin', 'dyad.js');

/** A JSONL file of `n` short, distinct articles. */
function articles(dir: string, n: number, extra: string[] = []): string {
  const towns = ['Tolna', 'Szekszard', 'Paks', 'Baja', 'Mohacs'];
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    const text = `The mayor of ${towns[i % towns.length]} opened library number ${i} on Monday. "Reading is freedom," she told the Tolnai Hirlap newspaper, officials in Hungary said.`;
    lines.push(JSON.stringify({ id: `a${i}`, text, published: `2024-05-${String((i % 28) + 1).padStart(2, '0')}` }));
  }
  const path = join(dir, 'articles.jsonl');
  writeFileSync(path, [...lines, ...extra].join('\n') + '\n');
  return path;
}

function query<T>(db: string, sql: string): T {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).get() as T;
  } finally {
    conn.close();
  }
}

test('cli: dyad ingest stores a JSONL file, says so on stderr, and a second run stores nothing new', async () => {
  const dir = tempDir();
  const file = articles(dir, 6);
  const db = join(dir, 'c.db');
  const run = await runDyad(['ingest', file, '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^dyad: ingested 6 new, 0 duplicate, 0 failed into .*c\.db in [\d.]+ s \([\d.]+ articles\/s\)\n$/);
  const again = await runDyad(['ingest', file, '--db', db]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /^dyad: ingested 0 new, 6 duplicate, 0 failed/);
  assert.deepEqual(query(db, 'SELECT count(*) AS n, count(DISTINCT id) AS d FROM articles'), { n: 6, d: 6 });
});

test('cli: dyad ingest exits 1 when some inputs fail, grouping the reasons', async () => {
  const dir = tempDir();
  const file = articles(dir, 2, ['{"id": "x1", "text": 5', 'not json either', '{"id": "blank", "text": "  "}']);
  const db = join(dir, 'c.db');
  const run = await runDyad(['ingest', file, '--db', db]);
  assert.equal(run.code, 1, run.stderr);
  assertNoStack(run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.match(lines[0]!, /^dyad: ingested 2 new, 0 duplicate, 3 failed/);
  assert.match(lines[1]!, /^dyad: {3}2 inputs: … is not valid JSON; each line must be one JSON object \(.*articles\.jsonl:line 3, .*articles\.jsonl:line 4\)$/);
  assert.match(lines[2]!, /^dyad: {3}.*articles\.jsonl:line 5 holds only whitespace/);
  assert.equal(lines.length, 3);
  assert.deepEqual(query(db, 'SELECT count(*) AS n FROM failures'), { n: 3 });
});

test('cli: dyad ingest usage errors exit 2 with one line', async (t) => {
  const dir = tempDir();
  const file = articles(dir, 1);
  const notDb = join(dir, 'notes.txt');
  writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(100));
  const cases: [string, string[], RegExp][] = [
    ['no inputs', ['ingest'], /^dyad: give files, directories, - \(standard input\) or --feed URL/],
    ['a missing path', ['ingest', join(dir, 'nope.jsonl'), '--db', join(dir, 'x.db')], /nope\.jsonl: no such file or directory/],
    ['--db not a database', ['ingest', file, '--db', notDb], /notes\.txt is not a SQLite database/],
    ['--batch 0', ['ingest', file, '--batch', '0'], /--batch.*expected a positive whole number/],
    ['--published nonsense', ['ingest', file, '--published', 'yesterday'], /--published.*ISO 8601/],
  ];
  for (const [name, args, expect] of cases) {
    await t.test(name, async () => {
      const run = await runDyad(args, { cwd: dir });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, expect);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assertNoStack(run.stderr);
    });
  }
});

/** Spawns `dyad ingest`, waits until `ready` says so (polled every 15 ms), then kills it with SIGKILL. */
function killDuring(args: string[], ready: (elapsedMs: number) => boolean): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
    const started = performance.now();
    const timer = setInterval(() => {
      if (child.exitCode === null && ready(performance.now() - started)) child.kill('SIGKILL');
    }, 15);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ signal, code });
    });
  });
}

/** Articles stored so far, read by another connection while the writer runs (WAL lets it); 0 before the schema exists. */
function stored(db: string): number {
  try {
    return query<{ n: number }>(db, 'SELECT count(*) AS n FROM articles').n;
  } catch {
    return 0;
  }
}

test('cli: dyad ingest killed with SIGKILL at several points, then run again, stores every article exactly once', async () => {
  const N = 150;
  const dir = tempDir();
  const file = articles(dir, N);
  const db = join(dir, 'kill.db');
  const args = ['ingest', file, '--db', db, '--batch', '7'];
  // Kill points: during start-up (model load, maybe mid-migration), then once some, more, and most batches are in,
  // and at a time offset that falls wherever it falls (inside analysis or inside a commit).
  // The third point is a time offset from this run's first commit, not from its start: how long start-up takes
  // depends on the machine, and a run that resumes with little left could finish before a fixed offset.
  let firstCommit = -1;
  const points: { name: string; ready: (ms: number, before: number) => boolean }[] = [
    { name: 'start-up', ready: (ms) => ms > 300 },
    { name: 'after a few batches', ready: () => stored(db) >= 14 },
    {
      name: 'a moment after this run first committed',
      ready: (ms, before) => {
        if (firstCommit < 0 && stored(db) > before) firstCommit = ms;
        return firstCommit >= 0 && ms > firstCommit + 137;
      },
    },
    { name: 'past half', ready: () => stored(db) >= N / 2 },
    { name: 'near the end', ready: () => stored(db) >= N - 20 },
  ];
  const counts: number[] = [];
  for (const point of points) {
    const before = stored(db);
    const result = await killDuring(args, (ms) => point.ready(ms, before));
    assert.equal(result.signal, 'SIGKILL', `${point.name}: the run ended before it was killed (exit ${result.code}); the test needs more articles`);
    const after = stored(db);
    assert.ok(after >= before && after < N, `${point.name}: ${before} → ${after} articles`);
    counts.push(after);
  }
  assert.ok(counts[counts.length - 1]! > 0, 'some batches were committed before the kills');
  const finish = await runDyad(args);
  assert.equal(finish.code, 0, finish.stderr);
  const left = N - counts[counts.length - 1]!;
  assert.match(finish.stderr, new RegExp(`^dyad: ingested ${left} new, ${N - left} duplicate, 0 failed`));
  assert.deepEqual(query(db, 'SELECT count(*) AS n, count(DISTINCT id) AS d, count(DISTINCT input_id) AS i FROM articles'), { n: N, d: N, i: N });
  assert.deepEqual(query(db, 'SELECT count(*) AS n, count(DISTINCT input_id) AS i FROM article_inputs'), { n: N, i: N });
  assert.deepEqual(query(db, 'PRAGMA integrity_check'), { integrity_check: 'ok' });
  assert.equal(query(db, 'PRAGMA foreign_key_check'), undefined);
  // Every article has its rows: one entity list per article, none left from a killed batch.
  assert.deepEqual(query(db, 'SELECT count(DISTINCT article) AS a FROM entities'), { a: N });
  assert.deepEqual(query(db, 'SELECT count(*) AS n FROM entities WHERE article NOT IN (SELECT rowid FROM articles)'), { n: 0 });
  assert.deepEqual(query(db, "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'library'"), { n: N });
});

test('cli: dyad ingest --feed refuses a loopback feed without --allow-private, and stores its items with it', async () => {
  const items = [1, 2].map(
    (i) => `<item><title>Library ${i}</title><link>http://127.0.0.1/news/${i}</link><guid>news-${i}</guid><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>` +
      `<description>The mayor of Tolna opened library number ${i} on Monday, officials in Hungary said. Readers queued outside before dawn.</description></item>`,
  );
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tolna news</title><link>http://127.0.0.1/</link><description>n</description>${items.join('')}</channel></rss>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  try {
    const dir = tempDir();
    const db = join(dir, 'feed.db');
    const refused = await runDyad(['ingest', '--feed', url, '--db', db]);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /^dyad: ingested 0 new, 0 duplicate, 1 failed/);
    assert.match(refused.stderr, /127\.0\.0\.1.*(loopback|private)|(loopback|private).*127\.0\.0\.1/i);
    assertNoStack(refused.stderr);
    const taken = await runDyad(['ingest', '--feed', url, '--allow-private', '--db', db]);
    assert.equal(taken.code, 0, taken.stderr);
    assert.match(taken.stderr, /^dyad: ingested 2 new, 0 duplicate, 0 failed/);
    assert.deepEqual(query(db, 'SELECT count(*) AS n FROM articles'), { n: 2 });
    assert.deepEqual(query(db, 'SELECT count(*) AS n FROM feed_items WHERE article IS NOT NULL'), { n: 2 });
    assert.deepEqual(query(db, 'SELECT count(*) AS n FROM failures'), { n: 1 });
  } finally {
    server.close();
  }
});

test('cli: Ctrl-C stops dyad ingest after the articles being analyzed, commits what was analyzed, and exits 130', async () => {
  const N = 300;
  const dir = tempDir();
  const file = articles(dir, N);
  const db = join(dir, 'int.db');
  const args = ['ingest', file, '--db', db, '--batch', '50'];
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  // Interrupt once the first batch is in, mid-way through the second.
  const timer = setInterval(() => {
    if (stored(db) >= 50) {
      clearInterval(timer);
      child.kill('SIGINT');
    }
  }, 15);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  assert.equal(code, 130, stderr);
  assert.match(stderr, /dyad: stopping after the articles being analyzed/);
  const m = /dyad: ingested (\d+) new, 0 duplicate, 0 failed/.exec(stderr);
  assert.ok(m, stderr);
  const n = Number(m[1]);
  assert.ok(n > 50 && n < N, `interrupted after ${n} articles`);
  assert.deepEqual(query(db, 'SELECT count(*) AS n FROM articles'), { n }, 'every article analyzed before the stop is stored');
  assert.match(stderr, /dyad: stopped; run the same command again to ingest the rest\n$/);
  const rest = await runDyad(args);
  assert.equal(rest.code, 0, rest.stderr);
  assert.match(rest.stderr, new RegExp(`^dyad: ingested ${N - n} new, ${n} duplicate, 0 failed`));
});

test('cli: dyad ingest --dup-threshold is checked, and 1 keeps every non-identical article in a story of its own', async () => {
  const dir = tempDir();
  const file = articles(dir, 6);
  for (const bad of ['0', '1.5', 'half']) {
    const run = await runDyad(['ingest', file, '--db', join(dir, `bad-${bad}.db`), '--dup-threshold', bad]);
    assert.equal(run.code, 2, `${bad}: ${run.stderr}`);
    assertNoStack(run.stderr);
    assert.match(run.stderr, /--dup-threshold/);
  }
  const db = join(dir, 'strict.db');
  const run = await runDyad(['ingest', file, '--db', db, '--dup-threshold', '1']);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(query(db, 'SELECT count(*) AS n FROM stories'), { n: 6 });
});
