// events: who did what to whom, CAMEO-coded, with modality, date and place. Reads the sentences' tokens, the
// entities (actors), dates and quotes; finders propose events from verbs, event nouns and speech, refiners set
// modality, date and place and merge what is told twice. Writes `events`.
// Policies: nothing is coded without a lexicon (or dictionary) predicate and a source actor — no fallback code. A
// plain statement ("said", "told") codes nothing; speech acts that do something to someone (warn, accuse, urge,
// praise, deny, demand ...) are coded and linked to their quote. A negated event is kept, marked `negated`.
import type { Article, DyadEvent, Token } from '../article.js';
import type { Context } from '../context.js';
import type { Stage } from '../stage.js';
import { AGENTS, BUILTIN_AGENT_INDEX, indexAgents, singular, type AgentIndex } from '../lexicons/agents.js';
import { mayHold, shapesOf } from '../lexicons/word-shapes.js';
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
import { readSentence, type SentenceView } from './read-sentence.js';
import { PEOPLE_NOUNS, SPEECH_VERBS } from './lexicon/words.js';
import type { Lexicons } from '../lexicons/types.js';
import { IRREGULAR_PAST, lemmaOf, verbKeys } from './verb-forms.js';
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

/** Words that make a speaker's clause a prohibition ("should not", "must stop"): see find-prohibition-events. */
const OBLIGATION_WORDS = new Set(['should', 'must', 'ought', 'shall', 'stop', 'cease', 'refrain']);
const INFLECTED = /(s|ed|ing)$/;

const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their', 'them', 'we', 'our']);

/** Could this word name an actor: a proper noun, a personal pronoun, an agent or people noun? */
function mayBeActor(t: Token, agents: AgentIndex): boolean {
  if (t.pos === 'PROPN') return true;
  if (t.pos === 'PRON') return PERSONAL.has(t.norm);
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  const word = singular(t.norm);
  return agents.byLast.has(word) || BUILTIN_AGENT_INDEX.byLast.has(word) || PEOPLE_NOUNS.has(t.norm);
}

/** First words of each entry's particle and object nouns, for the cheap test of worthReading. */
const FIRST_WORDS = new Map<VerbEntry, { particle: string | null; objects: string[] }>(
  VERBS.map((e) => [e, { particle: e.particle ? e.particle.split(' ')[0] : null, objects: (e.object ?? []).map((o) => o.split(' ')[0]) }]),
);

/** Every first word of an object noun: the only words worthReading asks a sentence for. */
const OBJECT_FIRST_WORDS: ReadonlySet<string> = new Set([...FIRST_WORDS.values()].flatMap((f) => f.objects));

const TRIGGER_KEYS: ReadonlySet<string> = new Set([...VERBS_BY_LEMMA.keys(), ...NOUNS_BY_LEMMA.keys()]);

/** Every regular inflection of every lexicon lemma ("visits", "visited", "visiting", "staged", "planned"). */
const TRIGGER_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>(TRIGGER_KEYS);
  for (const w of TRIGGER_KEYS) {
    const stem = w.endsWith('e') ? w.slice(0, -1) : w;
    const last = w[w.length - 1];
    for (const f of [`${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${stem}ed`, `${stem}ing`, `${w}ing`, `${w}${last}ed`, `${w}${last}ing`]) forms.add(f);
    if (w.endsWith('y')) forms.add(`${w.slice(0, -1)}ies`).add(`${w.slice(0, -1)}ied`);
  }
  return forms;
})();

// What worthReading asks of each word, as bits of one table, so a token costs one or two look-ups instead of six.
const IS_FORM = 1; // in TRIGGER_FORMS
const IS_KEY = 2; // in TRIGGER_KEYS
const IS_IRREGULAR = 4; // in IRREGULAR_PAST
const IS_SPEECH = 8; // in SPEECH_VERBS
const IS_OBLIGATION = 16; // in OBLIGATION_WORDS
const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  mark(TRIGGER_FORMS, IS_FORM);
  mark(TRIGGER_KEYS, IS_KEY);
  mark(IRREGULAR_PAST, IS_IRREGULAR);
  mark(SPEECH_VERBS, IS_SPEECH);
  mark(OBLIGATION_WORDS, IS_OBLIGATION);
  return flags;
})();

// Shape bit tables (lexicons/word-shapes.ts) turn most words away before they are hashed for a look-up.
const WORD_SHAPES = shapesOf(WORD_FLAGS.keys());
const OBJECT_SHAPES = shapesOf(OBJECT_FIRST_WORDS);
function flagsOf(w: string | undefined): number {
  if (typeof w !== 'string') return 0; // the tagger leaves some lemmas undefined (see lemmaOf)
  return mayHold(WORD_SHAPES, w) ? WORD_FLAGS.get(w) ?? 0 : 0;
}

