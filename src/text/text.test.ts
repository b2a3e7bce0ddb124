// text: tables of texts and the paragraphs, sentences and tokens they must give, offsets asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../test/helpers/make-article.js';
import { createContext } from '../context.js';
import { analyzeText, textStage } from './index.js';
import { ABBREVIATIONS } from './lexicon/abbreviations.js';
import { refineMergeAbbreviations } from './refine-merge-abbreviations.js';
import { findTokens } from './find-tokens.js';
import { possessivesApart } from './wink.js';
import { findParagraphs } from './find-paragraphs.js';
import { findQuotations } from './find-quotations.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const sentencesOf = (text: string) => analyzeText(text).sentences.map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string) => analyzeText(text).tokens.map((t) => text.slice(t.start, t.end));

test('text: token offsets point at the token surface', () => {
  const rows: [string, string[]][] = [
    [`They don't know.`, ['They', 'do', "n't", 'know', '.']],
    [`“Fine,” she said…`, ['“', 'Fine', ',', '”', 'she', 'said', '…']],
    [`It rose 3.5% to £20 ... Really?`, ['It', 'rose', '3.5', '%', 'to', '£', '20', '...', 'Really', '?']],
    [`Hello\u00a0world\tagain\r\nnow`, ['Hello', 'world', 'again', 'now']],
    [`Can't stop – won't stop`, ['Ca', "n't", 'stop', '–', 'wo', "n't", 'stop']],
    // Every space wink splits on, alone, in runs and mixed: thin, narrow no-break, en and medium spaces.
    [`10\u2009km  away \u202f\u00a0 from\u2002the\u205fcity \n\n  now`, ['10', 'km', 'away', 'from', 'the', 'city', 'now']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(tokensOf(text), expected, text);
});

test('text: tokens carry lower-case norms, POS tags and verb lemmas', () => {
  const text = 'The minister said Russia visited Beijing and attacked nobody.';
  const { tokens } = findTokens(text);
  const by = (w: string) => tokens.find((t) => text.slice(t.start, t.end) === w)!;
  assert.deepEqual([by('said').lemma, by('visited').lemma, by('attacked').lemma], ['say', 'visit', 'attack']);
  assert.equal(by('said').pos, 'VERB');
  assert.equal(by('Russia').pos, 'PROPN');
  assert.equal(by('Russia').norm, 'russia');
  assert.equal(by('The').norm, 'the');
});

test('text: the vocabulary id of a token names its surface, within a document and across documents', () => {
  const first = 'Lavrov met Wang in Beijing. Lavrov said wang tea was fine.';
  const second = 'In Beijing, Wang met Lavrov.';
  const byWord = new Map<number, string>();
  const bySurface = new Map<string, number>();
  for (const text of [first, second]) {
    for (const t of findTokens(text).tokens) {
      const surface = text.slice(t.start, t.end);
      assert.ok(Number.isInteger(t.word) && t.word! >= 0, surface);
      assert.equal(byWord.get(t.word!) ?? surface, surface, `one id, one string: ${surface}`);
      assert.equal(bySurface.get(surface) ?? t.word, t.word, `one string, one id: ${surface}`);
      byWord.set(t.word!, surface);
      bySurface.set(surface, t.word!);
    }
  }
  // Case makes another word ("Wang" / "wang").
  assert.notEqual(bySurface.get('Wang'), bySurface.get('wang'));
});

test('text: lemmas are wink\'s own, whether a text is new, half known or read again (the memo by word and tag)', () => {
  // wink read directly, as the reference: the text stage keeps lemmas by (word id, tag) and asks wink only for new pairs.
  const wink = winkNLP(model, ['sbd', 'pos']);
  const reference = (text: string) => {
    const tokens = wink.readDoc(text).tokens();
    const values = tokens.out(wink.its.value) as string[];
    return (tokens.out(wink.its.lemma as never) as unknown as string[]).filter((_, i) => values[i].trim() !== '');
  };
  const known = "He saw the saw. The runs were long and he runs fast. She's left; they can't go and we're gonna stay.";
  const texts = [
    known, // first read: lemmas of new pairs come from one call to wink
    known, // read again: every lemma from the memo
    `${known} Then he quimbled the frandles.`, // a few new pairs among known ones: wink is asked for those alone
    'Zorblaxes quimbled wuzzlingly over frandled glorps.', // all new again
  ];
  for (const text of texts) assert.deepEqual(findTokens(text).tokens.map((t) => t.lemma), reference(text), text);
  const lemmas = findTokens(known).tokens.map((t) => t.lemma);
  assert.deepEqual([lemmas[1], lemmas[3]], ['see', 'saw'], 'one word, two tags, two lemmas');
});

test('text: a possessive splits the same way whatever was read before it (wink remembers "Sony\'s," whole)', () => {
  // Made-up names, so no other test has shown them to wink. Each first text holds the possessive against punctuation,
  // which wink alone keeps whole and then keeps whole in every later text.
  const rows: [string, string, string[]][] = [
    ["It was Zorblax's, not mine.", "Zorblax's profits rose.", ['Zorblax', "'s", 'profits', 'rose', '.']],
    ['Sales at Quenvo\u2019s.', 'Quenvo\u2019s profits rose.', ['Quenvo', '\u2019s', 'profits', 'rose', '.']],
    ["He praised 'Plimbrook's' art.", "Plimbrook's art sold.", ['Plimbrook', "'s", 'art', 'sold', '.']],
    ["The U.K.'s. Then", "The U.K.'s allies.", ['The', 'U.K.', "'s", 'allies', '.']],
  ];
  for (const [first, later, expected] of rows) {
    const before = tokensOf(first);
    assert.ok(!before.some((t) => /.['\u2019]s$/.test(t)), `${first}: ${before.join(' | ')}`);
    assert.deepEqual(tokensOf(later), expected, `${later} after ${first}`);
  }
  // Must-not: contractions keep wink's reading, and a word that merely ends in s is not cut.
  assert.deepEqual(tokensOf("It's, he said. That's fine."), ['It', "'s", ',', 'he', 'said', '.', 'That', "'s", 'fine', '.']);
  assert.deepEqual(tokensOf('Its bus, Carlos.'), ['Its', 'bus', ',', 'Carlos', '.']);
  assert.equal(possessivesApart("It was Zorblax's, not (Ann's) car."), "It was Zorblax's , not ( Ann's ) car.");
  assert.equal(possessivesApart("Zorblax's car"), "Zorblax's car");
  assert.equal(possessivesApart("“Sony’s”; the U.S.'s. Sony's/Nintendo's, rock'n'roll's!"), "“ Sony’s ”; the U.S.'s . Sony's/Nintendo's , rock'n'roll's !");
  // Must-not: a digit before the mark, a letter or digit after the s, punctuation inside the word.
  assert.equal(possessivesApart("the 1990's, 'said' Ann'st, Sony's-based"), "the 1990's, 'said' Ann'st, Sony's-based");
});

test('text: every non-space character lies inside a token', () => {
  const text =
    'Mr. O\'Neill — a “veteran” — won\'t sign. Prices: $5.5bn (€4bn), 10 p.m.; e-mail x@y.org!\n\nÂ£3m mojibake, 😀 emoji, tab\there, zero\u200bwidth, «guillemets» and … dots';
  const { tokens } = findTokens(text);
  const covered = new Uint8Array(text.length);
  for (const t of tokens) {
    assert.ok(t.start < t.end && t.end <= text.length, `token ${t.start}-${t.end} inside text`);
    for (let k = t.start; k < t.end; k++) covered[k] = 1;
  }
  for (let k = 1; k < tokens.length; k++) assert.ok(tokens[k - 1].end <= tokens[k].start, 'tokens sorted and disjoint');
  for (let k = 0; k < text.length; k++) if (!/\s/.test(text[k])) assert.equal(covered[k], 1, `char ${k} ${JSON.stringify(text[k])} lost`);
});

test('text: paragraphs split on blank lines and are trimmed', () => {
  const rows: [string, string[]][] = [
    ['One.\n\nTwo.', ['One.', 'Two.']],
    ['  One.\n   \n\n Two.\r\n\r\nThree.  ', ['One.', 'Two.', 'Three.']],
    ['One.\nStill one.', ['One.\nStill one.']],
    ['\n\n', []],
  ];
  for (const [text, expected] of rows) assert.deepEqual(findParagraphs(text).map((p) => text.slice(p.start, p.end)), expected, text);
});

test('text: sentence splits', () => {
  const rows: [string, string[]][] = [
    ['He came. She left.', ['He came.', 'She left.']],
    ['He lives in the U.S. He likes it.', ['He lives in the U.S.', 'He likes it.']],
    // a quotation ending in a comma belongs to the sentence of its cue
    ['"We are ready. We will talk," he said. Then he left.', ['"We are ready. We will talk," he said.', 'Then he left.']],
    ['“We are ready. We will talk,” he said.', ['“We are ready. We will talk,” he said.']],
    // a quotation of full sentences keeps its breaks; a lower-case cue joins the last one
    ['"We are ready. We will talk." He left.', ['"We are ready.', 'We will talk."', 'He left.']],
    ['"Are you ready?" he asked. "Yes." She nodded.', ['"Are you ready?" he asked.', '"Yes."', 'She nodded.']],
    // sentences never cross paragraphs, and a line is a sentence unless it looks hard-wrapped
    ['The talks began\n\nand ended.', ['The talks began', 'and ended.']],
    ['SOCCER - JAPAN GET LUCKY WIN .\nNadim Ladki\nAL-AIN 1996-12-06', ['SOCCER - JAPAN GET LUCKY WIN .', 'Nadim Ladki', 'AL-AIN 1996-12-06']],
    // a flattened list: a dash after a full stop starts an item
    ['United scored on 58 minutes. - The Londoners have conceded twice.', ['United scored on 58 minutes.', '- The Londoners have conceded twice.']],
    ['The minister will pay an official\nvisit to China, the\nspokesperson said.', ['The minister will pay an official\nvisit to China, the\nspokesperson said.']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(sentencesOf(text), expected, text);
});

test('text: must-not break a sentence', () => {
  const rows = [
    'John F. Kennedy met Gen. Miller in St. Louis on Sept. 5 at 10 a.m. local time.',
    'The U.S. embassy and Acme Inc. said the No. 2 official, i.e. Mr. Smith, met Dr. Jones.',
    '"We are ready. We will talk. We are not afraid," Lavrov said.',
    '"Is it over?" asked the reporter.',
    'Prices rose in Jan. and Feb. last year.',
    'The score was 2-1. - and that was that.',
  ];
  for (const text of rows) assert.deepEqual(sentencesOf(text), [text], text);
});

test('text: sentences carry their token range and paragraph', () => {
  const text = 'He came. She left.\n\nThey met.';
  const { sentences, tokens } = analyzeText(text);
  assert.deepEqual(sentences, [
    { start: 0, end: 8, tokenStart: 0, tokenEnd: 3, paragraph: 0 },
    { start: 9, end: 18, tokenStart: 3, tokenEnd: 6, paragraph: 0 },
    { start: 20, end: 29, tokenStart: 6, tokenEnd: 9, paragraph: 1 },
  ]);
  assert.equal(tokens.length, 9);
});

test('text: quotations pair their marks', () => {
  const rows: [string, [number, number | null][]][] = [
    ['He said "yes" and "no".', [[8, 12], [18, 21]]],
    ['“A,” b «c»', [[0, 3], [7, 9]]],
    ['"First part. "Second part."', [[0, null], [13, 26]]],
    ['5" screen', []],
  ];
  for (const [text, expected] of rows) assert.deepEqual(findQuotations(text).map((q) => [q.open, q.close]), expected, text);
});

test('text: lexicon self-test: each abbreviation example stays one sentence and its entry fires on a forced break', () => {
  for (const entry of ABBREVIATIONS) {
    assert.deepEqual(sentencesOf(entry.example), [entry.example], entry.id);
    const { tokens } = findTokens(entry.example);
    const view = { text: entry.example, tokens, paragraphs: findParagraphs(entry.example) };
    const after = tokens.findIndex((t, i) => i > 0 && entry.example.slice(0, t.start).trimEnd().endsWith(entry.form));
    assert.ok(after > 0, `${entry.id}: example contains ${entry.form}`);
    const merged = refineMergeAbbreviations(view, [0, after]);
    assert.deepEqual(merged.starts, [0], entry.id);
    assert.equal(merged.fired[0].rule, entry.id);
  }
});

test('text: the stage fills paragraphs, sentences and tokens without touching its input', () => {
  const doc = makeArticle({ text: 'Mr. Lavrov arrived on Monday. He met Wang.' });
  const out = textStage.run(doc, createContext());
  assert.notEqual(out, doc);
  assert.equal(out.sentences.length, 2);
  assert.equal(out.tokens.length, 10);
  assert.deepEqual(out.paragraphs, [{ start: 0, end: 42 }]);
});

test('text: non-English text is left unanalyzed unless forced', () => {
  const doc = makeArticle({ text: 'Der Minister kam am Montag.', meta: { ...makeArticle({ text: '' }).meta, language: 'de' } });
  const skipped = textStage.run(doc, createContext());
  assert.deepEqual([skipped.paragraphs, skipped.sentences, skipped.tokens], [[], [], []]);
  const forced = textStage.run(doc, createContext({ forceEnglish: true }));
  assert.equal(forced.sentences.length, 1);
});
