// Feed documents → RawInputs: RSS, Atom, RDF and JSON Feed fields, item keys, charsets, malformed documents.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { DyadFailure } from '../../../src/errors.js';
import { decodeFeed, feedDate, parseFeedItems } from '../../../src/corpus/feeds/parse.js';

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://news.example/</link>
  <description>World news</description>
  <item>
    <title>Ministers meet in Geneva</title>
    <link>https://news.example/2024/04/geneva</link>
    <guid isPermaLink="false">geneva-1</guid>
    <pubDate>Mon, 08 Apr 2024 10:30:00 +0200</pubDate>
    <dc:creator>Jane Doe</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The foreign ministers of France and Germany met in Geneva on Monday.</p><p>They discussed trade.</p>]]></content:encoded>
  </item>
  <item>
    <title>Plain text item</title>
    <link>/2024/04/plain</link>
    <pubDate>Tue, 09 Apr 2024 07:05:00 GMT</pubDate>
    <description>The president of Brazil visited Argentina on Tuesday &amp; signed a deal.</description>
  </item>
  <item>
    <title>Ministers meet in Geneva</title>
    <link>https://news.example/2024/04/geneva</link>
    <guid isPermaLink="false">geneva-1</guid>
    <description>The same item twice in one document.</description>
  </item>
</channel>
</rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <id>urn:uuid:feed</id>
  <updated>2024-04-08T12:00:00Z</updated>
  <entry>
    <title type="html">Talks &lt;b&gt;resume&lt;/b&gt; in Doha</title>
    <link rel="alternate" href="https://wire.example/doha"/>
    <link rel="enclosure" href="https://wire.example/doha.mp3"/>
    <id>urn:uuid:doha</id>
    <published>2024-04-08T09:15:00+03:00</published>
    <updated>2024-04-08T11:00:00+03:00</updated>
    <author><name>Ali Hassan</name></author>
    <summary>Negotiators met.</summary>
    <content type="html">&lt;p&gt;Negotiators from Qatar and Egypt met in Doha on Monday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://wire.example/summary"/>
    <id>urn:uuid:summary</id>
    <updated>2024-04-07T08:00:00Z</updated>
    <summary>A summary and nothing more.</summary>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Daily</title><link>https://rdf.example/</link><description>d</description></channel>
  <item rdf:about="https://rdf.example/a">
    <title>Item A</title><link>https://rdf.example/a</link>
    <description>Text of item A.</description>
    <dc:date>2024-04-08T06:00:00Z</dc:date><dc:creator>Sam Lee</dc:creator>
  </item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Times',
  items: [
    { id: 'j1', url: 'https://json.example/j1', title: 'J one', content_html: '<p>Body one.</p>', date_published: '2024-04-08T10:00:00-05:00', authors: [{ name: 'Kim' }] },
    { id: 'j2', title: 'J two', content_text: 'Body two.' },
  ],
});

test('feeds: RSS items become RawInputs with title, url, published, outlet, byline and body', () => {
  const parsed = parseFeedItems(RSS, 'https://news.example/rss.xml');
  assert.equal(parsed.format, 'rss');
  assert.equal(parsed.title, 'Example News');
  assert.equal(parsed.items.length, 2, 'the repeated guid is kept once');
  const [geneva, plain] = parsed.items;
  assert.equal(geneva!.guid, 'geneva-1');
  assert.deepEqual(geneva!.input, {
    origin: 'https://news.example/rss.xml item 1',
    inputId: 'geneva-1',
    title: 'Ministers meet in Geneva',
    published: '2024-04-08T10:30+02:00',
    url: 'https://news.example/2024/04/geneva',
    outlet: 'Example News',
    byline: 'Jane Doe',
    html: '<p>The foreign ministers of France and Germany met in Geneva on Monday.</p><p>They discussed trade.</p>',
  });
  // No guid: the link is the key; a relative link is resolved against the feed; plain text is analyzed as given.
  assert.equal(plain!.guid, 'https://news.example/2024/04/plain');
  assert.equal(plain!.input.url, 'https://news.example/2024/04/plain');
  assert.equal(plain!.input.published, '2024-04-09T07:05Z');
  assert.equal(plain!.input.text, 'The president of Brazil visited Argentina on Tuesday & signed a deal.');
  assert.equal(plain!.input.trusted, true);
  assert.equal(plain!.input.html, undefined);
  assert.equal(plain!.input.byline, null);
});

test('feeds: Atom entries: content before summary, published before updated, the alternate link', () => {
  const parsed = parseFeedItems(ATOM, 'https://wire.example/atom');
  assert.equal(parsed.format, 'atom');
  const [doha, summaryOnly] = parsed.items;
  assert.deepEqual(doha!.input, {
    origin: 'https://wire.example/atom item 1',
    inputId: 'urn:uuid:doha',
    title: 'Talks resume in Doha',
    published: '2024-04-08T09:15+03:00',
    url: 'https://wire.example/doha',
    outlet: 'Atom Wire',
    byline: 'Ali Hassan',
    html: '<p>Negotiators from Qatar and Egypt met in Doha on Monday.</p>',
  });
  assert.equal(summaryOnly!.input.published, '2024-04-07T08:00Z');
  assert.equal(summaryOnly!.input.text, 'A summary and nothing more.');
  assert.equal(summaryOnly!.bodyChars, 'A summary and nothing more.'.length);
});

