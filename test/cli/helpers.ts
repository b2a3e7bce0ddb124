// Shared by the CLI and property tests: spawn `node bin/dyad.js`, and check a record against the published schema
// and the offset contract (every span lies inside `text`, and its `text` is exactly that slice).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutputRecordSchema } from '../../src/record-schema.js';
import type { ArticleRecord, ErrorRecord } from '../../src/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'cli', 'fixtures');
const BIN = join(ROOT, 'bin', 'dyad.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the dyad command; `stdin` is written and closed (or closed empty). NO_COLOR keeps output plain. */
export function runDyad(args: string[], options: { stdin?: string | Buffer; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system's temp folder, removed when the test process ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  made.push(dir);
  return dir;
}

export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** No user error may surface as a stack trace. */
export function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at .+:\d+:\d+\)?$/m, `stack trace on stderr:\n${stderr}`);
}

function assertSpan(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(span.start <= span.end && span.end <= text.length, `${what} [${span.start}, ${span.end}) lies outside the text (${text.length})`);
}

function assertSlice(text: string, item: { start: number; end: number; text: string }, what: string): void {
  assertSpan(text, item, what);
  assert.equal(text.slice(item.start, item.end), item.text, `${what} text differs from text.slice(${item.start}, ${item.end})`);
}

/** Validates one output record; returns it typed. */
export function checkRecord(value: unknown): ArticleRecord | ErrorRecord {
  const parsed = OutputRecordSchema.safeParse(value);
  assert.ok(parsed.success, `record does not match schema/: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const record = value as ArticleRecord | ErrorRecord;
  if (record.schema === 'dyad.error/1') return record;
  const { text } = record;
  record.paragraphs.forEach((p, i) => assertSpan(text, p, `paragraph ${i}`));
  record.sentences.forEach((s, i) => {
    assertSpan(text, s, `sentence ${i}`);
    if (i) assert.ok(record.sentences[i - 1].end <= s.start, `sentence ${i} overlaps the one before`);
  });
  for (const e of record.entities) e.mentions.forEach((m, i) => assertSlice(text, m, `${e.id} mention ${i}`));
  for (const q of record.quotes) {
    if (q.parts?.length) {
      // A quote split by its cue ("We are ready," he said, "to talk."): `text` is its pieces joined by a space.
      assertSpan(text, q, `quote ${q.id}`);
      q.parts.forEach((p, i) => assert.ok(q.start <= p.start && p.end <= q.end, `quote ${q.id} part ${i} lies outside the quote`));
      assert.equal(q.parts.map((p) => text.slice(p.start, p.end)).join(' '), q.text, `quote ${q.id} text is not its parts joined`);
    } else assertSlice(text, q, `quote ${q.id}`);
    if (q.speaker) assert.ok(record.entities.some((e) => e.id === q.speaker), `quote ${q.id} names a missing speaker ${q.speaker}`);
  }
  for (const d of record.dates) assertSlice(text, d, `date "${d.text}"`);
  for (const v of record.events) {
    assertSpan(text, v.evidence, `event ${v.id} evidence`);
    assert.ok(v.sentence < record.sentences.length || record.sentences.length === 0, `event ${v.id} points at a missing sentence`);
  }
  return record;
}
