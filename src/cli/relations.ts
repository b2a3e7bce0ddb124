// `dyad relations A B`, `dyad triangle A B C` and `dyad export`: the relation measures of src/corpus/relations and the
// event export of src/corpus/export over a corpus database. A missing or unusable --db is a usage error (exit 2).
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { Option, type Command } from 'commander';
import { exportEvents, EXPORT_FORMATS, type ExportFormat } from '../corpus/export/index.js';
import { relationSeries, triangle, type Counts, type RelationSeries, type Triangle } from '../corpus/relations/index.js';
import { GRAINS, type Grain } from '../corpus/relations/periods.js';
import { DyadFailure } from '../errors.js';
import type { RegisterCommands } from './commands.js';
import { openForQuery, runQuery, type QueryIo } from './query.js';
import { renderTable, toCsv, type Column } from './table.js';

const DEFAULT_DB = './dyad.db';
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

export type RelationsFormat = 'table' | 'json' | 'csv';
export type TriangleFormat = 'text' | 'json';

export interface RelationsOptions {
  db: string;
  by: Grain;
  since?: string;
  until?: string;
  format?: RelationsFormat;
  directed?: boolean;
  includeNonFactual?: boolean;
}
export interface TriangleOptions {
  db: string;
  since?: string;
  until?: string;
  format?: TriangleFormat;
}
export interface ExportOptions {
  db: string;
  format: ExportFormat;
  out?: string;
  since?: string;
  until?: string;
}

const COUNT_FIELDS: (keyof Counts)[] = [
  'events', 'verbalCooperation', 'materialCooperation', 'verbalConflict', 'materialConflict',
  'goldsteinSum', 'goldsteinMean', 'mentions', 'nonFactual', 'quotes',
];

const TABLE: Column[] = [
  { key: 'period', header: 'period', min: 8 },
  { key: 'events', header: 'events', align: 'right' },
  { key: 'vcoop', header: 'vcoop', align: 'right' },
  { key: 'mcoop', header: 'mcoop', align: 'right' },
  { key: 'vconf', header: 'vconf', align: 'right' },
  { key: 'mconf', header: 'mconf', align: 'right' },
  { key: 'gsum', header: 'gs sum', align: 'right' },
  { key: 'gmean', header: 'gs mean', align: 'right' },
  { key: 'ab', header: 'A→B', align: 'right' },
  { key: 'abg', header: 'A→B gs', align: 'right' },
  { key: 'ba', header: 'B→A', align: 'right' },
  { key: 'bag', header: 'B→A gs', align: 'right' },
  { key: 'qab', header: 'quotes A→B', align: 'right' },
  { key: 'qba', header: 'quotes B→A', align: 'right' },
];

const num = (x: number | null) => (x === null ? '' : String(x));

function tableRow(period: string, t: { ab: Counts; ba: Counts; total: Counts }) {
  return {
    period, events: t.total.events, vcoop: t.total.verbalCooperation, mcoop: t.total.materialCooperation,
    vconf: t.total.verbalConflict, mconf: t.total.materialConflict, gsum: num(t.total.goldsteinSum), gmean: num(t.total.goldsteinMean),
    ab: t.ab.events, abg: num(t.ab.goldsteinSum), ba: t.ba.events, bag: num(t.ba.goldsteinSum), qab: t.ab.quotes, qba: t.ba.quotes,
  };
}

/** The series as a readable table: a heading, one row per period, the totals, and what was left out. */
export function seriesTable(s: RelationSeries, width: number): string {
  const range = s.periods.length ? `${s.periods[0]!.start} … ${s.periods[s.periods.length - 1]!.end}` : 'no dated events';
  const head = `A = ${s.a.code} (${s.a.label}), B = ${s.b.code} (${s.b.label}); by ${s.by}, ${range}${s.directed ? '; total counts A→B only' : ''}\n`;
  const rows = [...s.periods.map((p) => tableRow(p.period, p)), tableRow('total', s.totals)];
  const notes: string[] = [];
  if (s.unplaced.events || s.unplaced.quotes) notes.push(`${s.unplaced.events} events and ${s.unplaced.quotes} quotes in the total have no ${s.by} (no date, or a coarser one)`);
  if (s.totals.total.nonFactual) notes.push(`${s.totals.total.nonFactual} planned, hypothetical or negated events left out (--include-non-factual counts them)`);
  return head + renderTable(rows, TABLE, { width }) + notes.map((n) => `note: ${n}\n`).join('');
}

