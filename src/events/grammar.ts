// events: subjects, objects, clauses and complements read from a sentence's chunks. Every search is local and
// bounded (a clause, a few phrases), so the stage stays linear in tokens.
import type { Token } from '../article.js';
import { itemActors, OBJECT_LENDERS, possessorActors, type ActorRef, type ActorScope } from './actors.js';
import type { Chunk, NominalRun, NounPhrase, RunItem, SentenceView, VerbGroup } from './read-sentence.js';
import type { TokenRange } from './types.js';

const HARD_BOUNDARY = new Set([';', ':', '"', '“', '”', '(', ')', '[', ']', '—', '–', '--', '?', '!']);
/** Prepositions that introduce a target when the entry names none. "by", "of", "between" and "about" only
 * qualify a phrase already there ("condemned an attack by Osgiliath soldiers"). */
/** Nouns of violent events: a phrase after them names the victim ("the attack on the embassy"). */
const VIOLENT_EVENT_NOUNS = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'bombing', 'bombings',
  'shelling', 'assault', 'invasion', 'offensive', 'killing', 'killings', 'massacre', 'crackdown', 'incursion',
]);
const DEFAULT_PREPS = new Set(['with', 'to', 'against', 'on', 'at', 'toward', 'towards', 'into', 'over', 'from', 'for', 'upon', 'onto']);
const ATTACHED_PREPS = new Set(['by', 'of', 'between', 'about', 'among']);
/** Prepositions whose phrase is where or when, never who: skipped when looking for a target. */
const SCENE_PREPS = new Set(['in', 'during', 'since', 'after', 'before', 'until', 'within', 'near', 'across', 'throughout', 'amid', 'despite', 'like', 'as', 'than', 'including', 'via', 'under', 'without', 'through']);

export function tokenText(tokens: readonly Token[], text: string, start: number, end: number): string {
  return text.slice(tokens[start].start, tokens[end - 1].end);
}

function isBoundaryChunk(view: SentenceView, ch: Chunk): boolean {
  if (ch.kind === 'sconj' || ch.kind === 'rel') return true;
  if (ch.kind === 'punct') return HARD_BOUNDARY.has(view.tokens[ch.start].norm) || view.tokens[ch.start].norm === ',';
  return false;
}

/** Index of the chunk holding token `t`. */
export function chunkAt(view: SentenceView, t: number): number {
  return view.chunkOf[t - view.start];
}

/** The clause around chunk `c`: from the last boundary before it to the first after it (finite verbs end it). */
export function clauseOf(view: SentenceView, c: number): TokenRange {
  let left = c;
  while (left > 0) {
    const ch = view.chunks[left - 1];
    if (isBoundaryChunk(view, ch)) break;
    if (ch.kind === 'vg' && !(ch as VerbGroup).infinitive && left - 1 !== c) break;
    left--;
  }
  let right = c + 1;
  while (right < view.chunks.length) {
    const ch = view.chunks[right];
    if (isBoundaryChunk(view, ch)) {
      // A comma inside a list of phrases ("with Mordor, Rohan and Bree") is not a boundary.
      const r = view.runOf[right];
      if (!(ch.kind === 'punct' && r >= 0)) break;
    }
    if (ch.kind === 'vg' && !(ch as VerbGroup).infinitive) break;
    if (ch.kind === 'cconj' && view.chunks[right + 1]?.kind === 'vg') break;
    right++;
  }
  return { start: view.chunks[left].start, end: view.chunks[right - 1].end };
}

/** The run that ends right before chunk `c` (adverbs between allowed), or null. */
function runEndingBefore(view: SentenceView, c: number): { run: NominalRun; at: number } | null {
  let k = c - 1;
  while (k >= 0 && view.chunks[k].kind === 'adv') k--;
  if (k < 0) return null;
  const r = view.runOf[k];
  if (r < 0) return null;
  const run = view.runs[r];
  return run.chunkEnd === k + 1 ? { run, at: k } : null;
}

