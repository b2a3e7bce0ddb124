// `npm run bench`: the pipeline half (bench/run.ts: throughput against wink's readDoc) and then the corpus half
// (bench/corpus.ts: ingest into SQLite and query times), each in its own process so one's heap and JIT state do not
// colour the other's figures. Options after `npm run bench --` reach both (each reads the ones it knows: --limit
// for both; --rounds, --lean and --one-by-one for the first; --runs and --keep for the second). Each runs under the node flags of
// the dyad command (bin/dyad.js's first line), so the figures are what the command gets.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Both halves run under the node flags the dyad command itself runs with: those on bin/dyad.js's first line.
function commandFlags(shebang: string): string[] {
  return shebang.split(/\s+/).filter((word) => word.startsWith('--'));
}
const flags = commandFlags(readFileSync(fileURLToPath(new URL('../bin/dyad.js', import.meta.url)), 'utf8').split('\n')[0]);

const args = process.argv.slice(2);
for (const half of ['run.ts', 'corpus.ts']) {
  const script = fileURLToPath(new URL(half, import.meta.url));
  const result = spawnSync(process.execPath, [...flags, '--import', 'tsx', script, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
