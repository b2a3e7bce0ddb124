// `dyad extract` spawned as a user runs it: inputs of every kind, bad inputs (one clear line each, the run goes on),
// usage errors (exit 2), and every record it prints checked against schema/ and the offset contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoStack, checkRecord, FIXTURES, jsonLines, ROOT, runDyad, tempDir } from './helpers.js';
import type { ArticleRecord, ErrorRecord } from '../../src/index.js';

const HARBOUR = join(FIXTURES, 'harbour.txt');
const BRIDGE = join(FIXTURES, 'bridge.html');
const UNCLOSED = join(FIXTURES, 'unclosed.html');

const article = (r: unknown): ArticleRecord => {
  const rec = checkRecord(r);
  assert.equal(rec.schema, 'dyad.article/1', `expected an article record, got ${JSON.stringify(r).slice(0, 300)}`);
  return rec as ArticleRecord;
};

test('cli: one text file prints one JSON record with meta.inputId', async () => {
  const run = await runDyad(['extract', HARBOUR, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const rec = article(JSON.parse(run.stdout));
  assert.equal(rec.meta.inputId, HARBOUR);
  assert.match(rec.text, /approved plans for a new ferry terminal/);
});

test('cli: several inputs print a JSON array in the order given', async () => {
  const run = await runDyad(['extract', BRIDGE, HARBOUR, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const recs = JSON.parse(run.stdout) as unknown[];
  assert.ok(Array.isArray(recs));
  assert.deepEqual(recs.map((r) => article(r).meta.inputId), [BRIDGE, HARBOUR]);
  assert.match((recs[0] as ArticleRecord).text, /reopened to traffic on Wednesday/);
  assert.doesNotMatch((recs[0] as ArticleRecord).text, /Copyright Valley Courier|<p>/);
});

test('cli: --out writes the records to a file and nothing to stdout', async () => {
  const dir = tempDir();
  const out = join(dir, 'records.jsonl');
  const run = await runDyad(['extract', HARBOUR, BRIDGE, '--format', 'jsonl', '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.deepEqual(jsonLines(readFileSync(out, 'utf8')).map((r) => article(r).meta.inputId), [HARBOUR, BRIDGE]);
});

test('cli: a directory is walked recursively in sorted order, other files skipped with one note', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b-later'));
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'b-later', 'story.txt'), 'The mayor of Tolna opened a new library on Monday.\n');
  writeFileSync(join(dir, 'a-first.md'), 'Farmers in the north said the rain came too late for the wheat harvest.\n');
  writeFileSync(join(dir, '.hidden', 'secret.txt'), 'not an article\n');
  writeFileSync(join(dir, 'photo.png'), 'not an article either\n');
  writeFileSync(join(dir, 'notes.csv'), 'a,b\n');
  const run = await runDyad(['extract', dir, '--format', 'jsonl']);
  assert.equal(run.code, 0, run.stderr);
  const ids = jsonLines(run.stdout).map((r) => article(r).meta.inputId);
  assert.deepEqual(ids, [join(dir, 'a-first.md'), join(dir, 'b-later', 'story.txt')]);
  assert.match(run.stderr, /skipped 2 files that are not \.txt, \.html, \.htm, \.md or \.jsonl/);
  assert.equal(run.stderr.trim().split('\n').length, 1);
});

test('cli: a directory given alone still prints a JSON array', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'only.txt'), 'The harbour reopened on Friday after the storm.\n');
  const run = await runDyad(['extract', dir, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const recs = JSON.parse(run.stdout);
  assert.ok(Array.isArray(recs) && recs.length === 1);
});

test('cli: JSONL on stdin gives one record per line, in order, with ids and the given text kept exactly', async () => {
  const lines = [
    { id: 'a1', text: '  Spaces   stay  as given.\n\nThe minister said on Monday that talks would resume.  ', published: '2024-04-08' },
    { id: 'a2', text: 'Rebels attacked a convoy near the border, officials said.' },
    { id: 7, text: 'A numeric id is kept as a string.' },
  ];
  const stdin = lines.map((l) => JSON.stringify(l)).join('\n') + '\n\n';
  const run = await runDyad(['extract', '-', '--format', 'jsonl'], { stdin });
  assert.equal(run.code, 0, run.stderr);
  const recs = jsonLines(run.stdout).map(article);
  assert.deepEqual(recs.map((r) => r.meta.inputId), ['a1', 'a2', '7']);
  recs.forEach((r, i) => assert.equal(r.text, lines[i].text));
});

test('cli: stdin that is not JSONL is one article', async () => {
  const run = await runDyad(['extract', '-', '--format', 'json'], { stdin: 'Flooding closed three schools in the capital on Tuesday, officials said.\n' });
  assert.equal(run.code, 0, run.stderr);
  const rec = article(JSON.parse(run.stdout));
  assert.equal(rec.meta.inputId, '-');
  assert.match(rec.text, /Flooding closed three schools/);
});

test('cli: --published is the publication time of inputs that give none', async () => {
  const stdin = JSON.stringify({ id: 'p', text: 'The council met on Monday.' }) + '\n';
  const run = await runDyad(['extract', '-', '--format', 'jsonl', '--published', '2024-04-10T10:00'], { stdin });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(article(jsonLines(run.stdout)[0]).meta.published, '2024-04-10T10:00');
});

test('cli: JSONL records stream out before stdin closes', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'dyad.js'), 'extract', '-', '--format', 'jsonl'], { cwd: ROOT });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (c: string) => (out += c));
  child.stdin.write(JSON.stringify({ id: 's1', text: 'The first article arrives alone.' }) + '\n');
  const deadline = Date.now() + 120_000; // generous: the machine is shared, and the first article loads the models
  while (!out.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(out.includes('"s1"'), 'no record came out while stdin was still open');
  child.stdin.end(JSON.stringify({ id: 's2', text: 'The second one follows.' }) + '\n');
  const [code] = await once(child, 'close');
  assert.equal(code, 0);
  assert.deepEqual(jsonLines(out).map((r) => article(r).meta.inputId), ['s1', 's2']);
});

