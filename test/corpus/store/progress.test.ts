// dyad ingest on a terminal: a bar with the count, new/duplicate/failed, the rate and the ETA; the summary after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runIngest, summaryLines } from '../../../src/cli/ingest.js';
import { DEFAULT_MAX_BYTES } from '../../../src/index.js';
import { tempDir } from '../../cli/helpers.js';

test('cli: dyad ingest on a terminal draws count, rate and ETA, then prints the summary', async () => {
  const dir = tempDir();
  const file = join(dir, 'a.jsonl');
  writeFileSync(file, [1, 2, 3].map((i) => JSON.stringify({ id: `a${i}`, text: `The mayor of Tolna opened library number ${i} on Monday.` })).join('\n') + '\n');
  const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 160 });
  let out = '';
  stderr.on('data', (c) => (out += c));
  let ms = 0;
  const code = await runIngest([file], { db: join(dir, 'c.db'), maxBytes: DEFAULT_MAX_BYTES, batch: 2 }, { stdin: Readable.from([]), stderr, clock: () => (ms += 250) });
  assert.equal(code, 0, out);
  assert.match(out, /dyad [█░]+ \d+% \| \d+ inputs: \d+ new, \d+ duplicate, \d+ failed \| [\d.]+\/s \| ETA \S+/);
  assert.match(out, /dyad: ingested 3 new, 0 duplicate, 0 failed into .*c\.db in [\d.]+ s \([\d.]+ articles\/s\)\n$/);
});

test('cli: the closing summary groups reasons, largest first, and caps them', () => {
  const failures = [
    ...Array.from({ length: 5 }, (_, i) => ({ input: `f.jsonl:line ${i + 1}`, reason: `dyad: f.jsonl:line ${i + 1} is not valid JSON (Unexpected token at ${i}); each line must be one JSON object` })),
    { input: 'b.txt', reason: 'dyad: b.txt is empty; there is no article to analyze' },
    ...Array.from({ length: 10 }, (_, i) => ({ input: `k${i}`, reason: `dyad: kind ${i} of failure` })),
  ];
  const lines = summaryLines({ new: 1, duplicate: 2, failed: failures.length, failures }, 2, 'c.db');
  assert.equal(lines[0], 'dyad: ingested 1 new, 2 duplicate, 16 failed into c.db in 2.0 s (0.5 articles/s)');
  assert.equal(lines[1], 'dyad:   5 inputs: … is not valid JSON; each line must be one JSON object (f.jsonl:line 1, f.jsonl:line 2, f.jsonl:line 3 and 2 more)');
  assert.equal(lines[2], 'dyad:   b.txt is empty; there is no article to analyze');
  assert.equal(lines.length, 1 + 8 + 1);
  assert.equal(lines[9], 'dyad:   and 4 more failures of 4 other kinds (all are in the failures table)');
});
