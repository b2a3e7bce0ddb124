// events: events named by a noun — "Lavrov's visit to China", "the talks between Israel and Egypt", "a terrorist
// attack in Moscow", "the potential visit by Blinken". Who acts is the possessor, an actor word before the noun or
// a "by" phrase; the target follows with the entry's preposition, or is the country of the place for attacks, or
// the subject of "suffer"/"experience". A noun with no target is coded only when marked as planned or possible.
import { lemmaOf } from './verb-forms.js';
import { countryEntity, entitiesOf, itemActors, possessorActors, type ActorRef } from './actors.js';
import { clauseOf, subjectOf, targetActors } from './grammar.js';
import { HYPOTHETICAL_ADJECTIVES, PLANNED_ADJECTIVES, NEGATORS } from './lexicon/words.js';
import type { VerbEntry } from './lexicon/types.js';
import { placesIn } from './places.js';
import type { NounPhrase, SentenceView, VerbGroup } from './read-sentence.js';
import type { EventCandidate, EventScope } from './types.js';

/** Verbs whose subject suffers the event their object names: "Russia experienced a terrorist attack". */
const EXPERIENCERS = new Set(['experience', 'suffer', 'face', 'endure', 'witness', 'survive', 'see', 'undergo']);

const sameActor = (a: ActorRef, b: ActorRef) => (a.entity !== null && a.entity === b.entity) || (a.entity === null && b.entity === null && a.actor === b.actor);

/** Actor words before the head noun: "a terrorist attack", "Russian shelling", "US sanctions". */
function modifierActors(scope: EventScope, view: SentenceView, np: NounPhrase): ActorRef[] {
  let start = np.possessor ? np.possessor.end : np.start;
  while (start < np.head && (view.tokens[start].pos === 'DET' || view.tokens[start].pos === 'PART')) start++;
  if (start >= np.head) return [];
  const { tokens } = scope.doc;
  let named = false;
  for (let t = start; t < np.head && !named; t++) named = scope.actors.entityAt[t] >= 0;
  const found = scope.actors.resolve(tokens, start, np.head, scope.actors.lexicons, scope.actors.date, entitiesOf(scope.actors, view.index), scope.actors.fallbackAgents);
  if (!found.length) return [];
  return found.map((p) => ({
    entity: p.entity ?? null,
    actor: p.code,
    text: scope.doc.text.slice(tokens[p.start].start, tokens[Math.max(p.start, p.end - 1)].end),
    start: p.start,
    end: Math.max(p.end, p.start + 1),
    rule: named ? p.rule : `agent-modifier:${p.rule}`,
  }));
}

/** The verb group that governs a noun phrase: the nearest verb before it, with no clause boundary between. */
function governingVerb(view: SentenceView, c: number): { vg: VerbGroup; index: number } | null {
  for (let k = c - 1; k >= 0; k--) {
    const ch = view.chunks[k];
    if (ch.kind === 'vg') return { vg: ch as VerbGroup, index: k };
    if (ch.kind === 'sconj' || ch.kind === 'rel' || (ch.kind === 'punct' && view.runOf[k] < 0)) return null;
  }
  return null;
}

function entriesFor(scope: EventScope, view: SentenceView, np: NounPhrase): VerbEntry[] | undefined {
  const h = view.tokens[np.head];
  return scope.nounsByLemma.get(lemmaOf(h)) ?? scope.nounsByLemma.get(h.norm);
}

