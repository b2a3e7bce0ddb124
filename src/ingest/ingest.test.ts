// The ingest stage as a whole: raw inputs in, text, meta, captions, warnings and id out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emptyArticle, type Article, type RawInput } from '../article.js';
import { createContext, type Context } from '../context.js';
import { DyadFailure, type DyadError } from '../errors.js';
import { deepFreeze } from '../../test/helpers/make-article.js';
import { ingestDraft, ingestStage } from './index.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url));
/** The document before ingest, frozen (typed arrays cannot be frozen, so the bytes are only shared). */
function frozenDoc(input: RawInput): Article {
  const { bytes, ...rest } = input;
  const doc = deepFreeze(emptyArticle(rest));
  return Object.freeze({ ...doc, input: Object.freeze({ ...doc.input, bytes }) });
}
const run = (input: RawInput, ctx: Context = createContext()): Article => ingestStage.run(frozenDoc(input), ctx);

function failure(input: RawInput, ctx: Context = createContext()): DyadError {
  try {
    run(input, ctx);
  } catch (e) {
    if (e instanceof DyadFailure) return e.error;
    throw e;
  }
  assert.fail('expected a DyadFailure');
}

test('ingest: a plain-text article with headline, Published line, glued and repeated caption', () => {
  const doc = run({ bytes: example('diplomatic-visit.txt'), origin: 'examples/diplomatic-visit.txt' });
  assert.deepEqual(doc.meta, {
    title: "Finnish FM's trip to Jakarta 'opens a new chapter' in maritime ties",
    published: '2024-05-13T19:45',
    outlet: null,
    byline: null,
    url: null,
    language: 'en',
    origin: 'examples/diplomatic-visit.txt',
  });
  assert.equal(doc.captions.length, 1);
  assert.ok(doc.captions[0].startsWith('In this photo released by the Finnish Foreign Ministry on Monday, May 13, 2024'));
  assert.ok(doc.text.startsWith('Finnish Foreign Minister Aino Lehtinen arrived in Jakarta on Monday'));
  assert.ok(doc.text.endsWith('Finland and Indonesia established diplomatic relations in 1954.'));
  for (const gone of ['Published', 'In this photo', 'Photo:Antara', "Finnish FM's trip"]) assert.ok(!doc.text.includes(gone), gone);
  assert.ok(!/[ \t\u00a0]\n/.test(doc.text) && !doc.text.includes('\n\n\n'));
  assert.equal(doc.text.split('\n\n').length, 9);
  assert.deepEqual(doc.warnings, []);
  assert.match(doc.id, /^[0-9a-f]{64}$/);
});

test('ingest: a wire story with a dateline and an agency sign-off', () => {
  const doc = run({ bytes: example('wire-warning.txt'), origin: 'wire-warning.txt' });
  assert.equal(doc.meta.title, 'UN agency warns of grain shortfall as Black Sea shipments slow');
  assert.ok(doc.text.startsWith('GENEVA (Reuters) - The United Nations World Food Programme warned on Tuesday'));
  assert.ok(doc.text.endsWith('the ministry added.'));
  assert.deepEqual(doc.captions, []);
});

test('ingest: an HTML page with metadata, byline line and figcaption', () => {
  const doc = run({ bytes: example('fisheries-talks.html'), origin: 'fisheries-talks.html' });
  assert.deepEqual(doc.meta, {
    title: 'Chile and Peru agree to resume fisheries talks',
    published: '2024-06-04T16:20-05:00',
    outlet: 'The Pacific Ledger',
    byline: 'Lucía Herrera',
    url: 'https://pacific-ledger.example/2024/06/chile-peru-fisheries-talks',
    language: 'en',
    origin: 'fisheries-talks.html',
  });
  assert.deepEqual(doc.captions, [
    'Chilean Foreign Minister Tomás Ferreira (right) meets Peruvian Foreign Minister Rosa Quispe in Lima on Tuesday. Photo: Pacific Ledger',
  ]);
  assert.ok(doc.text.startsWith('Chile and Peru agreed on Tuesday to resume talks on fishing quotas'), doc.text.slice(0, 80));
  assert.equal(doc.text.split('\n\n').length, 5);
  for (const gone of ['By Lucía Herrera', 'Home', 'All rights reserved', 'Photo: Pacific Ledger']) assert.ok(!doc.text.includes(gone), gone);
  const draft = ingestDraft(frozenDoc({ bytes: example('fisheries-talks.html') }), createContext());
  assert.deepEqual([draft.kind, draft.title?.rule, draft.published?.rule, draft.byline?.rule], ['html', 'og-title', 'article-published-time', 'author-meta']);
});

