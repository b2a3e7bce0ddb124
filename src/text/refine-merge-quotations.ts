// text: no sentence break inside a quotation that is part of a larger sentence.
// `quote-continues`: a quotation closed after a comma, a dash or no mark at all is followed by its cue, so its inner
//   breaks are removed: `"We are ready. We will talk," he said.` is one sentence.
// A quotation closed after . ? ! keeps its inner breaks: `"We are ready. We will talk." He left.` is three
//   sentences; a lower-case cue after it (`"..." he said.`) is joined by refine-merge-lowercase.
// `quote-closes-sentence`: a break right on a closing mark is removed: the mark belongs to the sentence it closes.
import { mergeWhere, type BreakView, type Refined } from './breaks.js';
import type { Quotation } from './find-quotations.js';

const TERMINAL = /[.?!…]/;

export function refineMergeQuotations(view: BreakView, starts: readonly number[], quotations: readonly Quotation[]): Refined {
  // Each break is tested against the quotations in order; both lists are sorted, so one forward walk suffices.
  let q = 0;
  return mergeWhere(starts, (i) => {
    const at = view.tokens[i].start;
    while (q < quotations.length && (quotations[q].close ?? quotations[q].open) < at) q++;
    for (let k = q; k < quotations.length && quotations[k].open < at; k++) {
      const { open, close } = quotations[k];
      if (close === null || at > close) continue;
      if (at === close) return 'quote-closes-sentence';
      if (!TERMINAL.test(lastMarkBefore(view.text, close, open))) return 'quote-continues';
    }
    return null;
  });
}

/** The last non-space character inside the quotation. */
function lastMarkBefore(text: string, close: number, open: number): string {
  let k = close - 1;
  while (k > open && /\s/.test(text[k])) k--;
  return text[k];
}
