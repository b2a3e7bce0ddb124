// The inputs of `dyad extract`: command-line paths → a plan (files found by walking directories, checked up front),
// then the plan → a stream of units, each a RawInput to analyze or the error that takes its place.
// Files are read lazily, one at a time, and JSONL is streamed line by line, so memory stays flat over a corpus.
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { RawInput } from '../article.js';
import { dyadError, type DyadError } from '../errors.js';
import { firstSignificantByte, OPEN_BRACE, parseJsonlLine, splitLines } from './jsonl.js';
import { tooLarge } from './sizes.js';

/** Extensions a directory walk picks up; other files are skipped (counted in one note per directory). */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.jsonl'] as const;

export type PlannedInput =
  | { kind: 'file'; path: string; size: number | null; jsonl: boolean }
  | { kind: 'stdin' }
  | { kind: 'unreadable'; path: string; error: DyadError };

export interface Plan {
  items: PlannedInput[];
  /** True when the command line names exactly one file or stdin (no directory): `--format json` then prints an object. */
  single: boolean;
  /** Files a walk passed over, for one note per directory. */
  skipped: { dir: string; paths: string[] }[];
}

export type Unit =
  | { input: RawInput; inputId: string; origin: string; size: number; fromJsonl: boolean }
  | { error: DyadError; inputId: string; origin: string; size: number; fromJsonl: boolean };

const errnoOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '');

function reasonOf(e: unknown): string {
  switch (errnoOf(e)) {
    case 'ENOENT':
      return 'it does not exist (a dangling symbolic link?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

const unreadable = (path: string, e: unknown): DyadError =>
  dyadError('unreadable', `dyad: ${path} cannot be read: ${reasonOf(e)}; check the path and its permissions`, path);

const isJsonlPath = (path: string) => extname(path).toLowerCase() === '.jsonl';

/**
 * Checks every command-line input before anything is analyzed. A path that does not exist is a usage error
 * (exit 2, nothing analyzed); files inside a directory that cannot be read become `unreadable` items instead.
 */
export async function planInputs(args: readonly string[]): Promise<Plan | DyadError> {
  const plan: Plan = { items: [], single: false, skipped: [] };
  let stdinSeen = false;
  let directories = 0;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) return dyadError('usage', 'dyad: "-" (standard input) can be given only once');
      stdinSeen = true;
      plan.items.push({ kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR') {
        return dyadError('not-found', `dyad: ${arg}: no such file or directory; check the path (use - for standard input)`, arg);
      }
      plan.items.push({ kind: 'unreadable', path: arg, error: unreadable(arg, e) });
      continue;
    }
    if (info.isDirectory()) {
      directories++;
      const skipped: string[] = [];
      await walk(arg, plan.items, skipped, new Set());
      if (skipped.length) plan.skipped.push({ dir: arg, paths: skipped });
    } else {
      // Regular files have a size to check before reading; pipes and devices (/dev/stdin, <(...)) are counted as read.
      plan.items.push({ kind: 'file', path: arg, size: info.isFile() ? info.size : null, jsonl: isJsonlPath(arg) });
    }
  }
  plan.single = args.length === 1 && directories === 0;
  return plan;
}

/** Recursive, sorted by code unit order (not locale) so every machine walks the same way; dot-entries are skipped. */
async function walk(dir: string, items: PlannedInput[], skipped: string[], seen: Set<string>): Promise<void> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (e) {
    items.push({ kind: 'unreadable', path: dir, error: unreadable(dir, e) });
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const wanted = (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      if (wanted) items.push({ kind: 'unreadable', path, error: unreadable(path, e) });
      else skipped.push(path);
      continue;
    }
    if (info.isDirectory()) await walk(path, items, skipped, seen);
    else if (wanted && info.isFile()) items.push({ kind: 'file', path, size: info.size, jsonl: isJsonlPath(path) });
    else skipped.push(path);
  }
}

