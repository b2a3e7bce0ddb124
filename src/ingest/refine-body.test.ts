import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadFailure } from '../errors.js';
import { startDraft } from './draft.js';
import { refineBody, settleBody } from './refine-body.js';

test('ingest: body text gets paragraphs split by one blank line and trimmed lines', () => {
  const cases: [string, string, string][] = [
    ['\n\n  First line.  \n\n\n\nSecond\u00a0 \t\n   \n', 'First line.\n\nSecond', 'blank-line-paragraphs'],
    ['Hard wrapped line one\nline two of the same paragraph\n\nNext paragraph', 'Hard wrapped line one\nline two of the same paragraph\n\nNext paragraph', 'blank-line-paragraphs'],
    ['a\r\nb\r\rc', 'a\nb\n\nc', 'blank-line-paragraphs'],
    ['tab\there\fform feed', 'tab\there form feed', 'blank-line-paragraphs'],
    ['Cafe\u0301 owners met.', 'Caf\u00e9 owners met.', 'blank-line-paragraphs'],
    [`${'A long paragraph that runs on a single line, as many exported text files have it. '.repeat(2)}\n${'Another long paragraph on the next line, with no blank line in between them at all. '.repeat(2)}`,
      `${'A long paragraph that runs on a single line, as many exported text files have it. '.repeat(2).trim()}\n\n${'Another long paragraph on the next line, with no blank line in between them at all. '.repeat(2).trim()}`,
      'line-per-paragraph'],
  ];
  for (const [raw, text, rule] of cases) assert.deepEqual(settleBody(raw), { text, rule }, JSON.stringify(raw));
});

test('ingest: trusted text is kept exactly, untrusted text is settled', () => {
  const raw = '  Line one.  \r\n\r\n\r\nLine two.\t';
  const trusted = refineBody({ ...startDraft({ text: raw, trusted: true }), kind: 'trusted', source: raw, body: raw });
  assert.equal(trusted.body, raw);
  const plain = refineBody({ ...startDraft({ text: raw }), kind: 'text', source: raw, body: raw });
  assert.equal(plain.body, 'Line one.\n\nLine two.');
});

test('ingest: no body left is an empty-input error', () => {
  for (const kind of ['text', 'html'] as const) {
    assert.throws(
      () => refineBody({ ...startDraft({ text: 'x', origin: `e.${kind}` }), kind, body: ' \n\u00a0\n' }),
      (e: unknown) => e instanceof DyadFailure && e.error.code === 'empty-input' && e.error.message.startsWith(`dyad: e.${kind} has no`),
    );
  }
});
