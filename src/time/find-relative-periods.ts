// time: "last week", "earlier this month", "next year": calendar periods counted from the publication time.
// A month or a year is given at its grain (2024-03, 2025); a week is the range Monday…Sunday and a weekend
// Saturday…Sunday, at day grain, since DateGrain has no week.
import { addDays, isoAt, weekdayOf, type DateCandidate, type Reference } from './candidate.js';
import { PERIOD_MODIFIERS, PERIOD_UNITS, type PeriodUnit } from './lexicon/periods.js';

const BY_WORDS = new Map<string, (typeof PERIOD_MODIFIERS)[number]>(
  PERIOD_MODIFIERS.flatMap((e) => e.words.map((w) => [w, e] as [string, (typeof PERIOD_MODIFIERS)[number]])),
);
const WORDS = [...BY_WORDS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
// The unit is found first with a cheap pattern; the modifier is then read from the few characters before it.
const UNIT = new RegExp(`\\b(?:${PERIOD_UNITS.join('|')})\\b`, 'gi');
const MODIFIER_BEFORE = new RegExp(`\\b(${WORDS.join('|')})\\s+$`, 'i');

export function findRelativePeriods(text: string, ref: Reference): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(UNIT)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const mod = MODIFIER_BEFORE.exec(before);
    const entry = mod && BY_WORDS.get(mod[1].toLowerCase().replace(/\s+/g, ' '));
    if (!mod || !entry) continue;
    const [value, valueEnd, grain] = resolvePeriod(m[0].toLowerCase() as PeriodUnit, entry.shift, ref);
    const start = m.index - (before.length - mod.index);
    out.push({ start, end: m.index + m[0].length, rule: entry.id, value, valueEnd, grain, relative: true });
  }
  return out;
}

export function resolvePeriod(unit: PeriodUnit, shift: number, ref: Reference): [string, string | null, 'year' | 'month' | 'day'] {
  if (unit === 'year') return [isoAt('year', ref.year + shift), null, 'year'];
  if (unit === 'month') {
    const index = ref.year * 12 + (ref.month - 1) + shift;
    return [isoAt('month', Math.floor(index / 12), (index % 12) + 1), null, 'month'];
  }
  // ISO weeks start on Monday: step back to this week's Monday, then by whole weeks.
  const sinceMonday = (weekdayOf(ref.year, ref.month, ref.day) + 6) % 7;
  const monday = addDays(ref.year, ref.month, ref.day, -sinceMonday + 7 * shift);
  const [from, to] = unit === 'week' ? [0, 6] : [5, 6];
  return [isoAt('day', ...addDays(...monday, from)), isoAt('day', ...addDays(...monday, to)), 'day'];
}
