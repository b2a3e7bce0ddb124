// events: verbal predicates. For each verb group, the lexicon entry of its main verb (or of the verb that governs
// it: "agreed to work with"), then subject and target: active ("Gondor attacked Osgiliath"), passive ("engineers
// were attacked by terrorists"), compound ("China and Russia" → one event each) and reciprocal ("met" → both ways).
import { lemmaOf } from './verb-forms.js';
import type { Quote } from '../article.js';
import { itemActors, type ActorRef, type ActorScope } from './actors.js';
import { chunkAt, clauseOf, complementSubject, subjectOf, targetAfter, type Argument } from './grammar.js';
import type { VerbEntry } from './lexicon/types.js';
import type { SentenceView, VerbGroup } from './read-sentence.js';
import type { EventCandidate, EventScope, TokenRange } from './types.js';
import { CONDITIONALS } from './lexicon/words.js';
import { dictionaryCodes } from './find-dictionary-verb-events.js';
import { verbKeys } from './verb-forms.js';

/** Verbs that turn the event they govern into an intention ("threatened to attack" is a threat). */
const COMMISSIVES = new Set(['threaten', 'vow', 'pledge', 'promise', 'warn', 'swear', 'offer', 'agree']);

interface Match {
  entry: VerbEntry;
  trigger: number;
  /** Chunk index to look for the target from. */
  from: number;
  object: TokenRange | null;
  predicateEnd: number;
}

const lemmaAt = (view: SentenceView, i: number) => lemmaOf(view.tokens[i]);

function particleEnd(view: SentenceView, at: number, particle: string): number {
  const words = particle.split(' ');
  let k = at + 1;
  for (const w of words) {
    if (k >= view.end || view.tokens[k].norm !== w) return -1;
    // "agreed to work" but not "agreed to a ceasefire": an infinitive "to".
    if (w === 'to' && words.length === 1 && view.tokens[k].pos !== 'PART') return -1;
    k++;
  }
  return k;
}

/** Does the word at token `t` (and the next, for a two-word entry) match one of `object`? */
function objectAt(view: SentenceView, t: number, end: number, object: readonly string[]): boolean {
  const tok = view.tokens[t];
  for (const o of object) {
    const sp = o.indexOf(' ');
    if (sp < 0) {
      if (o === tok.norm || o === lemmaOf(tok)) return true;
      continue;
    }
    if (t + 1 >= end) continue;
    const next = view.tokens[t + 1];
    const second = o.slice(sp + 1);
    if (o.slice(0, sp) === tok.norm && (second === next.norm || second === lemmaOf(next))) return true;
  }
  return false;
}

/** The first phrase within the next few items whose words include one of `object` (lemma or form). */
function objectIn(view: SentenceView, from: number, object: readonly string[], limitItems = 3): TokenRange | null {
  let seen = 0;
  let passedVerb = false;
  for (let k = from; k < view.chunks.length && seen < limitItems + 2; k++) {
    const ch = view.chunks[k];
    if (ch.kind === 'np') {
      seen++;
      for (let t = ch.start; t < ch.end; t++) if (objectAt(view, t, ch.end, object)) return { start: ch.start, end: ch.end };
      continue;
    }
    // "take firm measures": the tagger may read the adjective as an adverb outside the phrase.
    if (ch.kind === 'adv') {
      const next = view.chunks[k + 1];
      if (objectAt(view, ch.start, next?.kind === 'np' ? next.end : ch.end, object)) return { start: ch.start, end: next?.kind === 'np' ? next.end : ch.end };
      continue;
    }
    if (ch.kind === 'prep' || ch.kind === 'cconj') continue;
    if (ch.kind === 'punct' && view.tokens[ch.start].norm === ',' && view.runOf[k] >= 0) continue;
    // "put its army on high alert", "took two engineers hostage": the object noun may follow another phrase.
    if (ch.kind === 'other' && view.tokens[ch.start].pos === 'PART') continue;
    // "urged Iran to show restraint": through one infinitive.
    if (ch.kind === 'vg' && (ch as VerbGroup).infinitive && !passedVerb) {
      passedVerb = true;
      continue;
    }
    break;
  }
  return null;
}