export function findNominalEvents(scope: EventScope): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const k of scope.active) {
    const view = scope.views[k];
    view.chunks.forEach((ch, c) => {
      if (ch.kind !== 'np') return;
      const np = ch as NounPhrase;
      const head = view.tokens[np.head];
      if (head.pos !== 'NOUN' && !(head.pos === 'VERB' && head.norm.endsWith('ing'))) return;
      const entries = entriesFor(scope, view, np);
      if (!entries) return;
      // The first entry whose modifier, if it asks for one, stands right before the noun ("air strikes").
      const before = np.head > np.start ? view.tokens[np.head - 1].norm : '';
      const entry = entries.find((e) => !e.modifier || e.modifier.includes(before));
      if (!entry) return;
      const r = view.runOf[c];
      const run = r >= 0 ? view.runs[r] : null;
      const idx = run ? run.items.findIndex((it) => it.group.includes(np)) : -1;
      const after = run && idx >= 0 ? run.items.slice(idx + 1) : [];
      const { tokens } = view;
      const prepOf = (k: number) => (after[k].prep === null ? null : tokens[after[k].prep!].norm);

      // Who acts.
      let sources = possessorActors(scope.actors, view, np);
      if (!sources.length) sources = modifierActors(scope, view, np);
      let sourceEnd = -1;
      if (!sources.length) {
        const k = after.findIndex((_, i) => prepOf(i) === 'by' || (entry.ofSource && prepOf(i) === 'of'));
        if (k >= 0 && k <= 1) {
          sources = itemActors(scope.actors, view, after[k], after.slice(k + 1));
          sourceEnd = after[k].group[after[k].group.length - 1].end;
        }
      }
      // Whom.
      let targets: ActorRef[] = [];
      let targetEnd = -1;
      const preps = entry.prep ?? [];
      for (let k = 0; k < after.length && k < 4; k++) {
        const p = prepOf(k);
        if (p === null || !preps.includes(p)) continue;
        targets = targetActors(scope.actors, view, after[k], after.slice(k + 1));
        if (targets.length) {
          targetEnd = after[k].group[after[k].group.length - 1].end;
          break;
        }
      }
      // "the talks between Israel and Egypt": both sides act.
      if (!sources.length && entry.reciprocal && targets.length > 1) sources = targets;
      const clause = clauseOf(view, c);
      const governing = governingVerb(view, c);
      // "Russia experienced a terrorist attack": the subject of the experiencer verb is the target.
      if (!targets.length && governing && EXPERIENCERS.has(lemmaOf(tokens[governing.vg.head])) && governing.index === c - 1) {
        targets = subjectOf(scope.actors, view, governing.index)?.refs ?? [];
      }
      // "a terrorist attack in Moscow": the country of the place.
      let placeEnd = -1;
      if (!targets.length && entry.placeTarget) {
        const hit = placesIn(scope.actors, view, { start: np.end, end: Math.min(view.end, np.end + 3) }, [{ start: np.start, end: np.end }])[0];
        const country = hit?.location.country;
        if (hit && country) {
          targets = [{ entity: countryEntity(scope.actors, country), actor: country, text: hit.location.name, start: hit.token + 1, end: hit.token + 2, rule: 'target-country-of-place' }];
          placeEnd = hit.token + 2;
        }
      }
      if (!sources.length) return;
      const modifiers: string[] = [];
      for (let t = np.start; t < np.head; t++) modifiers.push(tokens[t].norm);
      const marked = modifiers.some((w) => PLANNED_ADJECTIVES.has(w) || HYPOTHETICAL_ADJECTIVES.has(w) || NEGATORS.has(w));
      if (!targets.length && !marked) return;
      const start = np.start;
      const end = Math.max(np.end, targetEnd, sourceEnd, placeEnd);
      const base = {
        sentence: view.index,
        code: entry.code,
        rule: entry.id,
        predicate: { start, end },
        trigger: np.head,
        clause,
        verb: governing?.vg ?? null,
        governors: [],
        nounModifiers: modifiers,
        entry,
        quote: null,
      };
      const push = (s: ActorRef, t: ActorRef | null) => {
        if (t && sameActor(s, t)) return;
        out.push({ ...base, source: s, target: t });
      };
      if (!targets.length) for (const s of sources) push(s, null);
      for (const s of sources) for (const t of targets) push(s, t);
    });
  }
  return out;
}