test('cli: pretty prints the title and a readable view', async () => {
  const run = await runDyad(['extract', BRIDGE, '--format', 'pretty']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^River bridge reopens after repairs\n/);
  assert.match(run.stdout, /sentences?/);
  assert.doesNotMatch(run.stdout, /"schema"/);
});

test('cli: a non-terminal stdout gets JSON by default', async () => {
  const run = await runDyad(['extract', HARBOUR]);
  assert.equal(run.code, 0, run.stderr);
  article(JSON.parse(run.stdout));
});

// Each bad input sits before a good article: it gets one line on stderr naming it, an error record in its place,
// exit code 1, and the good article after it is still analyzed.
interface BadInput {
  name: string;
  /** Creates the bad input in `dir`; returns the command-line arguments naming it. */
  make(dir: string): string[];
  code: ErrorRecord['code'][];
  message: RegExp;
  /** How many error records come before the good one. */
  errors?: number;
  maxMs?: number;
}

const BAD_INPUTS: BadInput[] = [
  {
    name: 'a binary file',
    make: (dir) => {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256; // every byte value, NULs included
      writeFileSync(join(dir, 'image.txt'), bytes);
      return [join(dir, 'image.txt')];
    },
    code: ['binary-input'],
    message: /image\.txt.*binary/i,
  },
  {
    name: 'an empty file',
    make: (dir) => {
      writeFileSync(join(dir, 'empty.txt'), '');
      return [join(dir, 'empty.txt')];
    },
    code: ['empty-input'],
    message: /empty\.txt.*empty/i,
  },
  {
    name: 'a 200 MB file over --max-bytes, refused from its size without being read',
    make: (dir) => {
      const path = join(dir, 'huge.txt');
      writeFileSync(path, '');
      truncateSync(path, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing written
      return [path];
    },
    code: ['too-large'],
    message: /huge\.txt is 200\.0 MB, over the 20\.0 MB limit; raise --max-bytes/,
    maxMs: 15_000,
  },
  {
    name: 'broken HTML with no article text in it',
    make: (dir) => {
      writeFileSync(join(dir, 'broken.html'), '<html><head><title></title></head><body><div class="nav"><script>var s = "<p>";</scr');
      return [join(dir, 'broken.html')];
    },
    code: ['bad-html', 'empty-input'],
    message: /broken\.html/,
  },
  {
    name: 'a JSONL file with a line that is not JSON and a line without text',
    make: (dir) => {
      const lines = ['{"id": "ok-1", "text": "Talks resumed on Monday."}', '{"id": "bad", "text": ', '{"id": "no-text", "title": "x"}'];
      writeFileSync(join(dir, 'feed.jsonl'), lines.join('\n') + '\n');
      return [join(dir, 'feed.jsonl')];
    },
    code: ['bad-json', 'bad-input'],
    message: /feed\.jsonl:line 2 is not valid JSON[^\n]*\n[^\n]*feed\.jsonl:line 3: "text" or "html" is required/,
    errors: 2,
  },
  {
    // Tests run as root, and chmod 000 does not stop root from reading, so the unreadable entry is a dangling
    // symbolic link: it fails for every user. Non-root EACCES takes the same path (reasonOf: "permission denied").
    name: 'a directory with an unreadable file',
    make: (dir) => {
      mkdirSync(join(dir, 'inbox'));
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'inbox', 'a-dangling.txt'));
      writeFileSync(join(dir, 'inbox', 'b-fine.txt'), 'The bridge reopened on Wednesday after repairs.\n');
      return [join(dir, 'inbox')];
    },
    code: ['unreadable'],
    message: /a-dangling\.txt cannot be read: it does not exist/,
  },
];

