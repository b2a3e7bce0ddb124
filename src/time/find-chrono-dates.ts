// time: date and time expressions found by chrono-node (casual English, forwardDate false), resolved at the grain
// the text states: a month stays a month (`in May` → 2024-05), a weekday is a day, a clock time is a minute.
// chrono types stay inside this file. Rule ids name what chrono matched:
// chrono-time (`at 10 a.m.`), chrono-date (`April 8, 2024`), chrono-weekday (`on Monday`), chrono-month (`in May`),
// chrono-year (`two years ago`), chrono-relative (`yesterday`, `this morning`).
import * as chrono from 'chrono-node';
import type { DateGrain } from '../article.js';
import { isoAt, type DateCandidate, type Reference } from './candidate.js';

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

export function findChronoDates(text: string, ref: Reference): DateCandidate[] {
  const instant = new Date(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute);
  const out: DateCandidate[] = [];
  for (const r of chrono.casual.parse(text, instant, { forwardDate: false })) {
    const surface = r.text.replace(TRAILING, '');
    if (!surface) continue;
    const grain = grainOf(r.start);
    out.push({
      start: r.index,
      end: r.index + surface.length,
      rule: ruleOf(r.start, grain),
      value: valueOf(r.start, grain),
      valueEnd: r.end ? valueOf(r.end, grainOf(r.end)) : null,
      grain,
      relative: !STATED_YEAR.test(surface),
    });
  }
  return out;
}
