// dyad watch as a process: it polls, keeps running, and stops cleanly on SIGINT and SIGTERM with the database whole.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { openCorpus } from '../../../src/corpus/store/index.js';
import { startServer } from './server.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Process News</title><link>https://p.example/</link><description>d</description>
<item><title>Talks in Lima</title><guid>lima</guid><description>Peru hosted talks between the trade ministers of Chile and Bolivia in Lima on Friday.</description></item>
</channel></rss>`;
let onSilent = () => {};
const server = await startServer({
  '/rss': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS),
  '/silent': () => onSilent(), // never answers
});

const bin = fileURLToPath(new URL('../../../bin/dyad.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const list = join(dir, 'feeds.txt');
writeFileSync(list, `${server.base}/rss\n`);

const start = (args: string[]): ChildProcessByStdio<null, Readable, Readable> =>
  spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

function run(args: string[], onLine?: (line: string, kill: (signal: NodeJS.Signals) => void) => void) {
  const child = start(args);
  onSilent = () => child.kill('SIGINT');
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
    for (const line of c.toString().split('\n').filter(Boolean)) onLine?.(line, (s) => child.kill(s));
  });
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`feeds: dyad watch polls, then stops cleanly on ${signal}`, { timeout: 60_000 }, async () => {
    const db = join(dir, `${signal}.db`);
    const result = await run(['watch', list, '--db', db, '--allow-private', '--interval', '1h', '--delay', '1'], (line, kill) => {
      if (line.startsWith('feed ')) kill(signal);
    });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `feed ${server.base}/rss: 1 new, 0 seen\n`);
    assert.equal(result.stderr, 'dyad: watch stopped\n');
    const corpus = openCorpus(db, { readonly: true });
    assert.equal((corpus.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1);
    assert.equal((corpus.db.prepare('SELECT count(*) AS n FROM feed_items').get() as { n: number }).n, 1);
    corpus.close();
  });
}

test('feeds: dyad watch stopped while waiting on a feed that never answers exits at once', { timeout: 60_000 }, async () => {
  const silent = join(dir, 'silent.txt');
  writeFileSync(silent, `${server.base}/silent\n`);
  const db = join(dir, 'silent.db');
  // The server sends SIGINT as the request arrives; the request's own timeout (60 s) is far off.
  const started = Date.now();
  const result = await run(['watch', silent, '--db', db, '--allow-private', '--timeout', '60000']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, 'dyad: watch stopped\n');
  assert.ok(Date.now() - started < 30_000);
  const corpus = openCorpus(db, { readonly: true });
  assert.deepEqual(corpus.db.prepare('SELECT last_status, error FROM feeds').all(), [{ last_status: null, error: null }]);
  corpus.close();
});