test('feeds: RDF and JSON Feed items', () => {
  const rdf = parseFeedItems(RDF, 'https://rdf.example/index.rdf');
  assert.equal(rdf.format, 'rdf');
  assert.equal(rdf.items[0]!.guid, 'https://rdf.example/a');
  assert.equal(rdf.items[0]!.input.published, '2024-04-08T06:00Z');
  assert.equal(rdf.items[0]!.input.byline, 'Sam Lee');
  assert.equal(rdf.items[0]!.input.outlet, 'RDF Daily');
  const json = parseFeedItems(JSON_FEED, 'https://json.example/feed.json');
  assert.equal(json.format, 'json');
  assert.deepEqual(
    json.items.map((i) => [i.guid, i.input.url, i.input.published, i.input.byline, i.input.html ?? i.input.text]),
    [
      ['j1', 'https://json.example/j1', '2024-04-08T10:00-05:00', 'Kim', '<p>Body one.</p>'],
      ['j2', null, null, null, 'Body two.'],
    ],
  );
});

test('feeds: a feed without a title names its outlet by host', () => {
  const untitled = RSS.replace('<title>Example News</title>', '');
  assert.equal(parseFeedItems(untitled, 'https://www.news.example/rss').items[0]!.input.outlet, 'news.example');
});

test('feeds: malformed or non-feed documents give one line, not a crash', () => {
  const rows: [string, RegExp][] = [
    ['<rss><channel><title>X<item><title>oops</channel>', /^dyad: https:\/\/bad\.example\/feed is not a feed dyad can read \(RSS, Atom, RDF or JSON Feed\): .+$/],
    ['<html><body><p>Not a feed</p></body></html>', /^dyad: https:\/\/bad\.example\/feed is not a feed dyad can read/],
    ['', /^dyad: https:\/\/bad\.example\/feed is not a feed dyad can read/],
    ['{"version": 1', /^dyad: https:\/\/bad\.example\/feed is not a feed dyad can read/],
  ];
  for (const [doc, message] of rows) {
    assert.throws(() => parseFeedItems(doc, 'https://bad.example/feed'), (e: Error) => {
      assert.match(e.message, message);
      assert.ok(!e.message.includes('\n'), JSON.stringify(e.message));
      return true;
    });
  }
});

test('feeds: feed dates to ISO at the precision given', () => {
  const rows: [string | null, string | null][] = [
    ['Mon, 08 Apr 2024 10:30:00 +0200', '2024-04-08T10:30+02:00'],
    ['Tue, 9 Apr 2024 07:05:00 GMT', '2024-04-09T07:05Z'],
    ['2024-04-08T09:15:00.123Z', '2024-04-08T09:15Z'],
    ['2024-04-08', '2024-04-08'],
    ['not a date', null],
    [null, null],
  ];
  for (const [raw, iso] of rows) assert.equal(feedDate(raw), iso, String(raw));
});

test('feeds: documents are decoded by BOM, Content-Type charset, then XML declaration', () => {
  const latin = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\u00e9</title></channel></rss>';
  const rows: [Uint8Array, string | null, string][] = [
    [iconv.encode(latin, 'latin1'), null, latin],
    [iconv.encode(latin, 'latin1'), 'application/xml; charset=iso-8859-1', latin],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss/>')]), 'text/xml; charset=iso-8859-1', '<rss/>'],
    [Buffer.from('<rss>\u00e9</rss>'), null, '<rss>\u00e9</rss>'],
    [iconv.encode('<html><head><meta charset="windows-1252"></head><p>\u201cYes\u201d</p>', 'win1252'), 'text/html', '<html><head><meta charset="windows-1252"></head><p>\u201cYes\u201d</p>'],
    [iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf\u00e9</p>', 'latin1'), null, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf\u00e9</p>'],
  ];
  for (const [bytes, type, text] of rows) assert.equal(decodeFeed(bytes, type), text);
});

test('feeds: any bytes give items or one dyad: line, never a crash (truncated feeds, noise)', () => {
  let seed = 42; // a fixed LCG: the same 400 documents every run
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const docs: Uint8Array[] = [];
  for (let i = 0; i < 400; i++) {
    const source = [RSS, ATOM, RDF, JSON_FEED][i % 4]!;
    if (i % 3 === 0) docs.push(Uint8Array.from({ length: Math.floor(next() * 400) }, () => Math.floor(next() * 256)));
    else if (i % 3 === 1) docs.push(Buffer.from(source.slice(0, Math.floor(next() * source.length))));
    else {
      const at = Math.floor(next() * source.length); // one character swapped for markup
      docs.push(Buffer.from(source.slice(0, at) + '<>&"'.charAt(Math.floor(next() * 4)) + source.slice(at + 1)));
    }
  }
  let parsed = 0;
  let refused = 0;
  for (const bytes of docs) {
    try {
      const feed = parseFeedItems(decodeFeed(bytes, null), 'https://fuzz.example/feed');
      for (const item of feed.items) assert.ok(item.guid && (item.input.html ?? item.input.text));
      parsed++;
    } catch (e) {
      assert.ok(e instanceof DyadFailure, String(e));
      assert.match(e.message, /^dyad: https:\/\/fuzz\.example\/feed is not a feed dyad can read [^\n]*$/);
      refused++;
    }
  }
  assert.equal(parsed + refused, 400);
  assert.ok(parsed > 0 && refused > 0);
});
