// The rule that decides whether two stored event reports tell one real-world event: pure, over plain report keys.
// Conservative by design: a false merge hides an event, a missed merge only counts one event twice.

/** What the rule reads of one `events` row (and of its article). */
export interface EventReport {
  article: number;
  /** The article's near-duplicate group (articles.story), or null before grouping. */
  story: number | null;
  code: string;
  sourceActor: string | null;
  targetActor: string | null;
  modality: string;
  /** events.date: the event's own date, else the article's publication date, else null. */
  date: string | null;
  dateEnd: string | null;
  /** True when the record gave the event a date of its own; false when `date` is the publication-date fallback. */
  ownDate: boolean;
}

/** Why two reports are, or are not, one event: the id of the rule that decided, as `docs/dedupe.md` lists them. */
export type LinkRuleId =
  | 'same-story-fold'
  | 'same-event'
  | 'different-code'
  | 'no-source-actor'
  | 'different-actors'
  | 'modality-differs'
  | 'no-dates'
  | 'dates-disagree';

export interface LinkVerdict {
  same: boolean;
  rule: LinkRuleId;
}

/** asserted and reported tell a thing that happened; planned, hypothetical and negated are classes of their own. */
export function modalityClass(modality: string): string {
  return modality === 'asserted' || modality === 'reported' ? 'factual' : modality;
}

const DAY_MS = 86_400_000;
/** The widest own-date interval that can still hold another's date: a month ('in May'). */
export const MAX_CONTAINING_DAYS = 31;
/** Publication dates of two undated reports may differ by this much (a story breaks late, is told next morning). */
export const FALLBACK_SLACK_DAYS = 1;

function dayNumber(day: string): number {
  return Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS);
}

function lastDayOfMonth(month: string): number {
  return Math.floor(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0) / DAY_MS);
}

/** A date at its grain as an interval of day numbers (`2024-04` → the days of April); null when unreadable. */
export function dateInterval(date: string | null, dateEnd: string | null = null): [number, number] | null {
  const start = grainInterval(date);
  if (!start) return null;
  const end = grainInterval(dateEnd);
  return end && end[1] >= start[0] ? [start[0], end[1]] : start;
}

function grainInterval(date: string | null): [number, number] | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) {
    const d = dayNumber(date);
    return Number.isNaN(d) ? null : [d, d];
  }
  if (/^\d{4}-\d{2}$/.test(date)) {
    const first = dayNumber(`${date}-01`);
    return Number.isNaN(first) ? null : [first, lastDayOfMonth(date)];
  }
  if (/^\d{4}$/.test(date)) return [dayNumber(`${date}-01-01`), dayNumber(`${date}-12-31`)];
  return null;
}

function contains(outer: [number, number], inner: [number, number]): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

function span(x: [number, number]): number {
  return x[1] - x[0] + 1;
}

/**
 * Do the two reports' dates agree?
 * - both own dates: one interval holds the other, and the holding one is at most a month (a day inside 'in April';
 *   'Monday' inside 'from Monday to Tuesday'); a year never holds anything;
 * - both publication-date fallbacks: publication days at most one day apart;
 * - one own, one fallback: the own date lies within the fallback's publication day and the day before it;
 * - an undated report (no own date, no publication date) agrees only with a report of the same article.
 */
export function datesAgree(a: EventReport, b: EventReport): boolean {
  const x = dateInterval(a.date, a.dateEnd);
  const y = dateInterval(b.date, b.dateEnd);
  if (!x || !y) return !x && !y && a.article === b.article;
  if (a.ownDate && b.ownDate) {
    if (contains(x, y)) return span(x) <= MAX_CONTAINING_DAYS;
    if (contains(y, x)) return span(y) <= MAX_CONTAINING_DAYS;
    return false;
  }
  if (!a.ownDate && !b.ownDate) return Math.abs(x[0] - y[0]) <= FALLBACK_SLACK_DAYS;
  const [own, published] = a.ownDate ? [x, y[0]] : [y, x[0]];
  return own[0] >= published - 1 && own[1] <= published;
}

/**
 * One event or two? Near-duplicate articles (same story, different articles) fold reports with the same code, the
 * same source and target actor codes (null = null) and the same modality class, whatever their fallback dates say
 * (a wire copy re-posted next day); two own dates must still agree. Any other pair of reports is one event only when
 * the code is the same, the source actor is known and the same, the target actor is the same (both may be null),
 * the modality class is the same, and the dates agree (`datesAgree`).
 */
export function sameEvent(a: EventReport, b: EventReport): LinkVerdict {
  if (a.code !== b.code) return { same: false, rule: 'different-code' };
  if (a.sourceActor !== b.sourceActor || a.targetActor !== b.targetActor) return { same: false, rule: 'different-actors' };
  if (modalityClass(a.modality) !== modalityClass(b.modality)) return { same: false, rule: 'modality-differs' };
  const sameStory = a.story !== null && a.story === b.story && a.article !== b.article;
  if (sameStory) {
    if (a.ownDate && b.ownDate && !datesAgree(a, b)) return { same: false, rule: 'dates-disagree' };
    return { same: true, rule: 'same-story-fold' };
  }
  if (a.sourceActor === null) return { same: false, rule: 'no-source-actor' };
  if (!datesAgree(a, b)) {
    const undated = !dateInterval(a.date, a.dateEnd) || !dateInterval(b.date, b.dateEnd);
    return { same: false, rule: undated ? 'no-dates' : 'dates-disagree' };
  }
  return { same: true, rule: 'same-event' };
}

/**
 * The range of `events.date` / `corpus_events.date` text values that can hold a date agreeing with this report's:
 * a lower bound 32 days back at month grain (a month-grain date sorts before its days), an upper bound two days on.
 */
export function candidateDateRange(report: EventReport): [string, string] | null {
  const x = dateInterval(report.date, report.dateEnd);
  if (!x) return null;
  const lo = new Date((x[0] - MAX_CONTAINING_DAYS - 1) * DAY_MS).toISOString().slice(0, 7);
  const hi = new Date((x[1] + 2) * DAY_MS).toISOString().slice(0, 10) + '\uffff';
  return [lo, hi];
}
