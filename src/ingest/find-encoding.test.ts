import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawInput } from '../article.js';
import { createContext } from '../context.js';
import { DyadFailure, type DyadError } from '../errors.js';
import { startDraft } from './draft.js';
import { decodeBytes, findEncoding, formatBytes, looksBinary } from './find-encoding.js';

const TEXT = 'Ministers met in Reykjavík on Monday – “a good start”, said Ólafur Jónsson. Café prices rose 5 €.';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(at + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

// windows-1252 bytes of TEXT, written out by hand: “ ” € and – are in the 0x80–0x9F range that latin1 lacks.
const CP1252: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '€': 0x80 };
const windows1252 = (text: string) => Uint8Array.from(text, (c) => CP1252[c] ?? c.charCodeAt(0));

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (b: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...b]);

test('ingest: each encoding decodes to the same text', () => {
  const cases: [string, Uint8Array, string][] = [
    ['utf-8 without BOM', utf8(TEXT), 'valid-utf8'],
    ['utf-8 with BOM', withBom(utf8(TEXT)), 'utf8-bom'],
    ['utf-16le with BOM', utf16(TEXT, true, true), 'utf16le-bom'],
    ['utf-16be with BOM', utf16(TEXT, false, true), 'utf16be-bom'],
    ['utf-16le without BOM', utf16(TEXT, true, false), 'utf16-without-bom'],
    ['utf-16be without BOM', utf16(TEXT, false, false), 'utf16-without-bom'],
    ['windows-1252', windows1252(TEXT), 'windows-1252-fallback'],
  ];
  for (const [name, bytes, rule] of cases) {
    const decoded = decodeBytes(bytes, 'a.txt');
    assert.equal(decoded.text, TEXT, name);
    assert.equal(decoded.encoding.rule, rule, name);
  }
});

test('ingest: windows-1252 fallback warns, UTF-8 does not', () => {
  assert.equal(decodeBytes(windows1252(TEXT), 'old.txt').warning, 'dyad: old.txt is not valid UTF-8; it was read as windows-1252');
  assert.equal(decodeBytes(utf8(TEXT), 'new.txt').warning, undefined);
});

test('ingest: a page that is not UTF-8 is read by the charset it declares', () => {
  // KOI8-R "Привет" after an HTML head that says so.
  const head = '<html><head><meta charset="koi8-r"></head><body><p>';
  const bytes = Uint8Array.from([...utf8(head), 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, ...utf8('</p></body></html>')]);
  const decoded = decodeBytes(bytes, 'ru.html');
  assert.equal(decoded.encoding.rule, 'html-declared-charset');
  assert.ok(decoded.text.includes('<p>Привет</p>'), decoded.text);
});

function failure(input: RawInput, maxBytes?: number): DyadError {
  try {
    findEncoding(startDraft(input), createContext(maxBytes === undefined ? {} : { maxBytes }));
  } catch (e) {
    if (e instanceof DyadFailure) return e.error;
    throw e;
  }
  assert.fail('expected a DyadFailure');
}

test('ingest: binary, empty and too-large inputs are refused with one clear message', () => {
  const junk = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256);
  const controls = utf8('text\x01\x02\x03\x04\x05\x06\x07\x08more\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19');
  const cases: [string, RawInput, number | undefined, DyadError][] = [
    ['random bytes', { bytes: junk, origin: 'junk.bin' }, undefined, { code: 'binary-input', message: 'dyad: junk.bin looks like a binary file, not text or HTML; give an article as .txt, .html or .jsonl', where: 'junk.bin' }],
    ['control characters', { bytes: controls, origin: 'ctl.txt' }, undefined, { code: 'binary-input', message: 'dyad: ctl.txt looks like a binary file, not text or HTML; give an article as .txt, .html or .jsonl', where: 'ctl.txt' }],
    ['a PDF', { bytes: utf8('%PDF-1.4\nsome text'), origin: 'a.pdf' }, undefined, { code: 'binary-input', message: 'dyad: a.pdf looks like a binary file (a PDF document), not text or HTML; give an article as .txt, .html or .jsonl', where: 'a.pdf' }],
    ['NUL in untrusted text', { text: 'a\0b', origin: 'nul.txt' }, undefined, { code: 'binary-input', message: 'dyad: nul.txt looks like a binary file, not text or HTML; give an article as .txt, .html or .jsonl', where: 'nul.txt' }],
    ['no bytes', { bytes: new Uint8Array(), origin: 'empty.txt' }, undefined, { code: 'empty-input', message: 'dyad: empty.txt is empty; there is no article to analyze', where: 'empty.txt' }],
    ['whitespace', { bytes: utf8(' \n\t\r\n  '), origin: 'blank.txt' }, undefined, { code: 'empty-input', message: 'dyad: blank.txt holds only whitespace; there is no article to analyze', where: 'blank.txt' }],
    ['BOM only', { bytes: withBom(new Uint8Array()), origin: 'bom.txt' }, undefined, { code: 'empty-input', message: 'dyad: bom.txt is empty; there is no article to analyze', where: 'bom.txt' }],
    ['empty JSONL text', { text: '', trusted: true, origin: 'line 3' }, undefined, { code: 'empty-input', message: 'dyad: line 3 is empty; there is no article to analyze', where: 'line 3' }],
    ['bytes over the limit', { bytes: new Uint8Array(2048), origin: 'big.txt' }, 1024, { code: 'too-large', message: 'dyad: big.txt is 2.0 KB, over the 1.0 KB limit; raise --max-bytes to analyze it', where: 'big.txt' }],
    ['text over the limit', { text: 'é'.repeat(600), origin: 'big.txt' }, 1024, { code: 'too-large', message: 'dyad: big.txt is 1.2 KB, over the 1.0 KB limit; raise --max-bytes to analyze it', where: 'big.txt' }],
    ['html over the limit', { html: '<p>' + 'a'.repeat(3000), origin: 'big.html' }, 1024, { code: 'too-large', message: 'dyad: big.html is 2.9 KB, over the 1.0 KB limit; raise --max-bytes to analyze it', where: 'big.html' }],
    ['nothing at all', { origin: 'line 9' }, undefined, { code: 'bad-input', message: 'dyad: line 9 has no text, html or bytes to analyze; give it a "text" or "html" field', where: 'line 9' }],
  ];
  for (const [name, input, max, expected] of cases) assert.deepEqual(failure(input, max), expected, name);
});

test('ingest: the size check comes before decoding (a huge binary is refused as too large)', () => {
  const huge = new Uint8Array(5000).fill(0);
  assert.equal(failure({ bytes: huge, origin: 'huge.bin' }, 4096).code, 'too-large');
});

test('ingest: trusted text is not checked for control characters', () => {
  const draft = findEncoding(startDraft({ text: 'tab\there \x07 bell', trusted: true }), createContext());
  assert.equal(draft.source, 'tab\there \x07 bell');
});

test('ingest: sizes are written for people', () => {
  const cases: [number, string][] = [[512, '512 bytes'], [2048, '2.0 KB'], [200 * 1024 * 1024, '200.0 MB'], [3 * 1024 ** 3, '3.0 GB']];
  for (const [n, expected] of cases) assert.equal(formatBytes(n), expected);
});

test('ingest: must-not: ordinary text is not binary', () => {
  const cases = [TEXT, 'line one\r\nline two\f\n\tindented', 'x'.repeat(10_000) + '\x1b'];
  for (const text of cases) assert.equal(looksBinary(text), false, JSON.stringify(text.slice(0, 30)));
});
