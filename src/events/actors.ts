// events: who a noun phrase names, as CAMEO actors. A phrase names an actor only when its head does (a name, an
// agent noun, a people noun, a pronoun, "the two sides"): "the China-Russia partnership" names none. The codes come
// from the phrase resolver (entities' codes, dictionary actors and agents composed: "Gondor police" → GONCOP).
import type { AgentEntry, Lexicons } from '../lexicons/types.js';
import type { Article, Entity, Mention, Token } from '../article.js';
import { agentAt, BUILTIN_AGENT_INDEX, singular, type AgentIndex } from '../lexicons/agents.js';
import type { NounPhrase, RunItem, SentenceView } from './read-sentence.js';
import { PAIR_NOUNS, PEOPLE_NOUNS, TIME_WORDS } from './lexicon/words.js';

/** An actor of an event as the stage carries it until output: the record's fields and where it is named. */
export interface ActorRef {
  entity: string | null;
  actor: string | null;
  text: string;
  /** Token range that names the actor. */
  start: number;
  end: number;
  /** The rule (lexicon entry or resolver step) that gave the code. */
  rule: string;
}

/** What a phrase resolver returns for each actor of a phrase: the PETRARCH resolver's own type. */
export type { PhraseActor } from './petrarch/index.js';
import type { PhraseActor } from './petrarch/index.js';

/** Resolves the actors of tokens [start, end): entities' codes, dictionary actors and agents composed. */
export type PhraseResolver = (
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicons: Lexicons,
  date: string | null,
  entities: readonly Entity[],
  fallbackAgents: readonly AgentEntry[],
) => PhraseActor[];

/** Everything actor resolution needs about one article, built once per run of the stage. */
export interface ActorScope {
  doc: Article;
  lexicons: Lexicons;
  resolve: PhraseResolver;
  fallbackAgents: readonly AgentEntry[];
  agentIndex: AgentIndex;
  /** The article's date (YYYY-MM-DD) for date-restricted dictionary codes. */
  date: string | null;
  /** For each token, the entity index whose mention covers it, or -1. */
  entityAt: Int32Array;
  /** Per sentence, its entities with only the mentions inside it (what the resolver scans); see entitiesOf. */
  sentenceMentions: Map<number, Map<number, Mention[]>>;
  /** Filled on first use per sentence. */
  sentenceEntities: (Entity[] | undefined)[];
  /** Token positions of person mentions (start token, entity index), in text order. */
  persons: { token: number; entity: number }[];
  /** "China and Russia", "China-Russia": pairs of country mentions, by the token where the pair ends. */
  pairs: { token: number; sentence: number; members: { entity: number; start: number; end: number }[] }[];
  /** Token index → sentence index. */
  sentenceOf: Int32Array;
  /** One-word names of people and organizations ("Lavrov"), to the entity when only one entity has it. */
  surnames: Map<string, number>;
  /** Entity by id (the first with that id, as `entities.find` would give). */
  entityById: Map<string, Entity>;
}

const COUNTRY_TYPES = new Set(['GPE', 'NORP']);
const PAIR_LINKS = new Set(['and', '-', '–', '&', '/']);