/** The head item of a run (its first phrase without a preposition) and the items qualifying it. */
function headOf(run: NominalRun): { item: RunItem; attachments: RunItem[] } | null {
  const i = run.items.findIndex((it) => it.prep === null);
  if (i < 0) return null;
  return { item: run.items[i], attachments: run.items.slice(i + 1) };
}

export interface Argument {
  refs: ActorRef[];
  /** Tokens of the phrase the actors were read from. */
  range: TokenRange;
}

/**
 * "in Beijing Lavrov will hold talks": a run of prepositional phrases only, whose last phrase starts with a place
 * and goes on with other names, holds a fronted place and the subject run together.
 */
function subjectAfterPlace(scope: ActorScope, view: SentenceView, run: NominalRun): Argument | null {
  const last = run.items[run.items.length - 1];
  if (last.prep === null || last.group.length !== 1) return null;
  const np = last.group[0];
  const ei = scope.entityAt[np.start];
  if (ei < 0) return null;
  const type = scope.doc.entities[ei].type;
  if (type !== 'GPE' && type !== 'LOC') return null;
  let k = np.start;
  while (k < np.end && scope.entityAt[k] === ei) k++;
  if (k >= np.end || view.tokens[k].pos !== 'PROPN') return null;
  const rest: NounPhrase = { kind: 'np', start: k, end: np.end, head: np.head, possessor: null };
  const refs = itemActors(scope, view, { prep: null, group: [rest] });
  return refs.length ? { refs, range: { start: k, end: np.end } } : null;
}

function runArgument(scope: ActorScope, view: SentenceView, run: NominalRun): Argument | null {
  const head = headOf(run);
  if (!head) return subjectAfterPlace(scope, view, run);
  const refs = itemActors(scope, view, head.item, head.attachments);
  const g = head.item.group;
  return { refs, range: { start: g[0].start, end: g[g.length - 1].end } };
}

function previousFiniteVerb(view: SentenceView, c: number): number {
  for (let k = c - 1; k >= 0; k--) {
    const ch = view.chunks[k];
    if (ch.kind === 'vg' && !(ch as VerbGroup).infinitive && !(ch as VerbGroup).nonFinite) return k;
    if (ch.kind === 'punct' && HARD_BOUNDARY.has(view.tokens[ch.start].norm) && view.tokens[ch.start].norm !== ',') return -1;
  }
  return -1;
}

/**
 * The subject of the verb group at chunk `c`: the nominal run right before it; across an apposition or a
 * relative clause set off by commas ("Osgiliath, the state's fiercest foe, has"); for an infinitive or a bare
 * participle, the subject of the verb that governs it ("China is paying efforts to mediate"); for a second verb
 * of a coordination, the first verb's subject ("condemned the attack and promised aid").
 */
