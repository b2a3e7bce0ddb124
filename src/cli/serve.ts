// `dyad serve`: the HTTP API and the page (web/dist, built by `npm run build:web`) in one process, over an optional
// corpus database. Runs until SIGINT or SIGTERM, then closes the socket and the database.
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { RegisterCommands } from './commands.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServeCommandOptions {
  db?: string;
  port: number;
  host: string;
  token?: string;
  bodyLimit: number;
  web: string;
  /** false with --no-cache. */
  cache: boolean;
}

/** --body-limit: bytes, or with a k/M suffix (powers of 1024). */
export function parseBodyLimit(value: string): number {
  const m = /^(\d+)\s*([km]i?b?|b)?$/i.exec(value.trim());
  const unit = (m?.[2] ?? '').toLowerCase()[0];
  const n = m ? Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : 1) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a number of bytes such as 5000000, 500k or 5M');
  return n;
}

export function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free one)');
  return Number(value);
}

const SERVE_HELP = `
The API (JSON, described at /openapi.json): POST /extract, GET /articles, /articles/{id}, /entities, /quotes,
/events, /relations, /triangle, /search, /stats. The page is at /. See docs/web.md.

Listening on an address other than loopback needs a token (--token or DYAD_TOKEN); every API request must then send
"Authorization: Bearer <token>". Request bodies over --body-limit get 413; slow clients are cut off after 30 s.

Examples:
  $ dyad serve --db dyad.db                                   http://127.0.0.1:8080 over dyad.db
  $ dyad serve --port 0                                       /extract only, on a free port
  $ DYAD_TOKEN=$(openssl rand -hex 16) dyad serve --host 0.0.0.0 --db dyad.db
`;

export async function runServe(options: ServeCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv }, stop: Promise<unknown>): Promise<number> {
  const { serve, loadSite, isLoopback } = await import('../server/index.js');
  const token = options.token ?? (io.env.DYAD_TOKEN || undefined);
  if (!isLoopback(options.host) && !token) {
    io.stderr.write(`dyad: listening on ${options.host} (not loopback) needs a token: give --token T or set DYAD_TOKEN\n`);
    return 2;
  }
  let corpus = null;
  if (options.db) {
    const { openCorpus } = await import('../corpus/store/index.js');
    try {
      corpus = openCorpus(options.db);
    } catch (e) {
      io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  const site = loadSite(options.web);
  if (!site.has('/index.html')) io.stderr.write(`dyad: the page is not built (${options.web} has no index.html): run npm run build:web; serving the API only\n`);
  const started = await serve({ host: options.host, port: options.port, token: token ?? null, corpus, site, bodyLimit: options.bodyLimit, cache: options.cache ? undefined : 0 });
  if (!started.ok) {
    corpus?.close();
    io.stderr.write(started.error.message + '\n');
    return 2;
  }
  io.stdout.write(`dyad: serving ${started.server.url}/${corpus ? ` over ${options.db}` : ' (no corpus: /extract only)'}${token ? ', token required' : ''}\n`);
  await stop;
  await started.server.close();
  corpus?.close();
  return 0;
}

export const registerServe: RegisterCommands = (program: Command, setExit) => {
  program
    .command('serve')
    .description('Serve the HTTP API and the page: paste an article, browse quotes, events, relations and triangles.')
    .option('--db <path>', 'corpus database to query (and store into when a request asks), e.g. --db dyad.db')
    .addOption(new Option('--port <n>', 'port to listen on').argParser(parsePort).default(8080))
    .option('--host <address>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'require "Authorization: Bearer <token>" on every API request (or set DYAD_TOKEN)')
    .addOption(new Option('--body-limit <n>', 'largest request body; k/M suffixes').argParser(parseBodyLimit).default(5 * 1024 * 1024, '5M'))
    .option('--no-cache', 'answer every corpus request from the database (by default answers are kept until the corpus changes)')
    .addOption(new Option('--web <dir>', 'folder of the built page').default(WEB_DIST, 'web/dist').hideHelp())
    .addHelpText('after', SERVE_HELP)
    .action(async (options: ServeCommandOptions) => {
      const stop = new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      setExit(await runServe(options, { stdout: process.stdout, stderr: process.stderr, env: process.env }, stop));
    });
};
