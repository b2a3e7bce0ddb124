// The progress bar draws on a terminal only; messages printed while it runs still come out whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createProgress } from '../../src/cli/progress.js';

function terminal(isTTY: boolean): { stream: PassThrough & { isTTY: boolean; columns: number }; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let text = '';
  stream.on('data', (c) => (text += c));
  return { stream, text: () => text };
}

test('cli: progress without a terminal prints only the messages', () => {
  const t = terminal(false);
  const p = createProgress(t.stream, false, 1000);
  p.note('dyad: a.txt: the file is empty');
  p.advance(500, true);
  p.stop();
  assert.equal(t.text(), 'dyad: a.txt: the file is empty\n');
});

test('cli: progress on a terminal draws a bar with counts, and messages above it', () => {
  const t = terminal(true);
  const p = createProgress(t.stream, true, 1000);
  p.advance(500, false);
  p.note('dyad: b.txt: the file is empty');
  p.advance(500, true);
  p.stop();
  assert.match(t.text(), /dyad: b\.txt: the file is empty\n/);
  assert.match(t.text(), /dyad [█░]+ \d+% \| 1 articles \| 0 failed/);
});

test('cli: progress with an unknown total (standard input) shows counts only', () => {
  const t = terminal(true);
  const p = createProgress(t.stream, true, null);
  p.advance(10, true);
  p.note('dyad: -:line 1 is not valid JSON');
  p.stop();
  assert.match(t.text(), /dyad: -:line 1 is not valid JSON\n/);
  assert.match(t.text(), /dyad 1 articles \| 1 failed/);
  assert.doesNotMatch(t.text(), /%/);
});