export function subjectOf(scope: ActorScope, view: SentenceView, c: number, depth = 0): Argument | null {
  if (depth > 3) return null;
  const vg = view.chunks[c] as VerbGroup;
  const before = runEndingBefore(view, c);
  let k = c - 1;
  while (k >= 0 && view.chunks[k].kind === 'adv') k--;
  if (before) {
    const arg = runArgument(scope, view, before.run);
    const prev = view.chunks[before.run.chunkStart - 1];
    // Object control: "urged Iran to free the sailors" — the object of the governing verb does the freeing.
    if (vg.infinitive && prev?.kind === 'vg') {
      if (arg && arg.refs.length) return arg;
      return subjectOf(scope, view, before.run.chunkStart - 1, depth + 1);
    }
    if (arg && arg.refs.length) return arg;
    // A relative pronoun before the run ("who Gondor attacked") or nothing resolvable: no subject.
    if (arg) return arg;
    return null;
  }
  if (k < 0) return null;
  const ch = view.chunks[k];
  if (ch.kind === 'vg' && (vg.infinitive || vg.nonFinite)) return subjectOf(scope, view, k, depth + 1);
  if ((vg.nonFinite || vg.infinitive) && ch.kind === 'punct' && view.tokens[ch.start].norm === ',') {
    const p = previousFiniteVerb(view, k);
    return p >= 0 ? subjectOf(scope, view, p, depth + 1) : null;
  }
  if (ch.kind === 'cconj') {
    const p = previousFiniteVerb(view, k);
    return p >= 0 ? subjectOf(scope, view, p, depth + 1) : null;
  }
  if (ch.kind === 'rel' && !vg.nonFinite && !vg.infinitive) {
    // "Arnor, which ... attacked", "a diplomat who visited": the antecedent right before (or before a comma).
    let a = k - 1;
    if (a >= 0 && view.chunks[a].kind === 'punct' && view.tokens[view.chunks[a].start].norm === ',') a--;
    const r = a >= 0 ? view.runOf[a] : -1;
    if (r < 0 || view.runs[r].chunkEnd !== a + 1) return null;
    const run = view.runs[r];
    const last = run.items[run.items.length - 1];
    const refs = itemActors(scope, view, last);
    const g = last.group;
    return refs.length ? { refs, range: { start: g[0].start, end: g[g.length - 1].end } } : null;
  }
  if (ch.kind === 'punct' && view.tokens[ch.start].norm === ',') {
    // Skip a comma-enclosed apposition or relative clause back to the phrase it describes.
    for (let p = k - 1; p >= 0 && k - p < 40; p--) {
      const pc = view.chunks[p];
      if (pc.kind === 'punct' && HARD_BOUNDARY.has(view.tokens[pc.start].norm) && view.tokens[pc.start].norm !== ',') return null;
      if (!(pc.kind === 'punct' && view.tokens[pc.start].norm === ',')) continue;
      const inner = view.chunks[p + 1];
      const innerRun = view.runOf[p + 1];
      const apposition = innerRun >= 0 && view.runs[innerRun].chunkEnd === k;
      // ", who ...,", ", speaking on Monday,", ", in remarks published on Monday,": set-off material.
      const relative = inner.kind === 'rel' || (inner.kind === 'vg' && (inner as VerbGroup).nonFinite) || inner.kind === 'prep' || inner.kind === 'adv';
      if (!apposition && !relative) return null;
      const head = runEndingBefore(view, p + 1);
      if (!head) return null;
      const start = view.chunks[head.run.chunkStart - 1];
      // The phrase before the first comma must open its clause, or it is an object ("met X, the envoy, ...").
      if (start && !(isBoundaryChunk(view, start) || start.kind === 'cconj' || start.kind === 'adv')) return null;
      const arg = runArgument(scope, view, head.run);
      return arg && arg.refs.length ? arg : null;
    }
    return null;
  }
  return null;
}

export interface TargetOptions {
  /** Prepositions that introduce the target; undefined: the direct object, then the default prepositions. */
  preps?: readonly string[];
  /** Only phrases introduced by these prepositions (the agent of a passive: "by"). */
  only?: readonly string[];
  /** Tokens of an object noun already used by the predicate ("pay a visit"): not a target candidate. */
  skip?: TokenRange | null;
  /** Actors that cannot be the target (the source: "renewing his licence" is not aimed at himself). */
  exclude?: readonly ActorRef[];
  /**
   * PETRARCH's convention: with no other target, a place that qualifies the object is the target ("criticized the
   * closure of guest houses in Bree"). Off for the built-in lexicon: "discuss the situation in Ukraine" is a topic.
   */
  scene?: boolean;
  /** No direct object, and no phrase that only qualifies one: prepositional targets only. */
  noObject?: boolean;
  /** Only phrases whose head names the actor: "meet firms' concerns" does not meet the firms. */
  strict?: boolean;
}

const same = (a: ActorRef, b: ActorRef) => (a.entity !== null && a.entity === b.entity) || a.actor === b.actor;

/**
 * The run items after chunk `from` inside the clause, in order, each with the items after it in its run. An item
 * whose preposition was read as the verb's particle ("called on Iran") comes as a direct object.
 */
