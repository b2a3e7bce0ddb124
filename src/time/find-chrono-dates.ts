// time: date and time expressions found by chrono-node (casual English, forwardDate false), resolved at the grain
// the text states: a month stays a month (`in May` → 2024-05), a weekday is a day, a clock time is a minute.
// chrono types stay inside this file. Rule ids name what chrono matched:
// chrono-time (`at 10 a.m.`), chrono-date (`April 8, 2024`), chrono-weekday (`on Monday`), chrono-month (`in May`),
// chrono-year (`two years ago`), chrono-relative (`yesterday`, `this morning`).
import * as chrono from 'chrono-node';
import type { DateGrain, Span } from '../article.js';
import { isoAt, type DateCandidate, type Reference } from './candidate.js';
import { CHRONO_GATES } from './lexicon/chrono-gates.js';

type Parts = chrono.ParsedComponents;

const STATED_YEAR = /\b\d{4}\b/;
const TRAILING = /[\s,.;:]+$/;

function grainOf(p: Parts): DateGrain {
  if (p.isCertain('hour')) return 'minute';
  if (p.isCertain('day') || p.isCertain('weekday')) return 'day';
  if (p.isCertain('month')) return 'month';
  if (p.isCertain('year')) return 'year';
  return 'day'; // a casual reference chrono resolved to a day without marking it certain ("this morning")
}

function valueOf(p: Parts, grain: DateGrain): string {
  return isoAt(grain, p.get('year') ?? 0, p.get('month') ?? 1, p.get('day') ?? 1, p.get('hour') ?? 0, p.get('minute') ?? 0);
}

function ruleOf(p: Parts, grain: DateGrain): string {
  if (grain === 'minute') return 'chrono-time';
  if (p.isCertain('day') && !p.tags().has('result/relativeDate') && ![...p.tags()].some((t) => t.startsWith('casualReference'))) return 'chrono-date';
  if (p.isCertain('weekday') && !p.isCertain('day')) return 'chrono-weekday';
  if (grain === 'month' && !p.tags().has('result/relativeDate')) return 'chrono-month';
  if (grain === 'year') return 'chrono-year';
  return 'chrono-relative';
}

// Every word chrono's English parsers start from: a digit, a month or weekday name (any case, any abbreviation), a
// time unit or a casual reference. A sentence without one cannot hold a chrono date, so chrono skips it (it reads
// about half of a news text, at half the cost).
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:[a-z]*day|uary|ruary|ch|il|ust|tember|ober|ember)?\b|\b(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|weekends?|fortnights?|months?|qtrs?|quarters?|yrs?|years?|decades?|centur(?:y|ies)|noon|midday|midnight|morning|afternoon|evening|night|tonight|today|tomorrow|tmr|yesterday|ago|now|christmas)\b/i;

/** Finds chrono's dates in `text`; with `sentences`, only in the runs of sentences that may hold one. */
export function findChronoDates(text: string, ref: Reference, sentences: readonly Span[] = []): DateCandidate[] {
  const instant = new Date(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute);
  const out: DateCandidate[] = [];
  for (const chunk of chunksToRead(text, sentences)) parseChunk(text.slice(chunk.start, chunk.end), chunk.start, instant, out);
  return out;
}

function chunksToRead(text: string, sentences: readonly Span[]): Span[] {
  if (sentences.length === 0) return [{ start: 0, end: text.length }];
  const chunks: Span[] = [];
  for (const s of sentences) {
    if (!MAY_HOLD_DATE.test(text.slice(s.start, s.end))) continue;
    const last = chunks[chunks.length - 1];
    if (last && last.end === s.start - countSpaceBefore(text, s.start)) last.end = s.end;
    else chunks.push({ start: s.start, end: s.end });
  }
  return chunks;
}

/** How many whitespace characters lie just before `at` (joins adjacent sentences into one chunk). */
function countSpaceBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  return at - k;
}

// chrono.casual's parsers, each with the patterns it cannot match without (lexicon/chrono-gates.ts; none when it
// always runs). A chunk is parsed by a Chrono holding only the parsers whose patterns all occur in it, with
// chrono.casual's own refiners: the skipped parsers would have found nothing, so the results are the same, in
// the same order. One such Chrono is kept per set of parsers. Patterns shared by several parsers (a month name, a
// digit) are tested once per chunk, and only when a parser still needs them.
const PATTERNS = [...new Set(CHRONO_GATES.flatMap((g): readonly RegExp[] => g.needs))];
const PARSERS = chrono.casual.parsers.map((parser) => {
  const gate = CHRONO_GATES.find((g) => g.parser === parser.constructor.name);
  return { parser, needs: gate ? gate.needs.map((re) => PATTERNS.indexOf(re)) : [] };
});
if (PARSERS.length > 53) throw new Error('time: chrono has more parsers than a set key can hold');
const BY_PARSERS = new Map<number, chrono.Chrono | null>();
const UNTESTED = 0;
const HOLDS = 1;
const ABSENT = 2;
const tested = new Uint8Array(PATTERNS.length); // per chunk
const open = new Uint8Array(PARSERS.length); // per chunk: 1 when the parser runs

/** The Chrono with the parsers that may match in `chunk`, or null when none may. */
export function chronoFor(chunk: string): chrono.Chrono | null {
  tested.fill(UNTESTED);
  let key = 0; // one binary digit per parser
  for (let i = 0; i < PARSERS.length; i++) {
    const needs = PARSERS[i].needs;
    let runs = 1;
    for (let k = 0; k < needs.length && runs; k++) {
      const at = needs[k];
      if (tested[at] === UNTESTED) tested[at] = PATTERNS[at].test(chunk) ? HOLDS : ABSENT;
      if (tested[at] === ABSENT) runs = 0;
    }
    open[i] = runs;
    key = key * 2 + runs;
  }
  let parser = BY_PARSERS.get(key);
  if (parser === undefined) {
    const parsers = PARSERS.filter((_, i) => open[i] === 1).map((p) => p.parser);
    parser = parsers.length === 0 ? null : new chrono.Chrono({ parsers, refiners: chrono.casual.refiners });
    BY_PARSERS.set(key, parser);
  }
  return parser;
}

function parseChunk(chunk: string, offset: number, instant: Date, out: DateCandidate[]): void {
  const parser = chronoFor(chunk);
  if (!parser) return;
  for (const r of parser.parse(chunk, instant, { forwardDate: false })) {
    const surface = r.text.replace(TRAILING, '');
    if (!surface) continue;
    const grain = grainOf(r.start);
    out.push({
      start: offset + r.index,
      end: offset + r.index + surface.length,
      rule: ruleOf(r.start, grain),
      value: valueOf(r.start, grain),
      valueEnd: r.end ? valueOf(r.end, grainOf(r.end)) : null,
      grain,
      relative: !STATED_YEAR.test(surface),
    });
  }
}
