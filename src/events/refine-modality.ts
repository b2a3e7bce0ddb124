// events: the modality of each event, from its verb group, the words around it and whose word it is.
// Precedence (the first that applies): negated > hypothetical > reported > planned > asserted. Reported outranks
// planned because a plan told by someone other than its actor ("Reuters reported that Putin will travel") is a
// claim about a plan; a plan told by the actor's own side ("Zakharova announced that Lavrov will hold talks")
// stays planned. Anonymous commentary ("experts said", "said analysts") reports an analysis, not the facts it
// starts from: events inside it keep the modality of their own words.
import type { Modality } from '../article.js';
import { framesOf, isCommentary, speaksFor } from './frames.js';
import {
  CONDITIONALS,
  HEDGES,
  HYPOTHETICAL_ADJECTIVES,
  HYPOTHETICAL_MODALS,
  HYPOTHETICAL_VERBS,
  NEGATING_VERBS,
  NEGATORS,
  PLANNED_ADJECTIVES,
  PLAN_VERBS,
  REPORTING_VERBS,
} from './lexicon/words.js';
import type { EventCandidate, EventScope } from './types.js';
import type { SentenceView, VerbGroup } from './read-sentence.js';

/**
 * The verb group whose modal, negation and tense an infinitive takes on: "would be happy to meet", "will not be
 * able to attend", "is paying efforts to mediate" — the nearest finite group a few phrases back.
 */
function governingGroup(view: SentenceView, vg: VerbGroup): VerbGroup | null {
  let k = view.chunkOf[vg.start - view.start] - 1;
  for (let n = 0; k >= 0 && n < 4; k--, n++) {
    const ch = view.chunks[k];
    if (ch.kind === 'vg') return (ch as VerbGroup).infinitive ? null : (ch as VerbGroup);
    if (!(ch.kind === 'np' || ch.kind === 'adv' || ch.kind === 'other')) return null;
  }
  return null;
}

function decide(c: EventCandidate, scope: EventScope): [Modality, string] {
  const view = scope.views[c.sentence];
  const { tokens } = view;
  let vg = c.verb;
  if (vg && vg.infinitive && !vg.modal && !vg.negated) {
    const gov = governingGroup(view, vg);
    if (gov) vg = { ...vg, modal: gov.modal, negated: gov.negated, tense: gov.tense };
  }
  // negated: "did not meet", "never visited", "refused to sign", "no talks"
  if (vg && vg.negated && vg.start <= c.trigger) return ['negated', 'modality-negated-verb'];
  if (c.governors.some((g) => NEGATING_VERBS.has(g))) return ['negated', 'modality-negating-verb'];
  if (c.nounModifiers.some((w) => NEGATORS.has(w))) return ['negated', 'modality-negated-noun'];
  // hypothetical: "could face", "if ...", "a potential visit", "is considering"
  if (c.conditional) return ['hypothetical', 'modality-conditional'];
  if (vg && vg.modal && HYPOTHETICAL_MODALS.has(vg.modal)) return ['hypothetical', 'modality-modal'];
  if (c.governors.some((g) => HYPOTHETICAL_VERBS.has(g))) return ['hypothetical', 'modality-hypothetical-verb'];
  if (c.nounModifiers.some((w) => HYPOTHETICAL_ADJECTIVES.has(w))) return ['hypothetical', 'modality-hypothetical-noun'];
  for (let t = view.start; t < c.trigger; t++) {
    if (CONDITIONALS.has(tokens[t].norm) && (tokens[t].pos === 'SCONJ' || tokens[t].pos === 'ADP')) return ['hypothetical', 'modality-conditional'];
  }
  for (let t = c.trigger + 1; t <= c.clause.end && t < view.end; t++) {
    if (CONDITIONALS.has(tokens[t].norm) && (tokens[t].pos === 'SCONJ' || tokens[t].pos === 'ADP')) return ['hypothetical', 'modality-conditional'];
  }
  // reported: inside someone else's words, or hedged
  for (let t = c.clause.start; t < c.clause.end; t++) if (HEDGES.has(tokens[t].norm)) return ['reported', 'modality-hedge'];
  if (c.governors.some((g) => REPORTING_VERBS.has(g))) return ['reported', 'modality-reporting-verb'];
  for (const f of framesOf(scope, view)) {
    if (c.trigger < f.start || c.trigger >= f.end) continue;
    if (c.quote && f.quote === c.quote) continue; // a speech act is not inside its own quote
    if (f.speakers.some((s) => speaksFor(s, c.source))) continue;
    // "..., so both share concerns, said analysts": commentary does not put the facts it starts from on its word.
    if (isCommentary(f)) continue;
    return ['reported', f.rule === 'quote' ? 'modality-reported-quote' : f.rule === 'report-noun' ? 'modality-report-noun' : 'modality-reported-attribution'];
  }
  // planned: "will pay a visit", "is to visit", "plans to", "the upcoming talks"
  if (vg && vg.tense === 'future') return ['planned', 'modality-future'];
  if (c.governors.some((g) => PLAN_VERBS.has(g))) return ['planned', 'modality-plan-verb'];
  if (c.nounModifiers.some((w) => PLANNED_ADJECTIVES.has(w))) return ['planned', 'modality-planned-noun'];
  return ['asserted', 'modality-asserted'];
}

export function refineModality(candidates: EventCandidate[], scope: EventScope): EventCandidate[] {
  return candidates.map((c) => {
    const [modality, modalityRule] = decide(c, scope);
    // An intended conflict act is a threat: "China will retaliate", "Russia threatened to invade".
    const intended = modality === 'planned' || modality === 'hypothetical' || (modality === 'reported' && !!c.verb && (c.verb.tense === 'future' || c.verb.modal !== null));
    const intent = c.entry?.intentCode && intended ? c.entry.intentCode : null;
    return { ...c, modality, modalityRule, ...(intent ? { code: intent } : {}) };
  });
}
