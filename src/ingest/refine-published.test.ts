import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawInput } from '../article.js';
import { createContext } from '../context.js';
import { startDraft, type Found } from './draft.js';
import { parseDatePrefix, parsePublished, refinePublished } from './refine-published.js';

test('ingest: publication times in common formats → ISO at the precision given', () => {
  const cases: [string, string, string][] = [
    ['Apr 08, 2024 10:38 PM', '2024-04-08T22:38', 'month-day-year'],
    ['8 April 2024', '2024-04-08', 'day-month-year'],
    ['2024-04-08 22:38', '2024-04-08T22:38', 'iso-date-time'],
    ['2024-04-08', '2024-04-08', 'iso-date-time'],
    ['2024-04-08T22:38:00Z', '2024-04-08T22:38Z', 'iso-date-time'],
    ['2024-04-08T22:38:17.123+08:00', '2024-04-08T22:38+08:00', 'iso-date-time'],
    ['2024-04-08T22:38:00+0000', '2024-04-08T22:38Z', 'iso-date-time'],
    ['Mon, 08 Apr 2024 22:38:00 +0800', '2024-04-08T22:38+08:00', 'day-month-year'],
    ['Monday, April 8th, 2024 at 10:38 a.m. EDT', '2024-04-08T10:38-04:00', 'month-day-year'],
    ['April 8, 2024 12:05 AM', '2024-04-08T00:05', 'month-day-year'],
    ['April 8, 2024 12:05 PM', '2024-04-08T12:05', 'month-day-year'],
    ['Sept. 3, 2024', '2024-09-03', 'month-day-year'],
    ['3rd of September 2024, 14:00 UTC+3', '2024-09-03T14:00+03:00', 'day-month-year'],
    ['10:38 PM, April 8, 2024', '2024-04-08T22:38', 'time-month-day-year'],
    ['2024/04/08', '2024-04-08', 'year-month-day-slashed'],
    ['08.04.2024 22:38', '2024-04-08T22:38', 'day-month-year-dotted'],
    ['04/08/2024', '2024-04-08', 'month-day-year-slashed'],
    ['28/04/2024', '2024-04-28', 'month-day-year-slashed'],
    ['April 2024', '2024-04', 'month-year'],
    ['2024-04', '2024-04', 'iso-year-month'],
    ['8 April 2024 22:38 IST', '2024-04-08T22:38', 'day-month-year'],
  ];
  for (const [raw, value, rule] of cases) assert.deepEqual(parsePublished(raw), { value, rule }, raw);
});

test('ingest: a date read at the start of a line says how much it took', () => {
  const cases: [string, string, string][] = [
    ['Apr 08, 2024 10:38 PMIn this photo', '2024-04-08T22:38', 'Apr 08, 2024 10:38 PM'],
    ['April 8, 2024 10:38 Amsterdam time', '2024-04-08T10:38', 'April 8, 2024 10:38'],
    ['8 April 2024 10:38 PM Zakharova said', '2024-04-08T22:38', '8 April 2024 10:38 PM'],
    ['March 14, 2023 | Updated', '2023-03-14', 'March 14, 2023'],
  ];
  for (const [line, value, taken] of cases) {
    const parsed = parseDatePrefix(line);
    assert.equal(parsed?.value, value, line);
    assert.equal(line.slice(0, parsed!.length), taken, line);
  }
});

test('ingest: chrono-node reads what our formats do not, only when the day is certain', () => {
  assert.deepEqual(parsePublished('Published 2024-04-08'), { value: '2024-04-08', rule: 'chrono-fallback' });
  assert.equal(parsePublished('2 hours ago, 2024'), null);
  assert.deepEqual(parsePublished('the 8th of April, 2024'), { value: '2024-04-08', rule: 'chrono-fallback' });
  assert.equal(parsePublished('next Tuesday'), null);
  assert.equal(parsePublished('April 8'), null);
});

test('ingest: must-not: strings that are not publication dates', () => {
  const cases = ['', '   ', 'yesterday', '2 hours ago', '2024-13-01', '2024-02-30', 'February 30, 2024', '31/31/2024', '1712612280', 'Mayor 8, 2024', '25:61', 'April 31, 2024', 'March 2023abc'];
  for (const raw of cases) assert.equal(parsePublished(raw), null, raw);
});

test('ingest: the input hint wins over the found date, which wins over --published', () => {
  const cases: [RawInput, Found | null, string | null, Found | null, number][] = [
    [{ text: 'x', published: '2024-05-01' }, { value: 'Apr 08, 2024 10:38 PM', rule: 'published-label' }, '2024-01-01', { value: '2024-05-01', rule: 'input-published' }, 0],
    [{ text: 'x' }, { value: 'Apr 08, 2024 10:38 PM', rule: 'published-label' }, '2024-01-01', { value: '2024-04-08T22:38', rule: 'published-label' }, 0],
    [{ text: 'x' }, null, '2024-01-01T09:00:00Z', { value: '2024-01-01T09:00Z', rule: 'context-published' }, 0],
    [{ text: 'x' }, null, null, null, 0],
    [{ text: 'x', published: 'soon' }, { value: '2024-04-08', rule: 'date-only-line' }, null, { value: '2024-04-08', rule: 'date-only-line' }, 1],
  ];
  for (const [input, found, ctxPublished, expected, warnings] of cases) {
    const draft = refinePublished({ ...startDraft({ ...input, origin: 'a.txt' }), published: found }, createContext({ published: ctxPublished }));
    assert.deepEqual(draft.published, expected, JSON.stringify(input));
    assert.equal(draft.warnings.length, warnings);
  }
  const warned = refinePublished(startDraft({ text: 'x', published: 'soon', origin: 'line 4' }), createContext());
  assert.equal(warned.warnings[0], 'dyad: line 4: "soon" is not a publication date dyad can read (try 2024-04-08 or 2024-04-08T22:38); it was ignored');
});
