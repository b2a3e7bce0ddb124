// JSONL input (../shared/OUTPUT.md, "Input JSONL"): splits a byte stream into lines without ever holding more than
// one line (a line over the size limit is dropped as it streams by), and turns each line into a RawInput or an error.
import type { RawInput } from '../article.js';
import { dyadError, type DyadError } from '../errors.js';
import { tooLarge } from './sizes.js';

export interface JsonlLine {
  /** 1-based physical line number. */
  number: number;
  /** The line's bytes without its line ending; null when the line was longer than the limit. */
  bytes: Uint8Array | null;
  /** Bytes the line took in the stream, line ending included (for progress). */
  size: number;
}

const NL = 0x0a;
const CR = 0x0d;

/** Lines of a byte stream; lines over `maxLineBytes` come back with `bytes: null` and are never fully buffered. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<JsonlLine> {
  let parts: Uint8Array[] = [];
  let held = 0; // bytes in `parts`
  let size = 0; // bytes of the current line seen so far, kept or not
  let tooLong = false;
  let number = 0;
  const finish = (): JsonlLine => {
    number++;
    let bytes: Uint8Array | null = null;
    if (!tooLong) {
      bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      if (bytes.length && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      if (bytes.length > maxLineBytes) bytes = null;
    }
    const line = { number, bytes, size };
    parts = [];
    held = 0;
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from <= chunk.length) {
      const nl = chunk.indexOf(NL, from);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(from, end);
      size += piece.length;
      if (!tooLong) {
        if (held + piece.length > maxLineBytes + 1) {
          // +1 leaves room for a CR that belongs to the line ending
          tooLong = true;
          parts = [];
          held = 0;
        } else if (piece.length) {
          parts.push(piece);
          held += piece.length;
        }
      }
      if (nl < 0) break;
      size += 1;
      yield finish();
      from = nl + 1;
    }
  }
  if (size > 0) yield finish();
}

const decoder = new TextDecoder('utf-8');

/** The first non-blank byte of a stream decides JSONL: `{`. A UTF-8 byte order mark counts as blank. */
export function firstSignificantByte(bytes: Uint8Array): number | null {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b;
  }
  return null;
}

export const OPEN_BRACE = 0x7b;

const STRING_FIELDS = ['title', 'published', 'url', 'outlet', 'byline'] as const;

/**
 * One JSONL line → the RawInput it describes, or the error that takes its place in the output.
 * `source` names the stream in messages (a path or `-`). The input id is the line's `id`, else `source:line N`.
 */
export function parseJsonlLine(line: JsonlLine, source: string, maxLineBytes: number): { input: RawInput; inputId: string } | { error: DyadError; inputId: string } {
  const origin = `${source}:line ${line.number}`;
  if (line.bytes === null) {
    return {
      inputId: origin,
      error: tooLarge(origin, line.size, maxLineBytes),
    };
  }
  let textLine = decoder.decode(line.bytes);
  if (textLine.charCodeAt(0) === 0xfeff) textLine = textLine.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(textLine);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { inputId: origin, error: dyadError('bad-json', `dyad: ${origin} is not valid JSON (${reason}); each line must be one JSON object`, origin) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { inputId: origin, error: dyadError('bad-input', `dyad: ${origin} is not a JSON object; each line must be {"id": ..., "text": ...}`, origin) };
  }
  const fields = value as Record<string, unknown>;
  const rawId = fields.id;
  const inputId = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : origin;
  const bad = (message: string) => ({ inputId, error: dyadError('bad-input', `dyad: ${origin}: ${message}`, origin) });
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') return bad('"id" must be a string or a number');
  for (const key of ['text', 'html', ...STRING_FIELDS] as const) {
    const v = fields[key];
    if (v !== undefined && v !== null && typeof v !== 'string') return bad(`"${key}" must be a string`);
  }
  const text = typeof fields.text === 'string' ? fields.text : undefined;
  const html = typeof fields.html === 'string' ? fields.html : undefined;
  if (text === undefined && html === undefined) return bad('"text" or "html" is required');
  const input: RawInput = { origin, inputId };
  if (text !== undefined) {
    input.text = text;
    input.trusted = true;
  }
  if (html !== undefined) input.html = html;
  for (const key of STRING_FIELDS) {
    const v = fields[key];
    if (typeof v === 'string') input[key] = v;
  }
  return { input, inputId };
}
