// text: the shape shared by the sentence refiners. A sentence split is a sorted list of token indices where a
// sentence starts; each refine-* step takes one and returns a new one, with the rule ids that moved a break.
import type { Paragraph, Token } from '../article.js';

export interface BreakView {
  text: string;
  tokens: readonly Token[];
  paragraphs: readonly Paragraph[];
}

/** One change a refiner made: the break before `token` was removed (merge) or added (split) by `rule`. */
export interface Fired {
  token: number;
  rule: string;
  action: 'merge' | 'split';
}

export interface Refined {
  starts: number[];
  fired: Fired[];
}

export type SentenceRefiner = (view: BreakView, starts: readonly number[]) => Refined;

/** The surface of token `i`. */
export function surface(view: BreakView, i: number): string {
  const t = view.tokens[i];
  return view.text.slice(t.start, t.end);
}

/** True when the whitespace between token `i - 1` and token `i` holds a line break. */
export function newlineBefore(view: BreakView, i: number): boolean {
  if (i <= 0) return false;
  const from = view.tokens[i - 1].end;
  const to = view.tokens[i].start;
  for (let k = from; k < to; k++) if (view.text.charCodeAt(k) === 10 || view.text.charCodeAt(k) === 13) return true;
  return false;
}

/** Keeps the breaks for which `keep(tokenIndex)` returns null; the others are merged under the returned rule id. */
export function mergeWhere(starts: readonly number[], rule: (token: number, k: number) => string | null): Refined {
  const out: number[] = [];
  const fired: Fired[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    const id = s === 0 ? null : rule(s, k);
    if (id === null) out.push(s);
    else fired.push({ token: s, rule: id, action: 'merge' });
  }
  return { starts: out, fired };
}
