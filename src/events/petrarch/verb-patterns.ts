// PETRARCH verb patterns on dyad's tokens: a verb form of a dictionary block (with its particles: "cordoned off",
// "wire tapped"), then the block's patterns tried around it, words and synsets before and after the verb, `$` `+` `%`
// `^` bound to the actor phrases the caller found. The most specific matching pattern gives the CAMEO code.
import type { Token } from '../../article.js';
import type { Lexicons, PatternStep, VerbPatternEntry } from '../../lexicons/types.js';
import { formOf, keysAt, phraseAt, wordAt, type TokenWindow } from './words.js';

/**
 * A noun phrase around the verb, as a token range: `compound` when it coordinates several actors ("Gondor and
 * Osgiliath"); `actor: false` for a phrase that names no actor, which only PETRARCH's `^` (skip a phrase) may take.
 */
export interface ActorSlot {
  start: number;
  end: number;
  compound?: boolean;
  actor?: boolean;
}

export interface VerbPatternOptions {
  /** The token range a pattern may look into (the clause or sentence of the verb); default: all the tokens. */
  start?: number;
  end?: number;
  /** The noun phrases around the verb, for the `$` (source), `+` (target), `%` (compound) and `^` (skip) slots. */
  actors?: readonly ActorSlot[];
}

export interface VerbPatternMatch {
  /** The CAMEO code of the event from source to target. */
  code: string;
  /** PETRARCH `[032:033]`: the code of the paired event from the target back to the source. */
  pairedCode?: string;
  /** The rule: the matching pattern's id, or the verb entry's when the verb's own code applies. */
  patternId: string;
  /** Token range of the verb and its particles ("cordoned off"). */
  verbStart: number;
  verbEnd: number;
  /** Actor phrases the pattern placed: `$`, `+`, and `%` (whose members act on each other). */
  sourceSpan?: ActorSlot;
  targetSpan?: ActorSlot;
  compoundSpan?: ActorSlot;
}

/** A pattern with what must be in the sentence for it to match, so most patterns are ruled out by a set lookup. */
interface CompiledPattern {
  entry: VerbPatternEntry;
  size: number;
  order: number;
  /** Words, and for each synset the first words of its phrases, needed after and before the verb. */
  after: { words: string[]; synsets: string[] };
  before: { words: string[]; synsets: string[] };
}

interface VerbIndex {
  byForm: Map<string, VerbPatternEntry[]>;
  /** Per block, its patterns most specific first (most steps; file order on a tie). */
  patternsByGroup: Map<string, CompiledPattern[]>;
  /** Synset phrases by synset name and first word. */
  synsets: Map<string, Map<string, string[][]>>;
}

// A memo of the indexes built for each lexicons object; lexicons are read-only, so it never goes stale.
const indexes = new WeakMap<Lexicons, VerbIndex>();

function needs(steps: readonly PatternStep[] | undefined): { words: string[]; synsets: string[] } {
  const out = { words: [] as string[], synsets: [] as string[] };
  for (const st of steps ?? []) {
    if (st.element.kind === 'word') out.words.push(st.element.word);
    else if (st.element.kind === 'synset') out.synsets.push(st.element.name);
  }
  return out;
}

function indexOf(lexicons: Lexicons): VerbIndex {
  let index = indexes.get(lexicons);
  if (index) return index;
  index = { byForm: new Map(), patternsByGroup: new Map(), synsets: new Map() };
  for (const s of lexicons.synsets ?? []) {
    const byFirst = new Map<string, string[][]>();
    for (const ph of s.phrases) {
      const list = byFirst.get(ph[0]!);
      if (list) list.push(ph);
      else byFirst.set(ph[0]!, [ph]);
    }
    index.synsets.set(s.name, byFirst);
  }
  for (const v of lexicons.verbs) {
    if (v.kind === 'pattern' || (v.kind === undefined && v.pattern.trim() !== '*')) {
      const group = v.group ?? v.verb;
      let list = index.patternsByGroup.get(group);
      if (!list) index.patternsByGroup.set(group, (list = []));
      const size = (v.after?.length ?? 0) + (v.before?.length ?? 0);
      list.push({ entry: v, size, order: list.length, after: needs(v.after), before: needs(v.before) });
      continue;
    }
    for (const form of v.forms ?? [v.verb]) {
      const list = index.byForm.get(form);
      if (list) list.push(v);
      else index.byForm.set(form, [v]);
    }
  }
  for (const list of index.patternsByGroup.values()) list.sort((a, b) => b.size - a.size || a.order - b.order);
  indexes.set(lexicons, index);
  return index;
}

/** PETRARCH passes over these when it looks for a verb's particle ("broke it off"). */
const PARTICLE_GAP = new Set(['the', 'a', 'an', 'it', 'he', 'they', 'her', 'some', 'few', 'that']);
const MAX_PARTICLE_GAP = 2;

