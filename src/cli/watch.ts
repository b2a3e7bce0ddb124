// `dyad watch FEEDS.txt`: polls a list of feeds into the corpus database, forever (or once with --once). One line a
// poll on stdout ("feed URL: 3 new, 12 seen"), one line on stderr for a feed that failed, and the run goes on; the
// per-host delay holds across feeds and polls. SIGINT/SIGTERM stop it between two steps: the request in flight is
// abandoned, the database is closed, the exit code is 0.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Writable } from 'node:stream';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { createContext } from '../context.js';
import { DyadFailure } from '../errors.js';
import { DEFAULT_MAX_FEED_BYTES, DEFAULT_TIMEOUT_MS } from '../corpus/feeds/fetch.js';
import { HostPacer } from '../corpus/feeds/pacer.js';
import type { FeedSummary, Resolver } from '../corpus/feeds/index.js';
import { DEFAULT_HOST_DELAY_MS } from '../corpus/feeds/pacer.js';
import { openCorpus, type Corpus } from '../corpus/store/open.js';
import type { RegisterCommands } from './commands.js';

export const DEFAULT_INTERVAL_MS = 15 * 60 * 1000;
export const DEFAULT_WATCH_DB = './dyad.db';

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

export interface WatchOptions {
  db: string;
  /** Time from the start of one poll of the list to the start of the next (ms). */
  interval: number;
  once?: boolean;
  allowPrivate?: boolean;
  timeout?: number;
  maxBytes?: number;
  /** Gap between two requests to one host (ms). */
  delay?: number;
  fetchArticles?: boolean;
}

export interface WatchIo {
  stdout: Writable;
  stderr: Writable;
  /** Aborted by SIGINT/SIGTERM in the CLI; tests abort it themselves. */
  signal?: AbortSignal;
  /** Tests hand in a resolver and a corpus opened in memory. */
  resolve?: Resolver;
  corpus?: Corpus;
}

/** "90s", "15m", "1h", "500ms", "1d" → milliseconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a duration such as 90s, 15m or 1h');
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]!.toLowerCase() as 'ms' | 's' | 'm' | 'h' | 'd'];
  const ms = Math.round(Number(m[1]) * unit);
  if (!(ms > 0)) throw new InvalidArgumentError('expected a duration above zero, such as 15m');
  return ms;
}

function positiveInt(example: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number such as ${example}`);
    return n;
  };
}

function parseBytes(value: string): number {
  const m = /^(\d+)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a number of bytes such as 5000000, 500k or 20M');
  const unit = (m[2] ?? '').toLowerCase()[0];
  const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of bytes');
  return n;
}

/** FEEDS.txt → URLs: one a line, blank lines and "#" comments skipped (also after a URL). */
export function readFeedList(text: string, origin: string): { urls: string[] } | { error: string } {
  const urls: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    let url: URL;
    try {
      url = new URL(line);
    } catch {
      return { error: `dyad: ${origin} line ${i + 1}: "${line.slice(0, 80)}" is not a URL (one http:// or https:// URL a line, # for comments)` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { error: `dyad: ${origin} line ${i + 1}: ${line.slice(0, 80)} is not an http or https URL` };
    }
    if (!urls.includes(line)) urls.push(line);
  }
  if (!urls.length) return { error: `dyad: ${origin} has no feed URLs (one http:// or https:// URL a line)` };
  return { urls };
}

/** The line for one poll of one feed. */
export function pollLine(url: string, s: FeedSummary): string {
  if (s.notModified) return `feed ${url}: not modified`;
  const parts = [`${s.new} new`, `${s.seen} seen`];
  if (s.duplicate) parts.push(`${s.duplicate} already stored`);
  if (s.failed) parts.push(`${s.failed} failed`);
  return `feed ${url}: ${parts.join(', ')}`;
}

