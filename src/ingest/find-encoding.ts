// find-encoding: the raw input → its source text. Sizes are checked first, before any decoding; bytes are decoded by
// their BOM, as UTF-8, by an HTML page's declared charset, or as windows-1252; binary files and empty inputs are refused.
import iconv from 'iconv-lite';
import type { Context } from '../context.js';
import { DyadFailure, dyadError } from '../errors.js';
import type { Found, IngestDraft } from './draft.js';
import { BINARY_SIGNATURES } from './lexicon/binary-signatures.js';

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function tooLarge(origin: string, size: number, maxBytes: number): DyadFailure {
  return new DyadFailure(
    dyadError('too-large', `dyad: ${origin} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit; raise --max-bytes to analyze it`, origin),
  );
}

function binary(origin: string, what?: string): DyadFailure {
  const kind = what ? ` (${what})` : '';
  return new DyadFailure(
    dyadError('binary-input', `dyad: ${origin} looks like a binary file${kind}, not text or HTML; give an article as .txt, .html or .jsonl`, origin),
  );
}

/** The UTF-8 size of a string, computed only when its length alone does not settle the question. */
function checkStringSize(s: string, origin: string, maxBytes: number): void {
  if (s.length > maxBytes) throw tooLarge(origin, s.length, maxBytes);
  if (s.length * 3 > maxBytes) {
    const size = Buffer.byteLength(s, 'utf8');
    if (size > maxBytes) throw tooLarge(origin, size, maxBytes);
  }
}

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** UTF-16 without a BOM: in ASCII-heavy text every other byte is zero. Looks at the first 4 KB. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

const CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset an HTML page declares in its first 2 KB, when iconv-lite knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const m = CHARSET.exec(head);
  if (!m) return null;
  const name = m[1].toLowerCase();
  return iconv.encodingExists(name) ? name : null;
}

interface Decoded {
  text: string;
  encoding: Found;
  warning?: string;
}

export function decodeBytes(bytes: Uint8Array, origin: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: { value: 'utf-8', rule: 'utf8-bom' } };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: { value: 'utf-16le', rule: 'utf16le-bom' } };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: { value: 'utf-16be', rule: 'utf16be-bom' } };
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) throw binary(origin, signature.what);
  if (bytes.indexOf(0) >= 0) {
    const utf16 = utf16WithoutBom(bytes);
    if (!utf16) throw binary(origin);
    return { text: new TextDecoder(utf16).decode(bytes), encoding: { value: utf16, rule: 'utf16-without-bom' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: { value: 'utf-8', rule: 'valid-utf8' } };
  } catch {
    // Not UTF-8: a page may say what it is; otherwise the usual culprit is windows-1252 (Node's own TextDecoder reads
    // that name as latin1, so iconv-lite does it).
    const declared = declaredCharset(bytes);
    if (declared && !/^utf-?8$/.test(declared)) {
      return { text: iconv.decode(buffer, declared), encoding: { value: declared, rule: 'html-declared-charset' } };
    }
    return {
      text: iconv.decode(buffer, 'win1252'),
      encoding: { value: 'windows-1252', rule: 'windows-1252-fallback' },
      warning: `dyad: ${origin} is not valid UTF-8; it was read as windows-1252`,
    };
  }
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return.
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/g;

/** Text with NUL characters, or with more than 2% control characters in its first 64K, is not an article. */
export function looksBinary(text: string): boolean {
  if (text.indexOf('\0') >= 0) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > sample.length * 0.02;
}

export function findEncoding(draft: IngestDraft, ctx: Context): IngestDraft {
  const { input, origin } = draft;
  let source: string;
  let encoding: Found | null = null;
  const warnings = [...draft.warnings];
  if (input.text != null || input.html != null) {
    // JSONL may give both: `text` is the body, `html` then only lends its metadata.
    for (const s of [input.text, input.html]) if (s != null) checkStringSize(s, origin, ctx.maxBytes);
    source = input.text ?? input.html ?? '';
    if (!input.trusted && looksBinary(source)) throw binary(origin);
  } else if (input.bytes) {
    if (input.bytes.length > ctx.maxBytes) throw tooLarge(origin, input.bytes.length, ctx.maxBytes);
    const decoded = decodeBytes(input.bytes, origin);
    if (looksBinary(decoded.text)) throw binary(origin);
    source = decoded.text;
    encoding = decoded.encoding;
    if (decoded.warning) warnings.push(decoded.warning);
  } else {
    throw new DyadFailure(dyadError('bad-input', `dyad: ${origin} has no text, html or bytes to analyze; give it a "text" or "html" field`, origin));
  }
  if (!/\S/.test(source)) {
    const what = source.length ? 'holds only whitespace' : 'is empty';
    throw new DyadFailure(dyadError('empty-input', `dyad: ${origin} ${what}; there is no article to analyze`, origin));
  }
  return { ...draft, source, encoding, warnings };
}
