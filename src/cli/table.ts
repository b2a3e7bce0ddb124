// Plain-text output of query results: a terminal table whose columns are fitted to the terminal width (long cells
// cut with "…"), and RFC 4180 CSV (fields quoted when they hold a comma, a double quote or a line break).

export interface Column {
  /** The row's key. */
  key: string;
  header: string;
  /** Widest this column may get; the fitting never goes below `min` (default: the header's width, at most 12). */
  max?: number;
  min?: number;
  align?: 'left' | 'right';
}

export type Cell = string | number | boolean | null | undefined;

/** A cell as one line: whitespace runs (line breaks included) become one space; null is empty. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ').trim();
}

const length = (s: string) => [...s].length;

/** Cuts `s` to `width` characters, the last one "…" when something was cut. */
export function truncate(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s;
  if (width <= 0) return '';
  return `${chars.slice(0, width - 1).join('')}…`;
}

/**
 * Column widths for `total` characters: each column takes its natural width (widest cell, header included, capped
 * by `max`); while the line is too wide, the widest column gives up one character, down to its minimum.
 */
export function fitWidths(natural: readonly number[], minimum: readonly number[], total: number, gap = 2): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, widths.length - 1) - total;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i]! > minimum[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    }
    if (widest < 0) break;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

export interface TableOptions {
  /** Characters available for a line (the terminal's columns). */
  width: number;
  /** Bold headers (ANSI), for terminals. */
  color?: boolean;
}

export function renderTable(rows: readonly Record<string, Cell>[], columns: readonly Column[], options: TableOptions): string {
  const cells = rows.map((row) => columns.map((c) => cellText(row[c.key])));
  const natural = columns.map((c, i) => Math.min(c.max ?? Infinity, Math.max(length(c.header), ...cells.map((r) => length(r[i]!)))));
  const minimum = columns.map((c, i) => Math.min(natural[i]!, c.min ?? Math.min(length(c.header), 12)));
  const widths = fitWidths(natural, minimum, options.width);
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => {
        const text = truncate(v, widths[i]!);
        const pad = ' '.repeat(Math.max(0, widths[i]! - length(text)));
        return columns[i]!.align === 'right' ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const header = line(columns.map((c) => c.header));
  const out = [options.color ? `\x1b[1m${header}\x1b[22m` : header, ...cells.map(line)];
  return out.join('\n') + '\n';
}

/** One CSV field: empty for null, JSON for arrays and objects, quoted (inner quotes doubled) when it needs to be. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: the header line, then one line per row, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly Record<string, unknown>[], keys: readonly string[]): string {
  const lines = [keys.map(csvField).join(','), ...rows.map((row) => keys.map((k) => csvField(row[k])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
