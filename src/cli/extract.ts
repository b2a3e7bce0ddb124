// `dyad extract`: inputs → units → analyzeBatch() → records, written as each batch is done. Every failure of one
// input becomes a dyad.error/1 record in its place plus one line on stderr, and the run goes on. Returns the exit code.
import { openSync, createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  analyze,
  analyzeBatch,
  analyzeCaught,
  createContext,
  dyadError,
  toErrorRecord,
  toRecord,
  type ArticleRecord,
  type BatchResult,
  type DyadError,
  type RawInput,
  type ErrorRecord,
} from '../index.js';
import { cameoName } from '../events/index.js';
import { loadLexicons } from './load-lexicons.js';
import { createProgress } from './progress.js';
import { batches } from '../batches.js';
import { planInputs, readUnits, type Unit } from './sources.js';
import { createWriter, type Format } from './writers.js';

export interface ExtractOptions {
  format?: Format;
  published?: string;
  out?: string;
  maxBytes: number;
  actors?: string;
  dictionaries?: string;
  forceEnglish?: boolean;
}

export interface ExtractIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The library's analyze(); tests hand in one that throws, to check that a bug in one input does not end the run. */
  analyze?: typeof analyze;
}

export { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from './exit.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from './exit.js';

/** A stderr line about one input: "dyad: x.txt: reason", unless the message already names the input. */
function inputLine(message: string, origin: string): string {
  if (message.includes(origin)) return message.startsWith('dyad:') ? message : `dyad: ${message}`;
  return `dyad: ${origin}: ${message.replace(/^dyad:\s*/, '')}`;
}

function internalError(origin: string, e: unknown): DyadError {
  const reason = e instanceof Error ? e.message : String(e);
  return dyadError(
    'internal',
    `dyad: internal error while analyzing ${origin} (${reason}); this is a bug in dyad: please report it with the input`,
    origin,
  );
}

export async function runExtract(inputs: readonly string[], options: ExtractOptions, io: ExtractIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    return EXIT_USAGE;
  };
  const lexicons = await loadLexicons({ actors: options.actors, dictionaries: options.dictionaries }, (line) => io.stderr.write(line + '\n'));
  if (lexicons && 'code' in lexicons) return fail(lexicons.message);
  const plan = await planInputs(inputs);
  if ('code' in plan) return fail(plan.message);

  let out: Writable & { isTTY?: boolean } = io.stdout;
  if (options.out) {
    try {
      out = createWriteStream('', { fd: openSync(options.out, 'w') });
    } catch (e) {
      return fail(`dyad: cannot write --out ${options.out}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const format: Format = options.format ?? (!options.out && io.stdout.isTTY ? 'pretty' : 'json');
  const color = format === 'pretty' && !options.out && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;

  const ctx = createContext({
    maxBytes: options.maxBytes,
    published: options.published ?? null,
    forceEnglish: options.forceEnglish ?? false,
    ...(lexicons ? { lexicons } : {}),
  });

  const hasStdin = plan.items.some((i) => i.kind === 'stdin');
  const several = plan.items.length > 1 || plan.items.some((i) => (i.kind === 'file' && i.jsonl) || i.kind === 'stdin');
  const totalBytes = hasStdin ? null : plan.items.reduce((n, i) => n + (i.kind === 'file' ? (i.size ?? 0) : 0), 0);
  const progress = createProgress(io.stderr, several && Boolean(io.stderr.isTTY), totalBytes);
  for (const { dir, paths } of plan.skipped) {
    const kinds = '.txt, .html, .htm, .md or .jsonl';
    progress.note(`dyad: ${dir}: skipped ${paths.length} file${paths.length === 1 ? '' : 's'} that ${paths.length === 1 ? 'is' : 'are'} not ${kinds} (${paths[0]}${paths.length > 1 ? ', …' : ''})`);
  }

  let firstFromJsonl: boolean | null = null;
  const writer = createWriter(format, out, () => !plan.single || firstFromJsonl === true, { color, cameoName });
  let failed = 0;
  let records = 0;
  // Units go through the pipeline in batches, stage by stage (analyzeBatch: the same records, faster over a corpus);
  // each record is written as soon as its batch is done, and a batch holds only the units that were ready.
  for await (const batch of batches(readUnits(plan, options.maxBytes, io.stdin), (unit) => unit.size)) {
    const done = analyzeUnits(batch, ctx);
    for (let k = 0; k < batch.length; k++) {
      const unit = batch[k];
      const record = done[k];
      firstFromJsonl ??= unit.fromJsonl;
      records++;
      if (record.schema === 'dyad.error/1') {
        failed++;
        progress.note(inputLine(record.error, unit.origin));
      } else {
        for (const warning of record.warnings ?? []) progress.note(inputLine(warning, unit.origin));
      }
      await writer.write(record);
      progress.advance(unit.size, record.schema === 'dyad.error/1');
    }
  }
  await writer.end();
  progress.stop();
  if (records === 0) io.stderr.write(`dyad: no articles found in ${inputs.join(' ')}\n`);
  if (out !== io.stdout) {
    out.end();
    await finished(out);
  }
  if (failed) io.stderr.write(`dyad: ${failed} of ${records} input${records === 1 ? '' : 's'} could not be analyzed\n`);
  return failed ? EXIT_SOME_FAILED : EXIT_OK;

  /** The record of each unit, in order: an error record for a unit that could not be read, failed or threw. */
  function analyzeUnits(units: readonly Unit[], context: typeof ctx): (ArticleRecord | ErrorRecord)[] {
    const inputs: RawInput[] = [];
    for (const unit of units) if ('input' in unit) inputs.push(unit.input);
    // A stand-in analyze() from a test runs input by input.
    const stand = io.analyze;
    const results: BatchResult[] = stand ? inputs.map((input) => analyzeCaught(input, context, undefined, stand)) : analyzeBatch(inputs, context);
    let next = 0;
    return units.map((unit) => {
      if ('error' in unit) return toErrorRecord(unit.error, unit.inputId);
      const result = results[next++];
      if ('thrown' in result) {
        const e = result.thrown;
        if (io.env.DYAD_DEBUG && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
        return toErrorRecord(internalError(unit.origin, e), unit.inputId);
      }
      if (!result.ok) return toErrorRecord(result.error, unit.inputId);
      const record = toRecord(result.article);
      if (record.meta.inputId === undefined) record.meta = { ...record.meta, inputId: unit.inputId };
      return record;
    });
  }
}
