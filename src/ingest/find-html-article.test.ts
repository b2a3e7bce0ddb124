import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeDocument, readHtml, stripSiteName } from './find-html-article.js';

const PARAGRAPH = (n: number) =>
  `<p>Paragraph ${n}: the harbour authority said on Tuesday that repairs to the northern pier, which began in January, would be finished before the summer season, and that ferries could use it again.</p>`;

// A page written for this test: og tags, JSON-LD in a @graph, a figcaption, a byline element, navigation.
const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<title>Harbour reopens after repairs - The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="https://gazette.example/staff/roe">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","url":"https://gazette.example/","name":"Gazette"},
  {"@type":["NewsArticle"],"headline":"Harbour reopens after repairs","datePublished":"2023-03-14T09:15:00+01:00",
   "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Ola Nordmann"}],
   "mainEntityOfPage":{"@id":"https://gazette.example/harbour-reopens"}}]}</script>
<script type="application/ld+json">{ this is not json </script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Harbour reopens after repairs</h1>
<figure><img src="pier.jpg" alt=""><figcaption>The northern pier on Tuesday. Photo: Jane Roe</figcaption></figure>
${PARAGRAPH(1)}
<p>"We are glad to have the boats back," the harbour master, <b>Ola Nordmann</b>, told reporters.<br>He thanked the divers.</p>
<div class="wp-caption"><img src="boat.jpg"><p class="wp-caption-text">A ferry waits at the pier.</p></div>
${PARAGRAPH(2)}
<figure><img src="pier2.jpg"><figcaption>The northern pier  on Tuesday.  Photo: Jane Roe</figcaption></figure>
</article>
<footer>© 2023 The Harbour Gazette</footer>
</body></html>`;

test('ingest: an HTML page gives its story, metadata and captions', () => {
  const a = readHtml(PAGE, 'page.html');
  assert.deepEqual(a.meta, {
    title: { value: 'Harbour reopens after repairs', rule: 'json-ld-headline' },
    published: { value: '2023-03-14T09:15:00+01:00', rule: 'json-ld-date-published' },
    byline: { value: 'Jane Roe, Ola Nordmann', rule: 'json-ld-author' },
    outlet: { value: 'The Harbour Gazette', rule: 'og-site-name' },
    url: { value: 'https://gazette.example/harbour-reopens', rule: 'json-ld-url' },
  });
  assert.equal(a.bodyRule, 'readability');
  const paragraphs = a.body.split('\n\n');
  assert.ok(paragraphs[0].startsWith('Paragraph 1: the harbour authority'), a.body);
  assert.equal(paragraphs[1], '"We are glad to have the boats back," the harbour master, Ola Nordmann, told reporters.\nHe thanked the divers.');
  assert.ok(paragraphs[2].startsWith('Paragraph 2:'), a.body);
  assert.equal(paragraphs.length, 3, a.body);
  assert.ok(!a.body.includes('Photo: Jane Roe') && !a.body.includes('Home') && !a.body.includes('ferry waits'));
  assert.deepEqual(
    a.captions.map((c) => [c.value, c.rule]),
    [
      ['The northern pier on Tuesday. Photo: Jane Roe', 'figcaption'],
      ['A ferry waits at the pier.', 'caption-class'],
      ['The northern pier on Tuesday. Photo: Jane Roe', 'figcaption'],
    ],
  );
});

test('ingest: broken HTML still gives text, never a crash', () => {
  const cases: [string, string][] = [
    ['<div><p>unclosed <b>bold <i>text that goes on<div><<<>>> garbage &&&; </p></table>', 'unclosed bold text that goes on\n\n<<<>>> garbage &&&;'],
    ['<p>first</p><p>second', 'first\n\nsecond'],
    ['<html><head><title>T</title></head><p>no body tag</p></html>', 'no body tag'],
    ['<!doctype html>just words <p>and a paragraph', 'just words\n\nand a paragraph'],
    ['<html><body><p>a &amp; b &lt;c&gt; &nbsp; d</p><script>var x = "<p>no</p>";</script></body></html>', 'a & b <c> d'],
    ['<p>' + '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(10), 'deep'],
    ['a note before <meta property="og:title" content="x"><html>|<p>the page</p>', 'a note before\n\n|\n\nthe page'],
    ['<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>xhtml</p></body></html>', 'xhtml'],
  ];
  for (const [html, body] of cases) {
    const a = readHtml(html, 'broken.html');
    assert.equal(a.body, body, html.slice(0, 60));
  }
});

test('ingest: a page Readability cannot read falls back to the body without navigation', () => {
  const html = '<html><body><nav>Home News</nav><header>Site</header><div>Short note: the pier is open.</div><footer>(c)</footer></body></html>';
  const a = readHtml(html, 'short.html');
  assert.equal(a.body, 'Short note: the pier is open.');
  assert.equal(a.bodyRule, 'body-text-fallback');
});

test('ingest: a page with many elements does not hang', () => {
  const html = `<html><body>${'<div><span>cell</span></div>'.repeat(30_000)}</body></html>`;
  const started = performance.now();
  const a = readHtml(html, 'huge.html');
  assert.ok(a.body.startsWith('cell'));
  assert.ok(performance.now() - started < 20_000);
});

test('ingest: metadata only, when JSONL gives the text beside the HTML', () => {
  const a = readHtml(PAGE, 'line 1', false);
  assert.equal(a.body, '');
  assert.equal(a.meta.title?.value, 'Harbour reopens after repairs');
  assert.equal(a.captions.length, 2);
});

test('ingest: site names come off titles only when they are the outlet', () => {
  const cases: [string, string | null, string][] = [
    ['Harbour reopens | The Harbour Gazette', 'The Harbour Gazette', 'Harbour reopens'],
    ['The Harbour Gazette - Harbour reopens', 'the harbour gazette', 'Harbour reopens'],
    ['Harbour reopens - for now', 'The Harbour Gazette', 'Harbour reopens - for now'],
    ['Harbour reopens | Gazette', null, 'Harbour reopens | Gazette'],
  ];
  for (const [title, outlet, expected] of cases) assert.equal(stripSiteName(title, outlet), expected, title);
});

test('ingest: fragments get the html and body elements linkedom does not add', () => {
  const cases: [string, string][] = [
    ['<p>a</p>', '<!DOCTYPE html><html><head></head><body><p>a</p></body></html>'],
    ['<head><title>t</title></head><p>a</p>', '<!DOCTYPE html><html><head><title>t</title></head><body><p>a</p></body></html>'],
    ['<html><head></head><p>a</p></html>', '<!DOCTYPE html><html><head></head><body><p>a</p></body></html>'],
    ['<html><body><p>a</p></body></html>', '<html><body><p>a</p></body></html>'],
  ];
  for (const [html, expected] of cases) assert.equal(completeDocument(html), expected, html);
});

test('ingest: must-not: metadata that is not there, or not fit for its field', () => {
  const html = `<html><head><meta name="author" content="https://social.example/roe"><link rel="canonical" href="/relative/path">
    <meta property="og:title" content="   "></head><body><article>${PARAGRAPH(1)}${PARAGRAPH(2)}</article></body></html>`;
  const a = readHtml(html, 'bare.html');
  assert.deepEqual(a.meta, { title: null, published: null, byline: null, outlet: null, url: null });
  assert.deepEqual(a.captions, []);
});
