// The private-address refusal, without network: literal IPs, and host names through a stubbed resolver.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkHost, classifyAddress, REFUSED_RANGES, type Resolver } from '../../../src/corpus/feeds/addresses.js';
import { safeFetch } from '../../../src/corpus/feeds/fetch.js';
import { HostPacer } from '../../../src/corpus/feeds/pacer.js';

test('feeds: every refused range refuses its own example as its kind', () => {
  for (const entry of REFUSED_RANGES) {
    const refusal = classifyAddress(entry.example);
    assert.ok(refusal, `${entry.id}: ${entry.example} not refused`);
    assert.equal(refusal.kind, entry.kind, entry.id);
    assert.equal(refusal.rule, entry.id, entry.example);
  }
});

test('feeds: address kinds, IPv4-mapped and other embedded forms included', () => {
  const rows: [string, string | null, string?][] = [
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.32.0.1', null], // just past 172.16/12
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.128.0.1', null], // just past 100.64/10
    ['0.0.0.0', 'unspecified'],
    ['8.8.8.8', null],
    ['93.184.216.34', null],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'link-local'],
    ['fd00::1', 'private'],
    ['fc00::1', 'private'],
    ['::ffff:127.0.0.1', 'loopback', '127.0.0.1'],
    ['::ffff:7f00:1', 'loopback', '127.0.0.1'],
    ['::ffff:10.1.2.3', 'private', '10.1.2.3'],
    ['::ffff:169.254.169.254', 'link-local', '169.254.169.254'],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::a9fe:a9fe', 'link-local', '169.254.169.254'],
    ['2002:7f00:1::', 'loopback', '127.0.0.1'],
    ['2606:4700:4700::1111', null],
    ['2001:4860:4860::8888', null],
  ];
  for (const [ip, kind, embedded] of rows) {
    const refusal = classifyAddress(ip);
    assert.equal(refusal?.kind ?? null, kind, ip);
    if (embedded) assert.equal(refusal?.embedded, embedded, ip);
  }
});

// A resolver that knows a few names and fails on the rest, as DNS would.
const stub: Resolver = async (host) => {
  const table: Record<string, { address: string; family: 4 | 6 }[]> = {
    localhost: [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }],
    'metadata.internal': [{ address: '169.254.169.254', family: 4 }],
    'news.example': [{ address: '93.184.216.34', family: 4 }],
    'mixed.example': [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }],
  };
  const hit = table[host];
  if (!hit) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return hit;
};

test('feeds: refused without allowPrivate, with one line naming the address and its kind', async () => {
  const rows: [string, string][] = [
    ['http://127.0.0.1/feed', 'dyad: refusing to fetch http://127.0.0.1/feed: 127.0.0.1 is a loopback address (use --allow-private to allow it)'],
    ['http://localhost/feed', 'dyad: refusing to fetch http://localhost/feed: localhost resolves to 127.0.0.1, a loopback address (use --allow-private to allow it)'],
    ['http://[::1]:8080/feed', 'dyad: refusing to fetch http://[::1]:8080/feed: ::1 is a loopback address (use --allow-private to allow it)'],
    ['http://10.1.2.3/rss', 'dyad: refusing to fetch http://10.1.2.3/rss: 10.1.2.3 is a private address (use --allow-private to allow it)'],
    ['http://169.254.169.254/latest/meta-data/', 'dyad: refusing to fetch http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a link-local address (use --allow-private to allow it)'],
    ['http://[::ffff:127.0.0.1]/feed', 'dyad: refusing to fetch http://[::ffff:127.0.0.1]/feed: ::ffff:7f00:1 is a loopback address (IPv4 127.0.0.1 inside IPv6) (use --allow-private to allow it)'],
    ['http://metadata.internal/x', 'dyad: refusing to fetch http://metadata.internal/x: metadata.internal resolves to 169.254.169.254, a link-local address (use --allow-private to allow it)'],
    ['http://mixed.example/feed', 'dyad: refusing to fetch http://mixed.example/feed: mixed.example resolves to 10.0.0.7, a private address (use --allow-private to allow it)'],
    // Other spellings of 127.0.0.1 that the URL parser normalizes.
    ['http://2130706433/feed', 'dyad: refusing to fetch http://2130706433/feed: 127.0.0.1 is a loopback address (use --allow-private to allow it)'],
    ['http://0x7f.1/feed', 'dyad: refusing to fetch http://0x7f.1/feed: 127.0.0.1 is a loopback address (use --allow-private to allow it)'],
    ['file:///etc/passwd', 'dyad: refusing to fetch file:///etc/passwd: only http and https URLs are fetched'],
    ['http://nowhere.invalid/feed', 'dyad: cannot fetch http://nowhere.invalid/feed: cannot resolve nowhere.invalid (ENOTFOUND)'],
  ];
  // The pacer never waits here: nothing is connected to, every URL is refused before.
  const pacer = new HostPacer(0);
  for (const [url, message] of rows) {
    await assert.rejects(safeFetch(url, { resolve: stub, pacer }), (e: Error) => {
      assert.equal(e.message, message, url);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  }
});

test('feeds: allowPrivate and a named allowed address let private hosts through; public hosts pass', async () => {
  const rows: [string, boolean, string[], boolean][] = [
    ['http://127.0.0.1/feed', true, [], true],
    ['http://localhost/feed', true, [], true],
    ['http://10.1.2.3/feed', false, ['10.1.2.3'], true],
    ['http://10.1.2.4/feed', false, ['10.1.2.3'], false],
    ['http://news.example/feed', false, [], true],
  ];
  for (const [url, allowPrivate, allowed, ok] of rows) {
    const check = await checkHost(new URL(url), stub, allowPrivate, new Set(allowed));
    assert.equal(check.ok, ok, url);
  }
  const check = await checkHost(new URL('http://news.example/feed'), stub, false);
  assert.deepEqual(check, { ok: true, addresses: [{ address: '93.184.216.34', family: 4 }] });
});
