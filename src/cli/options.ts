// Option parsers shared by the commands (commander argParser functions): a bad value is a usage error (exit 2) with
// one line saying what was expected.
import { InvalidArgumentError } from 'commander';

const ISO = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** --published: an ISO 8601 date or time, checked so a typo is a usage error rather than a silent null. */
export function parsePublished(value: string): string {
  if (!ISO.test(value) || Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value))) {
    throw new InvalidArgumentError('expected an ISO 8601 date or time such as 2024-04-08 or 2024-04-08T22:38');
  }
  return value;
}

/** --max-bytes: a whole number of bytes, or with a k/M/G suffix (powers of 1024). */
export function parseMaxBytes(value: string): number {
  const m = /^(\d+)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a number of bytes such as 5000000, 500k or 20M');
  const unit = (m[2] ?? '').toLowerCase()[0];
  const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of bytes');
  return n;
}
