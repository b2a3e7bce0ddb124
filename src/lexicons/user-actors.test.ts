// The user actor lexicon (`--actors FILE`, dyad.lexicon/1): parsed into ActorEntry values or refused with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDyadError } from '../errors.js';
import { parseUserActors } from './user-actors.js';

test('lexicons: user actors — the documented example parses', () => {
  const text = readFileSync(new URL('../../examples/my-actors.yaml', import.meta.url), 'utf8');
  const got = parseUserActors(text, 'examples/my-actors.yaml');
  assert.ok(!isDyadError(got), JSON.stringify(got));
  assert.deepEqual(got.map((a) => [a.id, a.names[0], a.type, a.country, a.code]), [
    ['user-vladimir-putin', 'Vladimir Putin', 'PERSON', 'RUS', 'RUSGOV'],
    ['user-dmitry-medvedev', 'Dmitry Medvedev', 'PERSON', 'RUS', 'RUSGOV'],
    ['user-shanghai-institutes-for-international-studies', 'Shanghai Institutes for International Studies', 'ORG', 'CHN', 'CHNEDU'],
    ['user-wagner-group', 'Wagner Group', 'ORG', 'RUS', 'RUSUAF'],
  ]);
  assert.deepEqual(got[1].dated, [{ code: 'RUSGOV', from: '2008-05-07', to: '2012-05-07' }, { code: 'RUSPTY', from: '2020-01-16', to: null }]);
  assert.deepEqual(got[0].names, ['Vladimir Putin', 'Putin', 'Vladimir Vladimirovich Putin']);
  assert.ok(got.every((a) => a.source === 'user'));
});

test('lexicons: user actors — a bare list and defaults', () => {
  const got = parseUserActors('- name: Acme Corp\n  type: ORG\n- name: Ann Lee\n- name: Ann Lee\n', 'list.yaml');
  assert.ok(!isDyadError(got));
  assert.deepEqual(got.map((a) => [a.id, a.type, a.country, a.code, a.roles, a.affiliation]), [
    ['user-acme-corp', 'ORG', null, null, [], null],
    ['user-ann-lee', 'PERSON', null, null, [], null],
    ['user-ann-lee-2', 'PERSON', null, null, [], null],
  ]);
  assert.deepEqual(parseUserActors('', 'empty.yaml'), []);
});

test('lexicons: user actors — must-not: bad files are refused with a message that says what to fix', () => {
  const rows: [string, RegExp][] = [
    ['actors: [', /not valid YAML/],
    ['format: dyad.lexicon/1\nactors:\n  - name: X\n    country: Russia\n', /actors\[0\]\.country: must be an ISO 3166-1 alpha-3 code/],
    ['format: dyad.lexicon/1\nactors:\n  - name: X\n    actor: rus gov\n', /actors\[0\]\.actor: must be a CAMEO code/],
    ['format: dyad.lexicon/1\nactors:\n  - aliases: [X]\n', /actors\[0\]\.name/],
    ['format: dyad.lexicon/1\nactors:\n  - name: X\n    colour: red\n', /colour/],
    ['format: dyad.lexicon/2\nactors: []\n', /format/],
  ];
  for (const [text, message] of rows) {
    const got = parseUserActors(text, 'bad.yaml');
    assert.ok(isDyadError(got), text);
    assert.equal(got.code, 'bad-lexicon');
    assert.match(got.message, /^dyad: bad\.yaml/);
    assert.match(got.message, message, text);
    assert.equal(got.where, 'bad.yaml');
  }
});
