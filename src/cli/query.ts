// `dyad quotes`, `dyad events`, `dyad entities`, `dyad search`, `dyad show` and `dyad stats`: the corpus queries of
// src/corpus/query printed as a table on a terminal, or as json, jsonl or csv for pipes.
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  corpusStats,
  getArticle,
  listEntities,
  listEvents,
  listQuotes,
  searchText,
  DEFAULT_LIMIT,
  type ArticleView,
  type CorpusStats,
  type ListResult,
} from '../corpus/query/index.js';
import { openCorpus } from '../corpus/store/open.js';
import { SCHEMA_VERSION } from '../corpus/store/schema.js';
import { cameoName } from '../events/cameo.js';
import { DyadFailure } from '../errors.js';
import type { RegisterCommands } from './commands.js';
import { prettyRecord } from './pretty.js';
import { renderTable, toCsv, type Cell, type Column } from './table.js';

export type QueryFormat = 'table' | 'json' | 'jsonl' | 'csv';
export const QUERY_FORMATS: readonly QueryFormat[] = ['table', 'json', 'jsonl', 'csv'];

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

export interface QueryIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

interface CommonOptions {
  db: string;
  limit: number;
  offset: number;
  format?: QueryFormat;
}

/** --limit and --offset: whole numbers ≥ 0. */
export function parseCount(value: string): number {
  if (!/^\d{1,9}$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number such as 20');
  return Number(value);
}

function usageError(message: string): DyadFailure {
  return new DyadFailure({ code: 'usage', message });
}

/** Opens an existing corpus for reading. A missing file is a usage error: a query never creates an empty database. */
export function openForQuery(path: string): Database.Database {
  if (!existsSync(path)) throw usageError(`dyad: ${path}: no such corpus database (give --db PATH, or build one with: dyad ingest FILES --db ${path})`);
  if (statSync(path).isDirectory()) throw usageError(`dyad: ${path} is a directory, not a corpus database`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw usageError(`dyad: cannot open the corpus database ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let version: number;
  try {
    version = Number(db.pragma('user_version', { simple: true }));
  } catch {
    db.close();
    throw usageError(`dyad: ${path} is not a SQLite database (is --db pointing at the wrong file?)`);
  }
  if (version < 1 || version > SCHEMA_VERSION) {
    db.close();
    throw usageError(
      version < 1
        ? `dyad: ${path} is not a dyad corpus (no schema version); build one with: dyad ingest FILES --db ${path}`
        : `dyad: ${path} has corpus schema version ${version}, newer than this dyad knows (${SCHEMA_VERSION}); upgrade dyad to read it`,
    );
  }
  if (version < SCHEMA_VERSION) {
    // A corpus from an older dyad: bring it up to date once (openCorpus runs the missing migrations, each all or
    // nothing), then read it as usual. A file we may not write says what to do instead.
    db.close();
    try {
      openCorpus(path).close();
      db = new Database(path, { readonly: true, fileMustExist: true });
    } catch (e) {
      throw usageError(
        `dyad: ${path} has corpus schema version ${version} and this dyad needs ${SCHEMA_VERSION}, but it could not be upgraded (${e instanceof Error ? e.message.replace(/^dyad: /, '') : String(e)})`,
      );
    }
  }
  return db;
}

// Columns of the terminal table, and of CSV (every field of a row, in order).
const QUOTE_TABLE: Column[] = [
  { key: 'date', header: 'date', max: 10, min: 10 },
  { key: 'speaker', header: 'speaker', max: 24, min: 10 },
  { key: 'via', header: 'via', max: 16, min: 3 },
  { key: 'text', header: 'quote', min: 20 },
  { key: 'id', header: 'article', max: 10 },
];
const QUOTE_CSV = ['article', 'quote', 'kind', 'text', 'speaker', 'speakerActor', 'speakerCountry', 'cue', 'via', 'date', 'title', 'outlet', 'story', 'storyArticles', 'start', 'end'];

const EVENT_TABLE: Column[] = [
  { key: 'date', header: 'date', max: 10, min: 10 },
  { key: 'code', header: 'code', min: 4 },
  { key: 'name', header: 'event', max: 28, min: 10 },
  { key: 'source', header: 'source', max: 28, min: 10 },
  { key: 'target', header: 'target', max: 28, min: 10 },
  { key: 'goldstein', header: 'gs', align: 'right', min: 4 },
  { key: 'modality', header: 'modality', max: 12, min: 4 },
  { key: 'articles', header: 'arts', align: 'right', min: 4 },
  { key: 'sentence', header: 'sentence', min: 12 },
];
const EVENT_CSV = [
  'article', 'event', 'code', 'name', 'root', 'quad', 'goldstein', 'modality', 'date', 'dateEnd',
  'sourceActor', 'sourceName', 'sourceCountry', 'targetActor', 'targetName', 'targetCountry', 'place', 'sentence',
  'title', 'outlet', 'corpusEvent', 'mentions', 'articles', 'sources', 'start', 'end',
];

const ENTITY_TABLE: Column[] = [
  { key: 'name', header: 'name', min: 12 },
  { key: 'type', header: 'type' },
  { key: 'country', header: 'country' },
  { key: 'actor', header: 'actor' },
  { key: 'articles', header: 'articles', align: 'right' },
  { key: 'mentions', header: 'mentions', align: 'right' },
  { key: 'first', header: 'first', max: 10, min: 10 },
  { key: 'last', header: 'last', max: 10, min: 10 },
];
const ENTITY_CSV = ['name', 'type', 'country', 'actor', 'articles', 'mentions', 'first', 'last'];

const SEARCH_TABLE: Column[] = [
  { key: 'kind', header: 'kind' },
  { key: 'date', header: 'date', max: 10, min: 10 },
  { key: 'title', header: 'title', max: 32, min: 10 },
  { key: 'speaker', header: 'speaker', max: 20, min: 7 },
  { key: 'snippet', header: 'match', min: 20 },
  { key: 'id', header: 'article', max: 10 },
];
const SEARCH_CSV = ['kind', 'article', 'title', 'published', 'outlet', 'quote', 'speaker', 'snippet', 'highlights', 'rank'];

const short = (id: string) => id.slice(0, 10);
const side = (actor: string | null, name: string | null) => [actor, name].filter(Boolean).join(' ');

interface Listing<T> {
  result: ListResult<T>;
  table: Column[];
  csv: string[];
  /** A row as the table shows it. */
  view: (item: T) => Record<string, Cell>;
  noun: string;
}

function tableWidth(io: QueryIo): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS);
  return columns && columns >= 20 ? columns : 120;
}

function formatOf(options: { format?: QueryFormat }, io: QueryIo): QueryFormat {
  return options.format ?? (io.stdout.isTTY ? 'table' : 'jsonl');
}

function printListing<T extends object>(listing: Listing<T>, options: CommonOptions, io: QueryIo): void {
  const { result } = listing;
  const format = formatOf(options, io);
  if (format === 'json') io.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else if (format === 'jsonl') io.stdout.write(result.items.map((item) => JSON.stringify(item) + '\n').join(''));
  else if (format === 'csv') io.stdout.write(toCsv(result.items as Record<string, unknown>[], listing.csv));
  else {
    const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
    if (result.items.length) io.stdout.write(renderTable(result.items.map(listing.view), listing.table, { width: tableWidth(io), color }));
    const shown = result.items.length;
    const next = result.offset + shown;
    const range = shown ? `${result.offset + 1}–${next} of ${result.total} ${listing.noun}` : `no ${listing.noun}${result.total ? ` at offset ${result.offset} (${result.total} in all)` : ''}`;
    io.stdout.write(`${range}${next < result.total ? ` (more with --offset ${next})` : ''}\n`);
  }
}

/** Runs one query against the database at options.db; user errors exit 2 with one line, database errors exit 1. */
export function runQuery(options: { db: string }, io: QueryIo, work: (db: Database.Database) => void): number {
  let db: Database.Database | null = null;
  try {
    db = openForQuery(options.db);
    work(db);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof DyadFailure) {
      io.stderr.write(e.message.split('\n')[0] + '\n');
      return e.error.code === 'not-found' ? EXIT_FAILED : EXIT_USAGE;
    }
    if (e instanceof Database.SqliteError) {
      io.stderr.write(`dyad: the query failed on ${options.db}: ${e.message}\n`);
      return EXIT_FAILED;
    }
    throw e;
  } finally {
    db?.close();
  }
}

const page = (o: CommonOptions) => ({ limit: o.limit, offset: o.offset });

export function printStats(stats: CorpusStats, path: string): string {
  const range = stats.published.first ? `${stats.published.first} … ${stats.published.last}` : 'none';
  return [
    `corpus ${path} (schema version ${stats.schemaVersion})`,
    `  articles        ${stats.articles}${stats.outlets ? ` from ${stats.outlets} outlet${stats.outlets === 1 ? '' : 's'}` : ''} (${stats.stories} stories: near-duplicate groups)`,
    ...(stats.inputs > stats.articles ? [`  inputs          ${stats.inputs} (input ids; exact copies of one text are one article)`] : []),
    `  entities        ${stats.entities} (${stats.distinctEntities} distinct by name and type)`,
    `  quotes          ${stats.quotes}`,
    `  events          ${stats.events} reports of ${stats.corpusEvents} corpus events`,
    `  published       ${range}`,
    ...(stats.failures ? [`  failed inputs   ${stats.failures}`] : []),
  ].join('\n') + '\n';
}

function printArticle(view: ArticleView, format: QueryFormat, io: QueryIo): void {
  if (format === 'json') return void io.stdout.write(JSON.stringify(view, null, 2) + '\n');
  if (format === 'jsonl') return void io.stdout.write(JSON.stringify(view) + '\n');
  if (format === 'csv') {
    const { record: _record, story, ...fields } = view;
    const row = { ...fields, story: story?.id ?? null, storyArticles: story?.articles ?? null, storyOutlets: story?.outlets ?? null };
    return void io.stdout.write(toCsv([row], Object.keys(row)));
  }
  const head = [`id        ${view.id}`, `ingested  ${view.ingestedAt}${view.inputId ? ` from ${view.inputId}` : ''}`];
  if (view.story && view.story.articles > 1) {
    head.push(`story     ${view.story.id}: ${view.story.articles} articles from ${view.story.outlets} outlets`);
    for (const c of view.story.copies.slice(0, 10)) head.push(`          ${short(c.id)}  ${c.published ?? ''}  ${c.outlet ?? ''}  ${c.title ?? ''}`.trimEnd());
  }
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  io.stdout.write(head.join('\n') + '\n\n' + prettyRecord(view.record, { color, cameoName, quoteWidth: Math.max(40, tableWidth(io) - 20) }));
}

const QUOTES_HELP = `
Filters combine (all must hold). Names match as whole words, any case: --speaker Lavrov finds "Sergey Lavrov",
and a speaker is also found by any mention of it or its acronym. --about matches an entity the quote mentions
(by name, mention or acronym) or words of the quote's text; a country (Russia, US) also takes in the places and
nationality words of it that the quote mentions (Moscow, Russian). Dates: YYYY, YYYY-MM or YYYY-MM-DD, both bounds
inclusive (--until 2024-05 ends with May 31st); a quote's date is its article's publication date.

Examples:
  $ dyad quotes --speaker Lavrov --about Ukraine --since 2024-01    what Lavrov said about Ukraine this year
  $ dyad quotes --via TASS --format csv > tass.csv
  $ dyad quotes --speaker "Wang Yi" --limit 10 --offset 10
  $ dyad quotes --speaker Lavrov --distinct                        wire copies of one quote once
`;
const EVENTS_HELP = `
--source and --target take a CAMEO actor code or its prefix (RUS, RUSGOV, USAMIL) or a country (CN, China). --root is
a CAMEO root 01–20, --code a CAMEO code or prefix (042, 04), --quad 1–4 (verbal cooperation, material
cooperation, verbal conflict, material conflict). Each row is one report; "arts" counts the articles that
report the same corpus event.

Examples:
  $ dyad events --source RUS --target UKR --root 19 --since 2024-03
  $ dyad events --country CHN --quad 4 --format jsonl | jq .sentence
  $ dyad events --actor Lavrov --modality asserted
  $ dyad events --source USA --target CHN --distinct       each corpus event once, with its article count
`;
const ENTITIES_HELP = `
One row per name and type across the corpus, most articles first.

Examples:
  $ dyad entities --type PERSON --top 20
  $ dyad entities --country RUS --type ORG
  $ dyad entities --name Lavrov --format json
`;
const SEARCH_HELP = `
Full-text search (SQLite FTS5) over article titles and text and over quotes; every word must be there (any case,
accents ignored). The words are taken as plain words: quotes, OR, NOT, * and the like are searched as text.

Examples:
  $ dyad search ceasefire Gaza
  $ dyad search "Lavrov Blinken" --format jsonl
`;
const SHOW_HELP = `
ID is the record id (sha256, as printed by the other commands), the id of an input that carried the article (a JSONL
line's "id", a file path: every exact copy's id is kept), or a unique prefix of the record id of at least 8 hex digits.
The table format prints the article's entities, quotes and events; json prints the stored record with its story.

Examples:
  $ dyad show 3f2a9c1b
  $ dyad show bbc-train-12              by the id its JSONL line had
  $ dyad show 3f2a9c1b --format json | jq .record.quotes
`;
const STATS_HELP = `
Examples:
  $ dyad stats --db news.db
  $ dyad stats --format json
`;

function common(command: Command, formats: readonly string[] = QUERY_FORMATS): Command {
  return command
    .option('--db <path>', 'the corpus database to read', './dyad.db')
    .addOption(new Option('--limit <n>', 'show at most N rows').argParser(parseCount).default(DEFAULT_LIMIT))
    .addOption(new Option('--offset <n>', 'skip the first N rows (paging)').argParser(parseCount).default(0))
    .addOption(new Option('-f, --format <format>', 'output format; default: table on a terminal, else jsonl').choices(formats as string[]));
}

export const registerQuery: RegisterCommands = (program, setExit) => {
  const io: QueryIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

  common(program.command('quotes').description('List quotes in the corpus: who said what, through whom, about what, when.'))
    .option('--speaker <name>', 'the speaker, e.g. --speaker Lavrov')
    .option('--via <name>', 'the channel the words came through, e.g. --via TASS')
    .option('--about <text>', 'an entity the quote mentions, or words in it, e.g. --about Ukraine')
    .option('--since <date>', 'from this date on (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'up to this date, inclusive')
    .option('--distinct', 'list the same words carried by near-duplicate copies of a story once')
    .addHelpText('after', QUOTES_HELP)
    .action((o: CommonOptions & { speaker?: string; via?: string; about?: string; since?: string; until?: string; distinct?: boolean }) =>
      setExit(
        runQuery(o, io, (db) => {
          const result = listQuotes(db, { speaker: o.speaker, via: o.via, about: o.about, since: o.since, until: o.until, distinct: o.distinct }, page(o));
          printListing({ result, table: QUOTE_TABLE, csv: QUOTE_CSV, noun: 'quotes', view: (q) => ({ ...q, date: q.date?.slice(0, 10), id: short(q.article) }) }, o, io);
        }),
      ),
    );

  common(program.command('events').description('List events in the corpus: who did what to whom, when (CAMEO).'))
    .option('--source <code>', 'source actor: CAMEO code or prefix, or country, e.g. --source RUS or RUSGOV')
    .option('--target <code>', 'target actor, as --source')
    .option('--root <nn>', 'CAMEO root, e.g. --root 19')
    .option('--code <code>', 'CAMEO event code or prefix, e.g. --code 042')
    .option('--quad <n>', 'quad class 1–4')
    .option('--modality <m>', 'asserted, reported, planned, hypothetical or negated')
    .option('--actor <name>', 'either side, by name or CAMEO code, e.g. --actor Lavrov')
    .option('--country <country>', 'either side\'s country, e.g. --country CHN or China')
    .option('--since <date>', 'from this date on (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'up to this date, inclusive')
    .option('--distinct', 'one row per corpus event (an event several articles report is listed once)')
    .addHelpText('after', EVENTS_HELP)
    .action((o: CommonOptions & Record<'source' | 'target' | 'root' | 'code' | 'quad' | 'modality' | 'actor' | 'country' | 'since' | 'until', string | undefined> & { distinct?: boolean }) =>
      setExit(
        runQuery(o, io, (db) => {
          const { source, target, root, code, quad, modality, actor, country, since, until, distinct } = o;
          const result = listEvents(db, { source, target, root, code, quad, modality, actor, country, since, until, distinct }, page(o));
          printListing(
            {
              result,
              table: EVENT_TABLE,
              csv: EVENT_CSV,
              noun: 'events',
              view: (e) => ({ ...e, date: e.date?.slice(0, 10), source: side(e.sourceActor, e.sourceName), target: side(e.targetActor, e.targetName) }),
            },
            o,
            io,
          );
        }),
      ),
    );

  common(program.command('entities').description('List entities across the corpus, most articles first.'))
    .option('--type <type>', 'PERSON, ORG, GPE, LOC or NORP')
    .option('--name <name>', 'whole words of the name, or the acronym')
    .option('--country <country>', 'the entity\'s country, e.g. --country RUS or Russia')
    .addOption(new Option('--top <n>', 'the N entities named by most articles (same as --limit N)').argParser(parseCount))
    .addHelpText('after', ENTITIES_HELP)
    .action((o: CommonOptions & { type?: string; name?: string; country?: string; top?: number }) =>
      setExit(
        runQuery(o, io, (db) => {
          const result = listEntities(db, { type: o.type, name: o.name, country: o.country, top: o.top }, page(o));
          printListing({ result, table: ENTITY_TABLE, csv: ENTITY_CSV, noun: 'entities', view: (e) => ({ ...e, first: e.first?.slice(0, 10), last: e.last?.slice(0, 10) }) }, o, io);
        }),
      ),
    );

  common(program.command('search').description('Full-text search over articles and quotes.'))
    .argument('<words...>', 'the words to find')
    .addHelpText('after', SEARCH_HELP)
    .action((words: string[], o: CommonOptions) =>
      setExit(
        runQuery(o, io, (db) => {
          const result = searchText(db, words.join(' '), page(o));
          // The match in «», the snippet starting shortly before the first one so a narrow column still shows it.
          const marked = (snippet: string, spans: { start: number; end: number }[]) => {
            const from = spans.length && spans[0]!.start > 24 ? spans[0]!.start - 16 : 0;
            let out = from ? '…' : '';
            let at = from;
            for (const s of spans) {
              out += `${snippet.slice(at, s.start)}«${snippet.slice(s.start, s.end)}»`;
              at = s.end;
            }
            return out + snippet.slice(at);
          };
          printListing(
            { result, table: SEARCH_TABLE, csv: SEARCH_CSV, noun: 'matches', view: (h) => ({ kind: h.kind, date: h.published?.slice(0, 10), title: h.title, speaker: h.speaker, snippet: marked(h.snippet, h.highlights), id: short(h.article) }) },
            o,
            io,
          );
        }),
      ),
    );

  program
    .command('show')
    .description('Show one stored article: its metadata, story, entities, quotes and events.')
    .argument('<id>', 'the article id, an input id it came in under (a JSONL id, a file path), or a unique prefix of the article id of at least 8 hex digits')
    .option('--db <path>', 'the corpus database to read', './dyad.db')
    .addOption(new Option('-f, --format <format>', 'output format; default: table (a readable view) on a terminal, else jsonl').choices(QUERY_FORMATS as QueryFormat[]))
    .addHelpText('after', SHOW_HELP)
    .action((id: string, o: { db: string; format?: QueryFormat }) =>
      setExit(
        runQuery(o, io, (db) => {
          const view = getArticle(db, id);
          if (!view) throw new DyadFailure({ code: 'not-found', message: `dyad: no article with id ${id} in ${o.db}` });
          printArticle(view, formatOf(o, io), io);
        }),
      ),
    );

  program
    .command('stats')
    .description('Counts of the corpus: articles, stories, entities, quotes, events, and its schema version.')
    .option('--db <path>', 'the corpus database to read', './dyad.db')
    .addOption(new Option('-f, --format <format>', 'text (default) or json').choices(['text', 'json']).default('text'))
    .addHelpText('after', STATS_HELP)
    .action((o: { db: string; format: 'text' | 'json' }) =>
      setExit(
        runQuery(o, io, (db) => {
          const stats = corpusStats(db);
          io.stdout.write(o.format === 'json' ? JSON.stringify(stats, null, 2) + '\n' : printStats(stats, o.db));
        }),
      ),
    );
};
