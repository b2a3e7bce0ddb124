// time: a bare weekday ("on Friday", "from Monday to Tuesday", "at 10 a.m. on Tuesday") is the most recent such day on or before the
// publication date, as news reports mostly tell what happened; it is the next such day on or after it when the
// verb it attaches to is in the future (lexicon/future-markers.ts). The verb is the nearest one before the date in
// its sentence, else the nearest after it. "next Friday", "last Friday" and weekdays with a date keep chrono's value.
// The mention's rule becomes `weekday-past` or the id of the future marker that sent it forward.
import type { Sentence, Token } from '../article.js';
import { sentenceAt, tokenRange } from '../text/spans.js';
import { addDays, isoAt, weekdayOf, type DateCandidate, type Reference } from './candidate.js';
import { FUTURE_MARKERS } from './lexicon/future-markers.js';

const WEEKDAY = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)days?\b/g;
const NUMBER: Record<string, number> = { Sun: 0, Mon: 1, Tues: 2, Wednes: 3, Thurs: 4, Fri: 5, Satur: 6 };
const MODIFIED = /\b(?:next|last|this|past|coming|previous)\s/i;
const VERB = new Set(['VERB', 'AUX']);
const DATED = /\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b/u; // "8 April", "April 8"


export interface TenseView {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

export function refineWeekdayTense(view: TenseView, ref: Reference, candidates: readonly DateCandidate[]): DateCandidate[] {
  return candidates.map((c) => {
    if (c.rule !== 'chrono-weekday' && c.rule !== 'chrono-time') return c;
    const surface = view.text.slice(c.start, c.end);
    if (MODIFIED.test(surface)) return c;
    const days = [...surface.matchAll(WEEKDAY)].map((m) => NUMBER[m[1]]);
    if (days.length === 0 || (c.rule === 'chrono-time' && DATED.test(surface))) return c;
    const marker = futureMarker(view, c);
    const first = marker ? onOrAfter(ref.year, ref.month, ref.day, days[0]) : onOrBefore(ref.year, ref.month, ref.day, days[0]);
    // "at 10 a.m. on Tuesday": the day moves, the clock time stays.
    const value = isoAt('day', ...first) + (c.grain === 'minute' ? c.value.slice(10) : '');
    const valueEnd = days.length > 1 ? isoAt('day', ...onOrAfter(...first, days[days.length - 1])) : c.valueEnd;
    return { ...c, value, valueEnd, rule: marker ?? 'weekday-past' };
  });
}

function onOrBefore(y: number, m: number, d: number, weekday: number): [number, number, number] {
  return addDays(y, m, d, -((weekdayOf(y, m, d) - weekday + 7) % 7));
}

function onOrAfter(y: number, m: number, d: number, weekday: number): [number, number, number] {
  return addDays(y, m, d, (weekday - weekdayOf(y, m, d) + 7) % 7);
}

/** The id of the future marker on the verb the date attaches to, or null. */
export function futureMarker(view: TenseView, span: { start: number; end: number }): string | null {
  const s = sentenceAt(view, span.start);
  if (s < 0 || view.tokens.length === 0) return null;
  const { tokenStart, tokenEnd } = view.sentences[s];
  const [first, end] = tokenRange(view, span);
  let verb = -1;
  for (let i = first - 1; i >= tokenStart && verb < 0; i--) if (VERB.has(view.tokens[i].pos)) verb = i;
  for (let i = end; i < tokenEnd && verb < 0; i++) if (VERB.has(view.tokens[i].pos)) verb = i;
  if (verb < 0) return null;
  // The marker sits in the few tokens before the verb: "will pay", "will not pay", "is due to arrive".
  for (let i = verb; i >= Math.max(tokenStart, verb - 4); i--) {
    const norm = view.tokens[i].norm;
    for (const e of FUTURE_MARKERS) {
      if (!(e.words as readonly string[]).includes(norm)) continue;
      if (!e.beforeTo || view.tokens[i + 1]?.norm === 'to') return e.id;
    }
  }
  return null;
}
