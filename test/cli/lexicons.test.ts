// --actors and --dictionaries: the CLI reads the files and hands their text to the parsers; user actors come first;
// a file that cannot be read or parsed is a usage error (exit 2, one line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicons } from '../../src/cli/load-lexicons.js';
import { assertNoStack, checkRecord, FIXTURES, runDyad, tempDir } from './helpers.js';
import type { ArticleRecord } from '../../src/index.js';

const ACTORS_YAML = `format: dyad.lexicon/1
actors:
  - name: Ilse Marven
    aliases: [Marven]
    country: NOR
    actor: NORGOV
    roles: [Harbour Minister]
`;
// Invented names in PETRARCH's own actor format, so the test needs nothing from ../shared.
const PETRARCH_ACTORS = `<!-- test actors -->
ILSE_MARVEN_ [NORBUS]
NORTHPORT_HARBOUR_BOARD [NORGOV]
`;

function lexiconDir(): { dir: string; actors: string; dictionaries: string } {
  const dir = tempDir();
  const actors = join(dir, 'my-actors.yaml');
  writeFileSync(actors, ACTORS_YAML);
  const dictionaries = join(dir, 'dictionaries');
  mkdirSync(dictionaries);
  writeFileSync(join(dictionaries, 'Test.actors.txt'), PETRARCH_ACTORS);
  return { dir, actors, dictionaries };
}

test('cli: lexicons, none asked for gives null', async () => {
  assert.equal(await loadLexicons({}, () => {}), null);
});

test('cli: lexicons, --actors and --dictionaries are read and user actors come first', async () => {
  const { actors, dictionaries } = lexiconDir();
  const lexicons = await loadLexicons({ actors, dictionaries }, () => {});
  assert.ok(lexicons && !('code' in lexicons));
  assert.equal(lexicons.actors[0].source, 'user');
  assert.ok(lexicons.actors[0].names.includes('Ilse Marven'));
  assert.ok(lexicons.actors.some((a) => a.source === 'petrarch' && a.code === 'NORGOV'), JSON.stringify(lexicons.actors.map((a) => a.code)));
});

const BAD: [string, (dir: string) => string[], RegExp][] = [
  ['an --actors file that does not exist', (dir) => ['--actors', join(dir, 'none.yaml')], /^dyad: --actors .*none\.yaml cannot be read/],
  ['an --actors file in the wrong shape', (dir) => (writeFileSync(join(dir, 'bad.yaml'), 'just: words\n'), ['--actors', join(dir, 'bad.yaml')]), /^dyad: .*bad\.yaml/],
  ['a --dictionaries folder that does not exist', (dir) => ['--dictionaries', join(dir, 'none')], /^dyad: --dictionaries .*none cannot be read/],
  ['a --dictionaries folder without dictionaries', (dir) => (mkdirSync(join(dir, 'empty')), ['--dictionaries', join(dir, 'empty')]), /^dyad: no PETRARCH dictionary found/],
];

for (const [name, make, message] of BAD) {
  test(`cli: usage error, ${name}: exit 2 and one line`, async () => {
    const dir = tempDir();
    const run = await runDyad(['extract', join(FIXTURES, 'harbour.txt'), ...make(dir)]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.equal(run.stdout, '');
    assertNoStack(run.stderr);
  });
}

const ACTOR_TEXT = JSON.stringify({
  id: 'l1',
  text: 'Ilse Marven said on Monday the Northport Harbour Board would meet. Marven did not say when.',
  published: '2024-04-08',
});

function actorsOf(stdout: string): Record<string, string | null> {
  const rec = checkRecord(JSON.parse(stdout));
  assert.equal(rec.schema, 'dyad.article/1');
  return Object.fromEntries((rec as ArticleRecord).entities.map((e) => [e.name, e.actor]));
}

test('cli: --actors and --dictionaries reach the pipeline: their actors get their codes', async () => {
  const { actors, dictionaries } = lexiconDir();
  const plain = await runDyad(['extract', '-', '--format', 'jsonl'], { stdin: ACTOR_TEXT + '\n' });
  assert.equal(plain.code, 0, plain.stderr);
  const without = actorsOf(plain.stdout);
  assert.notEqual(without['Ilse Marven'], 'NORGOV');
  assert.notEqual(without['Northport Harbour Board'], 'NORGOV');
  const run = await runDyad(['extract', '-', '--format', 'jsonl', '--actors', actors, '--dictionaries', dictionaries], { stdin: ACTOR_TEXT + '\n' });
  assert.equal(run.code, 0, run.stderr);
  const coded = actorsOf(run.stdout);
  assert.equal(coded['Ilse Marven'], 'NORGOV');
  assert.equal(coded['Northport Harbour Board'], 'NORGOV');
});
