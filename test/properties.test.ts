// Properties at the edges, over seeded random input (the seed is printed in each test name, so a failure replays):
// any bytes or string in gives an article record or a dyad.error/1, never an exception; every span lies inside
// `text` and its `text` equals the slice; trusted text comes back unchanged; the same input gives the same record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createContext, toErrorRecord, toRecord, type RawInput } from '../src/index.js';
import { checkRecord } from './cli/helpers.js';

/** mulberry32: a small seeded generator, so every run draws the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// Pieces chosen to hit the edges: surrogate pairs, combining marks, curly and straight quotes, abbreviations,
// dates, capitalised names, HTML-looking text, control characters and line breaks of every kind.
const PIECES = [
  'Sergey Lavrov', 'the U.S.', 'Gen. Smith', 'Sept. 11', 'on Monday', 'from Monday to Tuesday', 'in May', 'in 2023',
  '“We will not back down,”', '"Talks failed," he said.', "'single quotes'", 'said', 'told reporters', 'according to',
  'the ministry', 'Beijing', 'Ukraine', 'NATO', 'the European Union', '😀', '👩‍👩‍👧', 'é', 'e\u0301', 'Zürich', 'Москва', '北京',
  '—', '…', '.', ',', '?', '!', '(', ')', ':', ';', '\n', '\n\n', '\r\n', '\t', '  ', '\u00a0', '\u2028', '\ufeff',
  '<p>', '</p>', '&amp;', 'Published: 2024-04-08 22:38', 'Mr.', 'Dr.', 'No.', 'a', 'the', 'and', 'attacked', 'met', 'visited',
];

// Control characters make ingest call bytes binary, so only trusted text (which is analyzed as given) gets them.
const CONTROLS = ['\u0000', '\u0007', '\u001b'];

function newsish(r: () => number, pieces: number, controls = false): string {
  const out: string[] = [];
  for (let i = 0; i < pieces; i++) out.push(controls && r() < 0.02 ? pick(r, CONTROLS) : pick(r, PIECES), r() < 0.6 ? ' ' : '');
  return out.join('');
}

function codeUnits(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.6) s += String.fromCharCode(32 + Math.floor(r() * 95));
    else if (k < 0.8) s += String.fromCharCode(Math.floor(r() * 0x3000));
    else if (k < 0.9) s += String.fromCodePoint(0x1f300 + Math.floor(r() * 0x300));
    else s += String.fromCharCode(0xd800 + Math.floor(r() * 0x800)); // a lone surrogate
  }
  return s;
}

function bytes(r: () => number, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

const KINDS: [string, (r: () => number) => RawInput][] = [
  ['random bytes', (r) => ({ bytes: bytes(r, Math.floor(r() * 3000)), origin: 'random' })],
  ['random UTF-8 bytes of news-like text', (r) => ({ bytes: new TextEncoder().encode(newsish(r, 5 + Math.floor(r() * 300))), origin: 'news' })],
  ['trusted news-like text', (r) => ({ text: newsish(r, 5 + Math.floor(r() * 300), true), trusted: true, origin: 'news' })],
  ['trusted random code units', (r) => ({ text: codeUnits(r, Math.floor(r() * 2000)), trusted: true, origin: 'units' })],
  ['HTML around news-like text', (r) => ({ html: `<html><body><article><p>${newsish(r, 20 + Math.floor(r() * 200))}</p></article>`, origin: 'html' })],
];

const SEED = 20240408;
const CASES = 24;
const ctx = createContext({ published: '2024-04-08T22:38' });

for (const [kind, make] of KINDS) {
  test(`properties: ${kind} give a valid record or a dyad.error/1, spans inside text (seed ${SEED}, ${CASES} cases)`, () => {
    const r = random(SEED + kind.length);
    for (let i = 0; i < CASES; i++) {
      const input = make(r);
      let result;
      try {
        result = analyze(input, ctx);
      } catch (e) {
        // A bug, not a user error: fail with the input, so it can be replayed.
        const shown = input.text ?? input.html ?? (input.bytes ? new TextDecoder().decode(input.bytes) : '');
        assert.fail(`case ${i} threw ${e instanceof Error ? e.stack : String(e)}\ninput (${kind}): ${JSON.stringify(shown)}`);
      }
      const record = result.ok ? toRecord(result.article) : toErrorRecord(result.error, input.origin);
      const checked = checkRecord(JSON.parse(JSON.stringify(record)));
      if (checked.schema === 'dyad.error/1') continue;
      assert.match(checked.id, /^[0-9a-f]{64}$/, `case ${i}: id is not a sha256`);
      if (input.trusted) assert.equal(checked.text, input.text, `case ${i}: trusted text was rewritten`);
    }
  });
}

test(`properties: the same input gives the same record, id included (seed ${SEED})`, () => {
  const r = random(SEED);
  for (let i = 0; i < 8; i++) {
    const text = newsish(r, 50 + Math.floor(r() * 200));
    const a = analyze({ text, trusted: true }, ctx);
    const b = analyze({ text, trusted: true }, createContext({ published: '2024-04-08T22:38' }));
    assert.ok(a.ok && b.ok);
    assert.deepEqual(toRecord(a.article), toRecord(b.article));
    const viaBytes = analyze({ bytes: new TextEncoder().encode(text), origin: 'x' }, ctx);
    if (viaBytes.ok && viaBytes.article.text === text) assert.equal(viaBytes.article.id, a.article.id, 'same text, different id');
  }
});
