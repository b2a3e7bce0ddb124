// text: `lowercase-after-quote`: a break before a lower-case word is removed when the break follows a closing
// quotation mark, a bracket or a word with a full stop that the abbreviation lexicon does not know:
// `"Are you ready?" he asked.`, `about 40 approx. people`. After a bare . ? ! the break stays ("It fell. eBay rose.").
import { mergeWhere, newlineBefore, surface, type BreakView, type Refined } from './breaks.js';

const LOWER = /^\p{Ll}/u;
const CLOSER = /^(?:["”»’')\]]|\S+\.)$/u;
const BARE_TERMINAL = /^[.?!…]+$/;

export function refineMergeLowercase(view: BreakView, starts: readonly number[]): Refined {
  return mergeWhere(starts, (i) => {
    if (!LOWER.test(surface(view, i)) || newlineBefore(view, i)) return null;
    const before = surface(view, i - 1);
    if (BARE_TERMINAL.test(before) || !CLOSER.test(before)) return null;
    return 'lowercase-after-quote';
  });
}
