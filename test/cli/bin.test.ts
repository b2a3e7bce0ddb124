// The installed command runs bin/dyad.js by its first line (npm links the file into node_modules/.bin), so that line
// must start node with the flags it names: the file is executed directly here, as a shell would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'dyad.js');

test('bin: the first line starts node with a 64 MB young-generation semispace', () => {
  const first = readFileSync(BIN, 'utf8').split('\n')[0];
  assert.match(first, /^#!\/usr\/bin\/env -S node( --[\w-]+=?\S*)* --max-semi-space-size=64\b/);
});

test('bin: executed directly, as the installed command is, it extracts an article', () => {
  const out = execFileSync(BIN, ['extract', '-', '--format', 'jsonl'], {
    input: 'Russian Foreign Minister Sergey Lavrov met Chinese President Xi Jinping in Beijing on Tuesday.',
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const record = JSON.parse(out.trim().split('\n')[0]) as { entities: { name: string }[] };
  assert.ok(record.entities.some((e) => e.name === 'Sergey Lavrov'), out.slice(0, 300));
});
