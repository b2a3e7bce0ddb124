// events: who did what to whom, CAMEO-coded, with modality, date and place. Reads the sentences' tokens, the
// entities (actors), dates and quotes; finders propose events from verbs, event nouns and speech, refiners set
// modality, date and place and merge what is told twice. Writes `events`.
import type { Article, DyadEvent, Token } from '../article.js';
import type { Context } from '../context.js';
import type { Stage } from '../stage.js';
import { AGENTS, BUILTIN_AGENT_INDEX, indexAgents } from '../lexicons/agents.js';
import { findDiscards, isDictionaryVerb, resolveNounPhraseActors } from './petrarch/index.js';
import { buildActorScope, type PhraseResolver } from './actors.js';
import { codeFacts } from './cameo.js';
import { findDictionaryVerbEvents } from './find-dictionary-verb-events.js';
import { findInvitationEvents } from './find-invitation-events.js';
import { findNominalEvents } from './find-nominal-events.js';
import { findProhibitionEvents } from './find-prohibition-events.js';
import { findVerbEvents } from './find-verb-events.js';
import { VERBS } from './lexicon/verbs.js';
import type { VerbEntry } from './lexicon/types.js';
import { readSentence } from './read-sentence.js';
import { verbKeys } from './verb-forms.js';
import { refineAttachDate } from './refine-attach-date.js';
import { refineAttachPlace } from './refine-attach-place.js';
import { refineCodeByActor } from './refine-code-by-actor.js';
import { refineDropNested } from './refine-drop-nested.js';
import { evidenceOf, refineMergeDuplicates } from './refine-merge-duplicates.js';
import { refineModality } from './refine-modality.js';
import type { EventCandidate, EventFinder, EventRefiner, EventScope } from './types.js';

export { cameoName, codeFacts } from './cameo.js';

/** Finders, in order: a PETRARCH verb dictionary first (when the user brings one), then the built-in lexicon. */
export const FINDERS: readonly EventFinder[] = [
  findDictionaryVerbEvents,
  findVerbEvents,
  findNominalEvents,
  findInvitationEvents,
  findProhibitionEvents,
];

/** Refiners, in order: modality before date (the publication date only dates asserted events) and before merging. */
export const REFINERS: readonly EventRefiner[] = [
  refineDropNested,
  refineModality,
  refineAttachDate,
  refineAttachPlace,
  refineCodeByActor,
  refineMergeDuplicates,
];

/** The noun-phrase actor resolver: PETRARCH's way of composing actors and agents (src/events/petrarch). */
const RESOLVER: PhraseResolver = resolveNounPhraseActors;

/** How specific an entry is: an object noun, then a particle, then an actor object, narrow it down. */
const specificity = (e: VerbEntry) => (e.object ? 4 : 0) + (e.particle ? 2 : 0) + (e.actorObject ? 1 : 0);

/** Entries by lemma, the more specific first (in the order written where equally specific). */
function indexEntries(entries: readonly VerbEntry[], pos: 'verb' | 'noun'): Map<string, VerbEntry[]> {
  const out = new Map<string, VerbEntry[]>();
  for (const e of entries) {
    if ((e.pos ?? 'verb') !== pos) continue;
    for (const lemma of Array.isArray(e.lemma) ? e.lemma : [e.lemma]) {
      const list = out.get(lemma) ?? [];
      list.push(e);
      out.set(lemma, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return out;
}

const VERBS_BY_LEMMA = indexEntries(VERBS, 'verb');
const NOUNS_BY_LEMMA = indexEntries(VERBS, 'noun');

export function buildScope(doc: Article, ctx: Context): EventScope {
  const lexicons = ctx.lexicons;
  const agentIndex = lexicons.agents.length ? indexAgents(lexicons.agents) : BUILTIN_AGENT_INDEX;
  const actors = buildActorScope(doc, lexicons, RESOLVER, AGENTS, agentIndex);
  // A place name right before a person's name is two phrases ("in Beijing Lavrov will hold talks").
  const breaks = (i: number) => {
    const a = actors.entityAt[i - 1];
    const b = actors.entityAt[i];
    if (a < 0 || b < 0 || a === b) return false;
    const ta = doc.entities[a].type;
    return (ta === 'GPE' || ta === 'LOC') && doc.entities[b].type === 'PERSON' && doc.tokens[i - 1].end < doc.tokens[i].start;
  };
  // "Kenya cooperates with Egypt": before a preposition, only a past form or a preposition the verb takes
  // ("sanctions on Iran" stays a noun).
  const verbs = (tokens: readonly Token[], i: number) => {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (lexicons.verbs.length && isDictionaryVerb(tokens, i, lexicons)) return next.pos !== 'ADP' || t.norm.endsWith('ed');
    return verbKeys(t).some((k) => {
      const entries = VERBS_BY_LEMMA.get(k);
      if (!entries) return false;
      if (next.pos !== 'ADP' || t.norm.endsWith('ed')) return true;
      return entries.some((e) => e.prep?.includes(next.norm) || e.particle?.startsWith(next.norm));
    });
  };
  const views = doc.sentences.map((s, k) => readSentence(doc.tokens, k, s.tokenStart, s.tokenEnd, { breaks, verbs }));
  const discarded = new Set<number>();
  if (lexicons.discards?.length) {
    const found = findDiscards(doc, lexicons);
    if (found.story) views.forEach((_, k) => discarded.add(k));
    found.sentences.forEach((hit, k) => hit && discarded.add(k));
  }
  return { doc, ctx, views, actors, verbsByLemma: VERBS_BY_LEMMA, nounsByLemma: NOUNS_BY_LEMMA, discarded, frames: [] };
}

function toEvent(c: EventCandidate, id: string, doc: Article): DyadEvent {
  const facts = codeFacts(c.code);
  const actor = (a: NonNullable<EventCandidate['target']>) => ({ entity: a.entity, actor: a.actor, text: a.text });
  const evidence = evidenceOf(c, doc.tokens);
  const event: DyadEvent = {
    id,
    source: actor(c.source),
    target: c.target ? actor(c.target) : null,
    code: c.code,
    root: facts.root,
    quad: facts.quad,
    goldstein: facts.goldstein,
    modality: c.modality ?? 'asserted',
    date: c.date ?? null,
    dateEnd: c.dateEnd ?? null,
    location: c.location ?? null,
    sentence: c.sentence,
    evidence,
    rule: c.rule,
  };
  if (c.evidenceAll && c.evidenceAll.length > 1) event.evidenceAll = c.evidenceAll;
  if (c.quote) event.quote = c.quote;
  return event;
}

/** Runs the finders and refiners over a document: the events in text order, numbered v1, v2, ... */
export function extractEvents(doc: Article, ctx: Context): DyadEvent[] {
  if (!doc.sentences.length || !doc.tokens.length) return [];
  const scope = buildScope(doc, ctx);
  let candidates = FINDERS.flatMap((find) => find(scope));
  for (const refine of REFINERS) candidates = refine(candidates, scope);
  candidates.sort((a, b) => a.predicate.start - b.predicate.start || a.trigger - b.trigger);
  return candidates.map((c, k) => toEvent(c, `v${k + 1}`, doc));
}

export const eventsStage: Stage = {
  name: 'events',
  reads: ['text', 'meta', 'sentences', 'tokens', 'dates', 'entities', 'quotes'],
  writes: ['events'],
  run(doc, ctx) {
    return { ...doc, events: extractEvents(doc, ctx) };
  },
};
