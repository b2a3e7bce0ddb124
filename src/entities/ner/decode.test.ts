// Decoding against a hand-made model: the cached weight sums equal the plain feature definition, and Viterbi and
// the confidences equal brute force over every label sequence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTagger, nameSegments, spansOf } from './decode.js';
import { documentFlags, posIndex, tokenAttributes } from './features.js';
import { matchGazetteer } from './gazetteer.js';
import { createModel, LABELS } from './model.js';

const L = LABELS.length;

/** Deterministic pseudo-random numbers in [-1, 1). */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

const SENTENCES = [
  { words: ['Sergey', 'Lavrov', 'met', 'Wang', 'Yi'], pos: ['PROPN', 'PROPN', 'VERB', 'PROPN', 'PROPN'] },
  { words: ['LONDON', '1996-08-30'], pos: ['PROPN', 'NUM'] },
  { words: ['Lavrov', 'said', 'so', '.'], pos: ['PROPN', 'VERB', 'ADV', 'PUNCT'] },
  // Document flags (lower-seen "So", title-seen "LAVROV") and gazetteer kinds (title, country) at work.
  { words: ['So', 'Minister', 'LAVROV', 'left', 'China'], pos: ['ADV', 'PROPN', 'PROPN', 'VERB', 'PROPN'] },
  // A line break kept as a token (O by constraint).
  { words: ['Acme', '\n\n', 'Corp'], pos: ['PROPN', 'SPACE', 'PROPN'] },
];

/** The document flags of SENTENCES, cut per sentence. */
function sentenceFlags() {
  const flat = documentFlags(SENTENCES);
  let k = 0;
  return SENTENCES.map((s) => flat.slice(k, (k += s.words.length)));
}

function tinyModel(seed: number) {
  const random = prng(seed);
  const lists = { country: ['China'], title: ['Minister'], city: ['London'] };
  const probe = createModel({ labels: LABELS, attributes: [], weights: [], transitions: new Array(L * L).fill(0), lists, info: {} });
  const flags = sentenceFlags();
  const attributes = new Set<string>();
  SENTENCES.forEach((s, si) => {
    const view = { words: s.words, pos: s.pos.map(posIndex), gaz: matchGazetteer(probe.gazetteer, s.words), doc: flags[si] };
    s.words.forEach((_, i) => tokenAttributes(view, i).forEach((a) => attributes.add(a)));
  });
  const names = [...attributes].sort();
  const weights = names.flatMap(() => Array.from({ length: L }, () => random() * 2));
  const transitions = Array.from({ length: L * L }, () => random() * 2);
  return createModel({ labels: LABELS, attributes: names, weights, transitions, lists, info: {} });
}

function bruteScores(model: ReturnType<typeof tinyModel>) {
  const flags = sentenceFlags();
  return SENTENCES.map((s, si) => {
    const view = { words: s.words, pos: s.pos.map(posIndex), gaz: matchGazetteer(model.gazetteer, s.words), doc: flags[si] };
    return s.words.map((_, i) => {
      const row = new Array(L).fill(0);
      for (const a of tokenAttributes(view, i)) {
        const r = model.attributes.get(a)!;
        for (let y = 0; y < L; y++) row[y] += model.weights[r * L + y];
      }
      return row;
    });
  });
}

const allowed = (x: number | null, y: number) => {
  const [bio, type] = LABELS[y].split('-');
  if (bio !== 'I') return true;
  return x !== null && LABELS[x].split('-')[1] === type;
};

/** Every BIO-valid label sequence of length n with its score, O wherever `decoded` is false. */
function* paths(n: number, E: number[][], T: Float32Array, decoded: boolean[]): Generator<{ labels: number[]; score: number }> {
  const labels = new Array(n).fill(0);
  function* go(i: number, score: number): Generator<{ labels: number[]; score: number }> {
    if (i === n) {
      yield { labels: [...labels], score };
      return;
    }
    for (let y = 0; y < (decoded[i] ? L : 1); y++) {
      const x = i ? labels[i - 1] : null;
      if (!allowed(x, y)) continue;
      labels[i] = y;
      yield* go(i + 1, score + E[i][y] + (x === null ? 0 : T[x * L + y]));
    }
  }
  yield* go(0, 0);
}

