// --actors and --dictionaries: the CLI reads the files and hands their text to the parsers; user actors come first;
// a file that cannot be read or parsed is a usage error (exit 2, one line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicons } from '../../src/cli/load-lexicons.js';
import { assertNoStack, checkRecord, FIXTURES, runDyad, tempDir } from './helpers.js';

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

test('cli: extract runs with --actors and --dictionaries', async () => {
  const { actors, dictionaries } = lexiconDir();
  const stdin = JSON.stringify({ id: 'l1', text: 'Harbour Minister Ilse Marven said on Monday the board would meet.' }) + '\n';
  const run = await runDyad(['extract', '-', '--format', 'jsonl', '--actors', actors, '--dictionaries', dictionaries], { stdin });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(checkRecord(JSON.parse(run.stdout)).schema, 'dyad.article/1');
});
