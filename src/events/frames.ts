// events: attribution frames — the stretch of a sentence that is someone's word, and whose. From the quotes stage
// (quote span and speaker), and from the sentence itself where quotes found none: "X said (that) ...",
// "..., X said.", "As X announced earlier, ...", "... according to X".
import { lemmaOf } from './verb-forms.js';
import { itemActors, tokenAtOffset, type ActorRef } from './actors.js';
import { complementSubject, subjectOf } from './grammar.js';
import type { SentenceView, VerbGroup } from './read-sentence.js';
import { REPORT_NOUNS, SPEECH_VERBS } from './lexicon/words.js';
import type { EventScope, TokenRange } from './types.js';

export interface Frame extends TokenRange {
  /** Who the words are attributed to; empty when unnamed ("experts", "sources"). */
  speakers: ActorRef[];
  /** The reporting verb group, when the frame was read from the sentence. */
  cue: TokenRange | null;
  quote: string | null;
  rule: string;
  /** The words that name the speaker ("experts", "five sources familiar with the matter"). */
  speakerText: string | null;
}

/** Unnamed commentators: their analysis is theirs, but the facts they start from are not put on their word. */
const COMMENTATORS = new Set(['expert', 'analyst', 'observer', 'commentator', 'scholar', 'academic', 'pundit', 'economist', 'researcher', 'specialist', 'strategist', 'watcher']);

/** A frame of anonymous commentary ("experts said", "said analysts"). */
export function isCommentary(f: Frame): boolean {
  if (f.speakers.length || !f.speakerText) return false;
  const words = f.speakerText.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  return COMMENTATORS.has(head.replace(/s$/, ''));
}

function isSpeechVerb(view: SentenceView, vg: VerbGroup): boolean {
  return SPEECH_VERBS.has(lemmaOf(view.tokens[vg.head]));
}

function fromQuotes(scope: EventScope, view: SentenceView): Frame[] {
  const { doc } = scope;
  const out: Frame[] = [];
  const sStart = doc.tokens[view.start].start;
  const sEnd = doc.tokens[view.end - 1].end;
  for (const q of doc.quotes) {
    if (q.end <= sStart || q.start >= sEnd) continue;
    const start = Math.max(view.start, tokenAtOffset(doc.tokens, q.start));
    let end = tokenAtOffset(doc.tokens, q.end);
    if (end < doc.tokens.length && doc.tokens[end].start < q.end) end++;
    end = Math.min(view.end, end);
    if (end <= start) continue;
    const speakers: ActorRef[] = [];
    const e = q.speaker ? doc.entities.find((x) => x.id === q.speaker) : null;
    const code = e ? e.actor ?? e.country : null;
    if (e && code) speakers.push({ entity: e.id, actor: code, text: q.speakerText ?? e.name, start, end: start + 1, rule: 'quote-speaker' });
    out.push({ start, end, speakers, cue: null, quote: q.id, rule: 'quote', speakerText: q.speakerText });
  }
  return out;
}

