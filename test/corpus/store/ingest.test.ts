// ingest(): inputs analyzed and stored in batches; stored articles skipped before analysis; every failure counted,
// named and kept in the failures table; a bug in one input does not end the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createContext, dyadError, type RawInput } from '../../../src/index.js';
import { ingest, openCorpus, type Corpus, type IngestItem } from '../../../src/corpus/store/index.js';
import { getArticle } from '../../../src/corpus/query/index.js';

const ctx = createContext({ published: '2024-05-06' });
const article = (n: number, inputId = `a${n}`): RawInput => ({
  text: `The mayor of Tolna opened library number ${n} on Monday, officials in Hungary said.`,
  trusted: true,
  inputId,
  origin: `test.jsonl:line ${n}`,
});
const count = (c: Corpus, table: string): number => (c.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** analyze() that counts its calls. */
function counting(): { analyze: typeof analyze; calls: () => number } {
  let calls = 0;
  return {
    analyze: (input, c, stages) => {
      calls++;
      return analyze(input, c, stages);
    },
    calls: () => calls,
  };
}

test('ingest: stores new articles, and a second run skips every one of them before analysis', async () => {
  const corpus = openCorpus(':memory:');
  const inputs = [1, 2, 3, 4, 5].map((n) => article(n));
  const first = counting();
  const s1 = await ingest(corpus, inputs, { context: ctx, analyze: first.analyze });
  assert.deepEqual(s1, { new: 5, duplicate: 0, failed: 0, failures: [] });
  assert.equal(first.calls(), 5);
  assert.equal(count(corpus, 'articles'), 5);
  const inputIds = (corpus.db.prepare('SELECT input_id FROM articles ORDER BY rowid').all() as { input_id: string }[]).map((r) => r.input_id);
  assert.deepEqual(inputIds, ['a1', 'a2', 'a3', 'a4', 'a5']);

  const second = counting();
  // Same texts under other input ids: the article id is the text's, so they are the same articles.
  const s2 = await ingest(corpus, inputs.map((i) => ({ ...i, inputId: `copy-${i.inputId}` })), { context: ctx, analyze: second.analyze });
  assert.deepEqual(s2, { new: 0, duplicate: 5, failed: 0, failures: [] });
  assert.equal(second.calls(), 0);
  assert.equal(count(corpus, 'articles'), 5);
  // ...but every input id is kept, pointing at the one article its text is.
  assert.equal(count(corpus, 'article_inputs'), 10);
  assert.equal(getArticle(corpus.db, 'copy-a3')?.id, getArticle(corpus.db, 'a3')?.id);
  assert.equal(getArticle(corpus.db, 'copy-a3')?.record.text, inputs[2]!.text);
  // A third run adds nothing, not even an input row.
  await ingest(corpus, inputs, { context: ctx });
  assert.equal(count(corpus, 'article_inputs'), 10);
  corpus.close();
});

test('ingest: a copy of an article analyzed but not yet committed is a duplicate, not analyzed again', async () => {
  const corpus = openCorpus(':memory:');
  const counter = counting();
  // The first three are ready together and analyzed as one batch; a commit (every 2) falls inside it. The copy of
  // the third comes later, while the third still waits for its commit.
  async function* source(): AsyncGenerator<IngestItem> {
    yield article(1);
    yield article(2);
    yield article(3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    yield article(3, 'copy-a3');
  }
  const outcomes: string[] = [];
  const s = await ingest(corpus, source(), { context: ctx, batch: 2, analyze: counter.analyze, onInput: (_item, outcome) => outcomes.push(outcome) });
  assert.deepEqual(outcomes, ['new', 'new', 'new', 'duplicate']);
  assert.equal(counter.calls(), 3);
  assert.deepEqual([s.new, s.duplicate, s.failed], [3, 1, 0]);
  assert.equal(count(corpus, 'articles'), 3);
  corpus.close();
});

test('ingest: the same article twice in one batch is stored once', async () => {
  const corpus = openCorpus(':memory:');
  const s = await ingest(corpus, [article(1), article(2), article(1, 'again')], { context: ctx, batch: 50 });
  assert.deepEqual([s.new, s.duplicate, s.failed], [2, 1, 0]);
  assert.equal(count(corpus, 'articles'), 2);
  assert.deepEqual(
    corpus.db.prepare('SELECT i.input_id AS input, a.input_id AS first FROM article_inputs i JOIN articles a ON a.rowid = i.article ORDER BY i.input_id').all(),
    [{ input: 'a1', first: 'a1' }, { input: 'a2', first: 'a2' }, { input: 'again', first: 'a1' }],
  );
  corpus.close();
});

test('ingest: commits every `batch` inputs and reads an async stream', async () => {
  const corpus = openCorpus(':memory:');
  const commits: number[] = [];
  async function* stream(): AsyncGenerator<IngestItem> {
    for (let n = 1; n <= 5; n++) yield article(n);
  }
  const seen: number[] = [];
  const s = await ingest(corpus, stream(), {
    context: ctx,
    batch: 2,
    onCommit: (stored) => {
      commits.push(stored);
      seen.push(count(corpus, 'articles'));
    },
  });
  assert.equal(s.new, 5);
  assert.deepEqual(commits, [2, 2, 1]);
  assert.deepEqual(seen, [2, 4, 5]);
  corpus.close();
});

test('ingest: failures are counted, named, kept in the failures table, and the run goes on', async () => {
  const corpus = openCorpus(':memory:');
  const throwing: typeof analyze = (input, c, stages) => {
    if (input.inputId === 'boom') throw new TypeError('cannot read x of undefined');
    return analyze(input, c, stages);
  };
  const inputs: IngestItem[] = [
    article(1),
    { error: dyadError('bad-json', 'dyad: feed.jsonl:line 2 is not valid JSON; each line must be one JSON object'), origin: 'feed.jsonl:line 2' },
    { text: '   \n  ', trusted: true, inputId: 'blank', origin: 'feed.jsonl:line 3' },
    { ...article(4), inputId: 'boom', origin: 'feed.jsonl:line 4' },
    article(5),
  ];
  const s = await ingest(corpus, inputs, { context: ctx, analyze: throwing, now: () => '2024-05-06T00:00:00.000Z' });
  assert.deepEqual([s.new, s.duplicate, s.failed], [2, 0, 3]);
  assert.deepEqual(s.failures.map((f) => f.input), ['feed.jsonl:line 2', 'feed.jsonl:line 3', 'feed.jsonl:line 4']);
  assert.match(s.failures[0]!.reason, /^dyad: feed\.jsonl:line 2 is not valid JSON/);
  assert.match(s.failures[1]!.reason, /^dyad: feed\.jsonl:line 3 holds only whitespace/);
  assert.match(s.failures[2]!.reason, /^dyad: internal error while analyzing feed\.jsonl:line 4 \(cannot read x of undefined\); this is a bug/);
  const rows = corpus.db.prepare('SELECT input, reason, at FROM failures ORDER BY rowid').all() as { input: string; reason: string; at: string }[];
  assert.deepEqual(rows, s.failures.map((f) => ({ ...f, at: '2024-05-06T00:00:00.000Z' })));
  assert.equal(count(corpus, 'articles'), 2);
  corpus.close();
});

test('ingest: a record that cannot be stored is a failure and leaves no rows', async () => {
  const corpus = openCorpus(':memory:');
  // A trigger stands in for any storage error on one article (a constraint, a bug in a later insert).
  corpus.db.exec(`CREATE TRIGGER refuse AFTER INSERT ON entities WHEN (SELECT text FROM articles WHERE rowid = new.article) LIKE '%library number 2 %' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
  const s = await ingest(corpus, [article(1), article(2), article(3)], { context: ctx });
  assert.deepEqual([s.new, s.duplicate, s.failed], [2, 0, 1]);
  assert.match(s.failures[0]!.reason, /^dyad: test\.jsonl:line 2 could not be stored: refused by test/);
  assert.equal(count(corpus, 'articles'), 2);
  assert.equal(count(corpus, 'failures'), 1);
  const orphans = corpus.db.prepare('SELECT count(*) AS n FROM entities WHERE article NOT IN (SELECT rowid FROM articles)').get() as { n: number };
  assert.equal(orphans.n, 0);
  corpus.close();
});

test('ingest: must not lose the analyzed articles of a batch when the input stream fails', async () => {
  const corpus = openCorpus(':memory:');
  async function* broken(): AsyncGenerator<IngestItem> {
    yield article(1);
    yield article(2);
    throw new Error('the disk went away');
  }
  await assert.rejects(ingest(corpus, broken(), { context: ctx, batch: 50 }), /the disk went away/);
  assert.equal(count(corpus, 'articles'), 2);
  corpus.close();
});
