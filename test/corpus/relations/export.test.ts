import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { actorFields, exportEvents, gdeltDates, GDELT_COLUMNS, type ExportFormat } from '../../../src/corpus/export/index.js';
import { dateAdded } from '../../../src/corpus/export/gdelt.js';
import { TestCorpus } from './corpus.js';

/** A sink that takes its time (backpressure) and keeps what it was given. */
function slowSink(): { sink: Writable; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    highWaterMark: 64,
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      setImmediate(done);
    },
  });
  return { sink, text: () => chunks.join('') };
}

async function run(c: TestCorpus, format: ExportFormat, filter = {}) {
  const { sink, text } = slowSink();
  const { rows } = await exportEvents(c.db, format, sink, filter);
  return { rows, text: text() };
}

function sample(): TestCorpus {
  const c = new TestCorpus();
  c.event({ source: 'RUSGOV', target: 'CHN', code: '042', quad: 1, goldstein: 1.9, date: '2024-04-08', copies: 2, url: 'https://example.org/a', sentence: 'Lavrov, the minister, said "yes"\tand flew to Beijing.' });
  c.event({ source: 'IGOUNO', target: 'USAMIL', code: '1123', quad: 3, goldstein: -2, date: '2024-05', modality: 'reported' });
  return c;
}