function matchEntry(scope: EventScope, view: SentenceView, c: number, trigger: number, entry: VerbEntry, passive: boolean): Match | null {
  const vg = view.chunks[c] as VerbGroup;
  let from = c + 1;
  let predicateEnd = vg.end;
  if (entry.particle) {
    const end = particleEnd(view, trigger, entry.particle);
    if (end < 0) return null;
    predicateEnd = Math.max(predicateEnd, end);
    if (end > vg.end) from = chunkAt(view, end - 1) + 1;
  }
  let object: TokenRange | null = null;
  if (entry.object) {
    if (passive) {
      // "Sanctions were imposed on Iran": the object noun is the subject.
      const subject = view.runOf[c - 1] >= 0 ? view.runs[view.runOf[c - 1]] : null;
      const np = subject?.items.find((it) => it.prep === null)?.group[0];
      if (!np) return null;
      let hit = false;
      for (let t = np.start; t < np.end && !hit; t++) hit = entry.object.includes(view.tokens[t].norm) || entry.object.includes(lemmaAt(view, t));
      if (!hit) return null;
      object = { start: np.start, end: np.end };
    } else {
      object = objectIn(view, from, entry.object);
      if (!object) return null;
      predicateEnd = Math.max(predicateEnd, object.end);
    }
  }
  if (entry.intransitive && !passive && view.chunks[from]?.kind === 'np') return null;
  if (entry.actorObject && !passive) {
    const r = view.runOf[from];
    const run = r >= 0 ? view.runs[r] : null;
    const first = run && run.chunkStart === from ? run.items[0] : null;
    if (!first || first.prep !== null) return null;
    if (!itemActors(scope.actors, view, first, run!.items.slice(1)).length) return null;
  }
  return { entry, trigger, from, object, predicateEnd };
}

/** The quote whose cue is this verb, if the quotes stage found one. */
function quoteAt(scope: EventScope, view: SentenceView, vg: VerbGroup): Quote | null {
  const start = view.tokens[vg.start].start;
  const end = view.tokens[vg.end - 1].end;
  for (const q of scope.doc.quotes) {
    if (q.cueSpan && q.cueSpan.start < end && start < q.cueSpan.end) return q;
  }
  return null;
}

function speakerRef(scope: ActorScope, q: Quote, vg: VerbGroup): ActorRef | null {
  if (!q.speaker) return null;
  const e = scope.entityById.get(q.speaker);
  const code = e ? e.actor ?? e.country : null;
  if (!e || !code) return null;
  return { entity: e.id, actor: code, text: q.speakerText ?? e.name, start: vg.start, end: vg.end, rule: 'quote-speaker' };
}

/** "China will retaliate if the US sanctions ...": the subject of the condition, as the target of a solo event. */
function conditionTarget(scope: ActorScope, view: SentenceView): Argument | null {
  for (let k = 0; k < view.chunks.length; k++) {
    const ch = view.chunks[k];
    if (ch.kind !== 'sconj' || !CONDITIONALS.has(view.tokens[ch.start].norm)) continue;
    const r = view.runOf[k + 1];
    if (r < 0) continue;
    const run = view.runs[r];
    const item = run.items.find((it) => it.prep === null);
    if (!item) continue;
    const refs = itemActors(scope, view, item);
    if (refs.length) return { refs, range: { start: item.group[0].start, end: item.group[item.group.length - 1].end } };
  }
  return null;
}

const sameActor = (a: ActorRef, b: ActorRef) => (a.entity !== null && a.entity === b.entity) || (a.entity === null && b.entity === null && a.actor === b.actor);

