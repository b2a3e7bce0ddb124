// The article text cut into segments for highlighting: quotes are the outer layer; entity mentions, event triggers
// and dates the inner one (where two inner spans overlap, the earlier-starting one wins, entities before events before
// dates on a tie). Pure: a record in, segments out.
import type { ArticleRecord, DateMention, DyadEvent, Entity, Quote } from '../../src/article.js';

export type Inline =
  | { kind: 'entity'; start: number; end: number; entity: Entity }
  | { kind: 'event'; start: number; end: number; event: DyadEvent }
  | { kind: 'date'; start: number; end: number; date: DateMention };

export interface Segment {
  start: number;
  end: number;
  quote: Quote | null;
  inline: Inline | null;
}

const RANK = { entity: 0, event: 1, date: 2 } as const;

export function inlineSpans(record: ArticleRecord): Inline[] {
  const all: Inline[] = [];
  for (const entity of record.entities) for (const m of entity.mentions) all.push({ kind: 'entity', start: m.start, end: m.end, entity });
  for (const event of record.events) {
    for (const ev of event.evidenceAll?.length ? event.evidenceAll : [event.evidence]) all.push({ kind: 'event', start: ev.start, end: ev.end, event });
  }
  for (const date of record.dates) all.push({ kind: 'date', start: date.start, end: date.end, date });
  all.sort((a, b) => a.start - b.start || RANK[a.kind] - RANK[b.kind] || b.end - a.end);
  const kept: Inline[] = [];
  let reach = 0;
  for (const span of all) {
    if (span.end <= span.start || span.start < reach || span.end > record.text.length) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}

/** Quote pieces (a quote split by its cue has several), in text order, non-overlapping. */
export function quoteSpans(record: ArticleRecord): { start: number; end: number; quote: Quote }[] {
  const pieces = record.quotes.flatMap((quote) => (quote.parts?.length ? quote.parts : [quote]).map((p) => ({ start: p.start, end: p.end, quote })));
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof pieces = [];
  let reach = 0;
  for (const piece of pieces) {
    if (piece.end <= piece.start || piece.start < reach) continue;
    kept.push(piece);
    reach = piece.end;
  }
  return kept;
}

export function segments(record: ArticleRecord): Segment[] {
  const inline = inlineSpans(record);
  const quotes = quoteSpans(record);
  const cuts = new Set<number>([0, record.text.length]);
  for (const x of inline) cuts.add(x.start).add(x.end);
  for (const q of quotes) cuts.add(q.start).add(q.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= record.text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    while (i < inline.length && inline[i]!.end <= start) i++;
    while (j < quotes.length && quotes[j]!.end <= start) j++;
    const x = inline[i] && inline[i]!.start <= start ? inline[i]! : null;
    const q = quotes[j] && quotes[j]!.start <= start ? quotes[j]!.quote : null;
    out.push({ start, end, quote: q, inline: x });
  }
  return out;
}
