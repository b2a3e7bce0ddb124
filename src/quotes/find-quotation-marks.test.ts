import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotationMarks } from './find-quotation-marks.js';
import type { Paragraph } from '../article.js';

function paragraphsOf(text: string): Paragraph[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** [text, quoted contents (each part joined by " | "), rule of each] */
const cases: [string, string, string[], string[]][] = [
  ['straight double marks', 'He said "yes" and "no".', ['yes', 'no'], ['quotation-marks', 'quotation-marks']],
  ['curly double marks', 'It was “a long night” for all.', ['a long night'], ['quotation-marks']],
  ['single inside double', `"She told me 'never again' twice," he said.`, [`She told me 'never again' twice,`, 'never again'], ['quotation-marks', 'quotation-marks']],
  ['curly single inside curly double', '“The sign read ‘closed’ all week,” she said.', ['The sign read ‘closed’ all week,', 'closed'], ['quotation-marks', 'quotation-marks']],
  ['apostrophes are not marks', "The minister's aide didn't say 'no' to the plan's critics.", ['no'], ['quotation-marks']],
  ['two backticks and two apostrophes', "``It works,'' he said.", ['It works,'], ['quotation-marks']],
  ['a quotation over two paragraphs', '"The first part ends here.\n"The second part ends there," she said.', ['The first part ends here. | The second part ends there,'], ['quotation-over-paragraphs']],
  ['an unclosed mark runs to the paragraph end only', 'He said "we will win.\nThe next paragraph has no quote.', ['we will win.'], ['quotation-open-at-paragraph-end']],
  ['a stray closing mark is ignored', 'The end” of it all.', [], []],
  ['an inch mark is not a quotation', 'The board is 12" wide and 3" deep.', [], []],
  ['an open single mark at the paragraph end quotes nothing', "They played rock 'n roll all night.", [], []],
];

for (const [behaviour, text, contents, rules] of cases) {
  test(`quotes: quotation marks: ${behaviour}`, () => {
    const found = findQuotationMarks(text, paragraphsOf(text));
    assert.deepEqual(found.map((q) => q.parts.map((p) => text.slice(p.start, p.end)).join(' | ')), contents);
    assert.deepEqual(found.map((q) => q.rule), rules);
    for (const q of found) assert.ok(q.open < q.start && q.start <= q.end && q.end <= q.close, `${q.open} ${q.start} ${q.end} ${q.close}`);
  });
}

test('quotes: quotation marks: nested quotations are marked nested', () => {
  const text = `"She said 'stop' and left," he recalled.`;
  assert.deepEqual(findQuotationMarks(text, paragraphsOf(text)).map((q) => q.nested), [false, true]);
});