test('ingest: trusted JSONL text is analyzed exactly as given', () => {
  const cases = [
    'Headline without a full stop\nPublished: Apr 08, 2024 10:38 PM\n\nIn this photo, a caption. Photo: X\n\nBody.  ',
    '\uFEFF  leading spaces, CRLF\r\n\r\n\r\ntrailing tab\t',
    'Cafe\u0301 \u00a0NBSP and e\u0301 unnormalized',
    'One long line with the headline glued to the body like the BBC corpus has it. Sella wants a recall.',
  ];
  for (const text of cases) {
    const doc = run({ text, trusted: true, inputId: 'a-1', origin: 'line 1' });
    assert.equal(doc.text, text);
    assert.deepEqual(doc.captions, []);
    assert.equal(doc.meta.title, null);
    assert.equal(doc.meta.published, null);
    assert.equal(doc.meta.inputId, 'a-1');
    assert.equal(doc.meta.origin, 'line 1');
  }
});

test('ingest: hints from the input win over what ingest finds; --published only fills a gap', () => {
  const text = 'Ferry strike ends after talks\nPublished: Apr 08, 2024 10:38 PM\nBy Jane Roe\n\nThe strike ended on Monday.';
  const found = run({ text }, createContext({ published: '2020-01-01' }));
  assert.deepEqual(
    [found.meta.title, found.meta.published, found.meta.byline],
    ['Ferry strike ends after talks', '2024-04-08T22:38', 'Jane Roe'],
  );
  const hinted = run(
    { text, title: 'Given title', published: '2024-04-09', byline: 'Given Byline', outlet: 'Given Outlet', url: 'https://given.example/a', inputId: '7' },
    createContext({ published: '2020-01-01' }),
  );
  assert.deepEqual(hinted.meta, {
    title: 'Given title',
    published: '2024-04-09',
    outlet: 'Given Outlet',
    byline: 'Given Byline',
    url: 'https://given.example/a',
    language: 'en',
    inputId: '7',
  });
  const gap = run({ text: 'The strike ended on Monday, the union said.' }, createContext({ published: '2024-04-08T10:00' }));
  assert.equal(gap.meta.published, '2024-04-08T10:00');
});

test('ingest: JSONL with text and html takes the text as given and the metadata from the page', () => {
  const html = example('fisheries-talks.html').toString('utf8');
  const text = 'Chile and Peru agreed on Tuesday to resume talks.';
  const doc = run({ text, html, trusted: true, inputId: 'x' });
  assert.equal(doc.text, text);
  assert.equal(doc.meta.title, 'Chile and Peru agree to resume fisheries talks');
  assert.equal(doc.meta.outlet, 'The Pacific Ledger');
  assert.equal(doc.captions.length, 1);
});

test('ingest: the same story from .txt, .html and JSONL has the same id', () => {
  const body = 'The harbour reopened on Tuesday after a week of repairs.\n\n"We are glad," the harbour master said.';
  const txt = run({ bytes: new TextEncoder().encode(`Harbour reopens\n\n${body}\n`) });
  const html = run({ html: `<html><head><title>Harbour reopens</title></head><body><article><p>${body.replace('\n\n', '</p>\n<p>').replace(/"/g, '&quot;')}</p></article></body></html>` });
  const jsonl = run({ text: body.replace('\n\n', ' '), trusted: true });
  assert.equal(txt.text, body);
  assert.equal(html.text, body);
  assert.equal(txt.id, html.id);
  assert.equal(txt.id, jsonl.id);
  assert.notEqual(run({ text: 'Another story entirely.', trusted: true }).id, txt.id);
});

