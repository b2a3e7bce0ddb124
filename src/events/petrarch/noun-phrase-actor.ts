// The CAMEO actor of a noun phrase, PETRARCH's way: a named actor (dictionary entry or entity with a code) and the
// agents around it composed into one code ("Gondor police" → GONCOP, "MSF Arnor" → NGOARN, "rebels" → REB), with
// coordinated phrases expanded ("lawmakers and officials in Fornost and Gondor" → FORLEG, FORGOV, GONLEG, GONGOV).
import type { Entity, Token } from '../../article.js';
import { actorCodeOn, pluralOf } from '../../lexicons/petrarch.js';
import type { ActorEntry, AgentEntry, Lexicons, NamePattern } from '../../lexicons/types.js';
import { formOf, MAX_JOIN, namePatternAt, type TokenWindow } from './words.js';

/** An actor read from a noun phrase. */
export interface PhraseActor {
  /** Actor code then agent codes ("GONCOP"), prefix agents first ("NGOARN"), or agents alone ("REB"). */
  code: string;
  /** The entity of the article the actor is, when known. */
  entity?: string;
  /** Token range of the name the code comes from (the first agent's words when there is no named actor). */
  start: number;
  end: number;
  /** The entry that gave the actor code (or the first agent), for evidence. */
  rule: string;
  /** Every entry used, actor first, then agents in the order they were added. */
  rules: string[];
}

/** Rule id of the CAMEO convention that a former office holder is an elite (ELI), not the office. */
export const FORMER_RULE = 'petrarch-former-is-elite';
const ENTITY_RULE = 'entity-actor-code';

interface ActorMatch {
  start: number;
  end: number;
  /** Codes on the date (several for a group name such as THE_SHIRE [FRO/BIL/SAM]); empty for a null-coded actor. */
  codes: string[];
  entity?: string;
  rule: string;
}

interface AgentMatch {
  start: number;
  end: number;
  code: string;
  prefix: boolean;
  rule: string;
}

interface Candidate<E> {
  entry: E;
  pattern: NamePattern;
}

// Memos of the first-word indexes built for each lexicon list; the lists are read-only, so these never go stale.
const actorIndexes = new WeakMap<readonly ActorEntry[], Map<string, Candidate<ActorEntry>[]>>();
const agentIndexes = new WeakMap<readonly AgentEntry[], Map<string, Candidate<AgentEntry>[]>>();

const IRREGULAR_PLURALS: Record<string, string> = { man: 'men', woman: 'women', child: 'children', person: 'people' };

/**
 * The word patterns of an entry: PETRARCH's own (plurals already made by the adapter), else its names as adjacent
 * words, and for agents also their plurals ("rebel" → "rebels"; built-in and user agents are written singular).
 */
function patternsOf(entry: ActorEntry | AgentEntry, agent: boolean): NamePattern[] {
  if (entry.patterns?.length) return entry.patterns;
  const out: NamePattern[] = [];
  for (const n of entry.names) {
    const words = n.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const open = words.slice(1).map(() => false);
    out.push({ words, open });
    if (!agent) continue;
    const last = words[words.length - 1]!;
    const plural = IRREGULAR_PLURALS[last] ?? (/(man|woman)$/.test(last) ? last.replace(/man$/, 'men') : pluralOf(last));
    if (plural !== last) out.push({ words: [...words.slice(0, -1), plural], open });
  }
  return out;
}

function indexBy<E extends ActorEntry | AgentEntry>(entries: readonly E[], memo: WeakMap<readonly E[], Map<string, Candidate<E>[]>>, agent: boolean) {
  let index = memo.get(entries);
  if (index) return index;
  index = new Map();
  for (const entry of entries) {
    for (const pattern of patternsOf(entry, agent)) {
      if (!pattern.words.length) continue;
      const key = pattern.words[0]!;
      const list = index.get(key);
      if (list) list.push({ entry, pattern });
      else index.set(key, [{ entry, pattern }]);
    }
  }
  memo.set(entries, index);
  return index;
}

