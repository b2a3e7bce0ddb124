// events: each event's own date. A date expression in the event's clause (the nearest after the predicate, else
// before it); else one elsewhere in the sentence that is not the date of a report about it ("announced on
// Sunday"); else, for an asserted event told in the present tense, the publication date; else none.
import type { DateMention } from '../article.js';
import { framesOf } from './frames.js';
import type { VerbGroup } from './read-sentence.js';
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

const finite = (ch: { kind: string }) => ch.kind === 'vg' && !(ch as VerbGroup).infinitive && !(ch as VerbGroup).nonFinite;

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
      // Nor the date of another clause with a verb of its own ("... after it became clear that ... in 2003").
      const view = scope.views[c.sentence];
      const verbless = (t: number) => {
        const at = view.chunkOf[t - view.start];
        const boundary = (k: number) => {
          const ch = view.chunks[k];
          return ch.kind === 'sconj' || ch.kind === 'rel' || ch.kind === 'punct';
        };
        for (let k = at; k >= 0 && !boundary(k); k--) if (finite(view.chunks[k])) return false;
        for (let k = at + 1; k < view.chunks.length && !boundary(k); k++) if (finite(view.chunks[k])) return false;
        return true;
      };
      const eligible = dates.filter((d) => side(d.token) === mine && !cues.some((cue) => d.token >= cue!.end && d.token - cue!.end <= 3) && verbless(d.token));
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