/** First token index whose end is after `offset` (binary search). */
export function tokenAtOffset(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildActorScope(doc: Article, lexicons: Lexicons, resolve: PhraseResolver, fallbackAgents: readonly AgentEntry[], agentIndex: AgentIndex): ActorScope {
  const { tokens, sentences, entities } = doc;
  const entityAt = new Int32Array(tokens.length).fill(-1);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, k) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = k;
  });
  const perSentence = new Map<number, Map<number, Mention[]>>();
  const countryMentions: { start: number; end: number; entity: number }[] = [];
  const persons: { token: number; entity: number }[] = [];
  const surnames = new Map<string, number>();
  entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      if ((e.type === 'PERSON' || e.type === 'ORG') && (m.kind === 'name' || m.kind === 'partial' || !m.kind) && !/\s/.test(m.text)) {
        const key = m.text.toLowerCase();
        const seen = surnames.get(key);
        surnames.set(key, seen === undefined || seen === ei ? ei : -1);
      }
      const first = tokenAtOffset(tokens, m.start);
      if (first >= tokens.length || tokens[first].start >= m.end) continue;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
      for (let i = first; i <= last; i++) {
        const cur = entityAt[i];
        // The longer mention wins where two overlap ("US Department of Treasury" over "US").
        if (cur < 0) entityAt[i] = ei;
        else if (cur !== ei) {
          const other = entities[cur].mentions.find((o) => o.start <= tokens[i].start && o.end >= tokens[i].end);
          if (!other || other.end - other.start < m.end - m.start) entityAt[i] = ei;
        }
      }
      const s = sentenceOf[first];
      if (s >= 0) {
        const bySentence = perSentence.get(s) ?? new Map<number, Mention[]>();
        const list = bySentence.get(ei) ?? [];
        list.push(m);
        bySentence.set(ei, list);
        perSentence.set(s, bySentence);
      }
      if (COUNTRY_TYPES.has(e.type) && e.country) countryMentions.push({ start: first, end: last + 1, entity: ei });
      if (e.type === 'PERSON' && m.kind !== 'pronoun') persons.push({ token: first, entity: ei });
    }
  });
  const sentenceEntities: (Entity[] | undefined)[] = [];
  countryMentions.sort((a, b) => a.start - b.start);
  persons.sort((a, b) => a.token - b.token);
  const pairs: ActorScope['pairs'] = [];
  for (let k = 0; k + 1 < countryMentions.length; k++) {
    const a = countryMentions[k];
    const b = countryMentions[k + 1];
    if (b.start - a.end !== 1 || !PAIR_LINKS.has(tokens[a.end].norm)) continue;
    if (entities[a.entity].country === entities[b.entity].country) continue;
    pairs.push({ token: b.end, sentence: sentenceOf[a.start], members: [a, b] });
  }
  const entityById = new Map<string, Entity>();
  for (const e of entities) if (!entityById.has(e.id)) entityById.set(e.id, e);
  const published = doc.meta.published ? doc.meta.published.slice(0, 10) : null;
  return { doc, lexicons, resolve, fallbackAgents, agentIndex, date: published, entityAt, sentenceMentions: perSentence, sentenceEntities, persons, pairs, sentenceOf, surnames, entityById };
}

/** The entities of a sentence with only their mentions inside it: what the phrase resolver scans. */
export function entitiesOf(scope: ActorScope, sentence: number): Entity[] {
  let list = scope.sentenceEntities[sentence];
  if (!list) {
    const bySentence = scope.sentenceMentions.get(sentence);
    list = bySentence ? [...bySentence].map(([ei, mentions]) => ({ ...scope.doc.entities[ei], mentions })) : [];
    scope.sentenceEntities[sentence] = list;
  }
  return list;
}

const POSSESSIVE = new Set(['his', 'her', 'its', 'their']);
/**
 * Prepositions whose phrase lends its country to an agent: "activists in Arnor", "soldiers from Gondor". After a
 * verb only "of" and "from" do: in "arrested students in Moscow" Moscow is where, not whose.
 */
export const SUBJECT_LENDERS = ['of', 'in', 'from', 'at'];
export const OBJECT_LENDERS = ['of', 'from'];
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);

function words(tokens: readonly Token[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) out.push(tokens[i].norm);
  return out;
}

/** Does the head of this phrase name an actor at all? */
function headNamesActor(scope: ActorScope, np: NounPhrase): boolean {
  const { tokens } = scope.doc;
  const h = tokens[np.head];
  if (TIME_WORDS.has(h.norm)) return false;
  if (scope.entityAt[np.head] >= 0) return true;
  if (h.pos === 'PROPN') return true;
  if (h.pos === 'PRON') return true;
  const ws = words(tokens, np.start, np.head + 1);
  if (agentAt(scope.agentIndex, ws, ws.length) || agentAt(BUILTIN_AGENT_INDEX, ws, ws.length)) return true;
  if (PEOPLE_NOUNS.has(h.norm) || PEOPLE_NOUNS.has(singular(h.norm))) return true;
  // With PETRARCH dictionaries, PETRARCH's convention: a phrase with an actor in it names that actor ("The KU
  // basketball team"). Without them a head must name someone: "the China-Russia partnership" names no one.
  if (scope.lexicons.actors.length) for (let t = np.start; t < np.head; t++) if (scope.entityAt[t] >= 0) return true;
  return false;
}

function toRef(scope: ActorScope, p: PhraseActor, view: SentenceView): ActorRef {
  const { doc } = scope;
  const start = Math.max(view.start, p.start);
  const end = Math.min(view.end, Math.max(p.end, start + 1));
  // An entity is the actor only when the code is its own: "the Russian top diplomat" (RUSGOV) is not Russia.
  let entity = p.entity ?? null;
  if (entity) {
    const e = scope.entityById.get(entity);
    if (!e || (p.code !== e.actor && p.code !== e.country)) entity = null;
  }
  return { entity, actor: p.code, text: doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end), start, end, rule: p.rule };
}

