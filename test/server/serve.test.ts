// serve() on a real socket: loopback by default, a token required anywhere else, slow clients cut off, the page and
// the API from one port; and `dyad serve` spawned as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { isLoopback, serve } from '../../src/server/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('server: isLoopback knows the addresses only this machine reaches', () => {
  const cases: [host: string, loopback: boolean][] = [
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['128.0.0.1', false],
    ['127.0.0.1.example.com', false],
  ];
  for (const [host, loopback] of cases) assert.equal(isLoopback(host), loopback, host);
});

test('server: listening beyond loopback without a token is refused with one line', async () => {
  const started = await serve({ host: '0.0.0.0', port: 0 });
  assert.equal(started.ok, false);
  if (!started.ok) assert.equal(started.error.message, 'dyad: listening on 0.0.0.0 (not loopback) needs a token: give --token T or set DYAD_TOKEN');
});

test('server: a client that sends its headers too slowly is cut off', async () => {
  const started = await serve({ port: 0, headersTimeout: 300, requestTimeout: 600 });
  assert.ok(started.ok);
  const { server } = started;
  try {
    const socket = connect(server.port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('GET /stats HTTP/1.1\r\nHost: x\r\n'); // never finishes the headers
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const startedAt = Date.now();
    await once(socket, 'close');
    const waited = Date.now() - startedAt;
    assert.ok(waited < 3_000, `closed after ${waited} ms`);
    assert.match(answer, /^HTTP\/1\.1 408/);
  } finally {
    await server.close();
  }
});

test('server: one port serves the API and the page shell', async () => {
  const started = await serve({ port: 0, site: new Map([['/index.html', { body: new TextEncoder().encode('<!doctype html><title>dyad</title>'), type: 'text/html; charset=utf-8' }]]) });
  assert.ok(started.ok);
  try {
    const page = await fetch(`${started.server.url}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>dyad<\/title>/);
    const stats = await fetch(`${started.server.url}/stats`);
    assert.deepEqual(await stats.json(), { corpus: false });
  } finally {
    await started.server.close();
  }
});

test('server: dyad serve prints its address, answers, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [`${ROOT}bin/dyad.js`, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  try {
    const deadline = Date.now() + 20_000;
    while (!/serving (http:\S+)/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    const url = /serving (http:\S+?)\/? /.exec(out)?.[1];
    assert.ok(url, `stdout: ${out} stderr: ${err}`);
    const res = await fetch(`${url}/nothing`);
    assert.equal(res.status, 404);
    assert.match(((await res.json()) as { error: string }).error, /^dyad: no route GET \/nothing/);
  } finally {
    child.kill('SIGTERM');
  }
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, err);
});

test('server: dyad serve refuses a public address without a token, exit 2', async () => {
  const child = spawn(process.execPath, [`${ROOT}bin/dyad.js`, 'serve', '--host', '0.0.0.0', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DYAD_TOKEN: '' } });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 2);
  assert.equal(err, 'dyad: listening on 0.0.0.0 (not loopback) needs a token: give --token T or set DYAD_TOKEN\n');
});
