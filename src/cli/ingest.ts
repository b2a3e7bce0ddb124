// `dyad ingest`: files, directories, JSONL and standard input (read exactly as `dyad extract` reads them) and RSS/Atom
// feeds → analyzed → stored in the corpus database. A progress bar (count, rate, ETA) on a terminal, and a closing
// summary on stderr: new, duplicate, failed, with the reasons grouped. Exit 0 when every input was stored or already
// there, 1 when some failed, 2 for a usage error (a bad option, a path that does not exist, a database dyad cannot use).
import { DEFAULT_DUP_THRESHOLD, parseDupThreshold } from '../corpus/dedupe/index.js';
import { parseMaxBytes, parsePublished } from './options.js';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Readable, Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { createContext, DEFAULT_MAX_BYTES } from '../context.js';
import { DyadFailure } from '../errors.js';
import { openCorpus, type Corpus } from '../corpus/store/open.js';
import { DEFAULT_BATCH } from '../corpus/store/schema.js';
import type { IngestItem, IngestSummary } from '../corpus/store/index.js';
import type { RegisterCommands } from './commands.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from './exit.js';
import { formatBytes } from './sizes.js';
import { planInputs, readUnits, type Plan } from './sources.js';

export interface IngestCliOptions {
  db: string;
  feed?: string[];
  allowPrivate?: boolean;
  timeout?: number;
  published?: string;
  actors?: string;
  dictionaries?: string;
  maxBytes: number;
  batch: number;
  forceEnglish?: boolean;
  /** Estimated Jaccard similarity at which an article joins a stored story (docs/dedupe.md). */
  dupThreshold?: number;
}

export interface IngestIo {
  stdin: Readable;
  stderr: Writable & { isTTY?: boolean };
  /** Milliseconds, for the rate and the closing line; performance.now by default. */
  clock?: () => number;
}

export const DEFAULT_DB = './dyad.db';
/** Exit code after Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;
/** Reason groups and inputs per group the closing summary shows. */
export const SUMMARY_GROUPS = 8;
export const SUMMARY_INPUTS = 3;
/** Without a terminal, one progress line at most this often (ms), after a committed batch. */
export const PLAIN_PROGRESS_MS = 10_000;

function dupThresholdArg(value: string): number {
  const parsed = parseDupThreshold(value);
  if (typeof parsed !== 'number') throw new InvalidArgumentError(parsed.message.replace(/^dyad:\s*/, ''));
  return parsed;
}