for (const bad of BAD_INPUTS) {
  test(`cli: bad input, ${bad.name}: one line naming it, an error record, exit 1, the run goes on`, async () => {
    const dir = tempDir();
    const args = bad.make(dir);
    const run = await runDyad(['extract', ...args, HARBOUR, '--format', 'jsonl']);
    assert.equal(run.code, 1, run.stderr);
    assertNoStack(run.stderr);
    assert.match(run.stderr, bad.message);
    assert.match(run.stderr, /^dyad: /);
    if (bad.maxMs) assert.ok(run.ms < bad.maxMs, `took ${run.ms} ms`);
    const recs = jsonLines(run.stdout).map(checkRecord);
    const errors = recs.filter((r): r is ErrorRecord => r.schema === 'dyad.error/1');
    assert.equal(errors.length, bad.errors ?? 1, run.stdout.slice(0, 500));
    for (const e of errors) {
      assert.ok(bad.code.includes(e.code), `code ${e.code}, expected ${bad.code.join(' or ')}`);
      assert.match(e.error, /^dyad: /);
      assert.ok(e.inputId, 'error record without inputId');
    }
    assert.equal(recs.at(-1)?.schema, 'dyad.article/1');
    assert.equal((recs.at(-1) as ArticleRecord).meta.inputId, HARBOUR);
  });
}

test('cli: broken HTML that still holds text is analyzed', async () => {
  const run = await runDyad(['extract', UNCLOSED, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const rec = article(JSON.parse(run.stdout));
  assert.match(rec.text, /A storm closed the northern mountain pass/);
  assert.doesNotMatch(rec.text, /<p>|<div>/);
});

test('cli: stdin over --max-bytes is refused with one line', async () => {
  const run = await runDyad(['extract', '-', '--max-bytes', '1k', '--format', 'jsonl'], { stdin: 'x'.repeat(5000) });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^dyad: standard input is over the 1\.0 KB limit; raise --max-bytes/);
  assert.equal((checkRecord(jsonLines(run.stdout)[0]) as ErrorRecord).code, 'too-large');
});

// Usage errors: exit 2, one line on stderr, nothing analyzed.
const USAGE: [string, string[], RegExp][] = [
  ['an unknown option', ['extract', HARBOUR, '--colour'], /^dyad: unknown option '--colour' \(see dyad extract --help\)$/m],
  ['a file that does not exist', ['extract', HARBOUR, 'no/such/file.txt'], /^dyad: no\/such\/file\.txt: no such file or directory/],
  ['a bad --format', ['extract', HARBOUR, '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are json, jsonl, pretty/],
  ['a bad --published', ['extract', HARBOUR, '--published', 'last tuesday'], /--published <iso>' argument 'last tuesday' is invalid\. expected an ISO 8601 date/],
  ['a bad --max-bytes', ['extract', HARBOUR, '--max-bytes', 'lots'], /expected a number of bytes/],
  ['no input', ['extract'], /missing required argument 'inputs'/],
  ['an unknown command', ['extrakt', HARBOUR], /unknown command 'extrakt'/],
  ['stdin named twice', ['extract', '-', '-'], /can be given only once/],
];

for (const [name, args, message] of USAGE) {
  test(`cli: usage error, ${name}: exit 2 and one line`, async () => {
    const run = await runDyad(args);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.equal(run.stdout, '');
    assertNoStack(run.stderr);
  });
}

test('cli: dyad --help and dyad extract --help explain every option with an example', async () => {
  const top = await runDyad(['--help']);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /extract \[options\] <inputs\.\.\.>/);
  assert.match(top.stdout, /\$ dyad extract/);
  const help = await runDyad(['extract', '--help']);
  assert.equal(help.code, 0);
  for (const option of ['--format', '--published', '--out', '--max-bytes', '--actors', '--dictionaries', '--force-english']) {
    assert.match(help.stdout, new RegExp(`^  (-\\w, )?${option}`, 'm'), `${option} is not explained`);
    assert.match(help.stdout, new RegExp(`\\$ dyad extract .*${option}`), `${option} has no example`);
  }
  assert.match(help.stdout, /Exit codes: 0/);
});

test('cli: a reader that stops early (| head) ends the run quietly, without a stack trace', async () => {
  const dir = tempDir();
  for (let i = 0; i < 30; i++) writeFileSync(join(dir, `story-${String(i).padStart(2, '0')}.txt`), `The council met on Monday for the ${i}th time.\n`);
  const stderr = await new Promise<string>((resolve) => {
    const child = spawn('bash', ['-c', `${JSON.stringify(process.execPath)} bin/dyad.js extract ${JSON.stringify(dir)} --format jsonl | head -c 10 >/dev/null`], { cwd: ROOT });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.on('close', () => resolve(err));
  });
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});
