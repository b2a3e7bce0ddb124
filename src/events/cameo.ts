// events: a CAMEO code's root, quad class, Goldstein weight and name, from the generated code table.
import { CAMEO_CODES } from './lexicon/cameo-codes.js';

export interface CodeFacts {
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  name: string | null;
}

const BY_CODE = new Map<string, { name: string; goldstein: number; quad: number }>(CAMEO_CODES.map((c) => [c.code, c]));

/**
 * Facts of a code. A code outside the CAMEO table (a user dictionary's own, such as PETRARCH's "174K") takes its
 * Goldstein weight and quad class from its longest known prefix; with none, 0 and quad 0.
 */
export function codeFacts(code: string): CodeFacts {
  const root = code.slice(0, 2);
  for (let n = code.length; n >= 2; n--) {
    const known = BY_CODE.get(code.slice(0, n));
    if (known) return { code, root, quad: known.quad, goldstein: known.goldstein, name: n === code.length ? known.name : null };
  }
  return { code, root, quad: 0, goldstein: 0, name: null };
}

/** The CAMEO name of a code ("042" → "Make a visit"), for printing; undefined outside the table. */
export function cameoName(code: string): string | undefined {
  return BY_CODE.get(code)?.name;
}

export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code);
}