function entityRef(scope: ActorScope, ei: number, start: number, end: number, rule: string): ActorRef | null {
  const e = scope.doc.entities[ei];
  const code = e.actor ?? e.country;
  if (!code) return null;
  const { doc } = scope;
  return { entity: e.id, actor: code, text: doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end), start, end, rule };
}

/** He/she/his/her with no coreference from the entities stage: the nearest person named before, in this or the previous sentence. */
function pronounRef(scope: ActorScope, token: number): ActorRef | null {
  const sentence = scope.sentenceOf[token];
  let lo = 0;
  let hi = scope.persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scope.persons[mid].token < token) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const p = scope.persons[k];
    if (scope.sentenceOf[p.token] < sentence - 1) break;
    const ref = entityRef(scope, p.entity, token, token + 1, 'pronoun-nearest-person');
    if (ref) return ref;
  }
  return null;
}

/** "the two countries", "both sides": the last pair of countries named together before, within three sentences. */
function pairRefs(scope: ActorScope, np: NounPhrase): ActorRef[] | null {
  const { tokens } = scope.doc;
  const h = tokens[np.head];
  if (!PAIR_NOUNS.has(h.norm)) return null;
  const before = words(tokens, np.start, np.head);
  if (!before.includes('two') && !before.includes('both')) return null;
  const sentence = scope.sentenceOf[np.start];
  for (let k = scope.pairs.length - 1; k >= 0; k--) {
    const pair = scope.pairs[k];
    if (pair.token > np.start) continue;
    if (pair.sentence < sentence - 3) break;
    const refs = pair.members.map((m) => entityRef(scope, m.entity, np.start, np.end, 'pair-named-before')).filter((r): r is ActorRef => r !== null);
    if (refs.length === 2) return refs;
  }
  return null;
}

/**
 * The actors of one run item (a group of coordinated phrases) with the prepositional phrases that qualify it
 * ("the ambassadors | of Arnor, Osgiliath and Gondor", "activists | in Arnor"): `attachments` are later items.
 */
