// The order of STAGES is checked, not trusted: every field a stage reads is written by an earlier one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STAGES } from './pipeline.js';

test('pipeline: every stage reads only fields written before it', () => {
  const written = new Set<string>(['input']);
  for (const stage of STAGES) {
    for (const field of stage.reads) assert.ok(written.has(field), `${stage.name} reads ${field} before any stage writes it`);
    for (const field of stage.writes) written.add(field);
  }
});

test('pipeline: stage names are unique and name the stage folder', () => {
  const names = STAGES.map((s) => s.name);
  assert.equal(new Set(names).size, names.length);
});