/** Where the particles after the verb end, or -1. */
function particlesAfterAt(w: TokenWindow, from: number, words: readonly string[]): number {
  let k = from;
  for (const word of words) {
    let gap = 0;
    while (k < w.end && gap < MAX_PARTICLE_GAP && !wordAt(w, k, word) && PARTICLE_GAP.has(formOf(w.tokens[k]!))) {
      k++;
      gap++;
    }
    const n = wordAt(w, k, word);
    if (!n) return -1;
    k += n;
  }
  return k;
}

/** Where the particles before the verb start, or -1 ("wire" of "wire tapped" must come right before it). */
function particlesBeforeAt(w: TokenWindow, to: number, words: readonly string[]): number {
  let k = to;
  for (let j = words.length - 1; j >= 0; j--) {
    let found = -1;
    for (let s = k - 1; s >= w.start && s >= k - 5; s--) {
      if (s + wordAt(w, s, words[j]!) === k && wordAt(w, s, words[j]!) > 0) {
        found = s;
        break;
      }
    }
    if (found < 0) return -1;
    k = found;
  }
  return k;
}

interface VerbAt {
  entry: VerbPatternEntry;
  start: number;
  end: number;
}

/** The dictionary verb at token `i`, with its particles; the one with most particles wins. */
function verbAt(w: TokenWindow, i: number, index: VerbIndex): VerbAt | null {
  const candidates = index.byForm.get(formOf(w.tokens[i]!));
  if (!candidates) return null;
  let best: (VerbAt & { particles: number }) | null = null;
  for (const entry of candidates) {
    const before = entry.particlesBefore ?? [];
    const after = entry.particlesAfter ?? [];
    const start = before.length ? particlesBeforeAt(w, i, before) : i;
    const end = after.length ? particlesAfterAt(w, i + 1, after) : i + 1;
    if (start < 0 || end < 0) continue;
    const particles = before.length + after.length;
    if (!best || particles > best.particles) best = { entry, start, end, particles };
  }
  return best && { entry: best.entry, start: best.start, end: best.end };
}

/** True when token `i` is a form of a verb of the lexicons' verb dictionary (particles included). */
export function isDictionaryVerb(tokens: readonly Token[], i: number, lexicons: Lexicons): boolean {
  if (!lexicons.verbs.length || i < 0 || i >= tokens.length) return false;
  return verbAt({ tokens, start: 0, end: tokens.length }, i, indexOf(lexicons)) !== null;
}

/** A CAMEO code dyad can report: two to four digits and an optional letter ("1717", "174K"); not `+++` or `025?`. */
export function isEventCode(code: string): boolean {
  return /^\d{2,4}[A-Za-z]?$/.test(code);
}

interface Bindings {
  source?: ActorSlot;
  target?: ActorSlot;
  compound?: ActorSlot;
}

interface Matcher {
  w: TokenWindow;
  synsets: Map<string, Map<string, string[][]>>;
  actors: readonly ActorSlot[];
}

/** Whether a phrase may fill an actor slot: `^` takes any phrase, `%` a compound, `$` and `+` a phrase with an actor. */
function fits(kind: 'source' | 'target' | 'compound' | 'skip', slot: ActorSlot): boolean {
  if (kind === 'skip') return true;
  if (slot.actor === false) return false;
  return kind !== 'compound' || slot.compound === true;
}

/** Ends of the element of `step` when it starts at token `p` (several for synsets with phrases of several lengths). */
function endsFrom(m: Matcher, step: PatternStep, p: number): { end: number; slot?: ActorSlot }[] {
  const e = step.element;
  if (e.kind === 'word') {
    const n = wordAt(m.w, p, e.word);
    return n ? [{ end: p + n }] : [];
  }
  if (e.kind === 'synset') {
    const byFirst = m.synsets.get(e.name);
    const out: { end: number }[] = [];
    if (!byFirst) return out;
    for (const key of keysAt(m.w, p)) {
      for (const phrase of byFirst.get(key) ?? []) {
        const end = phraseAt(m.w, p, phrase);
        if (end > 0 && end <= m.w.end) out.push({ end });
      }
    }
    return out.sort((a, b) => b.end - a.end);
  }
  // a phrase fills the slot from its start, or from inside it when pattern words took its first words ("THEIR ^")
  return m.actors.filter((a) => a.start <= p && p < a.end && a.end <= m.w.end && fits(e.kind, a)).map((a) => ({ end: a.end, slot: a }));
}

/** Starts of the element of `step` when it ends just before token `q`. */
function startsBefore(m: Matcher, step: PatternStep, q: number): { start: number; slot?: ActorSlot }[] {
  const e = step.element;
  if (e.kind === 'word' || e.kind === 'synset') {
    const byFirst = e.kind === 'synset' ? m.synsets.get(e.name) : null;
    const out: { start: number }[] = [];
    for (let s = q - 1; s >= m.w.start && s >= q - 12; s--) {
      if (e.kind === 'word') {
        if (wordAt(m.w, s, e.word) === q - s) out.push({ start: s });
        continue;
      }
      let hit = false;
      for (const key of keysAt(m.w, s)) {
        for (const phrase of byFirst?.get(key) ?? []) if (phraseAt(m.w, s, phrase) === q) hit = true;
      }
      if (hit) out.push({ start: s });
    }
    return out;
  }
  return m.actors.filter((a) => a.start < q && q <= a.end && a.start >= m.w.start && fits(e.kind, a)).map((a) => ({ start: a.start, slot: a }));
}

