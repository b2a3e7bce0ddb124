// Tests of the dictionary-actor finder, with a PETRARCH actor dictionary written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDyadError } from '../errors.js';
import { parsePetrarchDictionaries } from '../lexicons/petrarch.js';
import type { Lexicons } from '../lexicons/types.js';
import { makeArticle } from '../../test/helpers/make-article.js';
import { tokensOf } from '../events/petrarch/test-tokens.js';
import { dictionaryActorEntities, findDictionaryActors } from './find-dictionary-actors.js';

const ACTORS = `
GONDOR [GON]
+MINAS_TIRITH
ARNOR [ARN]
ITHILEN TELEVISION [ITHTV]
ITHILEN [ITH]
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[HOBMIL 20080120-20121109]
THE_SHIRE [FRO/BIL/SAM]
`;

function lexicons(): Lexicons {
  const r = parsePetrarchDictionaries([{ name: 't.actors.txt', text: ACTORS }]);
  assert.ok(!isDyadError(r));
  return r as Lexicons;
}

function article(text: string, published: string) {
  const tokens = tokensOf(text);
  const sentences = [{ start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 }];
  return makeArticle({ text, tokens, sentences, meta: { title: null, published, outlet: null, byline: null, url: null, language: 'en' } });
}

test('entities: dictionary actors found with their code on the publication date', () => {
  const rows: [string, string, [string, string | null][]][] = [
    ['Arnor will meet Gondor in Minas Tirith.', '1995-01-01', [['Arnor', 'ARN'], ['Gondor', 'GON'], ['Minas Tirith', 'GON']]],
    ['Sam Gamgee met the Ithilen state-run television.', '2010-01-06', [['Sam Gamgee', 'HOBMIL'], ['Ithilen state-run television', 'ITHTV']]],
    ['Sam Gamgee left.', '1995-01-04', [['Sam Gamgee', 'HOBCIV']]],
    ['Sam Gamgee left.', '2014-01-04', [['Sam Gamgee', 'HOB']]],
    ['The Shire sent aid.', '1995-01-04', [['The Shire', 'FRO']]],
  ];
  for (const [text, date, want] of rows) {
    const got = findDictionaryActors(article(text, date), lexicons());
    assert.deepEqual(got.map((m) => [text.slice(m.start, m.end), m.actor]), want, text);
    assert.deepEqual(got.map((m) => m.text), want.map((w) => w[0]), text);
  }
});

test('entities: one entity per dictionary entry, mentions in text order', () => {
  const doc = article('Gondor and Arnor met in Minas Tirith; the Shire stayed away.', '1995-01-01');
  const entities = dictionaryActorEntities(findDictionaryActors(doc, lexicons()));
  assert.deepEqual(
    entities.map((e) => [e.id, e.name, e.type, e.actor, e.mentions.map((m) => [m.start, m.end, m.text])]),
    [
      ['d1', 'Minas Tirith', 'GPE', 'GON', [[0, 6, 'Gondor'], [24, 36, 'Minas Tirith']]],
      ['d2', 'Arnor', 'GPE', 'ARN', [[11, 16, 'Arnor']]],
      ['d3', 'the Shire', 'GPE', 'FRO', [[38, 47, 'the Shire']]],
    ],
  );
});

test('entities: must-not — no dictionary, or no name of it in the text', () => {
  const doc = article('Rohan and Mordor met in Osgiliath.', '1995-01-01');
  assert.deepEqual(findDictionaryActors(doc, lexicons()), []);
  assert.deepEqual(findDictionaryActors(article('Gondor met Arnor.', '1995-01-01'), { actors: [], agents: [], discard: [], verbs: [] }), []);
});
