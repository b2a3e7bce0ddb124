// The JSONL reader: lines split across chunks, CRLF, blank and over-long lines, and each line's RawInput or error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSignificantByte, parseJsonlLine, splitLines, type JsonlLine } from '../../src/cli/jsonl.js';

const enc = (s: string) => new TextEncoder().encode(s);
async function lines(chunks: string[], max = 1000): Promise<[number, string | null, number][]> {
  const out: [number, string | null, number][] = [];
  async function* source() {
    for (const c of chunks) yield enc(c);
  }
  for await (const l of splitLines(source(), max)) out.push([l.number, l.bytes && new TextDecoder().decode(l.bytes), l.size]);
  return out;
}

const SPLITS: [string, string[], number, [number, string | null, number][]][] = [
  ['one line per chunk', ['a\n', 'b\n'], 1000, [[1, 'a', 2], [2, 'b', 2]]],
  ['a line across chunks', ['ab', 'c\nd', 'e\n'], 1000, [[1, 'abc', 4], [2, 'de', 3]]],
  ['CRLF endings lose the CR', ['a\r\nb\r', '\n'], 1000, [[1, 'a', 3], [2, 'b', 3]]],
  ['a last line without newline', ['a\nlast'], 1000, [[1, 'a', 2], [2, 'last', 4]]],
  ['blank lines keep their numbers', ['\n\nx\n'], 1000, [[1, '', 1], [2, '', 1], [3, 'x', 2]]],
  ['a line over the limit comes back empty-handed, the next one whole', ['12345', '678\nok\n'], 5, [[1, null, 9], [2, 'ok', 3]]],
  ['a line exactly at the limit is kept', ['12345\r\n'], 5, [[1, '12345', 7]]],
  ['nothing in, nothing out', [''], 10, []],
];

for (const [name, chunks, max, expected] of SPLITS) {
  test(`cli: jsonl lines, ${name}`, async () => assert.deepEqual(await lines(chunks, max), expected));
}

test('cli: jsonl sniffing skips a UTF-8 BOM and blanks', () => {
  assert.equal(firstSignificantByte(enc('\ufeff  \n{"a":1}')), 0x7b);
  assert.equal(firstSignificantByte(enc(' \r\n\t')), null);
  assert.equal(firstSignificantByte(enc('Title\n')), 0x54);
});

const line = (s: string, number = 3): JsonlLine => ({ number, bytes: enc(s), size: s.length + 1 });

const PARSES: [string, JsonlLine, Record<string, unknown>][] = [
  [
    'text is trusted and every hint is kept',
    line('{"id":"x","text":"Body.","title":"T","published":"2024-04-08","url":"u","outlet":"o","byline":"b","extra":1}'),
    { inputId: 'x', input: { origin: 'f.jsonl:line 3', inputId: 'x', text: 'Body.', trusted: true, title: 'T', published: '2024-04-08', url: 'u', outlet: 'o', byline: 'b' } },
  ],
  ['html is not trusted text', line('{"id":"h","html":"<p>Hi</p>"}'), { inputId: 'h', input: { origin: 'f.jsonl:line 3', inputId: 'h', html: '<p>Hi</p>' } }],
  ['a numeric id becomes a string', line('{"id":12,"text":"a"}'), { inputId: '12' }],
  ['no id: the line is the id', line('{"text":"a"}', 9), { inputId: 'f.jsonl:line 9' }],
  ['a BOM before the first line is ignored', line('\ufeff{"id":"b","text":"a"}'), { inputId: 'b' }],
  ['null hints are left out', line('{"id":"n","text":"a","title":null}'), { input: { origin: 'f.jsonl:line 3', inputId: 'n', text: 'a', trusted: true } }],
];

for (const [name, input, expected] of PARSES) {
  test(`cli: jsonl line, ${name}`, () => {
    const got = parseJsonlLine(input, 'f.jsonl', 1000) as Record<string, unknown>;
    assert.ok(!('error' in got), JSON.stringify(got));
    for (const [k, v] of Object.entries(expected)) assert.deepEqual(got[k], v);
  });
}

const ERRORS: [string, JsonlLine, string, RegExp][] = [
  ['not JSON', line('{"id": "a", "text": '), 'bad-json', /^dyad: f\.jsonl:line 3 is not valid JSON \(.+\); each line must be one JSON object$/],
  ['not an object', line('["a"]'), 'bad-input', /^dyad: f\.jsonl:line 3 is not a JSON object/],
  ['no text or html', line('{"id":"a","title":"x"}'), 'bad-input', /^dyad: f\.jsonl:line 3: "text" or "html" is required$/],
  ['text of the wrong type', line('{"id":"a","text":42}'), 'bad-input', /"text" must be a string/],
  ['an id of the wrong type', line('{"id":{"x":1},"text":"a"}'), 'bad-input', /"id" must be a string or a number/],
  ['a line over the limit', { number: 4, bytes: null, size: 5_000_000 }, 'too-large', /^dyad: f\.jsonl:line 4 is 4\.8 MB, over the 1000 bytes limit; raise --max-bytes/],
];

for (const [name, input, code, message] of ERRORS) {
  test(`cli: jsonl line error, ${name}`, () => {
    const got = parseJsonlLine(input, 'f.jsonl', 1000);
    assert.ok('error' in got);
    assert.equal(got.error.code, code);
    assert.match(got.error.message, message);
  });
}
