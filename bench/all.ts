// `npm run bench`: the pipeline half (bench/run.ts: throughput against wink's readDoc) and then the corpus half
// (bench/corpus.ts: ingest into SQLite and query times), each in its own process so one's heap and JIT state do not
// colour the other's figures. Options after `npm run bench --` reach both (each reads the ones it knows: --limit
// for both; --rounds and --lean for the first; --runs and --keep for the second).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
for (const half of ['run.ts', 'corpus.ts']) {
  const script = fileURLToPath(new URL(half, import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