test('ingest: non-English input is marked, kept, and warned about', () => {
  const text =
    "La ministre des Affaires étrangères est arrivée lundi à Ottawa pour une visite de deux jours. Elle doit rencontrer son homologue canadien afin de discuter de la sécurité dans l'Arctique, a indiqué mardi un porte-parole du ministère.";
  const doc = run({ text, origin: 'lettre.txt' });
  assert.equal(doc.meta.language, 'fr');
  assert.equal(doc.text, text);
  assert.equal(doc.warnings.length, 1);
  assert.ok(doc.warnings[0].startsWith('dyad: lettre.txt looks like French (fr), not English;'));
});

test('ingest: bad inputs stop with one clear error', () => {
  const cases: [RawInput, Context, string, string][] = [
    [{ bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), origin: 'photo.png' }, createContext(), 'binary-input', 'dyad: photo.png looks like a binary file (a PNG image), not text or HTML; give an article as .txt, .html or .jsonl'],
    [{ bytes: new Uint8Array(), origin: 'empty.txt' }, createContext(), 'empty-input', 'dyad: empty.txt is empty; there is no article to analyze'],
    [{ bytes: new Uint8Array(300).fill(0x41), origin: 'big.txt' }, createContext({ maxBytes: 200 }), 'too-large', 'dyad: big.txt is 300 bytes, over the 200 bytes limit; raise --max-bytes to analyze it'],
    [{ html: '<html><head><title>Only a title</title></head><body><nav>Home</nav></body></html>', origin: 'nav.html' }, createContext(), 'empty-input', 'dyad: nav.html has no readable article text (the page holds only markup or navigation); there is nothing to analyze'],
    [{}, createContext(), 'bad-input', 'dyad: the input has no text, html or bytes to analyze; give it a "text" or "html" field'],
  ];
  for (const [input, ctx, code, message] of cases) {
    const error = failure(input, ctx);
    assert.equal(error.code, code, message);
    assert.equal(error.message, message);
  }
});

test('ingest: must-not: an ordinary story gets no title, date, byline or captions it does not have', () => {
  const cases = [
    'The harbour reopened on Tuesday after a week of repairs.\n\nBy Monday, the divers had finished.',
    'Ministers met in Oslo.\nThey agreed to meet again in May.',
    'Sella wants Michalak recall Former France centre Philippe Sella believes coach Bernard Laporte must recall Frederic Michalak. He said: "Photo: none."',
  ];
  for (const text of cases) {
    const doc = run({ text });
    assert.deepEqual([doc.meta.title, doc.meta.published, doc.meta.byline, doc.captions], [null, null, null, []], text);
  }
});

test('ingest: the input document is not changed', () => {
  const input = emptyArticle({ text: 'Harbour reopens\n\nThe harbour reopened.' });
  const before = JSON.stringify(input);
  const frozen = deepFreeze(input);
  const out = ingestStage.run(frozen, createContext());
  assert.equal(JSON.stringify(frozen), before);
  assert.notEqual(out, frozen);
});

test('ingest: any bytes or markup give a document with text, or a dyad error', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pieces = ['<p>', '</p>', '<div>', '<html>', '<!doctype html>', 'Published: ', 'Apr 08, 2024 10:38 PM', 'By Jane Roe', '\n', '\n\n', 'In this photo ', 'Photo:AFP', ' the minister said ', '"', '\u00a0', '\r', '<figcaption>', '<script type="application/ld+json">{', '}</script>', 'é', '\uFEFF', '<meta property="og:title" content="', '">', '2024-13-45', '|', 'PM'];
  for (let i = 0; i < 300; i++) {
    let input: RawInput;
    if (i % 3 === 0) input = { bytes: Uint8Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256)), origin: `b${i}` };
    else {
      let s = '';
      for (let k = Math.floor(random() * 40); k > 0; k--) s += pieces[Math.floor(random() * pieces.length)];
      input = i % 3 === 1 ? { text: s, origin: `t${i}` } : { html: s, origin: `h${i}` };
    }
    try {
      const doc = run(input);
      assert.ok(/\S/.test(doc.text), JSON.stringify(input));
      assert.match(doc.id, /^[0-9a-f]{64}$/);
    } catch (e) {
      assert.ok(e instanceof DyadFailure, `${JSON.stringify(input)}: ${e}`);
      assert.ok(e.error.message.startsWith(`dyad: ${input.origin} `), e.error.message);
    }
  }
});
