// Options of near-duplicate grouping and event linking, their defaults, and the parser of `--dup-threshold`.
import { dyadError, type DyadError } from '../../errors.js';

export interface DedupeOptions {
  /**
   * Least estimated Jaccard similarity of two articles' 5-word shingle sets for the later one to join the earlier
   * one's story. Default 0.5. CLI: `--dup-threshold`.
   */
  threshold?: number;
}

export const DEFAULT_DUP_THRESHOLD = 0.5;

export function dupThreshold(options: DedupeOptions | undefined): number {
  const t = options?.threshold;
  return t === undefined || !Number.isFinite(t) ? DEFAULT_DUP_THRESHOLD : Math.min(1, Math.max(0, t));
}

/** `--dup-threshold` as the CLI gives it: a number in (0, 1]. */
export function parseDupThreshold(text: string): number | DyadError {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value > 1) {
    return dyadError('usage', `dyad: --dup-threshold must be a number above 0 and at most 1 (got '${text}'); the default is ${DEFAULT_DUP_THRESHOLD}`);
  }
  return value;
}
