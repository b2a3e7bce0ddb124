// From text to corpus events through the real pipeline and the store: two outlets telling one meeting in their own
// words make two stories but one corpus event per direction; a denial or another day stays apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createContext, toRecord, type RawInput } from '../../../src/index.js';
import { insertRecord, openCorpus } from '../../../src/corpus/store/index.js';

const ctx = createContext();

function record(input: RawInput) {
  const result = analyze(input, ctx);
  assert.ok(result.ok);
  return toRecord(result.article);
}

test('dedupe: one meeting told by two outlets is one corpus event per direction; a denial and another day are not', () => {
  const corpus = openCorpus(':memory:');
  const stored = (text: string, outlet: string, published: string) =>
    insertRecord(corpus, record({ text, outlet, published, title: null } as RawInput)).article;
  const a = stored(
    'Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Monday. The two ministers discussed the war in Ukraine and trade, officials said.',
    'TASS', '2025-03-04');
  const b = stored(
    "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Beijing on Monday, China's foreign ministry said in a statement. Both sides called for closer coordination at the United Nations.",
    'Xinhua', '2025-03-04');
  const denied = stored(
    'Russian Foreign Minister Sergey Lavrov did not meet Chinese Foreign Minister Wang Yi in Beijing on Monday, a spokesman said.',
    'Kommersant', '2025-03-04');
  const friday = stored(
    'Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow on Friday. They spoke about energy prices.',
    'RIA', '2025-03-04');
  const { db } = corpus;
  assert.equal(db.prepare('SELECT COUNT(DISTINCT story) FROM articles').pluck().get(), 4);
  const events = (article: number) =>
    db.prepare(`SELECT e.code, e.source_actor AS source, e.target_actor AS target, e.modality, e.date, e.corpus_event AS ce
      FROM events e WHERE e.article = ? AND e.code LIKE '04%' ORDER BY e.source_actor`).all(article) as
      { code: string; source: string; target: string; modality: string; date: string; ce: number }[];
  const [ea, eb, ed, ef] = [events(a), events(b), events(denied), events(friday)];
  assert.ok(ea.length > 0 && eb.length > 0 && ed.length > 0 && ef.length > 0, JSON.stringify({ ea, eb, ed, ef }));
  for (const x of ea) {
    const same = eb.find((y) => y.code === x.code && y.source === x.source && y.target === x.target);
    assert.ok(same, `${x.code} ${x.source}→${x.target} in both reports`);
    assert.equal(same.ce, x.ce);
    const counts = db.prepare('SELECT mentions, articles, sources, stories FROM corpus_events WHERE id = ?').get(x.ce);
    assert.deepEqual(counts, { mentions: 2, articles: 2, sources: 2, stories: 2 });
    assert.ok(ed.every((y) => y.ce !== x.ce), 'the denial is another corpus event');
    assert.ok(ef.every((y) => y.ce !== x.ce), 'the Friday meeting is another corpus event');
  }
  corpus.close();
});