function bind(b: Bindings, step: PatternStep, slot: ActorSlot | undefined): Bindings {
  if (!slot) return b;
  const kind = step.element.kind;
  if (kind === 'source') return { ...b, source: slot };
  if (kind === 'target') return { ...b, target: slot };
  if (kind === 'compound') return { ...b, compound: slot };
  return b;
}

/** Matches the steps after the verb from token `pos` on; the first fit in text order, backtracking on failure. */
function matchAfter(m: Matcher, steps: readonly PatternStep[], k: number, pos: number, b: Bindings): Bindings | null {
  if (k === steps.length) return b;
  const step = steps[k]!;
  const last = step.open ? m.w.end - 1 : pos;
  for (let p = pos; p <= last && p < m.w.end; p++) {
    for (const hit of endsFrom(m, step, p)) {
      const done = matchAfter(m, steps, k + 1, hit.end, bind(b, step, hit.slot));
      if (done) return done;
    }
  }
  return null;
}

/** Matches the steps before the verb, nearest first, from the token before `pos` backwards. */
function matchBefore(m: Matcher, steps: readonly PatternStep[], k: number, pos: number, b: Bindings): Bindings | null {
  if (k === steps.length) return b;
  const step = steps[k]!;
  const first = step.open ? m.w.start + 1 : pos;
  for (let q = pos; q >= first && q > m.w.start; q--) {
    for (const hit of startsBefore(m, step, q)) {
      const done = matchBefore(m, steps, k + 1, hit.start, bind(b, step, hit.slot));
      if (done) return done;
    }
  }
  return null;
}

/**
 * The PETRARCH code of the verb at token `verbIndex`: the most specific pattern of its block that matches (most
 * steps; the earlier pattern on a tie), else the verb's own code. Null when the token is no dictionary verb, when the
 * code is PETRARCH's null code `---` (a pattern with it stops the verb), or when no usable CAMEO code results.
 */
export function matchVerbPatterns(
  tokens: readonly Token[],
  verbIndex: number,
  lexicons: Lexicons,
  options: VerbPatternOptions = {},
): VerbPatternMatch | null {
  if (!lexicons.verbs.length) return null;
  const w: TokenWindow = { tokens, start: Math.max(0, options.start ?? 0), end: Math.min(tokens.length, options.end ?? tokens.length) };
  if (verbIndex < w.start || verbIndex >= w.end) return null;
  const index = indexOf(lexicons);
  const verb = verbAt(w, verbIndex, index);
  if (!verb) return null;
  const m: Matcher = { w, synsets: index.synsets, actors: options.actors ?? [] };
  const patterns = index.patternsByGroup.get(verb.entry.group ?? verb.entry.verb) ?? [];
  if (patterns.length) {
    const afterKeys = keysIn(w, verb.end, w.end);
    const beforeKeys = keysIn(w, w.start, verb.start);
    for (const p of patterns) {
      if (!present(p.after, afterKeys, index) || !present(p.before, beforeKeys, index)) continue;
      const after = matchAfter(m, p.entry.after ?? [], 0, verb.end, {});
      if (!after) continue;
      const both = matchBefore(m, p.entry.before ?? [], 0, verb.start, after);
      if (!both) continue;
      // the most specific pattern that matches decides; a `---` one stops the verb, an unusable code gives way
      if (p.entry.code === '---') return null;
      if (isEventCode(p.entry.code)) return result(p.entry, verb, both);
    }
  }
  if (!isEventCode(verb.entry.code)) return null;
  return result(verb.entry, verb, {});
}

/** Every lookup key (token forms and adjacent tokens written together) in tokens [from, to). */
function keysIn(w: TokenWindow, from: number, to: number): Set<string> {
  const out = new Set<string>();
  const side: TokenWindow = { tokens: w.tokens, start: from, end: to };
  for (let i = from; i < to; i++) for (const k of keysAt(side, i)) out.add(k);
  return out;
}

/** Whether a pattern side's words, and a first word of each of its synsets, are among the keys. */
function present(need: { words: string[]; synsets: string[] }, keys: Set<string>, index: VerbIndex): boolean {
  for (const word of need.words) if (!keys.has(word)) return false;
  for (const name of need.synsets) {
    const byFirst = index.synsets.get(name);
    if (!byFirst) return false;
    let any = false;
    for (const key of keys) {
      if (byFirst.has(key)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

function result(entry: VerbPatternEntry, verb: VerbAt, b: Bindings): VerbPatternMatch {
  const out: VerbPatternMatch = { code: entry.code, patternId: entry.id, verbStart: verb.start, verbEnd: verb.end };
  if (entry.pairedCode && isEventCode(entry.pairedCode)) out.pairedCode = entry.pairedCode;
  if (b.source) out.sourceSpan = b.source;
  if (b.target) out.targetSpan = b.target;
  if (b.compound) out.compoundSpan = b.compound;
  return out;
}
