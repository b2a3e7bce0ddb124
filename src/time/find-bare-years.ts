// time: years that chrono leaves alone: "in 2023", "since 1991", "late 2019" (year grain), and ranges "from 2019
// to 2021", "between 2019 and 2021". A year followed by a common noun is a count ("in 2000 homes"), not a year.
import type { Token } from '../article.js';
import { tokenRange } from '../text/spans.js';
import type { DateCandidate } from './candidate.js';
import { YEAR_CUES, YEAR_RANGE } from './lexicon/year-cues.js';

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const BY_WORD = new Map<string, string>(YEAR_CUES.flatMap((e) => e.words.map((w) => [w, e.id] as [string, string])));
const CUE_WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
// A cue word then the year; "mid-2019" has no space.
const CUED = new RegExp(`\\b(${CUE_WORDS.join('|')})(?:\\s+|(?<=-))${YEAR}\\b(?!-\\d|\\.\\d|,\\d)`, 'gi');
const RANGE = new RegExp(`\\b(?:from\\s+${YEAR}\\s+(?:to|until|till)|between\\s+${YEAR}\\s+and)\\s+${YEAR}\\b`, 'gi');

export function findBareYears(text: string, tokens: readonly Token[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(RANGE)) {
    const from = m[1] ?? m[2];
    const to = m[3];
    if (Number(to) < Number(from) || countFollows(text, tokens, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rule: YEAR_RANGE.id, value: from, valueEnd: to, grain: 'year', relative: false });
  }
  for (const m of text.matchAll(CUED)) {
    const end = m.index + m[0].length;
    const rule = BY_WORD.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    if (!rule || countFollows(text, tokens, end)) continue;
    out.push({ start: m.index, end, rule, value: m[2], valueEnd: null, grain: 'year', relative: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the word after the number is a common noun or a unit: the number counts something ("2000 homes"). */
function countFollows(text: string, tokens: readonly Token[], end: number): boolean {
  if (/^\s?(?:%|per\s?cent\b)/.test(text.slice(end, end + 9))) return true;
  const [next] = tokenRange({ tokens }, { start: end, end: end + 1 });
  if (next >= tokens.length || tokens[next].start - end > 1) return false;
  const t = tokens[next];
  return t.pos === 'NOUN' && /^\p{Ll}/u.test(text.slice(t.start, t.end));
}
