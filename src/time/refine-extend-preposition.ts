// time: a date mention includes the preposition that introduces it ("on Monday", "in March", "from Monday to
// Tuesday"), so the record's text reads as the article does. chrono sometimes takes it, sometimes not.
import type { DateCandidate } from './candidate.js';

const PREPOSITION = /\b(?:on|in|from|since|by|until|till|during|through|throughout|before|after)\s$/i;
// "at" only introduces a clock time ("at 10 a.m."); before a period it belongs to a noun ("at this year's show").
const AT = /\bat\s$/i;
const STARTS_WITH_ONE = /^(?:on|in|at|from|since|by|until|till|during|through|throughout|before|after)\b/i;

export function refineExtendPreposition(text: string, candidates: readonly DateCandidate[]): DateCandidate[] {
  return candidates.map((c) => {
    if (STARTS_WITH_ONE.test(text.slice(c.start, c.end))) return c;
    const before = text.slice(Math.max(0, c.start - 12), c.start);
    const m = PREPOSITION.exec(before) ?? (c.rule === 'chrono-time' ? AT.exec(before) : null);
    // "in Sunday's match": "in" never introduces a weekday.
    if (m && c.rule === 'chrono-weekday' && /^in\s/i.test(m[0])) return c;
    return m ? { ...c, start: c.start - m[0].length } : c;
  });
}
