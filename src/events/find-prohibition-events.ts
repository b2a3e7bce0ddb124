// events: a speaker who says others "should not" or "must stop" doing something hostile disapproves of them:
// "The ministry added that other countries should not attack and smear the relations" → the ministry criticizes
// (111) whoever the clause names, or no one in particular.
import { lemmaOf } from './verb-forms.js';
import { framesOf } from './frames.js';
import { clauseOf, complementSubject, subjectOf } from './grammar.js';
import type { SentenceView, VerbGroup } from './read-sentence.js';
import { SPEECH_VERBS } from './lexicon/words.js';
import { speaksFor } from './frames.js';
import type { EventCandidate, EventScope } from './types.js';

const OBLIGATION = new Set(['should', 'must', 'ought', 'shall']);
const CESSATION = new Set(['stop', 'cease', 'refrain', 'quit', 'halt']);
/** Hostile acts a speaker may tell others to stop, besides the lexicon's conflict codes. */
const HOSTILE = new Set(['interfere', 'meddle', 'harm', 'provoke', 'smear', 'slander', 'hype', 'politicize', 'politicise', 'undermine', 'threaten', 'attack', 'bully', 'coerce', 'pressure', 'sanction', 'contain', 'suppress', 'hurt']);
const RULE = 'prohibition-of-hostile-act';

function hostile(scope: EventScope, view: SentenceView, t: number): boolean {
  const lemma = lemmaOf(view.tokens[t]);
  if (HOSTILE.has(lemma)) return true;
  const entries = scope.verbsByLemma.get(lemma);
  return !!entries && entries.some((e) => Number(e.code.slice(0, 2)) >= 11);
}

export function findProhibitionEvents(scope: EventScope): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const k of scope.active) {
    const view = scope.views[k];
    view.chunks.forEach((ch, c) => {
      if (ch.kind !== 'vg') return;
      const cue = ch as VerbGroup;
      if (!SPEECH_VERBS.has(lemmaOf(view.tokens[cue.head]))) return;
      let speaker: ReturnType<typeof subjectOf> | undefined;
      // The complement: from the cue to the next hard boundary.
      for (let k = c + 1; k < view.chunks.length; k++) {
        const x = view.chunks[k];
        if (x.kind === 'punct' && [';', ':', '.'].includes(view.tokens[x.start].norm)) break;
        if (x.kind !== 'vg') continue;
        const vg = x as VerbGroup;
        const obliged = vg.modal !== null && OBLIGATION.has(vg.modal) && vg.negated;
        let act = -1;
        for (let t = vg.start; t < vg.end; t++) {
          if (view.tokens[t].pos !== 'VERB') continue;
          const lemma = lemmaOf(view.tokens[t]);
          if (obliged && hostile(scope, view, t)) act = t;
          else if (vg.modal && OBLIGATION.has(vg.modal) && CESSATION.has(lemma) && t + 1 < view.end && hostile(scope, view, t + 1)) act = t + 1;
        }
        // "should not attack and smear": the coordinated verb after "and" shares the modal.
        if (act < 0) continue;
        speaker ??= subjectOf(scope.actors, view, c);
        if (!speaker?.refs.length) return;
        const clauseSubject = complementSubject(scope.actors, view, c);
        const targets = (clauseSubject?.refs ?? []).filter((t) => !speaker!.refs.some((s) => speaksFor(s, t)));
        if (clauseSubject?.refs.length && !targets.length) return; // the speaker's own side: a promise, not a rebuke
        const frame = framesOf(scope, view).find((f) => f.cue && f.cue.start === cue.start);
        const quote = frame?.quote ?? null;
        for (const s of speaker.refs) {
          for (const t of targets.length ? targets : [null]) {
            out.push({
              sentence: view.index,
              code: '111',
              rule: RULE,
              source: s,
              target: t,
              predicate: { start: cue.start, end: act + 1 },
              trigger: cue.head,
              clause: clauseOf(view, c),
              verb: cue,
              governors: [],
              nounModifiers: [],
              entry: null,
              quote,
            });
          }
        }
        return;
      }
    });
  }
  return out;
}
