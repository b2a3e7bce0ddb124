// time: date and time expressions, resolved against the publication time (meta.published as written, or the
// context's --published when the input gave none). Finders, in priority order for equal spans: relative periods,
// bare years, chrono. Then refiners: false dates out, bare weekdays placed by tense, prepositions in, overlaps
// resolved, and relative values nulled when the publication time is unknown (never today's clock).
import type { DateMention, Sentence, Token } from '../article.js';
import type { Stage } from '../stage.js';
import { isAnalyzable } from '../ingest/index.js';
import { parseReference, STAND_IN } from './candidate.js';
import { findBareYears } from './find-bare-years.js';
import { findChronoDates } from './find-chrono-dates.js';
import { findRelativePeriods } from './find-relative-periods.js';
import { refineDropFalseDates } from './refine-drop-false-dates.js';
import { refineDropOverlaps } from './refine-drop-overlaps.js';
import { refineExtendPreposition } from './refine-extend-preposition.js';
import { refineUnknownReference } from './refine-unknown-reference.js';
import { refineWeekdayTense } from './refine-weekday-tense.js';

export function findDates(text: string, tokens: readonly Token[], published: string | null, sentences: readonly Sentence[] = []): DateMention[] {
  const known = parseReference(published);
  const ref = known ?? STAND_IN;
  let candidates = [...findRelativePeriods(text, ref), ...findBareYears(text, tokens), ...findChronoDates(text, ref, sentences)];
  candidates = refineDropFalseDates(text, candidates);
  candidates = refineWeekdayTense({ text, tokens, sentences }, ref, candidates);
  candidates = refineExtendPreposition(text, candidates);
  candidates = refineDropOverlaps(candidates);
  return refineUnknownReference(candidates, known !== null).map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    valueEnd: c.valueEnd,
    grain: c.grain,
    rule: c.rule,
  }));
}

export const timeStage: Stage = {
  name: 'time',
  reads: ['text', 'meta', 'sentences', 'tokens'],
  writes: ['dates'],
  run(doc, ctx) {
    if (!isAnalyzable(doc, ctx)) return { ...doc, dates: [] };
    return { ...doc, dates: findDates(doc.text, doc.tokens, doc.meta.published ?? ctx.published, doc.sentences) };
  },
};
