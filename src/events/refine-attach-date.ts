// events: each event's own date. A date expression in the event's clause (the nearest after the predicate, else
// before it); else one elsewhere in the sentence that is not the date of a report about it ("announced on
// Sunday"); else, for an asserted event told in the present tense, the publication date; else none.
import type { DateMention } from '../article.js';
import { framesOf } from './frames.js';
import type { EventCandidate, EventScope } from './types.js';

interface PlacedDate {
  date: DateMention;
  /** Token index where the date starts. */
  token: number;
}

function datesBySentence(scope: EventScope): PlacedDate[][] {
  const { doc } = scope;
  const out: PlacedDate[][] = doc.sentences.map(() => []);
  let s = 0;
  const dates = [...doc.dates].filter((d) => d.value).sort((a, b) => a.start - b.start);
  let t = 0;
  for (const d of dates) {
    while (s < doc.sentences.length && doc.sentences[s].end <= d.start) s++;
    if (s >= doc.sentences.length) break;
    if (doc.sentences[s].start > d.start) continue;
    while (t < doc.tokens.length && doc.tokens[t].end <= d.start) t++;
    out[s].push({ date: d, token: t });
  }
  return out;
}

export function refineAttachDate(candidates: EventCandidate[], scope: EventScope): EventCandidate[] {
  const bySentence = datesBySentence(scope);
  const published = scope.doc.meta.published ? scope.doc.meta.published.slice(0, 10) : null;
  return candidates.map((c) => {
    const dates = bySentence[c.sentence];
    let pick: PlacedDate | null = null;
    let rule = '';
    const inClause = dates.filter((d) => d.token >= c.clause.start && d.token < c.clause.end);
    if (inClause.length) {
      pick = inClause.find((d) => d.token > c.trigger) ?? inClause[inClause.length - 1];
      rule = 'date-in-clause';
    } else if (dates.length) {
      // Not the date of the report ("Mao Ning announced on Sunday"), nor one across a frame boundary.
      const frames = framesOf(scope, scope.views[c.sentence]);
      const side = (t: number) => frames.findIndex((f) => t >= f.start && t < f.end);
      const mine = side(c.trigger);
      const cues = frames.map((f) => f.cue).filter((x) => x !== null);
      const eligible = dates.filter((d) => side(d.token) === mine && !cues.some((cue) => d.token >= cue!.end && d.token - cue!.end <= 3));
      if (eligible.length) {
        pick = eligible.reduce((a, b) => (Math.abs(a.token - c.trigger) <= Math.abs(b.token - c.trigger) ? a : b));
        rule = 'date-in-sentence';
      }
    }
    if (pick) return { ...c, date: pick.date.value, dateEnd: pick.date.valueEnd, dateRule: rule };
    const present = c.verb && c.verb.tense === 'present' && !c.verb.perfect;
    if (published && c.modality === 'asserted' && present) return { ...c, date: published, dateEnd: null, dateRule: 'date-published-present' };
    return { ...c, date: null, dateEnd: null };
  });
}