/** RFC 4180 reader for the test: fields, quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('export: gdelt', () => {
  test('export: the GDELT 2.0 event table has 61 columns in codebook order', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    const at: [number, string][] = [
      [0, 'GLOBALEVENTID'], [1, 'SQLDATE'], [4, 'FractionDate'], [5, 'Actor1Code'], [7, 'Actor1CountryCode'], [15, 'Actor2Code'],
      [25, 'IsRootEvent'], [26, 'EventCode'], [27, 'EventBaseCode'], [28, 'EventRootCode'], [29, 'QuadClass'], [30, 'GoldsteinScale'],
      [31, 'NumMentions'], [32, 'NumSources'], [33, 'NumArticles'], [34, 'AvgTone'], [35, 'Actor1Geo_Type'], [43, 'Actor2Geo_Type'],
      [51, 'ActionGeo_Type'], [56, 'ActionGeo_Lat'], [57, 'ActionGeo_Long'], [58, 'ActionGeo_FeatureID'], [59, 'DATEADDED'], [60, 'SOURCEURL'],
    ];
    for (const [i, name] of at) assert.equal(GDELT_COLUMNS[i], name, `column ${i + 1}`);
  });

  test('export: one line of 61 tab-separated fields per corpus event, filled where dyad knows', async () => {
    const c = sample();
    // The second event's first report lies after the article's lead paragraph.
    c.db.prepare('UPDATE events SET start = 40 WHERE rowid = (SELECT first_event FROM corpus_events WHERE id = 2)').run();
    const { rows, text } = await run(c, 'gdelt');
    assert.equal(rows, 2, 'three reports of one event are one row');
    const lines = text.split('\n').filter(Boolean);
    assert.equal(lines.length, 2);
    for (const line of lines) assert.equal(line.split('\t').length, 61);
    const f = lines[0]!.split('\t');
    const col = (name: string) => f[GDELT_COLUMNS.indexOf(name as never)];
    assert.equal(col('SQLDATE'), '20240408');
    assert.equal(col('MonthYear'), '202404');
    assert.equal(col('Year'), '2024');
    assert.equal(col('FractionDate'), '2024.2685');
    assert.equal(col('Actor1Code'), 'RUSGOV');
    assert.equal(col('Actor1Name'), 'RUSGOV NAME');
    assert.equal(col('Actor1CountryCode'), 'RUS');
    assert.equal(col('Actor1Type1Code'), 'GOV');
    assert.equal(col('Actor2Code'), 'CHN');
    assert.equal(col('Actor2CountryCode'), 'CHN');
    assert.equal(col('EventCode'), '042');
    assert.equal(col('EventBaseCode'), '042');
    assert.equal(col('EventRootCode'), '04');
    assert.equal(col('QuadClass'), '1');
    assert.equal(col('GoldsteinScale'), '1.9');
    assert.equal(col('NumMentions'), '3');
    assert.equal(col('NumArticles'), '3');
    assert.equal(col('AvgTone'), '');
    assert.equal(col('IsRootEvent'), '1');
    assert.equal(col('ActionGeo_Type'), '4');
    assert.equal(col('ActionGeo_FullName'), 'Paris');
    assert.equal(col('ActionGeo_Lat'), '48.86');
    assert.equal(col('DATEADDED'), '20240501100000');
    assert.equal(col('SOURCEURL'), 'https://example.org/a');
    const g = lines[1]!.split('\t');
    assert.equal(g[GDELT_COLUMNS.indexOf('SQLDATE')], '20240501', 'a month-grained date takes its first day');
    assert.equal(g[GDELT_COLUMNS.indexOf('EventBaseCode')], '112');
    assert.equal(g[GDELT_COLUMNS.indexOf('IsRootEvent')], '0');
    assert.equal(g[GDELT_COLUMNS.indexOf('Actor1KnownGroupCode')], 'UNO');
    assert.equal(g[GDELT_COLUMNS.indexOf('Actor2Type1Code')], 'MIL');
  });

  test('export: since and until select corpus events by date', async () => {
    assert.equal((await run(sample(), 'gdelt', { since: '2024-05' })).rows, 1);
    assert.equal((await run(sample(), 'gdelt', { until: '2024-04-30' })).rows, 1);
  });

  test('export: more rows than a page, through a slow stream, all arrive in id order', async () => {
    const c = new TestCorpus();
    for (let i = 0; i < 1203; i++) c.event({ source: 'FRA', target: 'DEU', code: '042', quad: 1, goldstein: 1.9, date: '2024-01-01' });
    const { rows, text } = await run(c, 'gdelt');
    assert.equal(rows, 1203);
    const ids = text.split('\n').filter(Boolean).map((l) => Number(l.split('\t')[0]));
    assert.equal(ids.length, 1203);
    assert.deepEqual(ids.slice(0, 3), [1, 2, 3]);
    assert.equal(ids[1202], 1203);
  });

  const actors: [string | null, string | null, Partial<ReturnType<typeof actorFields>>][] = [
    ['RUSGOV', null, { countryCode: 'RUS', types: ['GOV', '', ''] }],
    ['IGOUNO', null, { countryCode: '', knownGroup: 'UNO', types: ['IGO', '', ''] }],
    ['USAMILREB', 'USA', { countryCode: 'USA', types: ['MIL', 'REB', ''] }],
    ['MED', 'GBR', { countryCode: 'GBR', types: ['MED', '', ''] }],
    ['IRQSHIREB', null, { countryCode: 'IRQ', religion1: 'SHI', types: ['REB', '', ''] }],
    ['EUR', null, { countryCode: 'EUR' }],
    [null, null, { code: '', countryCode: '' }],
  ];
  for (const [code, country, expected] of actors) {
    test(`export: actor ${code} (${country}) in GDELT's actor columns`, () => {
      const got = actorFields(code, country);
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(got[k as keyof typeof got], v, k);
    });
  }

  test('export: GDELT dates at each grain', () => {
    assert.deepEqual(gdeltDates('2024-04-08T22:38'), { sqlDate: '20240408', monthYear: '202404', year: '2024', fraction: '2024.2685' });
    assert.equal(gdeltDates('2024').sqlDate, '20240101');
    assert.equal(gdeltDates(null).sqlDate, '');
    assert.equal(dateAdded('2024-05-01T10:00:00Z'), '20240501100000');
    assert.equal(dateAdded('not a date'), '');
  });

  test('export: must-not: a tab or line break inside a field breaks the row', async () => {
    const { text } = await run(sample(), 'gdelt');
    assert.ok(!text.includes('"yes"\tand'));
    assert.equal(text.split('\n').filter(Boolean)[0]!.split('\t').length, 61);
  });
});

describe('export: csv and jsonl', () => {
  test('export: csv is RFC 4180: header, CRLF, quotes doubled inside quoted fields', async () => {
    const { rows, text } = await run(sample(), 'csv');
    assert.equal(rows, 2);
    assert.ok(text.endsWith('\r\n'));
    const table = parseCsv(text);
    assert.equal(table.length, 3);
    const header = table[0]!;
    assert.equal(header[0], 'id');
    const sentence = table[1]![header.indexOf('sentence')];
    assert.equal(sentence, 'Lavrov, the minister, said "yes"\tand flew to Beijing.');
    assert.ok(text.includes('"Lavrov, the minister, said ""yes""\tand flew to Beijing."'));
    assert.equal(table[1]![header.indexOf('mentions')], '3');
    assert.equal(table[2]![header.indexOf('modality')], 'reported');
    for (const row of table) assert.equal(row.length, header.length);
  });

  test('export: jsonl is one object per corpus event with readable fields', async () => {
    const { text } = await run(sample(), 'jsonl');
    const rows = text.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 2);
    assert.equal(rows[0].name, 'Make a visit');
    assert.equal(rows[0].sourceActor, 'RUSGOV');
    assert.equal(rows[0].mentions, 3);
    assert.equal(rows[0].isRoot, true, 'its sentence opens the article');
    assert.match(rows[0].article, /^art\d{4}$/);
  });

  test('export: must-not: accept an unknown format', async () => {
    await assert.rejects(exportEvents(sample().db, 'xml' as never, slowSink().sink), /dyad: --format/);
  });
});
