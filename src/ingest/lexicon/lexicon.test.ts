// Lexicon self-test: every entry's example fires that entry (and no earlier one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadFailure } from '../../errors.js';
import { decodeBytes } from '../find-encoding.js';
import { classifyLine, headlineAt, splitLines } from '../find-furniture.js';
import { readHtml } from '../find-html-article.js';
import { parseDatePrefix } from '../refine-published.js';
import { BINARY_SIGNATURES } from './binary-signatures.js';
import { DATE_FORMATS, ZONES } from './date-formats.js';
import { BOILERPLATE, BYLINE_LABELS, CAPTIONS, DATE_LABELS, DATE_ONLY_LINE, HEADLINES } from './furniture.js';
import { HTML_META } from './html-meta.js';
import { LANGUAGES } from './languages.js';

test('ingest: every date format example parses by its own entry', () => {
  for (const entry of DATE_FORMATS) {
    const parsed = parseDatePrefix(entry.example);
    assert.deepEqual(parsed && { value: parsed.value, rule: parsed.rule, length: parsed.length }, { value: entry.expected, rule: entry.id, length: entry.example.length }, entry.id);
  }
});

test('ingest: every zone example gets its offset (or none where the abbreviation is ambiguous)', () => {
  for (const zone of ZONES) {
    const parsed = parseDatePrefix(zone.example);
    assert.ok(parsed, zone.id);
    assert.equal(parsed.length, zone.example.length, `${zone.id} reads the whole example`);
    const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(parsed.value)?.[1] ?? null;
    assert.equal(offset, zone.offset, zone.id);
  }
});

test('ingest: every binary signature example is refused, naming what it is', () => {
  for (const sig of BINARY_SIGNATURES) {
    const bytes = Uint8Array.from(sig.example, (c) => c.charCodeAt(0));
    assert.throws(
      () => decodeBytes(bytes, 'x.bin'),
      (e: unknown) => e instanceof DyadFailure && e.error.code === 'binary-input' && e.error.message.includes(`(${sig.what})`),
      sig.id,
    );
  }
});

test('ingest: every furniture line example fires its entry', () => {
  const entries = [...DATE_LABELS, ...BYLINE_LABELS, ...CAPTIONS, ...BOILERPLATE, DATE_ONLY_LINE];
  for (const entry of entries) {
    const found = classifyLine(entry.example);
    assert.ok(found, `${entry.id}: ${entry.example}`);
    assert.equal(found.items[0].rule, entry.id, entry.example);
    assert.equal(found.leftover, null, entry.id);
  }
});

test('ingest: every headline example fires its entry', () => {
  for (const entry of HEADLINES) assert.equal(headlineAt(splitLines(entry.example), 0), entry.id, entry.example);
});

test('ingest: every HTML metadata example is read by its own entry', () => {
  for (const entry of HTML_META) {
    const page = `<!DOCTYPE html><html><head></head><body>${entry.example}</body></html>`;
    const { meta } = readHtml(page, 'example.html');
    assert.deepEqual(meta[entry.field], { value: entry.expected, rule: entry.id }, entry.id);
  }
});

test('ingest: language codes are unique and two-letter where ISO 639-1 has one', () => {
  assert.equal(new Set(LANGUAGES.map((l) => l.iso3)).size, LANGUAGES.length);
  assert.equal(new Set(LANGUAGES.map((l) => l.iso1)).size, LANGUAGES.length);
  for (const l of LANGUAGES) assert.match(l.iso1, l.iso1 === l.iso3 ? /^[a-z]{3}$/ : /^[a-z]{2}$/, l.iso3);
});
