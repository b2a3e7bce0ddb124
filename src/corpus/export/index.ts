// `exportEvents`: the corpus events as GDELT 2.0 event rows (tab-separated, 61 columns, no header: gdelt.ts), JSON
// Lines, or CSV (RFC 4180: a header line, CRLF line ends, fields quoted when they hold a comma, a quote or a line
// break). One row per corpus event. Written page by page, waiting for the stream to drain: memory stays flat however
// large the corpus.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type Database from 'better-sqlite3';
import { DyadFailure, dyadError } from '../../errors.js';
import { gdeltLine, GDELT_COLUMNS } from './gdelt.js';
import { exportPages, EXPORT_FIELDS, type ExportFilter, type ExportRow } from './rows.js';

export { GDELT_COLUMNS, gdeltFields, actorFields, gdeltDates } from './gdelt.js';
export { EXPORT_FIELDS, type ExportFilter, type ExportRow } from './rows.js';

export type ExportFormat = 'gdelt' | 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gdelt', 'jsonl', 'csv'];

/** One CSV field (RFC 4180): empty for null, quoted with inner quotes doubled when it holds , " CR or LF. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (row: ExportRow) => EXPORT_FIELDS.map((k) => csvField(row[k])).join(',') + '\r\n';
const jsonLine = (row: ExportRow) => JSON.stringify(Object.fromEntries(EXPORT_FIELDS.map((k) => [k, row[k]]))) + '\n';

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export async function exportEvents(db: Database.Database, format: ExportFormat, out: Writable, filter: ExportFilter = {}): Promise<{ rows: number }> {
  if (!EXPORT_FORMATS.includes(format)) throw new DyadFailure(dyadError('usage', `dyad: --format must be one of ${EXPORT_FORMATS.join(', ')}, not "${String(format)}"`));
  const line = format === 'gdelt' ? gdeltLine : format === 'csv' ? csvLine : jsonLine;
  const page = exportPages(db, filter);
  if (format === 'csv') await write(out, EXPORT_FIELDS.map(csvField).join(',') + '\r\n');
  let rows = 0;
  for (let after = 0; ; ) {
    const batch = page(after);
    if (!batch.length) break;
    await write(out, batch.map(line).join(''));
    rows += batch.length;
    after = batch[batch.length - 1]!.id;
  }
  return { rows };
}

/** The GDELT column names as a header line, for tools that want one (GDELT's own files have none). */
export const GDELT_HEADER = GDELT_COLUMNS.join('\t') + '\n';
