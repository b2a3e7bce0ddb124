// assignStory: near-duplicate articles join one story (wire copies, re-posts with a new headline and a reworded
// paragraph); independent reports of the same news do not; story counts; the threshold option.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assignStory,
  estimateJaccard,
  exactJaccard,
  outletKey,
  shingleHashes,
  textSignature,
  BANDS,
} from '../../../src/corpus/dedupe/index.js';
import { insertArticle, makeRecord, openTestDb, store } from './helpers.js';
import { FLOOD, FLOOD_OTHER, FLOOD_WIRE, VISIT_A, VISIT_B } from './texts.js';

const REFERENCE = readFileSync(new URL('../../../../shared/fixtures/seed/article.txt', import.meta.url), 'utf8');

/** Rewords a paragraph so that none of its 5-word runs survive: sentences reversed, every third word replaced. */
function reword(paragraph: string): string {
  const sentences = paragraph.split(/(?<=[.!?]["”]?)\s+/).reverse();
  const fillers = ['indeed', 'notably', 'meanwhile', 'reportedly'];
  return sentences
    .map((s) => s.split(/\s+/).map((w, i) => (i % 3 === 2 ? fillers[i % fillers.length]! : w)).join(' '))
    .join(' ');
}

/** The reference article with another headline and its longest paragraph reworded. */
function repost(text: string): string {
  const [, ...rest] = text.split('\n');
  const body = rest.join('\n');
  const paragraphs = body.split(/\n\s*\n/);
  let longest = 0;
  paragraphs.forEach((p, i) => {
    if (p.length > paragraphs[longest]!.length) longest = i;
  });
  paragraphs[longest] = reword(paragraphs[longest]!);
  return ['Lavrov in Beijing: ties with Moscow set to deepen, observers say', paragraphs.join('\n\n')].join('\n');
}

test('dedupe: a re-post of the reference article (new headline, one paragraph reworded) groups with the original', () => {
  const copy = repost(REFERENCE);
  assert.notEqual(copy, REFERENCE);
  assert.notEqual(copy.split('\n')[0], REFERENCE.split('\n')[0]);
  const exact = exactJaccard(shingleHashes(REFERENCE), shingleHashes(copy));
  assert.ok(exact > 0.6 && exact < 0.95, `exact Jaccard ${exact.toFixed(3)}`);
  const db = openTestDb();
  const first = store(db, { text: REFERENCE, outlet: 'Global Times' });
  const second = store(db, { text: copy, outlet: 'Another Daily' });
  assert.equal(second.story, first.story);
  const story = db.prepare('SELECT first_article, articles, outlets FROM stories WHERE id = ?').get(first.story);
  assert.deepEqual(story, { first_article: first.article, articles: 2, outlets: 2 });
});

test('dedupe: near-duplicates and independent reports (table)', () => {
  const cases: [string, string, string, boolean][] = [
    ['wire copy of a short report (dateline, credit line, a word changed, end cut, no diacritics)', FLOOD, FLOOD_WIRE, true],
    ['two articles about the same state visit, in different words', VISIT_A, VISIT_B, false],
    ['two articles about the same flood, in different words', FLOOD, FLOOD_OTHER, false],
    ['a report of the visit and a report of the flood', VISIT_A, FLOOD, false],
    ['the reference article and its re-post', REFERENCE, repost(REFERENCE), true],
    ['a different article quoting one paragraph of the other word for word', FLOOD, `${FLOOD_OTHER}\n\n${FLOOD.split('\n\n')[1]}`, false],
    ['the reference article and a report of the same visit in other words', REFERENCE, VISIT_A.replace(/Prabowo Subianto|Prabowo/g, 'Sergey Lavrov'), false],
  ];
  for (const [name, a, b, grouped] of cases) {
    const db = openTestDb();
    const first = store(db, { text: a });
    const second = store(db, { text: b });
    assert.equal(second.story === first.story, grouped, name);
    assert.equal(db.prepare('SELECT COUNT(*) FROM stories').pluck().get(), grouped ? 1 : 2, name);
  }
});

test('dedupe: the estimate the join decides on is close to the exact Jaccard of the texts', () => {
  for (const [a, b] of [[FLOOD, FLOOD_WIRE], [VISIT_A, VISIT_B], [REFERENCE, repost(REFERENCE)]] as const) {
    const exact = exactJaccard(shingleHashes(a), shingleHashes(b));
    const estimate = estimateJaccard(textSignature(a)!, textSignature(b)!);
    assert.ok(Math.abs(exact - estimate) < 0.12, `exact ${exact.toFixed(3)} estimate ${estimate.toFixed(3)}`);
  }
});

test('dedupe: a story counts its articles and outlets; articles without outlet or URL count as one unknown outlet', () => {
  const db = openTestDb();
  const a = store(db, { text: FLOOD, outlet: 'Reuters' });
  store(db, { text: FLOOD_WIRE, outlet: ' reuters ' });
  const counts = () => db.prepare('SELECT articles, outlets FROM stories WHERE id = ?').get(a.story);
  assert.deepEqual(counts(), { articles: 2, outlets: 1 });
  store(db, { text: FLOOD_WIRE + '\n\nUpdated at 14:00.' , url: 'https://www.example.pt/news/1' });
  assert.deepEqual(counts(), { articles: 3, outlets: 2 });
  store(db, { text: FLOOD_WIRE + '\n\nUpdated at 15:00.' });
  store(db, { text: FLOOD_WIRE + '\n\nUpdated at 16:00.' });
  assert.deepEqual(counts(), { articles: 5, outlets: 3 });
});

test('dedupe: outlet keys (table)', () => {
  const cases: [string | null, string | null, string][] = [
    ['Reuters', null, 'reuters'],
    ['  BBC News ', 'https://www.bbc.co.uk/news/1', 'bbc news'],
    [null, 'https://www.bbc.co.uk/news/1', 'bbc.co.uk'],
    ['', 'http://user@example.org:8080/a?b', 'example.org'],
    [null, 'not a url', ''],
    [null, null, ''],
  ];
  for (const [outlet, url, key] of cases) assert.equal(outletKey(outlet, url), key, `${outlet} ${url}`);
});

test('dedupe: the threshold option decides how alike a copy must be', () => {
  const exact = estimateJaccard(textSignature(FLOOD)!, textSignature(FLOOD_WIRE)!);
  for (const [threshold, grouped] of [[exact - 0.05, true], [Math.min(1, exact + 0.05), false]] as const) {
    const db = openTestDb();
    const first = store(db, { text: FLOOD }, { threshold });
    const second = store(db, { text: FLOOD_WIRE }, { threshold });
    assert.equal(second.story === first.story, grouped, `threshold ${threshold}`);
  }
});

test('dedupe: minhash rows are written for each signed article; an article with no words is a story of its own', () => {
  const db = openTestDb();
  const first = store(db, { text: FLOOD });
  assert.equal(db.prepare('SELECT COUNT(*) FROM minhash_bands WHERE article = ?').pluck().get(first.article), BANDS);
  const blob = db.prepare('SELECT signature FROM minhash_signatures WHERE article = ?').pluck().get(first.article) as Buffer;
  assert.equal(blob.length, 128 * 4);
  const empty1 = store(db, { text: '— — …' });
  const empty2 = store(db, { text: '!!' });
  assert.notEqual(empty1.story, empty2.story);
  assert.equal(db.prepare('SELECT COUNT(*) FROM minhash_bands WHERE article IN (?, ?)').pluck().get(empty1.article, empty2.article), 0);
});

test('dedupe: assignStory called again for a grouped article returns its story and changes nothing', () => {
  const db = openTestDb();
  const record = makeRecord({ text: FLOOD });
  const article = insertArticle(db, record);
  const story = assignStory(db, article, record);
  assert.equal(assignStory(db, article, record), story);
  assert.equal(db.prepare('SELECT COUNT(*) FROM stories').pluck().get(), 1);
  assert.equal(db.prepare('SELECT COUNT(*) FROM minhash_bands').pluck().get(), BANDS);
});

test('dedupe: a copy joins the story of its most similar earlier article', () => {
  const db = openTestDb();
  const flood = store(db, { text: FLOOD });
  store(db, { text: VISIT_A });
  const wire = store(db, { text: FLOOD_WIRE });
  assert.equal(wire.story, flood.story);
  const again = store(db, { text: FLOOD_WIRE.replace('LISBON', 'PORTO') });
  assert.equal(again.story, flood.story);
});
