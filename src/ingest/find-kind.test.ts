import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawInput } from '../article.js';
import { startDraft } from './draft.js';
import { findKind, looksLikeHtml } from './find-kind.js';

test('ingest: trusted JSONL text, HTML pages and plain text are told apart', () => {
  const cases: [RawInput, string, string][] = [
    [{ text: '<p>kept as given</p>', trusted: true }, '<p>kept as given</p>', 'trusted'],
    [{ text: 'Body', html: '<p>Body</p>', trusted: true }, 'Body', 'trusted'],
    [{ html: 'no tags at all' }, 'no tags at all', 'html'],
    [{ text: '<!DOCTYPE html><title>x</title>' }, '<!DOCTYPE html><title>x</title>', 'html'],
    [{ bytes: new Uint8Array() }, '  <html lang="en"><body>x</body></html>', 'html'],
    [{ bytes: new Uint8Array() }, '<!-- saved page --><!doctype html><p>x', 'html'],
    [{ bytes: new Uint8Array() }, '<div><p>One</p><p>Two</p><p>Three</p></div>', 'html'],
    [{ text: 'Plain' }, 'Ministers met on Monday.\n\nThey talked.', 'text'],
  ];
  for (const [input, source, kind] of cases) assert.equal(findKind({ ...startDraft(input), source }).kind, kind, source);
});

test('ingest: must-not: plain text that mentions tags is not HTML', () => {
  const cases = [
    'The bill bans <script> tags in school websites, the minister said.',
    `Web developers said the <p> and <div> elements were misused. ${'The ministry site has many pages of plain prose about fisheries. '.repeat(20)} One <br> here, one <b> there, and <i> too.`,
    'Profits rose <5% while costs > 3%.',
  ];
  for (const text of cases) assert.equal(looksLikeHtml(text), false, text.slice(0, 40));
});