/** The series as CSV: one row per period, each count for A→B (ab_), B→A (ba_) and both (total_). */
export function seriesCsv(s: RelationSeries): string {
  const keys = ['period', 'start', 'end', ...(['ab', 'ba', 'total'] as const).flatMap((d) => COUNT_FIELDS.map((f) => `${d}_${f}`))];
  const rows = s.periods.map((p) => {
    const row: Record<string, unknown> = { period: p.period, start: p.start, end: p.end };
    for (const d of ['ab', 'ba', 'total'] as const) for (const f of COUNT_FIELDS) row[`${d}_${f}`] = p[d][f];
    return row;
  });
  return toCsv(rows, keys);
}

const oneLine = (s: string, max = 220) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The triangle as text: each side's state and counts with its deciding sentences, then the configuration. */
export function triangleText(t: Triangle): string {
  const [a, b, c] = [t.sides[0].ends[0], t.sides[1].ends[0], t.sides[2].ends[0]];
  const range = t.since || t.until ? `${t.since ?? 'the start'} … ${t.until ?? 'the end'}` : 'all dates';
  const out = [`Triangle ${a.code} (${a.label}) – ${b.code} (${b.label}) – ${c.code} (${c.label}), ${range}`, ''];
  for (const side of t.sides) {
    out.push(`${side.name}  ${side.ends[0].code}–${side.ends[1].code}  ${side.state.toUpperCase()}: ${side.reason}${side.nonFactual ? ` (${side.nonFactual} non-factual left out)` : ''}`);
    for (const e of side.evidence) {
      const g = `${e.goldstein > 0 ? '+' : ''}${e.goldstein}`;
      out.push(`    ${e.date ?? 'undated'}  ${e.code} ${e.name ?? ''}  ${e.source ?? '?'} → ${e.target ?? '?'}  Goldstein ${g}, ${e.articles} article${e.articles === 1 ? '' : 's'}  [${e.article.slice(0, 10)}]`);
      out.push(`      "${oneLine(e.sentence)}"`);
    }
    out.push('');
  }
  out.push(`Configuration: ${t.summary}`);
  out.push(`(thresholds: a side needs ${t.thresholds.minEvents} cooperation or conflict events; amity at net cooperation share ≥ +${t.thresholds.amityShare}, enmity at ≤ −${t.thresholds.amityShare}, the Goldstein mean agreeing; see docs/relations.md)`);
  return out.join('\n') + '\n';
}

function width(io: QueryIo): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS);
  return columns && columns >= 40 ? columns : 160;
}

export function runRelations(a: string, b: string, options: RelationsOptions, io: QueryIo): number {
  return runQuery(options, io, (db) => {
    const s = relationSeries(db, a, b, { by: options.by, since: options.since, until: options.until, directed: options.directed, includeNonFactual: options.includeNonFactual });
    const format = options.format ?? (io.stdout.isTTY ? 'table' : 'json');
    if (format === 'json') io.stdout.write(JSON.stringify(s, null, 2) + '\n');
    else if (format === 'csv') io.stdout.write(seriesCsv(s));
    else io.stdout.write(seriesTable(s, width(io)));
  });
}

export function runTriangle(a: string, b: string, c: string, options: TriangleOptions, io: QueryIo): number {
  return runQuery(options, io, (db) => {
    const t = triangle(db, a, b, c, { since: options.since, until: options.until });
    io.stdout.write(options.format === 'json' ? JSON.stringify(t, null, 2) + '\n' : triangleText(t));
  });
}

export async function runExport(options: ExportOptions, io: QueryIo): Promise<number> {
  let db: Database.Database | null = null;
  let file: Writable | null = null;
  try {
    db = openForQuery(options.db);
    file = options.out ? createWriteStream(options.out) : null;
    const out = file ?? (io.stdout as unknown as Writable);
    const { rows } = await exportEvents(db, options.format, out, { since: options.since, until: options.until });
    if (file) {
      file.end();
      await finished(file);
      io.stderr.write(`dyad: wrote ${rows} corpus events to ${options.out} (${options.format})\n`);
    }
    return EXIT_OK;
  } catch (e) {
    file?.destroy();
    if (e instanceof DyadFailure) {
      io.stderr.write(e.message.split('\n')[0] + '\n');
      return EXIT_USAGE;
    }
    if (e instanceof Database.SqliteError) {
      io.stderr.write(`dyad: the export failed on ${options.db}: ${e.message}\n`);
      return EXIT_FAILED;
    }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && 'path' in e) {
      io.stderr.write(`dyad: cannot write ${options.out}: ${e.message}\n`);
      return EXIT_FAILED;
    }
    throw e;
  } finally {
    db?.close();
  }
}