test('ner: cached weight sums equal the plain feature definition (whitespace tokens only O)', () => {
  for (const seed of [1, 2, 3]) {
    const model = tinyModel(seed);
    const fast = createTagger(model).emissions(SENTENCES);
    const slow = bruteScores(model);
    slow.forEach((rows, si) =>
      rows.forEach((row, i) =>
        row.forEach((v, y) => {
          // A whitespace token can only be O: its other labels score -Infinity.
          const want = SENTENCES[si].words[i].trim() === '' && y > 0 ? -Infinity : v;
          const got = fast[si][i * L + y];
          assert.ok(got === want || Math.abs(got - want) < 1e-4, `seed ${seed} s${si} t${i} y${y}`);
        }),
      ),
    );
  }
});

test('ner: Viterbi finds the best BIO-valid path and confidences are exact name-type marginals', () => {
  for (const seed of [4, 5, 6, 7]) {
    const model = tinyModel(seed);
    const tagged = createTagger(model).tagSentences(SENTENCES);
    const slow = bruteScores(model);
    SENTENCES.forEach((s, si) => {
      let best = { labels: [] as number[], score: -Infinity };
      let z = 0;
      const decoded = s.words.map((w, i) => w.trim() !== '' && nameSegments(s.words).some(([a, b]) => i >= a && i < b));
      const all = [...paths(s.words.length, slow[si], model.transitions, decoded)];
      for (const p of all) {
        if (p.score > best.score) best = p;
        z += Math.exp(p.score);
      }
      assert.deepEqual([...tagged[si].labels], best.labels, `seed ${seed} sentence ${si}`);
      const kind = (y: number) => LABELS[y].split('-').pop();
      best.labels.forEach((y, i) => {
        if (y === 0) return;
        const marginal = all.filter((p) => kind(p.labels[i]) === kind(y)).reduce((m, p) => m + Math.exp(p.score), 0) / z;
        assert.ok(Math.abs(tagged[si].confidence[i] - marginal) < 1e-4, `seed ${seed} s${si} t${i}: ${tagged[si].confidence[i]} vs ${marginal}`);
      });
    });
  }
});

test('ner: must-not — a whitespace token is never labelled as a name', () => {
  const blank = SENTENCES.length - 1;
  for (let seed = 1; seed <= 12; seed++) {
    const [labels] = [createTagger(tinyModel(seed)).tagSentences(SENTENCES)[blank].labels];
    assert.equal(labels[1], 0, `seed ${seed}`);
  }
});

test('ner: only stretches near a capital letter are decoded', () => {
  const cases: [string, [number, number][]][] = [
    ['Sergey Lavrov met Wang Yi', [[0, 5]]],
    ['he said that the bank of england and the fed would act', [[3, 8]]],
    ['prices rose in Paris and fell in the eurozone , said ECB officials', [[2, 5], [10, 13]]],
    ['no capitals here at all .', []],
    ['the iPhone sold well', [[0, 3]]],
  ];
  for (const [text, expected] of cases) {
    const words = text.replace('bank of england', 'Bank of England').split(' ');
    assert.deepEqual(nameSegments(words), expected, text);
  }
});

test('ner: BIO labels become spans, a stray I- opening one', () => {
  const cases: [string[], { start: number; end: number; label: string }[]][] = [
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [{ start: 0, end: 2, label: 'PER' }, { start: 3, end: 4, label: 'LOC' }]],
    [['B-ORG', 'B-ORG', 'I-ORG'], [{ start: 0, end: 1, label: 'ORG' }, { start: 1, end: 3, label: 'ORG' }]],
    [['O', 'I-MISC', 'I-PER'], [{ start: 1, end: 2, label: 'MISC' }, { start: 2, end: 3, label: 'PER' }]],
    [['O', 'O'], []],
  ];
  for (const [tags, expected] of cases) {
    const spans = spansOf(LABELS, tags.map((t) => LABELS.indexOf(t as (typeof LABELS)[number])));
    assert.deepEqual(spans.map(({ start, end, label }) => ({ start, end, label })), expected, tags.join(' '));
  }
});

