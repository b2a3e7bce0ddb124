// The shipped name model, on sentences written for these tests (words/POS as the text stage would give them).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameTagger, tagDocument } from './index.js';

/** "Sergey/PROPN Lavrov/PROPN" → words and POS tags. */
function sentence(tagged: string) {
  const pairs = tagged.split(' ').map((t) => {
    const cut = t.lastIndexOf('/');
    return [t.slice(0, cut), t.slice(cut + 1)];
  });
  return { words: pairs.map((p) => p[0]), pos: pairs.map((p) => p[1]) };
}

/** Names of a tagged document as "LABEL:surface" strings, sentence by sentence. */
function names(doc: { words: string[]; pos: string[] }[]) {
  return tagDocument(doc).map((spans, si) => spans.map((s) => `${s.label}:${doc[si].words.slice(s.start, s.end).join(' ')}`));
}

test('ner: the shipped model loads once', () => {
  const first = nameTagger();
  assert.equal(nameTagger(), first);
  assert.ok(first.model.attributes.size > 1000);
  assert.deepEqual(first.model.labels[0], 'O');
});

test('ner: names in news sentences', () => {
  const cases: [string, string[]][] = [
    [
      'Russian/ADJ Foreign/PROPN Minister/PROPN Sergey/PROPN Lavrov/PROPN arrived/VERB in/ADP Beijing/PROPN on/ADP Monday/PROPN ./PUNCT',
      ['PER:Sergey Lavrov', 'LOC:Beijing'],
    ],
    [
      'Angela/PROPN Merkel/PROPN met/VERB Emmanuel/PROPN Macron/PROPN in/ADP Paris/PROPN on/ADP Tuesday/PROPN ./PUNCT',
      ['PER:Angela Merkel', 'PER:Emmanuel Macron', 'LOC:Paris'],
    ],
    [
      'The/DET European/PROPN Commission/PROPN fined/VERB Microsoft/PROPN in/ADP Brussels/PROPN ./PUNCT',
      ['ORG:European Commission', 'ORG:Microsoft', 'LOC:Brussels'],
    ],
    [
      'Shares/NOUN of/ADP General/PROPN Motors/PROPN fell/VERB in/ADP New/PROPN York/PROPN trading/NOUN ./PUNCT',
      ['ORG:General Motors', 'LOC:New York'],
    ],
    ['Prime/PROPN Minister/PROPN Narendra/PROPN Modi/PROPN visited/VERB Japan/PROPN ./PUNCT', ['PER:Narendra Modi', 'LOC:Japan']],
  ];
  for (const [text, expected] of cases) {
    const got = names([sentence(text)])[0].filter((n) => !n.startsWith('MISC:'));
    assert.deepEqual(got, expected, text);
  }
});

test('ner: nationality adjectives are MISC', () => {
  const got = names([sentence('Chinese/ADJ and/CCONJ Russian/ADJ diplomats/NOUN met/VERB ./PUNCT')])[0];
  assert.deepEqual(got, ['MISC:Chinese', 'MISC:Russian']);
});

test('ner: ALL-CAPS headlines and datelines', () => {
  const doc = [
    sentence('RUSSIA/PROPN AND/CCONJ CHINA/PROPN SIGN/VERB DEAL/NOUN'),
    sentence('MOSCOW/PROPN 2024-04-08/NUM'),
    sentence('Russia/PROPN and/CCONJ China/PROPN signed/VERB a/DET deal/NOUN in/ADP Moscow/PROPN ./PUNCT'),
  ];
  assert.deepEqual(names(doc), [['LOC:RUSSIA', 'LOC:CHINA'], ['LOC:MOSCOW'], ['LOC:Russia', 'LOC:China', 'LOC:Moscow']]);
});

test('ner: a bare surname later in the document stays a person', () => {
  const doc = [
    sentence('Foreign/PROPN Minister/PROPN Sergey/PROPN Lavrov/PROPN spoke/VERB on/ADP Monday/PROPN ./PUNCT'),
    sentence('Lavrov/PROPN said/VERB talks/NOUN would/AUX continue/VERB ./PUNCT'),
  ];
  assert.deepEqual(names(doc), [['PER:Sergey Lavrov'], ['PER:Lavrov']]);
});

test('ner: must-not — sentences without names give no spans', () => {
  const cases = [
    'He/PRON said/VERB prices/NOUN rose/VERB sharply/ADV last/ADJ week/NOUN ./PUNCT',
    'The/DET committee/NOUN will/AUX meet/VERB again/ADV on/ADP Monday/PROPN ./PUNCT',
    'Officials/NOUN expect/VERB growth/NOUN of/ADP 3/NUM percent/NOUN in/ADP 2025/NUM ./PUNCT',
    'It/PRON was/AUX ,/PUNCT she/PRON added/VERB ,/PUNCT a/DET difficult/ADJ year/NOUN ./PUNCT',
  ];
  for (const text of cases) assert.deepEqual(names([sentence(text)]), [[]], text);
});

test('ner: spans carry token offsets and a score in (0, 1]', () => {
  const doc = [sentence('Sergey/PROPN Lavrov/PROPN arrived/VERB in/ADP Beijing/PROPN ./PUNCT')];
  const [spans] = tagDocument(doc);
  assert.deepEqual(spans.map(({ start, end, label }) => ({ start, end, label })), [
    { start: 0, end: 2, label: 'PER' },
    { start: 4, end: 5, label: 'LOC' },
  ]);
  for (const s of spans) assert.ok(s.score > 0.5 && s.score <= 1.0001, String(s.score));
});

test('ner: must-not — a line-break token is never inside a name', () => {
  // wink keeps the blank line after a photo credit as a token of its own.
  const doc = [{ words: ['Photo', ':', 'VCG', '\n\n'], pos: ['PROPN', 'PUNCT', 'PROPN', 'SPACE'] }];
  const [spans] = tagDocument(doc);
  for (const s of spans) assert.ok(s.end <= 3, JSON.stringify(s));
});