const SIDES_HELP = `A side is a country (ISO code CHN or CN, or a name: China, "United States") or a CAMEO actor code or prefix
(RUSGOV, IGOUNO). Each corpus event counts once however many articles told it; planned, hypothetical and negated
events are counted apart and kept out of the Goldstein sums. See docs/relations.md.`;

const RELATIONS_HELP = `
${SIDES_HELP}

Per period: events by quad class (vcoop verbal cooperation, mcoop material cooperation, vconf verbal conflict,
mconf material conflict), the Goldstein sum and mean, each direction's events, and quotes one side's actors made
about the other. Periods without events show as zeros between --since and --until (else the data's range).

Examples:
  $ dyad relations CHN USA --by month --db corpus.db
  $ dyad relations China "United States" --since 2024-01 --until 2024-06 --format csv > chn-usa.csv
  $ dyad relations RUSGOV UKR --by day --since 2024-04-01 --format json
`;

const TRIANGLE_HELP = `
${SIDES_HELP}

Each side (AB, BC, CA) is amity, enmity, mixed or unknown (fewer than 3 events: no evidence, never a guess); the
configuration is a ménage à trois, a romantic triangle (with its pivot), a stable marriage (the couple and the
pariah), a unit veto, or undetermined (naming the sides that are mixed or unknown). Lowell Dittmer, 1981.

Examples:
  $ dyad triangle USA CHN RUS --db corpus.db
  $ dyad triangle USA GBR FRA --since 2024-01 --format json
`;

const EXPORT_HELP = `
One row per corpus event. gdelt: the GDELT 2.0 event table's 61 tab-separated columns, no header, those dyad can
fill filled and the rest empty (docs/relations.md lists them); jsonl: one JSON object a line; csv: RFC 4180 with a
header line.

Examples:
  $ dyad export --format gdelt --db corpus.db --out events.export.CSV
  $ dyad export --format csv --since 2024-04 --until 2024-04 > april.csv
`;

export const registerRelations: RegisterCommands = (program: Command, setExit) => {
  const io = (): QueryIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });
  program
    .command('relations')
    .description('How the relation between two countries or actors moves: events by quad class, Goldstein, quotes, per period.')
    .argument('<A>', 'a country (CHN, CN, China) or CAMEO actor code (RUSGOV)')
    .argument('<B>', 'the other side')
    .option('--db <path>', 'the corpus database', DEFAULT_DB)
    .addOption(new Option('--by <period>', 'period of the series').choices(GRAINS as Grain[]).default('week'))
    .option('--since <date>', 'first date, e.g. 2024, 2024-04 or 2024-04-08')
    .option('--until <date>', 'last date (2024-04 includes all of April)')
    .addOption(new Option('--format <format>', 'table, json or csv; default: table on a terminal, else json').choices(['table', 'json', 'csv']))
    .option('--directed', 'the total counts A→B only (B→A is still shown)')
    .option('--include-non-factual', 'count planned, hypothetical and negated events too')
    .addHelpText('after', RELATIONS_HELP)
    .action((a: string, b: string, options: RelationsOptions) => setExit(runRelations(a, b, options, io())));
  program
    .command('triangle')
    .description("The strategic triangle of three sides: amity or enmity on each side, the configuration and its pivot, with evidence.")
    .argument('<A>', 'a country (CHN, CN, China) or CAMEO actor code')
    .argument('<B>', 'the second side')
    .argument('<C>', 'the third side')
    .option('--db <path>', 'the corpus database', DEFAULT_DB)
    .option('--since <date>', 'first date, e.g. 2024, 2024-04 or 2024-04-08')
    .option('--until <date>', 'last date (2024-04 includes all of April)')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addHelpText('after', TRIANGLE_HELP)
    .action((a: string, b: string, c: string, options: TriangleOptions) => setExit(runTriangle(a, b, c, options, io())));
  program
    .command('export')
    .description('Write the corpus events as GDELT 2.0 event rows, JSON Lines or CSV.')
    .addOption(new Option('--format <format>', 'gdelt, jsonl or csv').choices(EXPORT_FORMATS as ExportFormat[]).makeOptionMandatory())
    .option('--db <path>', 'the corpus database', DEFAULT_DB)
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('--since <date>', 'first event date, e.g. 2024, 2024-04 or 2024-04-08')
    .option('--until <date>', 'last event date (2024-04 includes all of April)')
    .addHelpText('after', EXPORT_HELP)
    .action(async (options: ExportOptions) => setExit(await runExport(options, io())));
};
