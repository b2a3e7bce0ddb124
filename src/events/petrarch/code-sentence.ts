// PETRARCH's way of finding who did what to whom around a dictionary verb, on the phrases the caller found: the
// pattern's `$`/`+`/`%` slots first; else the nearest actor phrase before the verb group is the source and the first
// actor phrase after the verb, up to the end of its clause, the target; a passive with "by" turns them round; a verb
// coordinated with a coded one ("condemned ... and promised") keeps its subject; and a verb that codes takes in the
// verbs of its own phrase ("abandoned efforts to stop a parade" is one event), as PETRARCH skips to the end of the VP.
import type { Token } from '../../article.js';
import type { Lexicons } from '../../lexicons/types.js';
import { isDictionaryVerb, matchVerbPatterns, type ActorSlot, type VerbPatternMatch } from './verb-patterns.js';
import { formOf } from './words.js';

/** A verb group as token range: auxiliaries, negation and adverbs, then the verb(s). `passive`: "was attacked". */
export interface VerbGroupSpan {
  start: number;
  end: number;
  passive?: boolean;
}

/** One PETRARCH event over the caller's phrases. */
export interface PetrarchEvent {
  code: string;
  /** The pattern or verb entry that gave the code. */
  rule: string;
  match: VerbPatternMatch;
  /** The verb group it was read from. */
  group: VerbGroupSpan;
  /** The source and target phrases; when `reciprocal`, both are the same compound phrase whose members act on each
   * other ("Gondor and Osgiliath have delayed ...": GON → OSG and OSG → GON). */
  source: ActorSlot;
  target: ActorSlot;
  reciprocal?: true;
  /** PETRARCH `[032:033]`: the code of the paired event from target back to source. */
  pairedCode?: string;
}

const COORDINATING = new Set(['and', 'but', 'or']);
const CLAUSE_PUNCT = new Set([',', ';', ':']);
/** Personal pronouns: right before a verb group and naming no actor, they are its subject, and it has no source
 * ("it" and "they" are left to the nearest actor before, which they mostly stand for). */
const PERSONAL = new Set(['he', 'she', 'i', 'we', 'you']);
const BY = 'by';

/**
 * Verb groups read from part-of-speech tags, for callers without a chunker: each VERB token with the AUX, PART and
 * ADV tokens before it; passive when a form of "be" precedes a past participle.
 */
export function verbGroupsOf(tokens: readonly Token[], start: number, end: number): VerbGroupSpan[] {
  const out: VerbGroupSpan[] = [];
  for (let v = start; v < end; v++) {
    if (tokens[v]!.pos !== 'VERB') continue;
    let g = v;
    while (g - 1 >= start && /^(AUX|PART|ADV)$/.test(tokens[g - 1]!.pos)) g--;
    const be = tokens.slice(g, v).some((t) => /^(is|are|was|were|be|been|being)$/.test(formOf(t)));
    out.push({ start: g, end: v + 1, passive: be && /(ed|en|wn|t)$/.test(formOf(tokens[v]!)) });
  }
  return out;
}

/**
 * Codes one sentence, tokens [start, end), with the verb dictionary of the lexicons: for each verb group (in text
 * order) its dictionary verb, the most specific pattern, and the source and target among `slots` (the sentence's noun
 * phrases; `actor: false` for a phrase naming no actor, `compound` for coordinated actors).
 */
export function codePetrarchSentence(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicons: Lexicons,
  slots: readonly ActorSlot[],
  groups: readonly VerbGroupSpan[] = verbGroupsOf(tokens, start, end),
): PetrarchEvent[] {
  const out: PetrarchEvent[] = [];
  if (!lexicons.verbs.length) return out;
  const actors = slots.filter((s) => s.actor !== false).sort((a, b) => a.start - b.start);
  const inSlot = (k: number) => slots.some((s) => k >= s.start && k < s.end);
  // a comma between adjectives ("complete, full ties") or inside a phrase is no clause boundary
  const isClauseEnd = (k: number): boolean =>
    CLAUSE_PUNCT.has(formOf(tokens[k]!)) && !inSlot(k) && !(tokens[k - 1]?.pos === 'ADJ' && /^(ADJ|ADV)$/.test(tokens[k + 1]?.pos ?? ''));
  const clauseEnd = (from: number): number => {
    let k = from;
    while (k < end && !isClauseEnd(k)) k++;
    return k;
  };
  let swallowedUntil = -1;
  let lastSource: ActorSlot | null = null;
  for (const group of groups) {
    if (group.start < start || group.end > end) continue;
    const coordinated = group.start - 1 >= start && COORDINATING.has(formOf(tokens[group.start - 1]!));
    if (group.start < swallowedUntil && !coordinated) continue;
    let match: VerbPatternMatch | null = null;
    for (let t = group.end - 1; t >= group.start && !match; t--) {
      if (isDictionaryVerb(tokens, t, lexicons)) match = matchVerbPatterns(tokens, t, lexicons, { start, end, actors: slots });
    }
    if (!match) continue;
    const clause = clauseEnd(match.verbEnd);
    swallowedUntil = clause;
    const same = (a: ActorSlot | undefined) => a && slots.find((s) => s.start === a.start && s.end === a.end);
    const compound = same(match.compoundSpan);
    let source = same(match.sourceSpan) ?? null;
    let target = same(match.targetSpan) ?? null;
    const base = { code: match.code, rule: match.patternId, match, group };
    const paired = match.pairedCode ? { pairedCode: match.pairedCode } : {};
    const subjectOf = (): ActorSlot | null => {
      if (coordinated && lastSource) return lastSource;
      const before = group.start - 1;
      if (before >= start && PERSONAL.has(formOf(tokens[before]!)) && !actors.some((a) => before >= a.start && before < a.end)) return null;
      let best: ActorSlot | null = null;
      for (const a of actors) if (a.end <= group.start && a !== compound && a !== target) best = a;
      return best;
    };
    const firstAfter = (from: number, exclude: ActorSlot | null): ActorSlot | null =>
      actors.find((a) => a.start >= from && a.end <= clause && a !== exclude && a !== compound) ?? null;

    if (compound) {
      if (compound.start >= match.verbEnd) {
        // "agrees with % ": the subject acts on each member
        const subject = source ?? subjectOf();
        if (subject) out.push({ ...base, source: subject, target: compound, ...paired });
      } else if (target) out.push({ ...base, source: compound, target, ...paired });
      else out.push({ ...base, source: compound, target: compound, reciprocal: true });
      lastSource = compound;
      continue;
    }
    if (group.passive && !source && !target) {
      let by = -1;
      for (let k = match.verbEnd; k < clause; k++) if (formOf(tokens[k]!) === BY) {
        by = k;
        break;
      }
      const agent = by >= 0 ? firstAfter(by + 1, null) : null;
      if (agent) {
        source = agent;
        target = subjectOf();
      }
    }
    source ??= subjectOf();
    target ??= firstAfter(match.verbEnd, source);
    if (source) lastSource = source;
    if (!source || !target || source === target) continue;
    out.push({ ...base, source, target, ...paired });
  }
  return out;
}
