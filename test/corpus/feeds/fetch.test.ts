// safeFetch against a server the test starts on 127.0.0.1: timeouts, the size limit, redirects, conditional requests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import type { Resolver } from '../../../src/corpus/feeds/addresses.js';
import { safeFetch, type FetchOptions } from '../../../src/corpus/feeds/fetch.js';
import { HostPacer, type Clock } from '../../../src/corpus/feeds/pacer.js';
import { startServer, streamBytes } from './server.js';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>';

const server = await startServer({
  '/feed': (req, res) => {
    const etag = '"v1"';
    const lastModified = 'Mon, 08 Apr 2024 10:00:00 GMT';
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified }).end(RSS);
  },
  '/silent': () => {}, // accepts the connection, never answers
  '/trickle': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => res.write('<'), 50);
    res.on('close', () => clearInterval(timer));
  },
  '/endless': streamBytes(1024 ** 3), // 1 GB
  '/declared-huge': (_req, res, s) => {
    res.writeHead(200, { 'content-length': String(1024 ** 3) });
    res.write(Buffer.alloc(1024));
    s.written += 1024;
  },
  '/gzip-bomb': (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(50 * 1024 * 1024)));
  },
  '/gzipped': (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' }).end(gzipSync(RSS));
  },
  '/r1': (_req, res) => res.writeHead(301, { location: '/r2' }).end(),
  '/r2': (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${server.port}/feed` }).end(),
  '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-localhost': (_req, res) => res.writeHead(307, { location: 'http://localhost/admin' }).end(),
  '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/gone': (_req, res) => res.writeHead(404).end('no'),
  '/not-http': (req) => req.socket.end('SSH-2.0-OpenSSH_9.6\r\n'),
});

const fast: FetchOptions = { allowPrivate: true, pacer: new HostPacer(0) };

test('feeds: a feed that never answers times out with one clear line', async () => {
  const started = Date.now();
  await assert.rejects(safeFetch(`${server.base}/silent`, { ...fast, timeout: 300 }), {
    message: `dyad: ${server.base}/silent did not answer within 300 ms (raise it with --timeout)`,
  });
  assert.ok(Date.now() - started < 2000);
});

test('feeds: a feed that trickles bytes forever hits the total timeout', async () => {
  const started = Date.now();
  await assert.rejects(safeFetch(`${server.base}/trickle`, { ...fast, timeout: 400 }), {
    message: `dyad: ${server.base}/trickle did not answer within 400 ms (raise it with --timeout)`,
  });
  assert.ok(Date.now() - started < 2000);
});

test('feeds: a 1 GB response is cut at the size limit, and the server is not read to the end', async () => {
  server.written = 0;
  server.clientClosed = false;
  const limit = 256 * 1024;
  await assert.rejects(safeFetch(`${server.base}/endless`, { ...fast, maxBytes: limit }), {
    message: `dyad: ${server.base}/endless is larger than the 256 KB limit; the download was cut there (raise it with --max-bytes)`,
  });
  for (let i = 0; i < 100 && !server.clientClosed; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(server.clientClosed, true, 'the client hung up');
  // What the server got out before the hang-up: the limit plus socket buffers, nowhere near 1 GB.
  assert.ok(server.written < 16 * 1024 * 1024, `server wrote ${server.written} bytes`);
  assert.ok(server.written >= limit);
});

test('feeds: a declared Content-Length over the limit is refused before reading; a gzip bomb is cut after decompression', async () => {
  await assert.rejects(safeFetch(`${server.base}/declared-huge`, { ...fast, maxBytes: 1024 * 1024 }), {
    message: `dyad: ${server.base}/declared-huge is larger than the 1 MB limit; the download was cut there (raise it with --max-bytes)`,
  });
  await assert.rejects(safeFetch(`${server.base}/gzip-bomb`, { ...fast, maxBytes: 1024 * 1024 }), {
    message: `dyad: ${server.base}/gzip-bomb is larger than the 1 MB limit; the download was cut there (raise it with --max-bytes)`,
  });
  const ok = await safeFetch(`${server.base}/gzipped`, fast);
  assert.equal(ok.status, 'ok');
  assert.equal(ok.status === 'ok' && Buffer.from(ok.body).toString('utf8'), RSS);
});

test('feeds: conditional request: the second fetch sends If-None-Match and If-Modified-Since and gets 304', async () => {
  server.requests.length = 0;
  const first = await safeFetch(`${server.base}/feed`, fast);
  assert.equal(first.status, 'ok');
  assert.equal(first.etag, '"v1"');
  assert.equal(first.lastModified, 'Mon, 08 Apr 2024 10:00:00 GMT');
  assert.equal(first.status === 'ok' && first.contentType, 'application/rss+xml; charset=utf-8');
  const second = await safeFetch(`${server.base}/feed`, { ...fast, etag: first.etag, lastModified: first.lastModified });
  assert.deepEqual(second, { status: 'not-modified', url: `${server.base}/feed`, etag: '"v1"', lastModified: 'Mon, 08 Apr 2024 10:00:00 GMT' });
  const [a, b] = server.requests;
  assert.equal(a!.headers['if-none-match'], undefined);
  assert.equal(b!.headers['if-none-match'], '"v1"');
  assert.equal(b!.headers['if-modified-since'], 'Mon, 08 Apr 2024 10:00:00 GMT');
  assert.match(String(a!.headers['user-agent']), /^dyad\//);
});

test('feeds: redirects are followed by hand, at most 5, each hop checked again', async () => {
  const followed = await safeFetch(`${server.base}/r1`, fast);
  assert.equal(followed.url, `${server.base}/feed`);
  assert.equal(followed.status, 'ok');
  await assert.rejects(safeFetch(`${server.base}/loop`, fast), { message: `dyad: ${server.base}/loop redirects more than 5 times` });
  // Only the test server's own address is allowed: the redirect targets are refused before any connection.
  const narrow: FetchOptions = { allowAddresses: ['127.0.0.1'], pacer: new HostPacer(0), resolve: async () => [{ address: '127.0.0.1', family: 4 }] };
  const rows: [string, string][] = [
    ['/to-metadata', 'it redirects to http://169.254.169.254/latest/meta-data/, and 169.254.169.254 is a link-local address (use --allow-private to allow it)'],
    ['/to-file', 'it redirects to file:///etc/passwd, and only http and https URLs are fetched'],
  ];
  for (const [path, reason] of rows) {
    await assert.rejects(safeFetch(`${server.base}${path}`, narrow), { message: `dyad: refusing to fetch ${server.base}${path}: ${reason}` });
  }
  const localhost: Resolver = async () => [{ address: '::1', family: 6 }];
  await assert.rejects(safeFetch(`${server.base}/to-localhost`, { ...narrow, resolve: localhost }), {
    message: `dyad: refusing to fetch ${server.base}/to-localhost: it redirects to http://localhost/admin, and localhost resolves to ::1, a loopback address (use --allow-private to allow it)`,
  });
  await assert.rejects(safeFetch(`${server.base}/gone`, fast), { message: `dyad: ${server.base}/gone answered 404 Not Found` });
});

