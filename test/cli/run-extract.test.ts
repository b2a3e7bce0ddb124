// runExtract in-process, with a stand-in analyze(): a bug inside the library for one input becomes an `internal`
// error record and the run goes on; records come out in input order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { runExtract, type ExtractIo } from '../../src/cli/extract.js';
import { analyze, DEFAULT_MAX_BYTES, emptyArticle, type ErrorRecord } from '../../src/index.js';
import { checkRecord, jsonLines } from './helpers.js';

function io(stdin: string, stand: typeof analyze): { io: ExtractIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { io: { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: {}, analyze: stand }, out: () => out, err: () => err };
}

test('cli: an exception inside analyze becomes an internal error record and the run goes on', async () => {
  const stand: typeof analyze = (input) => {
    if (input.inputId === 'boom') throw new TypeError('cannot read properties of undefined');
    return { ok: true, article: { ...emptyArticle(input), text: input.text ?? '' } };
  };
  const stdin = ['ok-1', 'boom', 'ok-2'].map((id) => JSON.stringify({ id, text: `Article ${id}.` })).join('\n');
  const run = io(stdin, stand);
  const code = await runExtract(['-'], { format: 'jsonl', maxBytes: DEFAULT_MAX_BYTES }, run.io);
  assert.equal(code, 1);
  const recs = jsonLines(run.out()).map(checkRecord);
  assert.deepEqual(recs.map((r) => r.schema), ['dyad.article/1', 'dyad.error/1', 'dyad.article/1']);
  const error = recs[1] as ErrorRecord;
  assert.equal(error.code, 'internal');
  assert.equal(error.inputId, 'boom');
  assert.match(error.error, /^dyad: internal error while analyzing -:line 2 \(cannot read properties of undefined\); this is a bug in dyad: please report it/);
  assert.doesNotMatch(run.err(), /\n\s+at /);
  assert.match(run.err(), /1 of 3 inputs could not be analyzed/);
});

test('cli: a user error from analyze is a record in its place, with the input named on stderr', async () => {
  const stand: typeof analyze = (input) =>
    input.inputId === 'empty'
      ? { ok: false, error: { code: 'empty-input', message: 'dyad: the input is empty; give an article with some text' } }
      : { ok: true, article: { ...emptyArticle(input), text: input.text ?? '' } };
  const stdin = ['a', 'empty'].map((id) => JSON.stringify({ id, text: 'x' })).join('\n') + '\n';
  const run = io(stdin, stand);
  assert.equal(await runExtract(['-'], { format: 'jsonl', maxBytes: DEFAULT_MAX_BYTES }, run.io), 1);
  assert.match(run.err(), /^dyad: -:line 2: the input is empty; give an article with some text$/m);
  const recs = jsonLines(run.out()).map(checkRecord);
  assert.deepEqual(recs[1], { schema: 'dyad.error/1', error: 'dyad: the input is empty; give an article with some text', code: 'empty-input', inputId: 'empty' });
});

test('cli: warnings of a record go to stderr, one line each, naming the input', async () => {
  const stand: typeof analyze = (input) => ({ ok: true, article: { ...emptyArticle(input), warnings: ['dyad: the text looks like French (fr), not English'] } });
  const run = io(JSON.stringify({ id: 'fr', text: 'Bonjour.' }), stand);
  assert.equal(await runExtract(['-'], { format: 'jsonl', maxBytes: DEFAULT_MAX_BYTES }, run.io), 0);
  assert.equal(run.err(), 'dyad: -:line 1: the text looks like French (fr), not English\n');
});

test('cli: json for one stdin article is an object, for JSONL on stdin an array', async () => {
  const stand: typeof analyze = (input) => ({ ok: true, article: emptyArticle(input) });
  const one = io('Plain text article.', stand);
  await runExtract(['-'], { format: 'json', maxBytes: DEFAULT_MAX_BYTES }, one.io);
  assert.equal(JSON.parse(one.out()).schema, 'dyad.article/1');
  const many = io('{"id":"a","text":"x"}\n', stand);
  await runExtract(['-'], { format: 'json', maxBytes: DEFAULT_MAX_BYTES }, many.io);
  assert.deepEqual(JSON.parse(many.out()).map((r: { meta: { inputId: string } }) => r.meta.inputId), ['a']);
  const none = io('\n\n', stand);
  await runExtract(['-'], { format: 'json', maxBytes: DEFAULT_MAX_BYTES }, none.io);
  assert.equal(JSON.parse(none.out()).schema, 'dyad.article/1'); // blank stdin is one (empty) article, for ingest to judge
});
