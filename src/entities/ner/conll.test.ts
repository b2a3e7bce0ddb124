// CoNLL reading: documents split on -DOCSTART-, IOB1 turned into BIO, spans counted the conlleval way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { iob1ToBio, parseConll, tagSpans } from './conll.js';

test('ner: CoNLL text becomes documents and sentences', () => {
  const text = [
    'Acme NNP I-NP I-ORG', 'hired VBD I-VP O', 'Jo NNP I-NP I-PER', 'Smith NNP I-NP I-PER', '', 'OSLO NNP I-NP I-LOC', '',
    '-DOCSTART- -X- -X- O', '', 'Oslo NNP I-NP I-LOC', '', '-DOCSTART- -X- O O', '',
  ].join('\n');
  const docs = parseConll(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences.map((s) => s.words), [['Acme', 'hired', 'Jo', 'Smith'], ['OSLO']]);
  assert.deepEqual(docs[0].sentences[0].tags, ['I-ORG', 'O', 'I-PER', 'I-PER']);
  assert.deepEqual(docs[1].sentences[0].ptb, ['NNP']);
});

test('ner: IOB1 tags become BIO', () => {
  const cases: [string[], string[]][] = [
    [['I-PER', 'I-PER', 'O', 'I-LOC'], ['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['I-LOC', 'B-LOC', 'I-LOC'], ['B-LOC', 'B-LOC', 'I-LOC']],
    [['I-ORG', 'I-MISC'], ['B-ORG', 'B-MISC']],
  ];
  for (const [iob1, bio] of cases) assert.deepEqual(iob1ToBio(iob1), bio, iob1.join(' '));
});

test('ner: tag spans split on B- and on a change of type', () => {
  const cases: [string[], string][] = [
    [['I-PER', 'I-PER', 'O', 'I-LOC'], 'PER:0-2 LOC:3-4'],
    [['I-LOC', 'B-LOC', 'I-LOC'], 'LOC:0-1 LOC:1-3'],
    [['B-ORG', 'I-MISC', 'O'], 'ORG:0-1 MISC:1-2'],
    [['O'], ''],
  ];
  for (const [tags, expected] of cases) {
    assert.equal(tagSpans(tags).map((s) => `${s.type}:${s.start}-${s.end}`).join(' '), expected, tags.join(' '));
  }
});
