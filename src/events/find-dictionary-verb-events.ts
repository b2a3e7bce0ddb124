// events: verbs of a PETRARCH verb dictionary the user brought (--dictionaries): the dictionary's patterns give
// the code and may place source and target; otherwise subject and target are read as for built-in verbs.
// Verbs the dictionary knows are left to it: the built-in lexicon codes only the others.
import { isDictionaryVerb, matchVerbPatterns, type ActorSlot } from './petrarch/index.js';
import { itemActors, type ActorRef } from './actors.js';
import { clauseOf, complementSubject, subjectOf, targetAfter, targetThroughInfinitive } from './grammar.js';
import type { SentenceView, VerbGroup } from './read-sentence.js';
import type { EventCandidate, EventScope } from './types.js';

/** The noun phrases of a sentence as PETRARCH slots: a phrase group, compound when it coordinates several. */
function slotsOf(scope: EventScope, view: SentenceView): { slot: ActorSlot; refs: ActorRef[] }[] {
  const out: { slot: ActorSlot; refs: ActorRef[] }[] = [];
  for (const run of view.runs) {
    run.items.forEach((item, i) => {
      const refs = itemActors(scope.actors, view, item, run.items.slice(i + 1));
      const g = item.group;
      out.push({ slot: { start: g[0].start, end: g[g.length - 1].end, compound: refs.length > 1, actor: refs.length > 0 }, refs });
    });
  }
  return out;
}

const sameActor = (a: ActorRef, b: ActorRef) => (a.entity !== null && a.entity === b.entity) || a.actor === b.actor;

export function findDictionaryVerbEvents(scope: EventScope): EventCandidate[] {
  const lexicons = scope.ctx.lexicons;
  if (!lexicons.verbs.length) return [];
  const out: EventCandidate[] = [];
  for (const k of scope.active) {
    const view = scope.views[k];
    let slots: { slot: ActorSlot; refs: ActorRef[] }[] | null = null;
    view.chunks.forEach((ch, c) => {
      if (ch.kind !== 'vg') return;
      const vg = ch as VerbGroup;
      for (let t = vg.end - 1; t >= vg.start; t--) {
        if (!isDictionaryVerb(view.tokens, t, lexicons)) continue;
        slots ??= slotsOf(scope, view);
        const clause = clauseOf(view, c);
        const match = matchVerbPatterns(view.tokens, t, lexicons, { start: view.start, end: view.end, actors: slots.map((s) => s.slot) });
        if (!match) return;
        const refsAt = (span: ActorSlot | undefined) => (span ? slots!.find((s) => s.slot.start === span.start && s.slot.end === span.end)?.refs ?? [] : []);
        const after = view.chunkOf[match.verbEnd - 1 - view.start] + 1;
        let predicateEnd = Math.max(vg.end, match.verbEnd);
        let sources = match.sourceSpan ? refsAt(match.sourceSpan) : [];
        let targets = match.targetSpan ? refsAt(match.targetSpan) : [];
        if (match.compoundSpan) {
          const members = refsAt(match.compoundSpan);
          for (const s of members) for (const o of members) if (s !== o) push(s, o);
          return;
        }
        if (!sources.length) sources = vg.passive ? targetAfter(scope.actors, view, c + 1, { only: ['by'] })?.refs ?? [] : subjectOf(scope.actors, view, c)?.refs ?? [];
        if (!targets.length) targets = (vg.passive ? subjectOf(scope.actors, view, c)?.refs : targetAfter(scope.actors, view, after, { exclude: sources, scene: true })?.refs) ?? [];
        if (!targets.length && !vg.passive) {
          const through = targetThroughInfinitive(scope.actors, view, after);
          if (through) {
            targets = through.refs;
            predicateEnd = view.chunks[through.verb].end;
          }
        }
        // "noted that Cirith Ungol regretted ...": a verb of saying aims at the subject of what it says.
        if (!targets.length && !vg.passive) targets = complementSubject(scope.actors, view, c)?.refs ?? [];
        for (const s of sources) for (const o of targets.length ? targets : [null]) push(s, o);
        return;

        function push(s: ActorRef, o: ActorRef | null) {
          if (o && sameActor(s, o)) return;
          const base = {
            sentence: view.index,
            rule: match!.patternId,
            predicate: { start: Math.min(vg.start, match!.verbStart), end: predicateEnd },
            trigger: t,
            clause,
            verb: vg,
            governors: [],
            nounModifiers: [],
            entry: null,
            quote: null,
          };
          if (!o) return; // PETRARCH codes dyads: a verb with no target codes nothing
          out.push({ ...base, code: match!.code, source: s, target: o });
          if (match!.pairedCode) out.push({ ...base, code: match!.pairedCode, source: o, target: s });
        }
      }
    });
  }
  return out;
}

/** Is token `t` a verb the user's dictionary codes (so the built-in lexicon leaves it alone)? */
export function dictionaryCodes(scope: EventScope, view: SentenceView, t: number): boolean {
  return scope.ctx.lexicons.verbs.length > 0 && isDictionaryVerb(view.tokens, t, scope.ctx.lexicons);
}