/** The longest dictionary name starting at token `i` (ties: more words, then the earlier entry). */
function longestAt<E>(w: TokenWindow, i: number, index: Map<string, Candidate<E>[]>): { entry: E; end: number } | null {
  let best: { entry: E; end: number; words: number } | null = null;
  // the token's form, then adjacent tokens written together ("barad-dur"), as lookup keys
  let key = formOf(w.tokens[i]!);
  for (let k = i; ; ) {
    const list = index.get(key);
    if (list) {
      for (const c of list) {
        const end = namePatternAt(w, i, c.pattern);
        if (end < 0) continue;
        if (!best || end > best.end || (end === best.end && c.pattern.words.length > best.words)) {
          best = { entry: c.entry, end, words: c.pattern.words.length };
        }
      }
    }
    k++;
    if (k >= w.end || k >= i + MAX_JOIN || w.tokens[k]!.start !== w.tokens[k - 1]!.end) break;
    key += formOf(w.tokens[k]!);
  }
  return best;
}

function codesOn(entry: ActorEntry, date: string | null): string[] {
  const code = actorCodeOn(entry, date);
  if (!code) return [];
  return code === entry.code && entry.group?.length ? [...entry.group] : [code];
}

/** Token range [start, end) of a character span, or null when no token of the window lies inside it. */
function tokenRange(w: TokenWindow, start: number, end: number): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  for (let i = w.start; i < w.end; i++) {
    const t = w.tokens[i]!;
    if (t.start >= start && t.end <= end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : { start: first, end: last + 1 };
}

/** A dictionary actor's name found in tokens. */
export interface ActorName {
  entry: ActorEntry;
  /** Token range. */
  start: number;
  end: number;
  /** The codes on the date: one, several for a group name (THE_SHIRE [FRO/BIL/SAM]), none for a null-coded actor. */
  codes: string[];
}

/** The dictionary actors named in tokens [start, end), longest name first, left to right, without overlaps. */
export function findActorNames(tokens: readonly Token[], start: number, end: number, lexicons: Lexicons, date: string | null): ActorName[] {
  const out: ActorName[] = [];
  if (!lexicons.actors.length) return out;
  const w: TokenWindow = { tokens, start: Math.max(0, start), end: Math.min(tokens.length, end) };
  const index = indexBy(lexicons.actors, actorIndexes, false);
  for (let i = w.start; i < w.end; i++) {
    const hit = longestAt(w, i, index);
    if (!hit) continue;
    out.push({ entry: hit.entry, start: i, end: hit.end, codes: codesOn(hit.entry, date) });
    i = hit.end - 1;
  }
  return out;
}

function findActors(w: TokenWindow, lexicons: Lexicons, date: string | null, entities: readonly Entity[]): ActorMatch[] {
  const out: ActorMatch[] = findActorNames(w.tokens, w.start, w.end, lexicons, date).map((n) => ({
    start: n.start,
    end: n.end,
    codes: n.codes,
    rule: n.entry.id,
  }));
  // the entities of the article: a coded entity where no dictionary name is, and entity ids for the names found
  const first = w.tokens[w.start];
  const last = w.tokens[w.end - 1];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!first || !last || m.end <= first.start || m.start >= last.end) continue;
      // a pronoun names the phrase's actor only when it is the whole phrase ("it"), not as a possessive ("his licence")
      if (m.kind === 'pronoun' && (m.start > first.start || m.end < last.end)) continue;
      const r = tokenRange(w, m.start, m.end);
      if (!r) continue;
      const overlap = out.find((a) => a.start < r.end && r.start < a.end);
      if (overlap) {
        overlap.entity ??= e.id;
        continue;
      }
      if (e.actor) out.push({ start: r.start, end: r.end, codes: [e.actor], entity: e.id, rule: e.rule ?? ENTITY_RULE });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function findAgents(w: TokenWindow, agents: readonly AgentEntry[], taken: readonly ActorMatch[]): AgentMatch[] {
  const out: AgentMatch[] = [];
  if (!agents.length) return out;
  const index = indexBy(agents, agentIndexes, true);
  let next = 0; // taken is sorted by start: the first actor not yet passed
  let upTo: TokenWindow = w;
  for (let i = w.start; i < w.end; i++) {
    while (next < taken.length && taken[next]!.end <= i) next++;
    const actor = taken[next];
    if (actor && actor.start <= i) {
      i = actor.end - 1;
      continue;
    }
    // an agent may not run into a named actor ("police" of "Interpol police" is fine, "Gondor" inside is not)
    const stop = actor ? actor.start : w.end;
    if (upTo.end !== stop) upTo = { tokens: w.tokens, start: w.start, end: stop };
    const hit = longestAt(upTo, i, index);
    if (!hit) continue;
    out.push({ start: i, end: hit.end, code: hit.entry.code, prefix: hit.entry.prefix === true, rule: hit.entry.id });
    i = hit.end - 1;
  }
  return out;
}

const FORMER = new Set(['former', 'ex', 'ex-']);

/** "former security officials" → ELI: an agent preceded by "former" in the phrase names an elite. */
function applyFormer(w: TokenWindow, agents: AgentMatch[]): AgentMatch[] {
  let formerAt = -1;
  for (let i = w.start; i < w.end; i++) if (FORMER.has(formOf(w.tokens[i]!))) {
    formerAt = i;
    break;
  }
  if (formerAt < 0) return agents;
  return agents.map((a) => (a.start > formerAt && !a.prefix ? { ...a, code: 'ELI', rule: FORMER_RULE } : a));
}

/** Joins agent codes to an actor code, dropping an agent the code already ends with (USAGOV + GOV stays USAGOV). */
function compose(actor: ActorMatch | null, code: string | null, agents: readonly AgentMatch[]): { code: string; rules: string[] } | null {
  let out = code ?? '';
  const rules: string[] = actor ? [actor.rule] : [];
  for (const a of agents.filter((x) => x.prefix)) {
    if (out.startsWith(a.code)) continue;
    out = a.code + out;
    rules.push(a.rule);
  }
  for (const a of agents.filter((x) => !x.prefix)) {
    if (out.endsWith(a.code)) continue;
    out += a.code;
    rules.push(a.rule);
  }
  return out ? { code: out, rules } : null;
}

const COORDINATORS = new Set(['and', 'or', 'nor', '&', ',', 'as well as', 'plus']);
const PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'for']);