function itemsAfter(view: SentenceView, from: number): { item: RunItem; rest: RunItem[]; first: boolean }[] {
  const out: { item: RunItem; rest: RunItem[]; first: boolean }[] = [];
  let k = from;
  while (k < view.chunks.length && (view.chunks[k].kind === 'adv' || (view.chunks[k].kind === 'other' && view.tokens[view.chunks[k].start].pos === 'PART'))) k++;
  let first = true;
  while (k < view.chunks.length) {
    const ch = view.chunks[k];
    const r = view.runOf[k];
    if (r >= 0) {
      const run = view.runs[r];
      // Start inside the run where chunk k falls.
      let idx = 0;
      while (idx < run.items.length && run.items[idx].group[0].start < ch.start) idx++;
      for (let i = idx; i < run.items.length; i++) {
        const it = run.items[i];
        const item = it.prep !== null && it.prep < ch.start ? { prep: null, group: it.group } : it;
        out.push({ item, rest: run.items.slice(i + 1), first });
        first = false;
      }
      k = run.chunkEnd;
      continue;
    }
    if (ch.kind === 'adv') {
      k++;
      continue;
    }
    // "the roads leading into Mordor": a participle that qualifies the phrase before it.
    if (ch.kind === 'vg' && (ch as VerbGroup).nonFinite && out.length && view.tokens[ch.head].norm.endsWith('ing') && ch.end - ch.start === 1) {
      k++;
      continue;
    }
    break;
  }
  return out;
}

/** Actors of a target phrase, falling back to its possessor or the names that modify it ("Russia's plan"). */
export function targetActors(scope: ActorScope, view: SentenceView, item: RunItem, rest: RunItem[]): ActorRef[] {
  const refs = itemActors(scope, view, item, rest, OBJECT_LENDERS);
  if (refs.length) return refs;
  const out: ActorRef[] = [];
  for (const np of item.group) {
    const owners = possessorActors(scope, view, np);
    if (owners.length) {
      out.push(...owners);
      continue;
    }
    // A country named before the head: "the Russian proposal", "the China-Russia partnership".
    for (let t = np.start; t < np.head; t++) {
      const ei = scope.entityAt[t];
      if (ei < 0) continue;
      const e = scope.doc.entities[ei];
      const code = e.actor ?? e.country;
      if (!code || out.some((o) => o.actor === code)) continue;
      let end = t + 1;
      while (end < np.head && scope.entityAt[end] === ei) end++;
      out.push({ entity: e.id, actor: code, text: tokenText(view.tokens, scope.doc.text, t, end), start: t, end, rule: 'target-named-in-phrase' });
      t = end - 1;
    }
  }
  return out;
}

/** The actors of `refs` that are none of `exclude` (a module function: no closure per call). */
function keep(refs: ActorRef[], exclude: readonly ActorRef[] | undefined): ActorRef[] {
  return exclude ? refs.filter((r) => !exclude.some((x) => same(x, r))) : refs;
}

/**
 * The target after chunk `from` (the verb group, or the particle/object after it): the direct object first, then
 * phrases with the entry's prepositions, or the default ones; the first phrase that names an actor wins.
 */
