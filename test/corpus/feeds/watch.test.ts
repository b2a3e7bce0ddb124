// dyad watch: the feed list, durations, one line a poll, a bad feed never ends the run, a clean stop on abort.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { parseDuration, pollLine, readFeedList, runWatch, type WatchOptions } from '../../../src/cli/watch.js';
import { openCorpus } from '../../../src/corpus/store/index.js';
import { startServer } from './server.js';

// Everything awaited at the top comes before the first test, so the root hooks run after all of them.
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Watch News</title><link>https://w.example/</link><description>d</description>
<item><title>Talks in Oslo</title><guid>oslo</guid><description>Norway hosted talks between the foreign ministers of Sudan and Ethiopia in Oslo on Friday.</description></item>
</channel></rss>`;

const server = await startServer({
  '/rss': (req, res) => {
    if (req.headers['if-none-match'] === '"w1"') return res.writeHead(304, { etag: '"w1"' }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"w1"' }).end(RSS);
  },
  '/not-a-feed': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>hello</body></html>'),
  '/silent': () => {},
});

const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('feeds: the feed list: one URL a line, comments and blanks skipped, bad lines named', () => {
  assert.deepEqual(readFeedList('# my feeds\nhttps://a.example/rss\n\n  http://b.example/atom  # news\nhttps://a.example/rss\n', 'f.txt'), {
    urls: ['https://a.example/rss', 'http://b.example/atom'],
  });
  const rows: [string, string][] = [
    ['https://a.example/rss\nnot a url\n', 'dyad: f.txt line 2: "not a url" is not a URL (one http:// or https:// URL a line, # for comments)'],
    ['ftp://a.example/rss', 'dyad: f.txt line 1: ftp://a.example/rss is not an http or https URL'],
    ['# nothing\n\n', 'dyad: f.txt has no feed URLs (one http:// or https:// URL a line)'],
  ];
  for (const [text, error] of rows) assert.deepEqual(readFeedList(text, 'f.txt'), { error });
});

test('feeds: --interval durations', () => {
  const rows: [string, number][] = [['15m', 900_000], ['90s', 90_000], ['1h', 3_600_000], ['500ms', 500], ['1.5m', 90_000], ['1d', 86_400_000]];
  for (const [text, ms] of rows) assert.equal(parseDuration(text), ms, text);
  for (const bad of ['15', 'm', '0s', '-5m', '15 minutes']) assert.throws(() => parseDuration(bad), /expected a duration/, bad);
});

test('feeds: the poll line', () => {
  const base = { new: 3, duplicate: 0, failed: 0, failures: [], seen: 12, items: 15, pageErrors: [] };
  assert.equal(pollLine('https://a.example/rss', base), 'feed https://a.example/rss: 3 new, 12 seen');
  assert.equal(pollLine('https://a.example/rss', { ...base, duplicate: 1, failed: 2 }), 'feed https://a.example/rss: 3 new, 12 seen, 1 already stored, 2 failed');
  assert.equal(pollLine('https://a.example/rss', { ...base, new: 0, seen: 0, notModified: true }), 'feed https://a.example/rss: not modified');
});

function capture() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

const base: WatchOptions = { db: ':memory:', interval: 60_000, allowPrivate: true, delay: 1, timeout: 300 };

test('feeds: watch --once: a line per feed; a bad feed gives an error line and the others go on; exit 1', async () => {
  const list = join(dir, 'feeds.txt');
  writeFileSync(list, `# test feeds\n${server.base}/silent\n${server.base}/not-a-feed\n${server.base}/rss\n`);
  const corpus = openCorpus(':memory:');
  const out = capture();
  const err = capture();
  const code = await runWatch(list, { ...base, once: true }, { stdout: out.stream, stderr: err.stream, corpus });
  assert.equal(code, 1);
  assert.deepEqual(out.lines(), [`feed ${server.base}/rss: 1 new, 0 seen`]);
  assert.deepEqual(err.lines(), [
    `dyad: ${server.base}/silent did not answer within 300 ms (raise it with --timeout)`,
    `dyad: ${server.base}/not-a-feed is not a feed dyad can read (RSS, Atom, RDF or JSON Feed): Unrecognized feed format`,
  ]);
  assert.equal((corpus.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1);
  corpus.close();
});

test('feeds: watch without --allow-private refuses the loopback feed and says how to allow it', async () => {
  const list = join(dir, 'loopback.txt');
  writeFileSync(list, `${server.base}/rss\n`);
  const corpus = openCorpus(':memory:');
  const out = capture();
  const err = capture();
  server.requests.length = 0;
  const code = await runWatch(list, { ...base, once: true, allowPrivate: false }, { stdout: out.stream, stderr: err.stream, corpus });
  assert.equal(code, 1);
  assert.deepEqual(err.lines(), [`dyad: refusing to fetch ${server.base}/rss: 127.0.0.1 is a loopback address (use --allow-private to allow it)`]);
  assert.equal(server.requests.length, 0);
  corpus.close();
});

test('feeds: watch polls again after the interval (conditionally) and stops cleanly when aborted', async () => {
  const list = join(dir, 'loop.txt');
  writeFileSync(list, `${server.base}/rss\n`);
  const corpus = openCorpus(':memory:');
  const controller = new AbortController();
  const out = capture();
  const err = capture();
  out.stream.on('data', () => {
    if (out.lines().length >= 3) controller.abort();
  });
  const code = await runWatch(list, { ...base, interval: 20 }, { stdout: out.stream, stderr: err.stream, corpus, signal: controller.signal });
  assert.equal(code, 0);
  assert.deepEqual(out.lines(), [`feed ${server.base}/rss: 1 new, 0 seen`, `feed ${server.base}/rss: not modified`, `feed ${server.base}/rss: not modified`]);
  assert.deepEqual(err.lines(), ['dyad: watch stopped']);
  corpus.close();
});

test('feeds: watch usage errors: an unreadable list, a line that is not a URL', async () => {
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, 'https://ok.example/rss\nwww.example.com/rss\n');
  const rows: [string, string][] = [
    [join(dir, 'missing.txt'), `dyad: cannot read ${join(dir, 'missing.txt')} (ENOENT)`],
    [bad, `dyad: ${bad} line 2: "www.example.com/rss" is not a URL (one http:// or https:// URL a line, # for comments)`],
  ];
  for (const [file, line] of rows) {
    const err = capture();
    const code = await runWatch(file, { ...base, once: true }, { stdout: capture().stream, stderr: err.stream });
    assert.equal(code, 2);
    assert.deepEqual(err.lines(), [line]);
  }
});

test('feeds: watch goes on when the database fails under one feed', async () => {
  const list = join(dir, 'db-fails.txt');
  writeFileSync(list, `${server.base}/rss\n${server.base}/rss?again\n`);
  const corpus = openCorpus(':memory:');
  corpus.db.close(); // every statement now throws
  const out = capture();
  const err = capture();
  const code = await runWatch(list, { ...base, once: true }, { stdout: out.stream, stderr: err.stream, corpus });
  assert.equal(code, 1);
  assert.deepEqual(out.lines(), []);
  assert.deepEqual(err.lines(), [
    `dyad: ${server.base}/rss: could not be stored (The database connection is not open)`,
    `dyad: ${server.base}/rss?again: could not be stored (The database connection is not open)`,
  ]);
});
