// `npm run load`: starts `dyad serve` on a corpus as a child process, then from this (second) process drives
// GET /events and GET /relations at a fixed rate over loopback, and prints p50/p99 latency and the requests per second
// achieved. Open loop: each request is due at a fixed time and its latency counts from that time, so a slow server
// cannot hide its queue by slowing the load down.
//
//   npm run load -- [--db /tmp/store-bbc.db] [--rate 200] [--seconds 10] [--warmup 2] [--no-cache]
// --no-cache starts the server with --no-cache: every request then runs its query (the cache otherwise answers repeats).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/store-bbc.db' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    'no-cache': { type: 'boolean', default: false },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
if (!existsSync(values.db!)) {
  console.error(`dyad: ${values.db} does not exist; build it first: dyad ingest ../shared/data/bbc-news/articles.jsonl --db ${values.db}`);
  process.exit(2);
}
if (!(rate > 0) || !(seconds > 0) || !(warmup >= 0)) {
  console.error('dyad: --rate, --seconds and --warmup must be positive numbers');
  process.exit(2);
}

// The request mix: event lists with the filters analysts use, and relation series of the pairs the corpus has most of.
const SIDES = ['USA', 'GBR', 'CHN', 'RUS', 'FRA', 'DEU', 'IRQ', 'IRN', 'IND', 'JPN'];
const EVENT_QUERIES = [
  '/events',
  '/events?source=USA',
  '/events?target=GBR',
  '/events?root=04',
  '/events?actor=Blair',
  '/events?quad=4',
  '/events?since=2004-12&until=2005-03',
  '/events?source=GBR&limit=20&offset=20',
];
function* requests(): Generator<{ route: string; path: string }> {
  for (let i = 0; ; i++) {
    if (i % 2 === 0) yield { route: '/events', path: EVENT_QUERIES[(i / 2) % EVENT_QUERIES.length]! };
    else {
      const a = SIDES[i % SIDES.length]!;
      const b = SIDES[(i * 7 + 3) % SIDES.length]!;
      const by = ['month', 'week', 'day'][i % 3]!;
      yield { route: '/relations', path: `/relations?a=${a}&b=${a === b ? 'USA' : b}&by=${by}` };
    }
  }
}

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [`${ROOT}bin/dyad.js`, 'serve', '--db', values.db!, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /serving (http:\S+?)\/? /.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`dyad serve exited: ${err.trim()}`));
      }
    }, 20);
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

interface Sample {
  route: string;
  ms: number;
  status: number;
}

async function drive(url: string, rps: number, duration: number, record: boolean): Promise<{ samples: Sample[]; elapsed: number }> {
  const samples: Sample[] = [];
  const total = Math.round(rps * duration);
  const source = requests();
  const start = performance.now();
  const pending: Promise<void>[] = [];
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / rps <= now) {
        const due = start + (sent * 1000) / rps;
        const { route, path } = source.next().value!;
        sent++;
        pending.push(
          fetch(url + path)
            .then(async (res) => {
              await res.arrayBuffer();
              if (record) samples.push({ route, ms: performance.now() - due, status: res.status });
            })
            .catch(() => {
              if (record) samples.push({ route, ms: performance.now() - due, status: 0 });
            }),
        );
      }
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(pending);
  return { samples, elapsed: (performance.now() - start) / 1000 };
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN);

function report(samples: Sample[], elapsed: number): void {
  const rows: [string, Sample[]][] = [
    ['/events', samples.filter((s) => s.route === '/events')],
    ['/relations', samples.filter((s) => s.route === '/relations')],
    ['all', samples],
  ];
  const line = (cells: (string | number)[]) => console.log(cells.map((c, i) => String(c).padStart(i === 0 ? 0 : 9).padEnd(i === 0 ? 11 : 0)).join(' '));
  line(['route', 'requests', 'errors', 'p50 ms', 'p99 ms', 'max ms']);
  for (const [name, list] of rows) {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    line([name, list.length, list.filter((s) => s.status !== 200).length, quantile(ms, 0.5).toFixed(1), quantile(ms, 0.99).toFixed(1), (ms[ms.length - 1] ?? NaN).toFixed(1)]);
  }
  console.log(`achieved ${(samples.length / elapsed).toFixed(1)} requests/s (target ${rate}) over ${elapsed.toFixed(1)} s`);
}

const server = await startServer();
try {
  console.log(`dyad serve on ${server.url} over ${values.db}${values['no-cache'] ? ' (--no-cache)' : ''}; ${warmup} s warm-up, then ${seconds} s at ${rate} requests/s`);
  if (warmup > 0) await drive(server.url, rate, warmup, false);
  const { samples, elapsed } = await drive(server.url, rate, seconds, true);
  report(samples, elapsed);
  const failed = samples.filter((s) => s.status !== 200);
  if (failed.length) {
    const example = samples.find((s) => s.status !== 200)!;
    console.error(`dyad: ${failed.length} requests failed (first: ${example.route} status ${example.status})`);
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
