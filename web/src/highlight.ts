// The article text cut into segments for highlighting, in three layers: quotes outermost, event evidence inside them,
// entity mentions and dates innermost (so "At the invitation of ... Wang Yi" is an event with Wang Yi marked in it).
// Within a layer, where two spans overlap the earlier-starting one wins (entities before dates on a tie).
// Pure: a record in, segments out.
import type { ArticleRecord, DateMention, DyadEvent, Entity, Quote } from '../../src/article.js';

export type Inline = { kind: 'entity'; start: number; end: number; entity: Entity } | { kind: 'date'; start: number; end: number; date: DateMention };

export interface Segment {
  start: number;
  end: number;
  quote: Quote | null;
  event: DyadEvent | null;
  inline: Inline | null;
}

/** Sorted by start, longest first on a tie (then by `rank`); spans overlapping a kept one are dropped. */
function nonOverlapping<T extends { start: number; end: number }>(spans: T[], length: number, rank: (x: T) => number = () => 0): T[] {
  spans.sort((a, b) => a.start - b.start || rank(a) - rank(b) || b.end - a.end);
  const kept: T[] = [];
  let reach = 0;
  for (const span of spans) {
    if (span.end <= span.start || span.start < reach || span.end > length) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}

export function inlineSpans(record: ArticleRecord): Inline[] {
  const all: Inline[] = [];
  for (const entity of record.entities) for (const m of entity.mentions) all.push({ kind: 'entity', start: m.start, end: m.end, entity });
  for (const date of record.dates) all.push({ kind: 'date', start: date.start, end: date.end, date });
  return nonOverlapping(all, record.text.length, (x) => (x.kind === 'entity' ? 0 : 1));
}

export function eventSpans(record: ArticleRecord): { start: number; end: number; event: DyadEvent }[] {
  const all = record.events.flatMap((event) => (event.evidenceAll?.length ? event.evidenceAll : [event.evidence]).map((ev) => ({ start: ev.start, end: ev.end, event })));
  return nonOverlapping(all, record.text.length);
}

/** Quote pieces (a quote split by its cue has several), in text order, non-overlapping. */
export function quoteSpans(record: ArticleRecord): { start: number; end: number; quote: Quote }[] {
  const pieces = record.quotes.flatMap((quote) => (quote.parts?.length ? quote.parts : [quote]).map((p) => ({ start: p.start, end: p.end, quote })));
  return nonOverlapping(pieces, record.text.length);
}

export function segments(record: ArticleRecord): Segment[] {
  const inline = inlineSpans(record);
  const events = eventSpans(record);
  const quotes = quoteSpans(record);
  const cuts = new Set<number>([0, record.text.length]);
  for (const layer of [inline, events, quotes]) for (const x of layer) cuts.add(x.start).add(x.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= record.text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  for (let n = 0; n + 1 < points.length; n++) {
    const start = points[n]!;
    const end = points[n + 1]!;
    while (i < inline.length && inline[i]!.end <= start) i++;
    while (j < quotes.length && quotes[j]!.end <= start) j++;
    while (k < events.length && events[k]!.end <= start) k++;
    out.push({
      start,
      end,
      quote: quotes[j] && quotes[j]!.start <= start ? quotes[j]!.quote : null,
      event: events[k] && events[k]!.start <= start ? events[k]!.event : null,
      inline: inline[i] && inline[i]!.start <= start ? inline[i]! : null,
    });
  }
  return out;
}