interface Conjunct {
  actors: ActorMatch[];
  agents: AgentMatch[];
}

function conjunctsOf(ranges: { start: number; end: number }[], actors: ActorMatch[], agents: AgentMatch[]): Conjunct[] {
  return ranges.map((r) => ({
    actors: actors.filter((a) => a.start >= r.start && a.end <= r.end),
    agents: agents.filter((a) => a.start >= r.start && a.end <= r.end),
  }));
}

/**
 * Splits [start, end) at coordinators that lie outside every actor and agent name. A coordinator right after an
 * adjective joins adjectives, not phrases ("Ithilen's awful and evil minister" is one minister).
 */
function splitAt(w: TokenWindow, start: number, end: number, inside: (i: number) => boolean, words: Set<string>) {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const adjectives = i > start && w.tokens[i - 1]!.pos === 'ADJ' && !inside(i - 1);
    if (!inside(i) && !adjectives && words.has(formOf(w.tokens[i]!))) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end });
  return out;
}

/**
 * Every actor of a noun phrase over tokens [start, end): one per coordinated member, agents distributed over them.
 * `date` (ISO) picks date-restricted codes. `entities` supply codes where no dictionary name is found.
 * `fallbackAgents` are used only when the lexicons bring no agents of their own (the built-in agent lexicon).
 */
