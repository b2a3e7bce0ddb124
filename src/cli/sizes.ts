// Sizes in messages ("200.0 MB") and the one message for an input over --max-bytes.
import { dyadError, type DyadError } from '../errors.js';

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** `size` null: a stream that passed the limit while it was read, so its whole size is not known. */
export function tooLarge(origin: string, size: number | null, maxBytes: number): DyadError {
  const what = size === null ? 'is' : `is ${formatBytes(size)},`;
  return dyadError('too-large', `dyad: ${origin} ${what} over the ${formatBytes(maxBytes)} limit; raise --max-bytes to analyze it`, origin);
}