test('feeds: the test server itself is refused without allowPrivate', async () => {
  server.requests.length = 0;
  await assert.rejects(safeFetch(`${server.base}/feed`, { pacer: new HostPacer(0) }), {
    message: `dyad: refusing to fetch ${server.base}/feed: 127.0.0.1 is a loopback address (use --allow-private to allow it)`,
  });
  assert.equal(server.requests.length, 0);
});

test('feeds: the connection goes to the address that was checked, not to a second DNS answer', async () => {
  // "feed.test" exists in no DNS: the request can only have reached the server through the checked address.
  let calls = 0;
  const resolve: Resolver = async () => {
    calls++;
    return [{ address: '127.0.0.1', family: 4 }];
  };
  const result = await safeFetch(`http://feed.test:${server.port}/feed`, { ...fast, resolve });
  assert.equal(result.status, 'ok');
  assert.equal(calls, 1);
  assert.equal(server.requests.at(-1)!.headers.host, `feed.test:${server.port}`);
});

test('feeds: the pacer spaces requests to one host by the delay, other hosts not', async () => {
  let now = 0;
  const sleeps: number[] = [];
  const clock: Clock = { now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; } };
  const pacer = new HostPacer(1000, clock);
  const rows: [string, number, number][] = [
    // host, advance the clock before, expected wait
    ['a.example', 0, 0],
    ['a.example', 0, 1000],
    ['b.example', 0, 0],
    ['a.example', 300, 700],
    ['a.example', 5000, 0],
  ];
  for (const [host, advance, wait] of rows) {
    now += advance;
    assert.equal(await pacer.wait(host), wait, `${host} +${advance}`);
  }
  // A redirect chain on one host waits before each hop.
  sleeps.length = 0;
  const chained = new HostPacer(1000, clock);
  await safeFetch(`${server.base}/r1`, { allowPrivate: true, pacer: chained });
  assert.deepEqual(sleeps, [1000, 1000]);
});

test('feeds: network failures are one line in words', async () => {
  const closed = await startServer({});
  const url = `${closed.base}/feed`;
  await closed.close();
  await assert.rejects(safeFetch(url, fast), { message: `dyad: ${url}: the connection was refused (ECONNREFUSED)` });
  await assert.rejects(safeFetch(`${server.base}/not-http`, fast), { message: `dyad: ${server.base}/not-http: the answer is not HTTP (HPE_INVALID_CONSTANT)` });
});

test('feeds: https is verified against the host of the URL while connecting to the checked address', async () => {
  // A self-signed certificate for "feed.test" (fixtures, valid until 2125).
  const cert = readFileSync(new URL('./fixtures/feed-test.cert.pem', import.meta.url), 'utf8');
  const key = readFileSync(new URL('./fixtures/feed-test.key.pem', import.meta.url), 'utf8');
  const tls = https.createServer({ cert, key }, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS));
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const port = (tls.address() as AddressInfo).port;
  try {
    const resolve: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const url = `https://feed.test:${port}/feed`;
    await assert.rejects(safeFetch(url, { ...fast, resolve }), { message: `dyad: ${url}: its TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)` });
    const ok = await safeFetch(url, { ...fast, resolve, ca: cert });
    assert.equal(ok.status === 'ok' && Buffer.from(ok.body).toString('utf8'), RSS);
    const byAddress = `https://127.0.0.1:${port}/feed`;
    await assert.rejects(safeFetch(byAddress, { ...fast, ca: cert }), {
      message: `dyad: ${byAddress}: its TLS certificate is for another host (ERR_TLS_CERT_ALTNAME_INVALID)`,
    });
  } finally {
    tls.closeAllConnections();
    await new Promise((resolve) => tls.close(resolve));
  }
});