export function resolveNounPhraseActors(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicons: Lexicons,
  date: string | null,
  entities: readonly Entity[] = [],
  fallbackAgents: readonly AgentEntry[] = [],
): PhraseActor[] {
  const w: TokenWindow = { tokens, start: Math.max(0, start), end: Math.min(tokens.length, end) };
  if (w.end <= w.start) return [];
  const actors = findActors(w, lexicons, date, entities);
  const agentList = lexicons.agents.length ? lexicons.agents : fallbackAgents;
  const agents = applyFormer(w, findAgents(w, agentList, actors));
  if (!actors.length && !agents.length) return [];
  const mask = new Uint8Array(w.end - w.start);
  for (const a of [...actors, ...agents]) for (let i = Math.max(a.start, w.start); i < Math.min(a.end, w.end); i++) mask[i - w.start] = 1;
  const inside = (i: number): boolean => mask[i - w.start] === 1;

  // head and complement: "ambassadors | of Arnor, Osgiliath and Gondor"
  let split = -1;
  for (let i = w.start; i < w.end; i++) if (!inside(i) && PREPOSITIONS.has(formOf(tokens[i]!))) {
    split = i;
    break;
  }
  const headEnd = split < 0 ? w.end : split;
  let complementEnd = w.end;
  if (split >= 0) {
    for (let i = split + 1; i < w.end; i++) if (!inside(i) && PREPOSITIONS.has(formOf(tokens[i]!))) {
      complementEnd = i;
      break;
    }
  }
  const head = conjunctsOf(splitAt(w, w.start, headEnd, inside, COORDINATORS), actors, agents);
  const complement = split < 0 ? [] : conjunctsOf(splitAt(w, split + 1, complementEnd, inside, COORDINATORS), actors, agents);
  const complementActors = complement.filter((c) => c.actors.length);

  const out: PhraseActor[] = [];
  const emit = (actor: ActorMatch | null, agentsOf: AgentMatch[]): void => {
    const codes = actor ? (actor.codes.length ? actor.codes : [null]) : [null];
    for (const code of codes) {
      const composed = compose(actor, code, agentsOf);
      if (!composed) continue;
      const anchor = actor ?? agentsOf[0]!;
      const phrase: PhraseActor = { code: composed.code, start: anchor.start, end: anchor.end, rule: composed.rules[0]!, rules: composed.rules };
      // a group name (THE_SHIRE [FRO/BIL/SAM]) is no one of its members: they keep no entity, so none merges away
      if (actor?.entity && codes.length === 1) phrase.entity = actor.entity;
      if (!out.some((p) => p.code === phrase.code && p.start === phrase.start)) out.push(phrase);
    }
  };

  const lastActorConjunct = head.reduce((k, c, i) => (c.actors.length ? i : k), -1);
  let previous: { actor: ActorMatch; modifiers: AgentMatch[] } | null = null;
  head.forEach((c, i) => {
    if (c.actors.length) {
      const actor = c.actors[0]!;
      emit(actor, c.agents);
      previous = { actor, modifiers: c.agents.slice(0, -1) };
      return;
    }
    if (!c.agents.length) return;
    if (i > lastActorConjunct && complementActors.length) {
      // "lawmakers and officials in Fornost and Gondor", "Ithilen and the government of Gondor"
      for (const k of complementActors) emit(k.actors[0]!, [...k.agents, ...c.agents]);
      return;
    }
    if (previous) {
      // "Danish media and government": the actor (and its modifiers) carry over to a bare agent
      const p = previous as { actor: ActorMatch; modifiers: AgentMatch[] };
      emit(p.actor, [...p.modifiers, ...c.agents]);
      return;
    }
    emit(null, c.agents);
  });
  if (!out.length) {
    // nothing in the head: "the leaders of Gondor" is Gondor
    for (const k of complementActors) emit(k.actors[0]!, k.agents);
    if (!out.length) for (const k of complement) if (k.agents.length) emit(null, k.agents);
  }
  return out;
}

/** The actor of a noun phrase: the first of `resolveNounPhraseActors`, or null when the phrase names none. */
export function resolveNounPhraseActor(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicons: Lexicons,
  date: string | null,
  entities: readonly Entity[] = [],
  fallbackAgents: readonly AgentEntry[] = [],
): PhraseActor | null {
  return resolveNounPhraseActors(tokens, start, end, lexicons, date, entities, fallbackAgents)[0] ?? null;
}
