// Gives the quotes their ids (q1.. in text order, so events can point at them) and their record shape:
// content text (parts joined by a space), speaker, cue and channel with the spans they were read from.
import type { Quote } from '../article.js';
import type { Reading } from './reading.js';
import type { Channelled } from './refine-channels.js';

export function toQuotes(r: Reading, quotes: readonly Channelled[]): Quote[] {
  return [...quotes]
    .sort((a, b) => a.parts[0].start - b.parts[0].start)
    .map((q, i) => {
      const start = q.parts[0].start, end = q.parts[q.parts.length - 1].end;
      const cueSpan = q.cue ? { start: r.tokens[q.cue.first].start, end: r.tokens[q.cue.last].end } : null;
      const quote: Quote = {
        id: `q${i + 1}`,
        kind: q.kind ?? 'indirect',
        text: q.parts.map((p) => r.text.slice(p.start, p.end)).join(' '),
        start, end,
        speaker: q.attributed.entity,
        speakerText: q.attributed.text,
        cue: cueSpan ? r.text.slice(cueSpan.start, cueSpan.end) : null,
        via: q.via,
        cueType: q.cueType ?? 'speech',
        speakerSpan: q.attributed.span,
        cueSpan,
        rule: q.rule,
      };
      if (q.parts.length > 1) quote.parts = q.parts;
      if (q.cue) quote.cueRule = q.cue.entry.id;
      return quote;
    });
}