export function findVerbEvents(scope: EventScope): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const k of scope.active) {
    const view = scope.views[k];
    view.chunks.forEach((ch, c) => {
      if (ch.kind !== 'vg') return;
      const vg = ch as VerbGroup;
      const verbs: number[] = [];
      for (let t = vg.start; t < vg.end; t++) {
        const p = view.tokens[t].pos;
        if (p === 'VERB' || (t === vg.start && (p === 'NOUN' || p === 'ADJ'))) verbs.push(t);
      }
      if (!verbs.length) return;
      const head = verbs[verbs.length - 1];
      // The main verb first, then the verbs that govern it ("agreed to work with" codes "agree to").
      const order = [head, ...verbs.slice(0, -1).reverse()];
      for (const trigger of order) {
        if (dictionaryCodes(scope, view, trigger)) return;
        const key = verbKeys(view.tokens[trigger]).find((k) => scope.verbsByLemma.has(k));
        const entries = key ? scope.verbsByLemma.get(key) : undefined;
        if (!entries) continue;
        const passive = vg.passive && trigger === head;
        const done = codeWith(scope, view, c, vg, trigger, entries, passive, verbs, out);
        if (done) return;
      }
    });
  }
  return out;
}

function codeWith(scope: EventScope, view: SentenceView, c: number, vg: VerbGroup, trigger: number, entries: VerbEntry[], passive: boolean, verbs: number[], out: EventCandidate[]): boolean {
  const actors = scope.actors;
  for (const entry of entries) {
    const m = matchEntry(scope, view, c, trigger, entry, passive);
    if (!m) continue;
    // The source first: without one nothing is coded, and the target is not looked for.
    const source = passive ? targetAfter(actors, view, c + 1, { only: ['by'] }) : subjectOf(actors, view, c);
    const quote = entry.speech ? quoteAt(scope, view, vg) : null;
    let sources = source?.refs ?? [];
    if (!sources.length && quote) {
      const s = speakerRef(actors, quote, vg);
      if (s) sources = [s];
    }
    if (!sources.length) return passive; // a passive with no agent codes nothing; an active verb may try its governor
    let target: Argument | null;
    if (passive) target = subjectOf(actors, view, c);
    else {
      // A verb that governs another ("expected to meet to make a decision") does not take that verb's object.
      const governing = trigger !== verbs[verbs.length - 1];
      target = targetAfter(actors, view, m.from, { preps: entry.prep, skip: m.object, exclude: source?.refs, noObject: governing && !m.object, strict: entry.reciprocal });
      if (!target && entry.speech) target = complementSubject(actors, view, c);
    }
    let targets: (ActorRef | null)[] = target?.refs.length ? target.refs : [];
    let conditional = false;
    if (!targets.length && entry.solo && entry.intentCode) {
      const cond = conditionTarget(actors, view);
      if (cond) {
        targets = cond.refs.filter((t) => !sources.some((s) => sameActor(s, t)));
        conditional = targets.length > 0;
      }
    }
    // "China and Russia met": the members of a compound subject meet each other — when they are different sides
    // ("Manager Brian Kerr and FAI officials met ..." is one side).
    const pairwise = !targets.length && entry.reciprocal && new Set(sources.map((s) => (s.actor ?? '').slice(0, 3))).size > 1;
    if (!targets.length && !entry.solo && !pairwise) continue;
    const governors = verbs.filter((t) => t < trigger).map((t) => lemmaAt(view, t));
    let code = entry.code;
    if (entry.intentCode && governors.some((g) => COMMISSIVES.has(g))) code = entry.intentCode;
    const clause = clauseOf(view, c);
    const predicate = { start: vg.start, end: m.predicateEnd };
    const base = {
      sentence: view.index,
      code,
      rule: entry.id,
      predicate,
      trigger,
      clause,
      verb: vg,
      governors,
      nounModifiers: [],
      entry,
      quote: quote?.id ?? null,
      ...(conditional ? { conditional } : {}),
    };
    const push = (s: ActorRef, t: ActorRef | null) => {
      if (t && sameActor(s, t)) return;
      if (out.some((o) => o.predicate.start === predicate.start && o.source.actor === s.actor && o.source.entity === s.entity && (o.target?.actor ?? null) === (t?.actor ?? null) && o.code === code)) return;
      out.push({ ...base, source: s, target: t });
    };
    if (pairwise) {
      for (const s of sources) for (const t of sources) if (s !== t) push(s, t);
    } else if (!targets.length) {
      for (const s of sources) push(s, null);
    } else {
      for (const s of sources) {
        for (const t of targets) {
          push(s, t);
          if (entry.reciprocal && t) push(t, s);
        }
      }
    }
    return true;
  }
  return false;
}
