import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, test } from 'node:test';
import { runExport, runRelations, runTriangle } from '../../../src/cli/relations.js';
import { TestCorpus } from './corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-relations-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const dbPath = join(dir, 'corpus.db');
{
  const c = new TestCorpus(dbPath);
  c.event({ source: 'USAGOV', target: 'GBR', code: '042', quad: 1, goldstein: 1.9, date: '2024-04-08', sentence: 'The US secretary visited London, "at last".' });
  c.event({ source: 'GBR', target: 'USA', code: '061', quad: 2, goldstein: 6.4, date: '2024-04-20' });
  c.event({ source: 'USA', target: 'GBR', code: '043', quad: 1, goldstein: 2.8, date: '2024-05-02' });
  c.db.close();
}

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdout, stderr, env: { COLUMNS: '150' } }, out: () => out, err: () => err };
}

describe('relations: command line', () => {
  test('relations: dyad relations prints a table with periods and a total', () => {
    const t = io();
    assert.equal(runRelations('USA', 'GBR', { db: dbPath, by: 'month', format: 'table' }, t.io), 0);
    const lines = t.out().split('\n');
    assert.match(lines[0]!, /^A = USA \(.+\), B = GBR/);
    assert.match(lines[2]!, /^2024-04\s+2\s+1\s+1\s+0\s+0\s+8\.3\s+4\.15/);
    assert.match(lines[4]!, /^total\s+3/);
  });

  test('relations: dyad relations --format csv has one row per period and prefixed counts', () => {
    const t = io();
    assert.equal(runRelations('United States', 'UK', { db: dbPath, by: 'week', format: 'csv', since: '2024-04-01', until: '2024-04-14' }, t.io), 0);
    const rows = t.out().trimEnd().split('\r\n');
    assert.equal(rows.length, 3);
    assert.ok(rows[0]!.startsWith('period,start,end,ab_events,'));
    assert.ok(rows[2]!.startsWith('2024-W15,2024-04-08,2024-04-14,1,'));
  });

  test('relations: dyad triangle text names each side, the configuration and the evidence', () => {
    const t = io();
    assert.equal(runTriangle('USA', 'GBR', 'FRA', { db: dbPath, format: 'text' }, t.io), 0);
    assert.match(t.out(), /AB {2}USA–GBR {2}AMITY: share \+1\.00/);
    assert.match(t.out(), /BC {2}GBR–FRA {2}UNKNOWN: no evidence: 0 events/);
    assert.match(t.out(), /"The US secretary visited London, "at last"\."/);
    assert.match(t.out(), /Configuration: undetermined: BC is unknown \(no evidence\), CA is unknown \(no evidence\)/);
  });

  test('relations: dyad export --out writes GDELT rows', async () => {
    const out = join(dir, 'events.tsv');
    const t = io();
    assert.equal(await runExport({ db: dbPath, format: 'gdelt', out }, t.io), 0);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    assert.equal(lines.length, 3);
    assert.ok(lines.every((l) => l.split('\t').length === 61));
    assert.match(t.err(), /wrote 3 corpus events/);
  });

  test('relations: must-not: run on a missing database or a bad side (usage errors, exit 2)', async () => {
    const missing = join(dir, 'nope.db');
    for (const run of [
      (x: ReturnType<typeof io>) => runRelations('USA', 'GBR', { db: missing, by: 'week' }, x.io),
      (x: ReturnType<typeof io>) => runTriangle('USA', 'GBR', 'FRA', { db: missing }, x.io),
      (x: ReturnType<typeof io>) => runRelations('USA', 'Atlantis', { db: dbPath, by: 'week' }, x.io),
      (x: ReturnType<typeof io>) => runRelations('USA', 'GBR', { db: dbPath, by: 'week', since: 'yesterday' }, x.io),
    ]) {
      const t = io();
      assert.equal(run(t), 2);
      assert.match(t.err(), /^dyad: /);
      assert.equal(t.out(), '');
    }
    const t = io();
    assert.equal(await runExport({ db: missing, format: 'csv' }, t.io), 2);
    assert.match(t.err(), /no such corpus database/);
  });
});
