// The terminal table (widths fitted, cells cut with "…") and the RFC 4180 CSV writer of src/cli/table.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellText, csvField, fitWidths, renderTable, toCsv, truncate } from '../../../src/cli/table.js';

test('table: CSV fields are quoted only when they hold a comma, a quote or a line break', () => {
  const cases: [unknown, string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['he said "no"', '"he said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [-2.5, '-2.5'],
    [0, '0'],
    [[{ start: 1, end: 3 }], '"[{""start"":1,""end"":3}]"'],
    ['  spaces kept  ', '  spaces kept  '],
  ];
  for (const [value, expected] of cases) assert.equal(csvField(value), expected, JSON.stringify(value));
});

test('table: a CSV document has a header, one line per row and CRLF line ends', () => {
  const csv = toCsv([{ a: 'x,y', b: 1 }, { a: 'say "hi"', b: null }], ['a', 'b']);
  assert.equal(csv, 'a,b\r\n"x,y",1\r\n"say ""hi""",\r\n');
  assert.equal(toCsv([], ['a', 'b']), 'a,b\r\n');
});

test('table: cells are one line and cut with an ellipsis', () => {
  assert.equal(cellText('a\n  b\tc '), 'a b c');
  assert.equal(cellText(null), '');
  assert.equal(truncate('Sergey Lavrov', 6), 'Serge…');
  assert.equal(truncate('Lavrov', 6), 'Lavrov');
  assert.equal(truncate('Лавров сказал', 4), 'Лав…');
  assert.equal(truncate('abc', 0), '');
});

test('table: widths shrink the widest column first, never below the minimum', () => {
  const cases: [number[], number[], number, number[]][] = [
    [[10, 40, 5], [4, 10, 5], 100, [10, 40, 5]],
    [[10, 40, 5], [4, 10, 5], 40, [10, 21, 5]],
    [[10, 40, 5], [4, 10, 5], 20, [4, 10, 5]],
    [[30, 30], [5, 5], 32, [15, 15]],
  ];
  for (const [natural, minimum, total, expected] of cases) assert.deepEqual(fitWidths(natural, minimum, total), expected, `${natural} in ${total}`);
});

test('table: a rendered table fits the width and keeps the short columns whole', () => {
  const rows = [
    { date: '2024-04-08', speaker: 'Sergey Lavrov', text: 'We will not accept NATO expansion and we say so again and again', n: 12 },
    { date: '2025-01-01', speaker: 'Wang Yi', text: 'short', n: 3 },
  ];
  const columns = [
    { key: 'date', header: 'date', min: 10 },
    { key: 'speaker', header: 'speaker' },
    { key: 'text', header: 'quote', min: 10 },
    { key: 'n', header: 'n', align: 'right' as const },
  ];
  const out = renderTable(rows, columns, { width: 50 });
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  for (const line of lines) assert.ok([...line].length <= 50, `${line} is wider than 50`);
  assert.match(lines[1]!, /^2024-04-08  Sergey Lavrov  We will not accept…  12$/);
  assert.match(lines[2]!, /^2025-01-01  Wang Yi        short\s+ 3$/);
  assert.equal(lines[0], `${'date'.padEnd(12)}${'speaker'.padEnd(15)}${'quote'.padEnd(21)} n`);
  const wide = renderTable(rows, columns, { width: 200 });
  assert.ok(wide.includes(rows[0]!.text));
  assert.ok(renderTable(rows, columns, { width: 50, color: true }).startsWith('\x1b[1mdate'));
});
