// events: one event told several times ("arrived in China", "will pay an official visit to China", "Lavrov's
// visit to China") becomes one, keeping every telling as evidence. Same source, same code, the same target or
// one left open, and dates that agree (equal, one unknown, or one inside the other). A negated telling never
// merges with an affirmed one. The merged event keeps the most precise date and place, and is asserted when any
// telling asserts it.
import type { Evidence } from '../article.js';
import type { EventCandidate } from './types.js';

const sameActor = (a: { entity: string | null; actor: string | null }, b: { entity: string | null; actor: string | null }) =>
  a.entity && b.entity ? a.entity === b.entity : a.actor === b.actor;

function within(inner: string, outerStart: string, outerEnd: string | null): boolean {
  const end = outerEnd ?? outerStart;
  return inner.slice(0, outerStart.length) >= outerStart && inner.slice(0, end.length) <= end;
}

function datesAgree(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.date || !b.date) return true;
  return within(a.date, b.date, b.dateEnd ?? null) || within(b.date, a.date, a.dateEnd ?? null);
}

/** The more informative of two agreeing dates: a span over a point inside it, a day over its month. */
function betterDate(a: EventCandidate, b: EventCandidate): Pick<EventCandidate, 'date' | 'dateEnd' | 'dateRule'> {
  if (!b.date) return a;
  if (!a.date) return b;
  const score = (c: EventCandidate) => (c.dateEnd ? 100 : 0) + (c.date?.length ?? 0) - (c.dateRule === 'date-published-present' ? 50 : 0);
  return score(b) > score(a) ? b : a;
}

export function evidenceOf(c: EventCandidate, tokens: readonly { start: number; end: number }[]): Evidence {
  return { start: tokens[c.predicate.start].start, end: tokens[c.predicate.end - 1].end, rule: c.rule };
}

export function refineMergeDuplicates(candidates: EventCandidate[], scope: { doc: { tokens: readonly { start: number; end: number }[] } }): EventCandidate[] {
  const out: EventCandidate[] = [];
  const sorted = [...candidates].sort((a, b) => a.predicate.start - b.predicate.start || a.trigger - b.trigger);
  for (const c of sorted) {
    const negated = c.modality === 'negated';
    const k = out.findIndex(
      (o) =>
        o.code === c.code &&
        (o.modality === 'negated') === negated &&
        sameActor(o.source, c.source) &&
        (!o.target || !c.target || sameActor(o.target, c.target)) &&
        datesAgree(o, c),
    );
    if (k < 0) {
      out.push({ ...c, evidenceAll: [evidenceOf(c, scope.doc.tokens)] });
      continue;
    }
    const o = out[k];
    const date = betterDate(o, c);
    out[k] = {
      ...o,
      target: o.target ?? c.target,
      date: date.date,
      dateEnd: date.dateEnd,
      dateRule: date.dateRule,
      location: o.location ?? c.location,
      // Asserted when any telling asserts it; else as told where the target is named.
      modality: o.modality === 'asserted' || c.modality === 'asserted' ? 'asserted' : !o.target && c.target ? c.modality : o.modality,
      quote: o.quote ?? c.quote,
      evidenceAll: [...(o.evidenceAll ?? []), evidenceOf(c, scope.doc.tokens)],
    };
  }
  return out;
}