export async function runWatch(file: string, options: WatchOptions, io: WatchIo): Promise<number> {
  const say = (stream: Writable, line: string) => stream.write(line + '\n');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    say(io.stderr, `dyad: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return EXIT_USAGE;
  }
  const list = readFeedList(text, file);
  if ('error' in list) {
    say(io.stderr, list.error);
    return EXIT_USAGE;
  }
  let corpus: Corpus;
  try {
    corpus = io.corpus ?? openCorpus(options.db);
  } catch (e) {
    if (e instanceof DyadFailure) {
      say(io.stderr, e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
  const signal = io.signal;
  const pacer = new HostPacer(options.delay ?? DEFAULT_HOST_DELAY_MS);
  const context = createContext();
  const { ingestFeed } = await import('../corpus/feeds/index.js'); // loads the pipeline
  let failedLast = false;
  try {
    while (!signal?.aborted) {
      const started = Date.now();
      failedLast = false;
      for (const url of list.urls) {
        if (signal?.aborted) break;
        let summary: FeedSummary;
        try {
          summary = await ingestFeed(corpus, url, {
            pacer,
            allowPrivate: options.allowPrivate ?? false,
            fetchArticles: options.fetchArticles ?? false,
            ingest: { context },
            ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
            ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
            ...(signal ? { signal } : {}),
            ...(io.resolve ? { resolve: io.resolve } : {}),
          });
        } catch (e) {
          // The database failed under this feed (locked too long, disk full): say so, and go on with the others.
          failedLast = true;
          say(io.stderr, `dyad: ${url}: could not be stored (${e instanceof Error ? e.message : String(e)})`);
          continue;
        }
        if (signal?.aborted) break;
        if (summary.error) {
          failedLast = true;
          say(io.stderr, summary.error);
          continue;
        }
        say(io.stdout, pollLine(url, summary));
        for (const f of summary.failures) say(io.stderr, f.reason);
        for (const e of summary.pageErrors) say(io.stderr, `${e} (stored from the feed's summary)`);
      }
      if (options.once || signal?.aborted) break;
      try {
        await sleep(Math.max(0, options.interval - (Date.now() - started)), undefined, signal ? { signal } : {});
      } catch {
        break; // aborted
      }
    }
  } finally {
    if (!io.corpus) corpus.close();
  }
  if (signal?.aborted) {
    say(io.stderr, 'dyad: watch stopped');
    return EXIT_OK;
  }
  return options.once && failedLast ? EXIT_SOME_FAILED : EXIT_OK;
}

const WATCH_HELP = `
FEEDS.txt: one feed URL a line (RSS, Atom, RDF or JSON Feed); blank lines and # comments are skipped.

Each poll fetches every feed once, conditionally (ETag / Last-Modified kept in the database), waits at least
--delay between two requests to one host, and stores the items not taken before. One line a feed and poll:
  feed https://example.org/rss.xml: 3 new, 12 seen
  feed https://example.org/atom.xml: not modified
A feed that fails (timeout, refused address, not a feed) gives one line on stderr and the others go on.
Feeds on loopback, private or link-local addresses are refused unless --allow-private (see docs/feeds.md).

Exit codes: 0 stopped by Ctrl-C / SIGTERM, or --once with every feed read; 1 --once with a feed that failed;
            2 usage error (bad option, unreadable FEEDS.txt, a line that is not a URL, a database dyad cannot use).

Examples:
  $ dyad watch feeds.txt                                poll every 15 minutes into ./dyad.db
  $ dyad watch feeds.txt --db news.db --interval 30m
  $ dyad watch feeds.txt --once                         one poll, then exit (cron)
  $ dyad watch intranet.txt --allow-private --timeout 5000
`;

export const registerWatch: RegisterCommands = (program: Command, setExit) => {
  program
    .command('watch')
    .description('Poll RSS/Atom feeds and store their new articles in a corpus database, until stopped.')
    .argument('<feeds>', 'a text file with one feed URL a line')
    .option('--db <path>', 'the corpus database, created when missing', DEFAULT_WATCH_DB)
    .addOption(new Option('--interval <duration>', 'time between two polls of the list, e.g. 90s, 15m, 1h').argParser(parseDuration).default(DEFAULT_INTERVAL_MS, '15m'))
    .option('--once', 'poll every feed once, then exit')
    .option('--allow-private', 'fetch from loopback, private and link-local addresses too (refused by default)')
    .addOption(new Option('--timeout <ms>', 'per request, connect to last byte, in milliseconds').argParser(positiveInt('15000')).default(DEFAULT_TIMEOUT_MS))
    .addOption(new Option('--max-bytes <n>', 'largest feed or page accepted (after decompression); k/M/G suffixes').argParser(parseBytes).default(DEFAULT_MAX_FEED_BYTES, '10M'))
    .addOption(new Option('--delay <ms>', 'at least this long between two requests to one host, in milliseconds').argParser(positiveInt('1000')).default(DEFAULT_HOST_DELAY_MS))
    .option('--fetch-articles', "read an item's own page when its feed gives only a short summary")
    .addHelpText('after', WATCH_HELP)
    .action(async (feeds: string, options: WatchOptions) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        setExit(await runWatch(feeds, options, { stdout: process.stdout, stderr: process.stderr, signal: controller.signal }));
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
};
