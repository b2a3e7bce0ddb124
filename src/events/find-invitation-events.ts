// events: "At the invitation of Chinese Foreign Minister Wang Yi, the Russian top diplomat will pay an official
// visit ..." — the one who invites hosts (043) the subject of the clause the phrase opens.
import { lemmaOf } from './verb-forms.js';
import { itemActors, type ActorRef } from './actors.js';
import { clauseOf, subjectOf } from './grammar.js';
import type { VerbGroup } from './read-sentence.js';
import type { EventCandidate, EventScope } from './types.js';

const OPENERS = new Set(['at', 'upon', 'on']);
const RULE = 'host-by-invitation';

export function findInvitationEvents(scope: EventScope): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const k of scope.active) {
    const view = scope.views[k];
    const { tokens } = view;
    for (const run of view.runs) {
      const k = run.items.findIndex(
        (it, i) =>
          it.prep !== null &&
          OPENERS.has(tokens[it.prep].norm) &&
          lemmaOf(tokens[it.group[0].head]) === 'invitation' &&
          run.items[i + 1]?.prep !== null &&
          tokens[run.items[i + 1].prep!].norm === 'of',
      );
      if (k < 0) continue;
      const host = run.items[k + 1];
      const sources: ActorRef[] = itemActors(scope.actors, view, host, run.items.slice(k + 2));
      if (!sources.length) continue;
      // The clause the phrase opens: the next finite verb after it.
      let c = run.chunkEnd;
      while (c < view.chunks.length && !(view.chunks[c].kind === 'vg' && !(view.chunks[c] as VerbGroup).nonFinite && !(view.chunks[c] as VerbGroup).infinitive && view.runOf[c - 1] >= 0 && view.chunks[c - 1].start > run.end)) c++;
      if (c >= view.chunks.length) continue;
      const guests = subjectOf(scope.actors, view, c)?.refs ?? [];
      if (!guests.length) continue;
      const vg = view.chunks[c] as VerbGroup;
      const invitation = run.items[k];
      const predicate = { start: invitation.prep!, end: host.group[host.group.length - 1].end };
      for (const s of sources) {
        for (const t of guests) {
          if (s.entity && s.entity === t.entity) continue;
          out.push({
            sentence: view.index,
            code: '043',
            rule: RULE,
            source: s,
            target: t,
            predicate,
            trigger: invitation.group[0].head,
            clause: clauseOf(view, c),
            verb: vg,
            governors: [],
            nounModifiers: [],
            entry: null,
            quote: null,
          });
        }
      }
    }
  }
  return out;
}
