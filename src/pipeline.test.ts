// The order of STAGES is checked, not trusted: every field a stage reads is written by an earlier one. A batch
// (analyzeBatch) gives the records analyze() gives one by one, and keeps a failure to its input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeBatch, STAGES, type BatchResult } from './pipeline.js';
import { toRecord, type RawInput } from './article.js';
import { createContext } from './context.js';
import type { Stage } from './stage.js';

test('pipeline: every stage reads only fields written before it', () => {
  const written = new Set<string>(['input']);
  for (const stage of STAGES) {
    for (const field of stage.reads) assert.ok(written.has(field), `${stage.name} reads ${field} before any stage writes it`);
    for (const field of stage.writes) written.add(field);
  }
});

test('pipeline: stage names are unique and name the stage folder', () => {
  const names = STAGES.map((s) => s.name);
  assert.equal(new Set(names).size, names.length);
});

test('pipeline: a batch gives each input the record analyze() gives it alone, in any order', () => {
  const texts = [
    "Sony's profits rose, the company said on Monday. It was Sony's, not Nintendo's.",
    'Sergey Lavrov arrived in Beijing on Monday. "We are ready," Lavrov told reporters.',
    'The ministry denied the report, TASS reported.',
    "Plans at Nintendo's were cut. Nintendo's profits fell.",
  ];
  const inputs: RawInput[] = texts.map((text, i) => ({ text, trusted: true, inputId: `a${i}` }));
  const alone = inputs.map((input) => record(analyze(input, createContext())));
  for (const order of [inputs, [...inputs].reverse()]) {
    const batch = analyzeBatch(order, createContext()).map(record);
    assert.deepEqual(batch, order.map((input) => alone[inputs.indexOf(input)]));
  }
});

test('pipeline: in a batch, an input that fails or throws keeps its error and the others go on', () => {
  const boom: Stage = {
    name: 'boom',
    reads: ['text'],
    writes: [],
    run(doc) {
      if (doc.text.includes('boom')) throw new TypeError('a bug');
      return doc;
    },
  };
  const stages = [...STAGES.slice(0, 2), boom, ...STAGES.slice(2)];
  const inputs: RawInput[] = [{ text: 'Talks went well.', trusted: true }, { bytes: new Uint8Array(0), origin: 'empty' }, { text: 'It went boom.', trusted: true }, { text: 'Talks failed.', trusted: true }];
  const results = analyzeBatch(inputs, createContext(), stages);
  assert.deepEqual(results.map((r) => (r.ok ? 'ok' : 'thrown' in r ? 'thrown' : r.error.code)), ['ok', 'empty-input', 'thrown', 'ok']);
  const thrown = results[2];
  assert.ok(!thrown.ok && 'thrown' in thrown && thrown.thrown instanceof TypeError);
  assert.deepEqual(record(results[3]), record(analyze(inputs[3], createContext())));
});

function record(result: BatchResult): unknown {
  if (result.ok) return toRecord(result.article);
  return 'thrown' in result ? 'thrown' : result.error;
}