/** The lexicon entries a token may be a form of, verbs and nouns. */
function entriesAt(t: Token): VerbEntry[] {
  const out: VerbEntry[] = [];
  const keys = INFLECTED.test(t.norm) || IRREGULAR_PAST.has(t.norm) ? verbKeys(t) : [t.norm, lemmaOf(t)];
  for (const k of keys) {
    const v = VERBS_BY_LEMMA.get(k);
    if (v) out.push(...v);
    const n = NOUNS_BY_LEMMA.get(k);
    if (n) out.push(...n);
  }
  return out;
}

/**
 * Is a sentence worth reading? It needs a word some finder starts from, and that word's cheap conditions met: an
 * entry with a particle needs the particle next, one with object nouns needs one of them in the sentence; a verb of
 * saying counts only beside "should"/"must"; "invitation" always; a dictionary verb always.
 */
function worthReading(tokens: readonly Token[], start: number, end: number, lexicons: Lexicons): boolean {
  let words: Set<string> | null = null; // the sentence's object words (forms and lemmas), built only when an entry needs them
  let speech = false;
  let obligation = false;
  const dictionary = lexicons.verbs.length > 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    const p = t.pos;
    if (p !== 'VERB' && p !== 'NOUN' && p !== 'ADJ' && p !== 'AUX' && p !== 'PROPN') continue;
    const byNorm = flagsOf(t.norm);
    const byLemma = t.lemma === t.norm ? byNorm : flagsOf(t.lemma);
    if ((p === 'AUX' || p === 'VERB') && byNorm & IS_OBLIGATION) obligation = true;
    if (t.norm === 'invitation') return true;
    if ((byLemma | byNorm) & IS_SPEECH) speech = true;
    // A quick no before any list is built: none of the token's forms is a lexicon lemma (most tokens).
    if (byNorm & (IS_FORM | IS_IRREGULAR) || byLemma & IS_KEY) {
      for (const e of entriesAt(t)) {
        const first = FIRST_WORDS.get(e)!;
        if (first.particle) {
          if (i + 1 < end && tokens[i + 1].norm === first.particle) return true;
        } else if (first.objects.length) {
          words ??= objectWords(tokens, start, end);
          for (const o of first.objects) if (words.has(o)) return true;
        } else return true;
      }
    }
    if (dictionary && (p === 'VERB' || p === 'NOUN' || p === 'ADJ') && isDictionaryVerb(tokens, i, lexicons)) return true;
  }
  return speech && obligation;
}

/** The words and lemmas of a sentence that are the first word of some entry's object noun (few or none). */
function objectWords(tokens: readonly Token[], start: number, end: number): Set<string> {
  const words = new Set<string>();
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (mayHold(OBJECT_SHAPES, t.norm) && OBJECT_FIRST_WORDS.has(t.norm)) words.add(t.norm);
    if (t.lemma !== t.norm) {
      const lemma = lemmaOf(t);
      if (mayHold(OBJECT_SHAPES, lemma) && OBJECT_FIRST_WORDS.has(lemma)) words.add(lemma);
    }
  }
  return words;
}

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
  const discarded = new Set<number>();
  if (lexicons.discards?.length) {
    const found = findDiscards(doc, lexicons);
    if (found.story) doc.sentences.forEach((_, k) => discarded.add(k));
    found.sentences.forEach((hit, k) => hit && discarded.add(k));
  }
  // Only sentences with a word some finder starts from are read (most sentences of most articles have none).
  const views: SentenceView[] = [];
  const active: number[] = [];
  const grammar = { breaks, verbs };
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (discarded.has(k)) continue;
    // A predicate word and someone to do it: a name, an agent noun or a personal pronoun.
    let actor = false;
    for (let i = s.tokenStart; i < s.tokenEnd && !actor; i++) actor = actors.entityAt[i] >= 0 || mayBeActor(doc.tokens[i], agentIndex);
    if (!actor || !worthReading(doc.tokens, s.tokenStart, s.tokenEnd, lexicons)) continue;
    views[k] = readSentence(doc.tokens, k, s.tokenStart, s.tokenEnd, grammar);
    active.push(k);
  }
  return { doc, ctx, views, active, actors, verbsByLemma: VERBS_BY_LEMMA, nounsByLemma: NOUNS_BY_LEMMA, discarded, frames: [] };
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