export function itemActors(scope: ActorScope, view: SentenceView, item: RunItem, attachments: readonly RunItem[] = [], lend: readonly string[] = SUBJECT_LENDERS): ActorRef[] {
  const { tokens } = scope.doc;
  const out: ActorRef[] = [];
  const group = item.group;
  // Title chains name the person at their end: "US Secretary of Treasury Janet Yellen".
  const chain = [item, ...attachments.filter((a) => a.prep !== null && tokens[a.prep].norm === 'of')];
  const lastOfChain = chain[chain.length - 1].group;
  if (chain.length > 1 && lastOfChain.length === 1 && group.length === 1) {
    const ei = scope.entityAt[lastOfChain[0].head];
    if (ei >= 0 && scope.doc.entities[ei].type === 'PERSON') {
      const ref = entityRef(scope, ei, lastOfChain[0].start, lastOfChain[0].end, 'title-chain-person');
      if (ref) return [ref];
    }
  }
  const resolvable: NounPhrase[] = [];
  for (const np of group) {
    const h = tokens[np.head];
    if (!headNamesActor(scope, np)) continue;
    if (h.pos === 'PRON') {
      const ei = scope.entityAt[np.head];
      if (ei >= 0) {
        const ref = entityRef(scope, ei, np.start, np.end, 'entity-coreference');
        if (ref) out.push(ref);
      } else if (PERSONAL.has(h.norm)) {
        const ref = pronounRef(scope, np.head);
        if (ref) out.push(ref);
      }
      continue;
    }
    const pair = pairRefs(scope, np);
    if (pair) {
      out.push(...pair);
      continue;
    }
    // A one-word name the entities stage linked elsewhere in the article but not here ("in Beijing Lavrov will").
    if (scope.entityAt[np.head] < 0 && h.pos === 'PROPN' && np.end - np.start === 1) {
      const known = scope.surnames.get(h.norm);
      if (known !== undefined && known >= 0) {
        const ref = entityRef(scope, known, np.start, np.end, 'name-known-in-article');
        if (ref) {
          out.push(ref);
          continue;
        }
      }
    }
    // A person or organization named by the head is the actor, with its own code ("Chinese Foreign Minister
    // Wang Yi" is Wang Yi, CHNGOV, not China).
    // Only a code with its agent already in it: a bare country code ("Dagolath's Prime Minister Telemar" read as
    // Dagolath) is left to the resolver, which adds the agents around it.
    const ei = scope.entityAt[np.head];
    const e = ei >= 0 ? scope.doc.entities[ei] : null;
    if (e && (e.type === 'PERSON' || e.type === 'ORG') && e.actor && e.actor.length > 3) {
      let start = np.head;
      while (start > np.start && scope.entityAt[start - 1] === ei) start--;
      const ref = entityRef(scope, ei, start, np.head + 1, 'entity-actor-code');
      if (ref) {
        out.push(ref);
        continue;
      }
    }
    resolvable.push(np);
  }
  // "the militaries and agencies of the two countries": the pair named before, with the agent when there is one.
  const ofPair = attachments[0]?.prep != null && tokens[attachments[0].prep].norm === 'of' && attachments[0].group.length === 1 ? pairRefs(scope, attachments[0].group[0]) : null;
  if (resolvable.length && ofPair) {
    const agentCodes = resolvable.map((np) => {
      const ws = words(tokens, np.start, np.head + 1);
      return agentAt(scope.agentIndex, ws, ws.length)?.entry.code ?? null;
    });
    const single = resolvable.length === 1 && agentCodes[0] ? agentCodes[0] : '';
    for (const p of ofPair) out.push({ ...p, actor: `${p.actor}${single}`, entity: single ? null : p.entity, rule: 'pair-named-before' });
    resolvable.length = 0;
  }
  if (resolvable.length) {
    const sentence = entitiesOf(scope, view.index);
    // Qualifying phrases that lend a country (the resolver splits head and complement).
    let end = group[group.length - 1].end;
    for (const a of attachments) {
      if (a.prep === null || !lend.includes(tokens[a.prep].norm)) break;
      end = a.group[a.group.length - 1].end;
    }
    // The whole coordination at once where every member names an actor, so the resolver can share agents and
    // complements out ("lawmakers and officials in Fornost and Gondor", "Danish media and government"); else
    // member by member. The resolver reads a head before its complement: "Chinese engineers in Pakistan" is CHN.
    const spans = resolvable.length === group.length ? [{ start: group[0].start, end }] : resolvable.map((np) => ({ start: np.start, end: np === group[group.length - 1] ? end : np.end }));
    for (const span of spans) {
      for (const p of scope.resolve(tokens, span.start, span.end, scope.lexicons, scope.date, sentence, scope.fallbackAgents)) out.push(toRef(scope, p, view));
    }
  }
  // A possessive pronoun as the whole phrase ("its", "their") is handled by the caller; drop duplicates here.
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.actor}|${r.entity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The possessor of a phrase ("Lavrov's visit", "her visit"), as actors. */
export function possessorActors(scope: ActorScope, view: SentenceView, np: NounPhrase): ActorRef[] {
  if (!np.possessor) return [];
  const { tokens } = scope.doc;
  const { start, end } = np.possessor;
  const first = tokens[start];
  if (end - start === 1 && first.pos === 'PRON') {
    const ei = scope.entityAt[start];
    if (ei >= 0) {
      const ref = entityRef(scope, ei, start, end, 'entity-coreference');
      return ref ? [ref] : [];
    }
    if (POSSESSIVE.has(first.norm) && PERSONAL.has(first.norm)) {
      const ref = pronounRef(scope, start);
      return ref ? [ref] : [];
    }
    return [];
  }
  // The possessor without its "'s": resolve it as a phrase of its own.
  let pEnd = end;
  while (pEnd > start && (tokens[pEnd - 1].pos === 'PART' || tokens[pEnd - 1].pos === 'PUNCT')) pEnd--;
  if (pEnd <= start) return [];
  let head = pEnd - 1;
  const sub: NounPhrase = { kind: 'np', start, end: pEnd, head, possessor: null };
  if (!headNamesActor(scope, sub)) return [];
  const sentence = entitiesOf(scope, view.index);
  return scope.resolve(tokens, start, pEnd, scope.lexicons, scope.date, sentence, scope.fallbackAgents).map((p) => toRef(scope, p, view));
}

/** The country entity of an article for a country code (for a target read from a place: "an attack in Moscow"). */
export function countryEntity(scope: ActorScope, country: string): string | null {
  const e = scope.doc.entities.find((x) => x.type === 'GPE' && x.country === country && (x.actor === country || x.actor === null));
  return e ? e.id : null;
}