export function targetAfter(scope: ActorScope, view: SentenceView, from: number, options: TargetOptions = {}): Argument | null {
  const items = itemsAfter(view, from);
  const { tokens } = view;
  let objectItem: { item: RunItem; rest: RunItem[] } | null = null;
  let scene: { item: RunItem; rest: RunItem[] } | null = null;
  // After an object naming a violent event, its phrase names the victim, not the target of the verb
  // ("condemned the attack on the embassy": the embassy was attacked, not condemned).
  let passedObject = false;
  for (let i = 0; i < items.length; i++) {
    const { item, rest, first } = items[i];
    const prep = item.prep === null ? null : tokens[item.prep].norm;
    // The predicate's own object noun ("froze Iranian assets", "seized the Ukrainian port"): an actor if its head
    // is one; otherwise the names in it count only when no later phrase names a target.
    if (options.skip && item.group[0].start >= options.skip.start && item.group[0].start < options.skip.end) {
      const refs = keep(itemActors(scope, view, item, rest, OBJECT_LENDERS), options.exclude);
      if (refs.length) return { refs, range: { start: item.group[0].start, end: item.group[item.group.length - 1].end } };
      objectItem = { item, rest };
      continue;
    }
    let allowed: boolean;
    if (options.only) allowed = prep !== null && options.only.includes(prep);
    else if (options.noObject) allowed = prep !== null && (options.preps ? options.preps.includes(prep) : DEFAULT_PREPS.has(prep));
    else if (prep === null) allowed = first || i === 1 && items[0].item.prep === null && options.skip != null;
    else if (options.preps) allowed = options.preps.includes(prep) || (ATTACHED_PREPS.has(prep) && !first && !SCENE_PREPS.has(prep));
    else allowed = (DEFAULT_PREPS.has(prep) && !passedObject) || (ATTACHED_PREPS.has(prep) && !first);
    // "criticized the closure of guest houses in Bree": a place that qualifies the object is the target only
    // when nothing else is.
    if (options.scene && !allowed && prep === 'in' && !first && !scene && !options.only) scene = { item, rest };
    if (!allowed) continue;
    // A date or a place phrase is not a target ("on Thursday", "in Moscow").
    const refs = keep(options.strict ? itemActors(scope, view, item, rest, OBJECT_LENDERS) : targetActors(scope, view, item, rest), options.exclude);
    if (!refs.length) {
      if (prep === null && first && VIOLENT_EVENT_NOUNS.has(view.tokens[item.group[item.group.length - 1].head].norm)) passedObject = true;
      continue;
    }
    const g = item.group;
    return { refs, range: { start: g[0].start, end: g[g.length - 1].end } };
  }
  for (const last of [objectItem, scene]) {
    if (!last || options.strict) continue;
    const refs = keep(targetActors(scope, view, last.item, last.rest), options.exclude);
    const g = last.item.group;
    if (refs.length) return { refs, range: { start: g[0].start, end: g[g.length - 1].end } };
  }
  return null;
}

/**
 * "vowed on Thursday to wage war on the Rohans", "signed an accord to supply Gondor with wheat": the target of the
 * infinitive that completes the verb, a few phrases on. Returns it with the infinitive's chunk.
 */
export function targetThroughInfinitive(scope: ActorScope, view: SentenceView, from: number): (Argument & { verb: number }) | null {
  for (let k = from; k < view.chunks.length && k < from + 6; k++) {
    const ch = view.chunks[k];
    if (ch.kind === 'vg') {
      if (!(ch as VerbGroup).infinitive) return null;
      const t = targetAfter(scope, view, k + 1);
      return t ? { ...t, verb: k } : null;
    }
    if (!(ch.kind === 'np' || ch.kind === 'prep' || ch.kind === 'adv')) return null;
  }
  return null;
}

/**
 * The subject of the clause a speech verb opens: "warned that Chinese companies could face ...", "said the
 * Russian diplomat could discuss ...". Null when no clause follows.
 */
export function complementSubject(scope: ActorScope, view: SentenceView, c: number): Argument | null {
  let k = c + 1;
  // "expressed hopes on Thursday that ...": a short object and adjuncts may come before "that".
  for (let j = k; j < view.chunks.length && j < k + 6; j++) {
    const ch = view.chunks[j];
    if (ch.kind === 'sconj' && view.tokens[ch.start].norm === 'that') {
      k = j;
      break;
    }
    if (!(ch.kind === 'np' || ch.kind === 'prep' || ch.kind === 'adv')) break;
  }
  if (view.chunks[k]?.kind === 'sconj' && view.tokens[view.chunks[k].start].norm === 'that') k++;
  const r = view.runOf[k];
  if (r === undefined || r < 0 || view.runs[r].chunkStart !== k) return null;
  const run = view.runs[r];
  if (view.chunks[run.chunkEnd]?.kind !== 'vg') return null;
  return runArgument(scope, view, run);
}
