// time: years that chrono leaves alone: "in 2023", "since 1991", "late 2019" (year grain), and ranges "from 2019
// to 2021", "between 2019 and 2021". A year followed by a common noun is a count ("in 2000 homes"), not a year.
import type { Token } from '../article.js';
import { tokenRange } from '../text/spans.js';
import type { DateCandidate } from './candidate.js';
import { YEAR_CUES, YEAR_RANGE } from './lexicon/year-cues.js';

const BY_WORD = new Map<string, string>(YEAR_CUES.flatMap((e) => e.words.map((w) => [w, e.id] as [string, string])));
const CUE_WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
// Years are found first with a cheap pattern; the cue is then read from the few characters before each one.
// "mid-2019" has no space; "2019-20" and "2019.5" are not plain years.
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b(?!-\d|\.\d|,\d)/g;
const CUE_BEFORE = new RegExp(`\\b(${CUE_WORDS.join('|')})(?:\\s+|(?<=-))$`, 'i');
const RANGE_BEFORE = /\b(?:from\s+(1[5-9]\d\d|20\d\d)\s+(?:to|until|till)|between\s+(1[5-9]\d\d|20\d\d)\s+and)\s+$/i;

export function findBareYears(text: string, tokens: readonly Token[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  let coveredTo = 0;
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (m.index < coveredTo) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const range = RANGE_BEFORE.exec(before);
    if (range) {
      const from = range[1] ?? range[2];
      const start = m.index - (before.length - range.index);
      if (Number(m[0]) >= Number(from) && !countFollows(text, tokens, end)) {
        const last = out[out.length - 1];
        if (last && last.start >= start) out.pop(); // the range's first year was taken alone ("from 2019")
        out.push({ start, end, rule: YEAR_RANGE.id, value: from, valueEnd: m[0], grain: 'year', relative: false });
        coveredTo = end;
        continue;
      }
    }
    const cue = CUE_BEFORE.exec(before);
    const rule = cue && BY_WORD.get(cue[1].toLowerCase().replace(/\s+/g, ' '));
    if (!cue || !rule || countFollows(text, tokens, end)) continue;
    out.push({ start: m.index - (before.length - cue.index), end, rule, value: m[0], valueEnd: null, grain: 'year', relative: false });
  }
  return out;
}

/** True when the word after the number is a common noun or a unit: the number counts something ("2000 homes"). */
function countFollows(text: string, tokens: readonly Token[], end: number): boolean {
  if (/^\s?(?:%|per\s?cent\b)/.test(text.slice(end, end + 9))) return true;
  const [next] = tokenRange({ tokens }, { start: end, end: end + 1 });
  if (next >= tokens.length || tokens[next].start - end > 1) return false;
  const t = tokens[next];
  return t.pos === 'NOUN' && /^\p{Ll}/u.test(text.slice(t.start, t.end));
}