function positiveInt(example: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number such as ${example}`);
    return n;
  };
}

const INGEST_HELP = `
Inputs are read as by dyad extract: .txt .md .html files, directories (walked in sorted order), .jsonl files
(one article a line), and - for standard input. An article already in the database (same id: the sha256 of its
normalized text) is skipped before it is analyzed, so running the same command again stores nothing new.

The run commits every --batch articles: kill it at any moment and run it again; nothing is lost or stored twice.
Ctrl-C stops after the articles being analyzed (a batch of at most 64) and commits what was analyzed.
Failures (unreadable files, bad JSONL lines, empty articles) are kept in the database's failures table.

Exit codes: 0 every input stored or already there; 1 some inputs failed; 2 usage error; 130 stopped by Ctrl-C
(what was analyzed before it is stored).

Examples:
  $ dyad ingest articles.jsonl                         into ./dyad.db
  $ dyad ingest news/ --db corpus.db                   every article under news/
  $ cat today.jsonl | dyad ingest - --db corpus.db
  $ dyad ingest --feed https://example.org/rss.xml --db corpus.db
  $ sqlite3 corpus.db 'SELECT count(*) FROM articles'  the tables are plain SQL (docs/store.md)
`;

export const registerIngest: RegisterCommands = (program: Command, setExit) => {
  program
    .command('ingest')
    .description('Analyze articles and feeds and store them in a corpus database (SQLite) for dyad quotes/events/relations.')
    .argument('[inputs...]', 'files, directories, or - for standard input')
    .option('--db <path>', 'the corpus database, created when missing', DEFAULT_DB)
    .addOption(new Option('--feed <url>', 'an RSS or Atom feed to read (repeatable)').argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]))
    .option('--allow-private', 'let --feed fetch from loopback, private and link-local addresses (refused by default)')
    .addOption(new Option('--timeout <ms>', 'per feed request, connect to last byte, in milliseconds').argParser(positiveInt('15000')))
    .addOption(new Option('--published <iso>', 'publication time for inputs that give none, e.g. 2024-04-08T22:38').argParser(parsePublished))
    .option('--actors <file>', 'your own actor list (names → CAMEO codes) added to the built-in ones')
    .option('--dictionaries <dir>', 'a folder of PETRARCH dictionaries (actors, agents, verbs, discards)')
    .option('--force-english', 'analyze text that does not look like English as English anyway')
    .addOption(
      new Option('--max-bytes <n>', 'refuse any input larger than N bytes; k/M/G suffixes, e.g. 50M').argParser(parseMaxBytes).default(DEFAULT_MAX_BYTES, formatBytes(DEFAULT_MAX_BYTES)),
    )
    .addOption(
      new Option('--dup-threshold <j>', `near-duplicate threshold: estimated Jaccard similarity of word 5-grams at which an article joins a stored story (0 < j <= 1)`)
        .argParser(dupThresholdArg)
        .default(DEFAULT_DUP_THRESHOLD),
    )
    .addOption(new Option('--batch <n>', 'articles per transaction').argParser(positiveInt('50')).default(DEFAULT_BATCH))
    .addHelpText('after', INGEST_HELP)
    .action(async (inputs: string[], options: IngestCliOptions) =>
      setExit(await runIngest(inputs, options, { stdin: process.stdin, stderr: process.stderr })),
    );
};

/**
 * Failures grouped by reason: the input's name and details in parentheses (a JSON parser's position) are left out of
 * the key, so a thousand bad lines are one group. Largest groups first.
 */
export function reasonGroups(failures: readonly { input: string; reason: string }[]): { reason: string; inputs: string[] }[] {
  const groups = new Map<string, { reason: string; inputs: string[] }>();
  for (const f of failures) {
    const bare = f.reason.replace(/^dyad:\s*/, '');
    const generic = (f.input && bare.includes(f.input) ? bare.split(f.input).join('…') : bare).replace(/\s*\([^()]*\)/g, '');
    const group = groups.get(generic);
    if (group) {
      group.inputs.push(f.input);
      group.reason = generic;
    } else groups.set(generic, { reason: bare, inputs: [f.input] });
  }
  return [...groups.values()].sort((a, b) => b.inputs.length - a.inputs.length);
}

export function summaryLines(summary: IngestSummary, seconds: number, path: string): string[] {
  const rate = seconds > 0 ? summary.new / seconds : 0;
  const lines = [
    `dyad: ingested ${summary.new} new, ${summary.duplicate} duplicate, ${summary.failed} failed into ${path} in ${seconds.toFixed(1)} s` +
      (summary.new ? ` (${rate.toFixed(1)} articles/s)` : ''),
  ];
  const groups = reasonGroups(summary.failures);
  for (const g of groups.slice(0, SUMMARY_GROUPS)) {
    if (g.inputs.length === 1) {
      lines.push(`dyad:   ${g.reason}`);
      continue;
    }
    const more = g.inputs.length - SUMMARY_INPUTS;
    lines.push(`dyad:   ${g.inputs.length} inputs: ${g.reason} (${g.inputs.slice(0, SUMMARY_INPUTS).join(', ')}${more > 0 ? ` and ${more} more` : ''})`);
  }
  if (groups.length > SUMMARY_GROUPS) {
    const rest = groups.slice(SUMMARY_GROUPS).reduce((n, g) => n + g.inputs.length, 0);
    lines.push(`dyad:   and ${rest} more failure${rest === 1 ? '' : 's'} of ${groups.length - SUMMARY_GROUPS} other kinds (all are in the failures table)`);
  }
  return lines;
}

interface Bar {
  note(line: string): void;
  advance(bytes: number, summary: IngestSummary): void;
  committed(summary: IngestSummary): void;
  stop(): void;
}

function formatRate(summary: IngestSummary, ms: number): string {
  const done = summary.new + summary.duplicate + summary.failed;
  return ms > 0 ? (done / (ms / 1000)).toFixed(1) : '0.0';
}

/** On a terminal, a bar: count, new/duplicate/failed, rate, and ETA when the total size is known. Elsewhere a line every PLAIN_PROGRESS_MS. */
function createBar(io: IngestIo, totalBytes: number | null, clock: () => number): Bar {
  const started = clock();
  if (!io.stderr.isTTY) {
    let last = started;
    return {
      note: (line) => void io.stderr.write(line + '\n'),
      advance: () => {},
      committed(summary) {
        const now = clock();
        if (now - last < PLAIN_PROGRESS_MS) return;
        last = now;
        const done = summary.new + summary.duplicate + summary.failed;
        io.stderr.write(`dyad: ${done} inputs: ${summary.new} new, ${summary.duplicate} duplicate, ${summary.failed} failed (${formatRate(summary, now - started)}/s)\n`);
      },
      stop: () => {},
    };
  }
  const known = totalBytes !== null && totalBytes > 0;
  const multi = new cliProgress.MultiBar(
    {
      stream: io.stderr,
      format: known
        ? 'dyad {bar} {percentage}% | {done} inputs: {fresh} new, {duplicate} duplicate, {failed} failed | {rate}/s | ETA {eta_formatted}'
        : 'dyad {done} inputs: {fresh} new, {duplicate} duplicate, {failed} failed | {rate}/s',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 100,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(known ? totalBytes : 1, 0, { done: 0, fresh: 0, duplicate: 0, failed: 0, rate: '0.0' });
  let bytes = 0;
  return {
    note(line) {
      multi.log(line + '\n');
      multi.update();
    },
    advance(n, summary) {
      bytes += n;
      const payload = {
        done: summary.new + summary.duplicate + summary.failed,
        fresh: summary.new,
        duplicate: summary.duplicate,
        failed: summary.failed,
        rate: formatRate(summary, clock() - started),
      };
      bar.update(known ? Math.min(bytes, totalBytes) : 0, payload);
    },
    committed: () => {},
    stop: () => multi.stop(),
  };
}

const add = (total: IngestSummary, part: IngestSummary): IngestSummary => ({
  new: total.new + part.new,
  duplicate: total.duplicate + part.duplicate,
  failed: total.failed + part.failed,
  failures: [...total.failures, ...part.failures],
});

export async function runIngest(inputs: readonly string[], options: IngestCliOptions, io: IngestIo): Promise<number> {
  const clock = io.clock ?? (() => performance.now());
  const started = clock();
  const usage = (message: string) => {
    io.stderr.write(message + '\n');
    return EXIT_USAGE;
  };
  const feeds = options.feed ?? [];
  if (!inputs.length && !feeds.length) return usage('dyad: give files, directories, - (standard input) or --feed URL to ingest (see dyad ingest --help)');
  const { loadLexicons } = await import('./load-lexicons.js');
  const lexicons = await loadLexicons({ actors: options.actors, dictionaries: options.dictionaries }, (line) => io.stderr.write(line + '\n'));
  if (lexicons && 'code' in lexicons) return usage(lexicons.message);
  let plan: Plan = { items: [], single: false, skipped: [] };
  if (inputs.length) {
    const planned = await planInputs(inputs);
    if ('code' in planned) return usage(planned.message);
    plan = planned;
  }
  let corpus: Corpus;
  try {
    corpus = openCorpus(options.db);
  } catch (e) {
    if (e instanceof DyadFailure) return usage(e.message);
    throw e;
  }
  const context = createContext({
    maxBytes: options.maxBytes,
    published: options.published ?? null,
    forceEnglish: options.forceEnglish ?? false,
    ...(lexicons ? { lexicons } : {}),
  });

  const hasStdin = plan.items.some((i) => i.kind === 'stdin');
  const totalBytes = hasStdin ? null : plan.items.reduce((n, i) => n + (i.kind === 'file' ? (i.size ?? 0) : 0), 0);
  const bar = createBar(io, feeds.length && !inputs.length ? null : totalBytes, clock);
  for (const { dir, paths } of plan.skipped) {
    bar.note(`dyad: ${dir}: skipped ${paths.length} file${paths.length === 1 ? '' : 's'} that ${paths.length === 1 ? 'is' : 'are'} not .txt, .html, .htm, .md or .jsonl (${paths[0]}${paths.length > 1 ? ', …' : ''})`);
  }

  const sizes = new WeakMap<IngestItem, number>();
  async function* items(): AsyncGenerator<IngestItem> {
    for await (const unit of readUnits(plan, options.maxBytes, io.stdin)) {
      const item: IngestItem = 'error' in unit ? { error: unit.error, origin: unit.origin } : unit.input;
      sizes.set(item, unit.size);
      yield item;
    }
  }
  // Ctrl-C stops after the batch being analyzed and commits what was analyzed; a second one quits at once (the
  // committed batches stay either way).
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(EXIT_INTERRUPTED);
    bar.note('dyad: stopping after the articles being analyzed (press Ctrl-C again to quit at once)');
    stop.abort();
  };
  process.on('SIGINT', onSigint);
  const ingestOptions = {
    context,
    signal: stop.signal,
    batch: options.batch,
    ...(options.dupThreshold !== undefined ? { dedupe: { threshold: options.dupThreshold } } : {}),
    onInput: (item: IngestItem, _outcome: unknown, summary: IngestSummary) => bar.advance(sizes.get(item) ?? 0, summary),
    onCommit: (_stored: number, summary: IngestSummary) => bar.committed(summary),
  };

  let summary: IngestSummary = { new: 0, duplicate: 0, failed: 0, failures: [] };
  try {
    if (inputs.length) {
      const { ingest } = await import('../corpus/store/ingest.js'); // the pipeline loads only when there is something to analyze
      summary = await ingest(corpus, items(), ingestOptions);
    }
    if (feeds.length) {
      const { ingestFeed, HostPacer } = await import('../corpus/feeds/index.js');
      // One pacer for every --feed, so two feeds on one host keep the polite delay between them too.
      const pacer = new HostPacer();
      for (const url of feeds) {
        if (stop.signal.aborted) break;
        const base = summary;
        const result = await ingestFeed(corpus, url, {
          allowPrivate: options.allowPrivate ?? false,
          pacer,
          ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
          ingest: { ...ingestOptions, onInput: (item, outcome, part) => bar.advance(sizes.get(item) ?? 0, add(base, part)) },
        });
        if (result.notModified) bar.note(`dyad: ${url}: not modified since the last fetch`);
        // The feed itself could not be read: kept with the item failures (FEEDS keeps it in feeds.error too).
        if (result.error) corpus.db.prepare('INSERT INTO failures (input, reason, at) VALUES (?, ?, ?)').run(url, result.error, new Date().toISOString());
        summary = add(summary, result);
      }
    }
  } finally {
    process.off('SIGINT', onSigint);
    bar.stop();
    corpus.close();
  }
  const seconds = (clock() - started) / 1000;
  if (summary.new + summary.duplicate + summary.failed === 0 && inputs.length) io.stderr.write(`dyad: no articles found in ${inputs.join(' ')}\n`);
  for (const line of summaryLines(summary, seconds, options.db)) io.stderr.write(line + '\n');
  if (stop.signal.aborted) {
    io.stderr.write(`dyad: stopped; run the same command again to ingest the rest\n`);
    return EXIT_INTERRUPTED;
  }
  return summary.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