/** The units of a plan, in order: one per file, one per non-blank JSONL line, one for stdin that is not JSONL. */
export async function* readUnits(plan: Plan, maxBytes: number, stdin: Readable): AsyncGenerator<Unit> {
  for (const item of plan.items) {
    if (item.kind === 'unreadable') {
      yield { error: item.error, inputId: item.path, origin: item.path, size: 0, fromJsonl: false };
    } else if (item.kind === 'stdin') {
      yield* readStdin(stdin, maxBytes);
    } else if (item.jsonl) {
      yield* readJsonlFile(item.path, maxBytes);
    } else {
      yield await readArticleFile(item.path, item.size, maxBytes);
    }
  }
}

async function readArticleFile(path: string, size: number | null, maxBytes: number): Promise<Unit> {
  const unit = { inputId: path, origin: path, size: size ?? 0, fromJsonl: false };
  // Refused on its size alone: a 200 MB file is never read into memory.
  if (size !== null && size > maxBytes) return { ...unit, error: tooLarge(path, size, maxBytes) };
  try {
    if (size !== null) return { ...unit, input: { bytes: await readFile(path), origin: path, inputId: path } };
    const bytes = await readLimited(createReadStream(path), maxBytes);
    if (bytes === null) return { ...unit, error: tooLarge(path, null, maxBytes) };
    return { ...unit, size: bytes.length, input: { bytes, origin: path, inputId: path } };
  } catch (e) {
    return { ...unit, error: unreadable(path, e) };
  }
}

/** Reads a stream whole, or returns null (and stops reading) as soon as it passes `maxBytes`. */
async function readLimited(stream: Readable, maxBytes: number): Promise<Uint8Array | null> {
  const bytes = await readLimitedIterable(stream, maxBytes);
  if (bytes === null) stream.destroy();
  return bytes;
}

async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<Unit> {
  let line = 0;
  try {
    yield* jsonlUnits(createReadStream(path), path, maxBytes, (n) => (line = n));
  } catch (e) {
    const origin = line ? `${path}:line ${line + 1}` : path;
    yield { error: unreadable(origin, e), inputId: origin, origin, size: 0, fromJsonl: true };
  }
}

async function* jsonlUnits(chunks: AsyncIterable<Uint8Array>, source: string, maxBytes: number, onLine: (n: number) => void): AsyncGenerator<Unit> {
  for await (const line of splitLines(chunks, maxBytes)) {
    onLine(line.number);
    if (line.bytes !== null && firstSignificantByte(line.bytes) === null) continue; // blank lines carry no article
    const parsed = parseJsonlLine(line, source, maxBytes);
    const origin = `${source}:line ${line.number}`;
    if ('error' in parsed) yield { error: parsed.error, inputId: parsed.inputId, origin, size: line.size, fromJsonl: true };
    else yield { input: parsed.input, inputId: parsed.inputId, origin, size: line.size, fromJsonl: true };
  }
}

/** Standard input is JSONL when its first non-blank character is `{`; anything else is one article. */
async function* readStdin(stdin: Readable, maxBytes: number): AsyncGenerator<Unit> {
  const iterator = stdin[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const head: Uint8Array[] = [];
  let first: number | null = null;
  let headBytes = 0;
  let ended = false;
  while (first === null) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
    first = firstSignificantByte(head.length === 1 ? head[0] : Buffer.concat(head));
    if (first === null && headBytes > maxBytes) break;
  }
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => {
      let i = 0;
      return {
        next: async () => (i < head.length ? { done: false, value: head[i++] } : ended ? { done: true, value: undefined } : iterator.next()),
      };
    },
  };
  if (first === OPEN_BRACE) {
    yield* jsonlUnits(rest, '-', maxBytes, () => {});
    return;
  }
  const bytes = await readLimitedIterable(rest, maxBytes);
  const unit = { inputId: '-', origin: '-', size: bytes?.length ?? 0, fromJsonl: false };
  if (bytes === null) {
    stdin.destroy();
    yield { ...unit, error: { ...tooLarge('standard input', null, maxBytes), where: '-' } };
  } else {
    yield { ...unit, input: { bytes, origin: '-', inputId: '-' } };
  }
}

async function readLimitedIterable(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
