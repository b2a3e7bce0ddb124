// ingestFeed end to end: a loopback feed server → feeds/feed_items state → articles through the store's ingest.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { ingestFeed, type FeedOptions } from '../../../src/corpus/feeds/index.js';
import { HostPacer } from '../../../src/corpus/feeds/pacer.js';
import { openCorpus } from '../../../src/corpus/store/index.js';
import { startServer } from './server.js';

interface Item {
  guid: string;
  title: string;
  body: string;
  link?: string;
}

const rss = (title: string, items: Item[]) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>${title}</title><link>https://x.example/</link><description>d</description>
${items
  .map(
    (i) => `<item><title>${i.title}</title><guid>${i.guid}</guid>${i.link ? `<link>${i.link}</link>` : ''}
<pubDate>Mon, 08 Apr 2024 10:30:00 GMT</pubDate><author>desk@x.example (News Desk)</author>
<description><![CDATA[${i.body}]]></description></item>`,
  )
  .join('\n')}
</channel></rss>`;

const GENEVA: Item = {
  guid: 'geneva',
  title: 'Ministers meet in Geneva',
  body: '<p>The foreign ministers of France and Germany met in Geneva on Monday to discuss trade.</p><p>"We are ready to talk," the French minister said.</p>',
};
const BRASILIA: Item = {
  guid: 'brasilia',
  title: 'Brazil and Argentina sign deal',
  body: '<p>The president of Brazil visited Argentina on Tuesday and signed a trade agreement with his counterpart.</p>',
};
const NAIROBI: Item = {
  guid: 'nairobi',
  title: 'Kenya hosts summit',
  body: '<p>Kenya hosted a regional summit in Nairobi on Wednesday, attended by the leaders of Uganda and Tanzania.</p>',
};

let version = 1;
const stopper = new AbortController();
let items: Item[] = [GENEVA, BRASILIA];
const server = await startServer({
  '/feed': (req, res) => {
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss('Loopback News', items));
  },
  // Another outlet carrying the Geneva story word for word.
  '/mirror': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Mirror', [{ ...GENEVA, guid: 'mirror-geneva' }])),
  '/broken': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><title>Broken<item><title>oops</channel>'),
  '/teaser': (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Teasers', [{ guid: 't1', title: 'Summit', body: 'Leaders met.', link: `${server.base}/story.html` }])),
  '/two-teasers': (req, res) => {
    if (req.headers['if-none-match'] === '"t2"') return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"t2"' }).end(
      rss('Teasers', [
        { guid: 's1', title: 'One', body: 'One.', link: `${server.base}/stop-here.html` },
        { guid: 's2', title: 'Two', body: 'Two.', link: `${server.base}/story.html` },
      ]),
    );
  },
  '/stop-here.html': () => stopper.abort(), // the user presses Ctrl-C while this page is awaited
  '/story.html': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<html><head><title>Summit</title></head><body><article><h1>Summit</h1><p>The leaders of Japan and South Korea met in Tokyo on Thursday and agreed to resume regular talks on security.</p></article></body></html>'),
});

const corpus = openCorpus(':memory:');
after(() => corpus.close());
const options: FeedOptions = { allowPrivate: true, pacer: new HostPacer(0), now: () => '2024-04-10T00:00:00Z', ingest: { now: () => '2024-04-10T00:00:00Z' } };
const count = (sql: string, ...args: unknown[]) => (corpus.db.prepare(sql).get(...args) as { n: number }).n;

test('feeds: a feed is ingested, its state kept; a second poll is a 304 with nothing new', async () => {
  const first = await ingestFeed(corpus, `${server.base}/feed`, options);
  assert.deepEqual(first, { new: 2, duplicate: 0, failed: 0, failures: [], seen: 0, items: 2, pageErrors: [] });
  const stored = corpus.db.prepare('SELECT title, url, outlet, byline, published, input_id FROM articles ORDER BY rowid').all();
  assert.deepEqual(stored, [
    { title: 'Ministers meet in Geneva', url: null, outlet: 'Loopback News', byline: 'News Desk', published: '2024-04-08T10:30Z', input_id: 'geneva' },
    { title: 'Brazil and Argentina sign deal', url: null, outlet: 'Loopback News', byline: 'News Desk', published: '2024-04-08T10:30Z', input_id: 'brasilia' },
  ]);
  const taken = corpus.db.prepare('SELECT guid, article IS NOT NULL AS linked FROM feed_items WHERE feed = ? ORDER BY guid').all(`${server.base}/feed`);
  assert.deepEqual(taken, [{ guid: 'brasilia', linked: 1 }, { guid: 'geneva', linked: 1 }]);
  assert.deepEqual(corpus.db.prepare('SELECT etag, last_status, error FROM feeds WHERE url = ?').get(`${server.base}/feed`), { etag: '"v1"', last_status: 'ok', error: null });

  server.requests.length = 0;
  const second = await ingestFeed(corpus, `${server.base}/feed`, options);
  assert.equal(second.notModified, true);
  assert.equal(second.new, 0);
  assert.equal(server.requests[0]!.headers['if-none-match'], '"v1"');
  assert.equal(count('SELECT count(*) AS n FROM articles'), 2);
});

test('feeds: a changed feed gives only its new items; items seen before are skipped', async () => {
  version = 2;
  items = [NAIROBI, GENEVA, BRASILIA];
  const third = await ingestFeed(corpus, `${server.base}/feed`, options);
  assert.equal(third.new, 1);
  assert.equal(third.seen, 2);
  assert.equal(third.items, 3);
  assert.equal(count('SELECT count(*) AS n FROM articles'), 3);
  assert.equal(count('SELECT count(*) AS n FROM feed_items WHERE feed = ?', `${server.base}/feed`), 3);
});

test('feeds: the same item seen in a second feed is stored once', async () => {
  const mirror = await ingestFeed(corpus, `${server.base}/mirror`, options);
  assert.equal(mirror.new, 0);
  assert.equal(mirror.duplicate, 1);
  assert.equal(count('SELECT count(*) AS n FROM articles'), 3);
  assert.equal(count("SELECT count(*) AS n FROM articles WHERE title = 'Ministers meet in Geneva'"), 1);
  // The mirror's item is taken and points at the article already stored.
  const row = corpus.db.prepare('SELECT article FROM feed_items WHERE feed = ?').get(`${server.base}/mirror`) as { article: string | null };
  assert.equal(row.article, (corpus.db.prepare("SELECT id FROM articles WHERE input_id = 'geneva'").get() as { id: string }).id);
});

test('feeds: a malformed feed and a refused address come back as one-line errors, recorded, not thrown', async () => {
  const broken = await ingestFeed(corpus, `${server.base}/broken`, options);
  assert.match(broken.error!, /^dyad: http:\/\/127\.0\.0\.1:\d+\/broken is not a feed dyad can read \(RSS, Atom, RDF or JSON Feed\): [^\n]+$/);
  assert.equal(broken.failed, 1);
  assert.deepEqual(corpus.db.prepare('SELECT last_status, error FROM feeds WHERE url = ?').get(`${server.base}/broken`), { last_status: 'error', error: broken.error });

  server.requests.length = 0;
  const refused = await ingestFeed(corpus, `${server.base}/feed`, { ...options, allowPrivate: false });
  assert.equal(refused.error, `dyad: refusing to fetch ${server.base}/feed: 127.0.0.1 is a loopback address (use --allow-private to allow it)`);
  assert.equal(server.requests.length, 0);
});

test('feeds: fetchArticles reads the page of an item whose feed gives only a summary', async () => {
  const before = count('SELECT count(*) AS n FROM articles');
  const result = await ingestFeed(corpus, `${server.base}/teaser`, { ...options, fetchArticles: true });
  assert.equal(result.new, 1);
  assert.deepEqual(result.pageErrors, []);
  assert.equal(count('SELECT count(*) AS n FROM articles'), before + 1);
  const text = (corpus.db.prepare("SELECT text FROM articles WHERE input_id = 't1'").get() as { text: string }).text;
  assert.match(text, /The leaders of Japan and South Korea met in Tokyo on Thursday/);
  assert.ok(!text.includes('Leaders met.'));
});

test('feeds: a poll stopped midway keeps the old validators, so the next poll takes the items left over', async () => {
  const url = `${server.base}/two-teasers`;
  const stopped = await ingestFeed(corpus, url, { ...options, fetchArticles: true, signal: stopper.signal });
  assert.equal(stopped.new, 0);
  assert.deepEqual(corpus.db.prepare('SELECT etag, last_status FROM feeds WHERE url = ?').get(url), { etag: null, last_status: 'stopped' });
  assert.equal(count('SELECT count(*) AS n FROM feed_items WHERE feed = ?', url), 0);
  const next = await ingestFeed(corpus, url, options);
  assert.equal(next.notModified, undefined);
  assert.equal(next.new, 2);
  assert.deepEqual(corpus.db.prepare('SELECT etag, last_status FROM feeds WHERE url = ?').get(url), { etag: '"t2"', last_status: 'ok' });
});
