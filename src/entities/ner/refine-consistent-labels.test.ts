// Document consistency: one name keeps one type; a bare surname follows its full name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameLabel, NameSpan } from './decode.js';
import { refineConsistentLabels } from './refine-consistent-labels.js';

const span = (start: number, end: number, label: NameLabel, score = 0.9): NameSpan => ({ start, end, label, score });

test('ner: labels are made consistent within a document', () => {
  const cases: { name: string; words: string[][]; spans: NameSpan[][]; expected: string[][] }[] = [
    {
      name: 'surname-of-person',
      words: [['Sergey', 'Lavrov', 'arrived'], ['Lavrov', 'said']],
      spans: [[span(0, 2, 'PER')], [span(0, 1, 'ORG')]],
      expected: [['PER:0-2'], ['PER:0-1']],
    },
    {
      name: 'same-name-same-type',
      words: [['Jordan', 'won'], ['in', 'Jordan'], ['Jordan', 'said']],
      spans: [[span(0, 1, 'LOC', 0.8)], [span(1, 2, 'LOC', 0.9)], [span(0, 1, 'PER', 0.6)]],
      expected: [['LOC:0-1'], ['LOC:1-2'], ['LOC:0-1']],
    },
    {
      name: 'known-name-untagged',
      words: [['Sergey', 'Lavrov', 'arrived'], ['talks', 'with', 'Lavrov', 'ended'], ['in', 'Oslo'], ['flights', 'to', 'Oslo']],
      spans: [[span(0, 2, 'PER')], [], [span(1, 2, 'LOC')], []],
      expected: [['PER:0-2'], ['PER:2-3'], ['LOC:1-2'], ['LOC:2-3']],
    },
  ];
  for (const c of cases) {
    const out = refineConsistentLabels(c.words.map((words) => ({ words })), c.spans);
    assert.deepEqual(out.map((s) => s.map((x) => `${x.label}:${x.start}-${x.end}`)), c.expected, c.name);
  }
});

test('ner: must-not — consistency never merges different names or invents spans', () => {
  const cases: { name: string; words: string[][]; spans: NameSpan[][] }[] = [
    { name: 'different names keep their types', words: [['Paris', 'Hilton'], ['Paris']], spans: [[span(0, 2, 'PER')], [span(0, 1, 'LOC')]] },
    { name: 'no spans stay no spans', words: [['Lavrov'], ['said']], spans: [[], []] },
    {
      name: 'a known name inside another capitalized name is left alone',
      words: [['Sergey', 'Lavrov'], ['on', 'Lavrov', 'Street']],
      spans: [[span(0, 2, 'PER')], []],
    },
    { name: 'a lower-case word is never added', words: [['Jo', 'Brown'], ['a', 'brown', 'dog']], spans: [[span(0, 2, 'PER')], []] },
  ];
  const expectations: Record<string, string[][]> = {
    'different names keep their types': [['PER:0-2'], ['LOC:0-1']],
    'no spans stay no spans': [[], []],
    'a known name inside another capitalized name is left alone': [['PER:0-2'], []],
    'a lower-case word is never added': [['PER:0-2'], []],
  };
  for (const c of cases) {
    const out = refineConsistentLabels(c.words.map((words) => ({ words })), c.spans);
    const expected = expectations[c.name];
    assert.deepEqual(out.map((s) => s.map((x) => `${x.label}:${x.start}-${x.end}`)), expected, c.name);
  }
});