test('ner: a full word-type cache is emptied between documents, never inside one', () => {
  const model = tinyModel(8);
  const roomy = createTagger(model);
  // Three types fit; each document has more, so the cache fills inside the first and is emptied before the next.
  const tight = createTagger(model, 3);
  for (let round = 0; round < 3; round++) {
    const want = roomy.tagSentences(SENTENCES);
    const got = tight.tagSentences(SENTENCES);
    assert.deepEqual(got.map((s) => [...s.labels]), want.map((s) => [...s.labels]), `round ${round}`);
    assert.deepEqual(got.map((s) => [...s.confidence]), want.map((s) => [...s.confidence]), `round ${round}`);
    assert.deepEqual(tight.emissions(SENTENCES).map((e) => [...e]), roomy.emissions(SENTENCES).map((e) => [...e]));
  }
});

test('ner: words given with vocabulary ids get the same types as words hashed, in a cache emptied between documents', () => {
  const model = tinyModel(9);
  const plain = createTagger(model);
  // One id per distinct word, as Token.word gives (sparse, as a vocabulary's are); the line-break token has none.
  const vocab = new Map([...new Set(SENTENCES.flatMap((s) => s.words))].map((w, k) => [w, 7 * k + 1]));
  const withIds = SENTENCES.map((s) => ({ ...s, ids: s.words.map((w) => (w.trim() === '' ? -1 : vocab.get(w)!)) }));
  for (const tagger of [createTagger(model), createTagger(model, 3)]) {
    for (let round = 0; round < 3; round++) {
      const want = plain.tagSentences(SENTENCES);
      const got = tagger.tagSentences(withIds);
      assert.deepEqual(got.map((s) => [...s.labels]), want.map((s) => [...s.labels]), `round ${round}`);
      assert.deepEqual(got.map((s) => [...s.confidence]), want.map((s) => [...s.confidence]), `round ${round}`);
      // Emissions decode every token, so every word's type is read, by id where it has one.
      assert.deepEqual(tagger.emissions(withIds).map((e) => [...e]), plain.emissions(SENTENCES).map((e) => [...e]), `round ${round}`);
    }
  }
});

test('ner: a name whose confidence window overlaps the window of a name before it gets its own marginal', async () => {
  // One stretch (every word within a token of a capital): "Lavrov" and "Xi" are names three O tokens apart, so the
  // window around Xi (tokens 1-6) shares tokens 1-3 with the window around Lavrov (tokens 0-3).
  const { loadNameModel } = await import('./load-model.js');
  const model = loadNameModel();
  const sentence = { words: ['Lavrov', 'said', 'On', 'Monday', 'Xi', 'agreed', '.'], pos: ['PROPN', 'VERB', 'ADP', 'PROPN', 'PROPN', 'VERB', 'PUNCT'] };
  const tagger = createTagger(model);
  const [tagged] = tagger.tagSentences([sentence]);
  const labels = [...tagged.labels].map((y) => model.labels[y]);
  assert.deepEqual(labels, ['B-PER', 'O', 'O', 'O', 'B-PER', 'O', 'O']);
  // The window around Xi by brute force: tokens 1..6, its first label free, BIO-valid transitions, sentence end after.
  const [E] = tagger.emissions([sentence]);
  const from = 1, to = 7, at = 4;
  const kind = (y: number) => model.labels[y].split('-').pop();
  const ok = (x: number, y: number) => !model.labels[y].startsWith('I-') || kind(x) === kind(y);
  let z = 0, hit = 0;
  const walk = (i: number, prev: number, score: number, atLabel: number) => {
    if (i === to) {
      z += Math.exp(score);
      if (kind(atLabel) === 'PER') hit += Math.exp(score);
      return;
    }
    for (let y = 0; y < L; y++) {
      if (i > from && !ok(prev, y)) continue;
      const step = E[i * L + y] + (i > from ? model.transitions[prev * L + y] : 0);
      walk(i + 1, y, score + step, i === at ? y : atLabel);
    }
  };
  walk(from, -1, 0, -1);
  assert.ok(Math.abs(tagged.confidence[at] - hit / z) < 1e-4, `${tagged.confidence[at]} vs ${hit / z}`);
  assert.ok(tagged.confidence[at] > 0.5, `Xi: ${tagged.confidence[at]}`);
});
