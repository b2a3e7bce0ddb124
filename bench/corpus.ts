// The corpus half of `npm run bench`: ingest throughput into SQLite and the time of the corpus queries, over the
// same BBC corpus as bench/run.ts (../shared/data/bbc-news/articles.jsonl, 2,225 articles).
//   1. ingest: every article analyzed and stored into a fresh database in a temp folder (articles/s, end to end);
//   2. re-ingest: the same file again, where every article is a duplicate (what a resumed or repeated run costs);
//   3. queries: relations (by week and by month) and triangles on the stored corpus, median of several runs, plus the
//      list queries the API serves.
// Options: --limit N (first N articles), --runs N (query repetitions, default 20), --keep PATH (keep the database).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawInput } from '../src/index.js';
import { ingest, openCorpus } from '../src/corpus/store/index.js';
import { relationSeries, triangle } from '../src/corpus/relations/index.js';
import { corpusStats, listEvents, listQuotes } from '../src/corpus/query/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc-news', 'articles.jsonl');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const LIMIT = Number(option('--limit') ?? Infinity);
const RUNS = Number(option('--runs') ?? 20);
const KEEP = option('--keep');

const inputs: RawInput[] = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, LIMIT)
  .map((l) => JSON.parse(l) as { id: string; text: string; title?: string })
  .map((a) => ({ text: a.text, trusted: true, inputId: a.id, origin: a.id }));

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
const path = KEEP ?? join(dir, 'bench.db');
const corpus = openCorpus(path);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;

try {
  console.log(`\ncorpus bench: ${inputs.length} articles into SQLite (${path})`);
  let t = performance.now();
  const first = await ingest(corpus, inputs);
  const ingestS = (performance.now() - t) / 1000;
  console.log(`ingest     ${ingestS.toFixed(1).padStart(6)} s  ${(inputs.length / ingestS).toFixed(1).padStart(7)} articles/s  (${first.new} new, ${first.duplicate} duplicate, ${first.failed} failed; analysis included)`);
  t = performance.now();
  const again = await ingest(corpus, inputs);
  const againS = (performance.now() - t) / 1000;
  console.log(`re-ingest  ${againS.toFixed(1).padStart(6)} s  ${(inputs.length / againS).toFixed(1).padStart(7)} articles/s  (${again.new} new, ${again.duplicate} duplicate: nothing stored twice)`);
  const stats = corpusStats(corpus.db);
  console.log(`stored: ${JSON.stringify(stats)}`);

  const queries: [string, () => unknown][] = [
    ['relations GBR USA --by week', () => relationSeries(corpus.db, 'GBR', 'USA', { by: 'week' })],
    ['relations GBR USA --by month', () => relationSeries(corpus.db, 'GBR', 'USA', { by: 'month' })],
    ['relations GBR EU --by month', () => relationSeries(corpus.db, 'GBR', 'EUR', { by: 'month' })],
    ['triangle USA GBR FRA', () => triangle(corpus.db, 'USA', 'GBR', 'FRA')],
    ['triangle USA CHN RUS', () => triangle(corpus.db, 'USA', 'CHN', 'RUS')],
    ['events --source GBR (first page)', () => listEvents(corpus.db, { source: 'GBR' }, { limit: 50 })],
    ['quotes --speaker Blair (first page)', () => listQuotes(corpus.db, { speaker: 'Blair' }, { limit: 50 })],
  ];
  console.log(`\nquery times over ${RUNS} runs (ms)          median     p99`);
  for (const [name, run] of queries) {
    const times: number[] = [];
    try {
      for (let r = 0; r < RUNS; r++) {
        const q = performance.now();
        run();
        times.push(performance.now() - q);
      }
      console.log(`  ${name.padEnd(38)} ${median(times).toFixed(1).padStart(6)}  ${p99(times).toFixed(1).padStart(6)}`);
    } catch (e) {
      console.log(`  ${name.padEnd(38)} failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  }
} finally {
  corpus.close();
  rmSync(dir, { recursive: true, force: true });
}