function fromSentence(scope: EventScope, view: SentenceView): Frame[] {
  const out: Frame[] = [];
  const { chunks, tokens } = view;
  chunks.forEach((ch, c) => {
    if (ch.kind !== 'vg' || !isSpeechVerb(view, ch as VerbGroup)) return;
    const vg = ch as VerbGroup;
    // Where the quotes stage read this cue, its quote is the frame.
    const from = tokens[vg.start].start;
    const to = tokens[vg.end - 1].end;
    if (scope.doc.quotes.some((q) => q.cueSpan && q.cueSpan.start < to && from < q.cueSpan.end)) return;
    let subject = subjectOf(scope.actors, view, c);
    // "..., said analysts.": the speaker after the verb.
    const after = view.runOf[c + 1];
    if (!subject && after >= 0 && view.runs[after].chunkStart === c + 1) {
      const run = view.runs[after];
      const item = run.items[0];
      const g = item.group;
      subject = { refs: itemActors(scope.actors, view, item, run.items.slice(1)), range: { start: g[0].start, end: g[g.length - 1].end } };
    }
    const speakers = subject?.refs ?? [];
    const speakerText = subject ? view.tokens.slice(subject.range.start, subject.range.end).map((t) => t.norm).join(' ') : null;
    const cue = { start: vg.start, end: vg.end };
    const next = chunks[c + 1];
    const prev = subject ? chunks[view.chunkOf[subject.range.start - view.start] - 1] : chunks[c - 1];
    // "..., a senior official said on Saturday." / "..., Zakharova said, TASS reported.": the words before the comma.
    if (prev && prev.kind === 'punct' && tokens[prev.start].norm === ',' && (!next || next.kind !== 'sconj')) {
      const rest = chunks.slice(c + 1);
      const tail = rest.every((x) => x.kind !== 'vg' || isSpeechVerb(view, x as VerbGroup));
      if (tail) {
        out.push({ start: view.start, end: prev.start, speakers, cue, quote: null, rule: 'attribution-after', speakerText });
        return;
      }
    }
    // "As X announced earlier, ...": the words after the comma.
    const opener = subject ? chunks[view.chunkOf[subject.range.start - view.start] - 1] : null;
    if (opener && opener.kind === 'sconj' && tokens[opener.start].norm === 'as') {
      let k = c + 1;
      while (k < chunks.length && !(chunks[k].kind === 'punct' && tokens[chunks[k].start].norm === ',')) k++;
      if (k < chunks.length) out.push({ start: chunks[k].end, end: view.end, speakers, cue, quote: null, rule: 'attribution-as', speakerText });
      return;
    }
    // "X said (that) ...": the clause after the verb, to the end of the sentence.
    if ((next && next.kind === 'sconj' && tokens[next.start].norm === 'that') || complementSubject(scope.actors, view, c)) {
      out.push({ start: vg.end, end: view.end, speakers, cue, quote: null, rule: 'attribution-before', speakerText });
    }
  });
  // "reports that Barclays had held talks": a clause after a report noun is someone's word, unnamed.
  chunks.forEach((ch, c) => {
    if (ch.kind !== 'np' || !REPORT_NOUNS.has(tokens[ch.head].norm)) return;
    const next = chunks[c + 1];
    if (next && next.kind === 'sconj' && tokens[next.start].norm === 'that') out.push({ start: next.end, end: view.end, speakers: [], cue: null, quote: null, rule: 'report-noun', speakerText: null });
  });
  // "... according to X": the whole sentence but the attribution.
  for (let t = view.start; t + 2 < view.end; t++) {
    if (tokens[t].norm !== 'according' || tokens[t + 1].norm !== 'to') continue;
    const k = view.chunkOf[t + 2 - view.start];
    const r = view.runOf[k];
    const speakers: ActorRef[] = [];
    if (r >= 0) for (const item of view.runs[r].items) speakers.push(...itemActors(scope.actors, view, item));
    out.push({ start: view.start, end: t, speakers, cue: { start: t, end: t + 2 }, quote: null, rule: 'according-to', speakerText: null });
  }
  return out;
}

/** The attribution frames of a sentence (memoized per run in the scope). */
export function framesOf(scope: EventScope, view: SentenceView): Frame[] {
  const cached = scope.frames[view.index];
  if (cached) return cached;
  const frames = [...fromQuotes(scope, view), ...fromSentence(scope, view)];
  scope.frames[view.index] = frames;
  return frames;
}

const STATE_AGENTS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** Does a speaker speak for the actor ("Zakharova" for Lavrov, the Chinese Foreign Ministry for China)? */
export function speaksFor(speaker: ActorRef, actor: ActorRef): boolean {
  if (speaker.entity && speaker.entity === actor.entity) return true;
  const a = speaker.actor ?? '';
  const b = actor.actor ?? '';
  if (!a || !b) return false;
  if (a === b) return true;
  if (a.slice(0, 3) !== b.slice(0, 3)) return false;
  // One side a bare country, the other its state: the ministry speaks for the country.
  if (a.length === 3) return STATE_AGENTS.has(b.slice(3, 6));
  if (b.length === 3) return STATE_AGENTS.has(a.slice(3, 6));
  return a.slice(0, 6) === b.slice(0, 6);
}
