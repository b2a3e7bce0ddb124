// events: a shallow parse of one sentence from its POS tags: noun phrases, verb groups (with their auxiliaries,
// modals, negation, voice and tense), prepositions and clause openers, and the nominal runs
// ("the ambassadors of Arnor, Osgiliath and Gondor") that subjects and objects are read from. Linear in tokens.
import { lemmaOf } from './verb-forms.js';
import type { Token } from '../article.js';
import { IRREGULAR_PAST } from './verb-forms.js';
import { BE_FORMS, FUTURE_MODALS, HYPOTHETICAL_MODALS, NEGATORS, PAST_AUX, RELATIVES, SPEECH_VERBS, TIME_WORDS } from './lexicon/words.js';

export type ChunkKind = 'np' | 'vg' | 'prep' | 'cconj' | 'sconj' | 'rel' | 'punct' | 'adv' | 'other';

export interface Chunk {
  kind: ChunkKind;
  /** Token indices into the article's tokens, end exclusive. */
  start: number;
  end: number;
  /** The head token: last noun of a noun phrase, main verb of a verb group, the word itself otherwise. */
  head: number;
}

export interface NounPhrase extends Chunk {
  kind: 'np';
  /** The possessor inside the phrase ("Lavrov's" in "Lavrov's visit", "her" in "her visit"), as a token range. */
  possessor: { start: number; end: number } | null;
}

export type Tense = 'past' | 'present' | 'future' | 'none';

export interface VerbGroup extends Chunk {
  kind: 'vg';
  negated: boolean;
  /** The first modal's norm ("will", "could"), or null. */
  modal: string | null;
  passive: boolean;
  infinitive: boolean;
  /** "is about to", "is going to", "is to": a plan without a modal. */
  imminent: boolean;
  tense: Tense;
  /** A bare participle or gerund with no auxiliary ("noting", "citing", "rebuked"). */
  nonFinite: boolean;
  /** "has visited", "have been attacked": done before now, not now. */
  perfect: boolean;
}

/** One item of a nominal run: a noun phrase group (coordinated phrases) and the preposition before it, if any. */
export interface RunItem {
  prep: number | null;
  /** Coordinated noun phrases ("Mordor, Rohan and Bree"), in order. */
  group: NounPhrase[];
}

/** A stretch of noun phrases and prepositional phrases with no verb or clause boundary inside. */
export interface NominalRun {
  start: number;
  end: number;
  items: RunItem[];
  /** Index of the first and one past the last chunk of the run. */
  chunkStart: number;
  chunkEnd: number;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  tokens: readonly Token[];
  chunks: Chunk[];
  runs: NominalRun[];
  /** For each token of the sentence (offset by `start`), the index of its chunk. */
  chunkOf: Int32Array;
  /** For each chunk, the index of the run it belongs to, or -1. */
  runOf: Int32Array;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'himself', 'herself', 'itself', 'themselves', 'ourselves']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const PARTICIPLES = new Set([
  'known', 'seen', 'taken', 'given', 'held', 'made', 'met', 'hit', 'shot', 'struck', 'beaten', 'thrown', 'driven',
  'bought', 'brought', 'caught', 'fought', 'sold', 'told', 'found', 'kept', 'left', 'sent', 'spent', 'built', 'won',
  'shown', 'chosen', 'stolen', 'frozen', 'broken', 'spoken', 'written', 'drawn', 'withdrawn', 'begun', 'done', 'gone',
  'put', 'set', 'cut', 'hurt', 'let', 'led', 'fled', 'paid', 'laid', 'said', 'sought', 'taught', 'thought', 'bound',
  'overrun', 'overthrown', 'undertaken', 'forgiven', 'forbidden', 'hidden', 'ridden', 'risen', 'slain', 'sworn',
  'torn', 'worn', 'born', 'borne', 'blown', 'flown', 'grown', 'known', 'sunk', 'struck', 'stricken', 'upheld', 'seized',
]);
const PAST_FORMS = new Set([
  'met', 'went', 'came', 'took', 'gave', 'held', 'made', 'hit', 'shot', 'struck', 'beat', 'threw', 'drove', 'bought',
  'brought', 'caught', 'fought', 'sold', 'told', 'found', 'kept', 'left', 'sent', 'spent', 'built', 'won', 'showed',
  'chose', 'stole', 'froze', 'broke', 'spoke', 'wrote', 'drew', 'withdrew', 'began', 'did', 'put', 'set', 'cut',
  'led', 'fled', 'paid', 'laid', 'said', 'sought', 'taught', 'thought', 'saw', 'knew', 'flew', 'rose', 'swore',
  'overran', 'overthrew', 'undertook', 'forgave', 'upheld', 'struck', 'tore', 'ran', 'sat', 'stood', 'understood',
]);

const norm = (t: Token) => t.norm;
/** Prepositions that also open clauses: "as Lavrov arrived", "after Gondor attacked", "since China joined". */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'since', 'until', 'till', 'because', 'once', 'while', 'whereas', 'though', 'although']);
const TIME_OPENERS = new Set(['last', 'next', 'this', 'every', 'that', 'early', 'late']);
const GERUND_PREPS = new Set(['of', 'on', 'against', 'by']);
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
/** Verbs the tagger often reads as plural nouns before "to" + verb: "Putin plans to visit", "Gondor vows to fight". */
const VERBISH_NOUNS = new Set(['plan', 'aim', 'hope', 'want', 'vow', 'pledge', 'promise', 'threaten', 'intend', 'seek', 'need', 'offer', 'refuse', 'agree', 'expect', 'prepare']);

/** Is token `i` (followed by token `i + 1`) a predicate verb, although the tagger read it as a noun? */
export type VerbLemmaTest = (tokens: readonly Token[], i: number) => boolean;

/** What the reader may be told about the tokens beyond their tags. */
export interface ReadOptions {
  /** Where a noun phrase must break although the tags run on. */
  breaks?: PhraseBreak;
  /** Is this token a form of a predicate verb (for words the tagger read as nouns)? */
  verbs?: VerbLemmaTest;
}

const AFTER_VERB = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'ADP', 'ADV', 'PUNCT']);

/**
 * "Norway mediated between", "Egypt forgave Kenya", "Kenya cooperates with": a word of the predicate lexicon
 * tagged noun or adjective right after a subject and before an object, a preposition or the end.
 */
function isMistaggedVerb(tokens: readonly Token[], i: number, start: number, end: number, test: VerbLemmaTest | null): boolean {
  const t = tokens[i];
  if (!test || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || i === start || i + 1 >= end) return false;
  const prev = tokens[i - 1];
  if (prev.pos !== 'PROPN' && !(prev.pos === 'NOUN' && (prev.norm.endsWith('s') || t.norm.endsWith('ed')))) return false;
  const next = tokens[i + 1];
  // A past or third-person form; a bare form only before an object's determiner ("Fornost and Gondor welcome a").
  const inflected = (/(ed|es|s)$/.test(t.norm) || IRREGULAR_PAST.has(t.norm)) && !t.norm.endsWith('ss');
  if (!inflected && !(next.pos === 'DET' && prev.pos === 'PROPN')) return false;
  if (!AFTER_VERB.has(next.pos)) return false;
  return test(tokens, i);
}

/** "Putin plans to visit": a noun-tagged verb between a subject and "to" + verb. */
function isVerbishNoun(tokens: readonly Token[], i: number, start: number, end: number, opts: ReadOptions): boolean {
  const t = tokens[i];
  if (isMistaggedVerb(tokens, i, start, end, opts.verbs ?? null)) return true;
  if (t.pos !== 'NOUN' || i === start || i + 2 >= end) return false;
  if (!VERBISH_NOUNS.has(lemmaOf(t)) || !t.norm.endsWith('s')) return false;
  const prev = tokens[i - 1].pos;
  return (prev === 'PROPN' || prev === 'NOUN' || prev === 'PRON') && tokens[i + 1].norm === 'to' && (tokens[i + 2].pos === 'VERB' || tokens[i + 2].pos === 'AUX');
}
const isPast = (t: Token) => PAST_FORMS.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ed') && !t.norm.endsWith('eed'));

/** A past participle: "attacked", "broken", "held". */
export function isParticiple(t: Token): boolean {
  if (PARTICIPLES.has(t.norm)) return true;
  return t.norm !== lemmaOf(t) && (t.norm.endsWith('ed') || t.norm.endsWith('en'));
}

function isNpToken(tokens: readonly Token[], i: number, end: number, inside: boolean): boolean {
  const t = tokens[i];
  // "awful and evil minister": coordinated adjectives stay inside their phrase.
  if (inside && t.pos === 'CCONJ' && i + 1 < end && tokens[i - 1].pos === 'ADJ' && tokens[i + 1].pos === 'ADJ') return true;
  if (NP_POS.has(t.pos)) {
    // "that" as a determiner only when a noun follows ("that group"); otherwise it opens a clause.
    if (t.norm === 'that' || t.norm === 'which' || t.norm === 'whose') return false;
    return true;
  }
  if (t.pos === 'PRON' && (POSSESSIVE_PRONOUNS.has(t.norm) && t.norm !== 'whose')) return true;
  if (t.pos === 'PRON' && DEMONSTRATIVES.has(t.norm) && t.norm !== 'that') return true;
  if (inside && t.pos === 'PART' && (t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’')) return true;
  // A plural possessive the tagger read as punctuation: "firms’ concerns".
  if (inside && t.pos === 'PUNCT' && (t.norm === "'" || t.norm === '’') && i + 1 < end && tokens[i - 1].norm.endsWith('s') && tokens[i - 1].end === t.start) {
    const next = tokens[i + 1].pos;
    return next === 'NOUN' || next === 'ADJ' || next === 'PROPN';
  }
  // A hyphen glued to nouns on both sides: "China-Russia", "law-enforcement".
  if (inside && t.pos === 'PUNCT' && (t.norm === '-' || t.norm === '–') && i + 1 < end) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return prev.end === t.start && t.end === next.start && (NP_POS.has(next.pos) || next.pos === 'VERB');
  }
  // A gerund after a modifier and before "of"/"on" is a noun: "Indian shelling of villages", "the bombing on".
  if (inside && t.pos === 'VERB' && t.norm.endsWith('ing') && i + 1 < end && GERUND_PREPS.has(tokens[i + 1].norm)) {
    const prev = tokens[i - 1];
    return prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'PROPN';
  }
  // A participle between a determiner or adjective and a noun is an adjective: "the affected villages".
  if (inside && t.pos === 'VERB' && i + 1 < end) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const glued = prev.pos === 'PUNCT' && prev.end === t.start; // "war-torn"
    return (prev.pos === 'DET' || prev.pos === 'ADJ' || glued) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  }
  // "full diplomatic ties": an adverb that modifies the adjective right after it, inside a phrase.
  if (t.pos === 'ADV' && i + 1 < end && tokens[i + 1].pos === 'ADJ' && i + 2 < end && (tokens[i + 2].pos === 'NOUN' || tokens[i + 2].pos === 'ADJ')) return true;
  return false;
}

/** Where a noun phrase must break although the tags run on: "in Beijing Lavrov will ..." (a place, then a person). */
export type PhraseBreak = (i: number) => boolean;

function readNounPhrase(tokens: readonly Token[], start: number, end: number, sentenceStart: number, opts: ReadOptions): NounPhrase {
  let i = start;
  let possessor: { start: number; end: number } | null = null;
  const first = tokens[start];
  if (first.pos === 'PRON' && PERSONAL_PRONOUNS.has(first.norm)) {
    return { kind: 'np', start, end: start + 1, head: start, possessor: null };
  }
  if (first.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(first.norm)) possessor = { start, end: start + 1 };
  i = start + 1;
  while (i < end && isNpToken(tokens, i, end, true)) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    // A determiner after a noun starts a new phrase ("gave Gondor the money").
    if (t.pos === 'DET' && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM')) break;
    if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.norm)) break;
    if (isVerbishNoun(tokens, i, sentenceStart, end, opts)) break;
    if (opts.breaks && opts.breaks(i)) break;
    // "a terrorist attack last year": a time phrase after a noun is its own phrase.
    if (i > start && TIME_OPENERS.has(t.norm) && i + 1 < end && TIME_WORDS.has(tokens[i + 1].norm) && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) break;
    if ((t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’') && (t.pos === 'PART' || t.pos === 'PUNCT')) possessor = { start, end: i };
    i++;
  }
  // A phrase may not end in a possessive marker or a hyphen.
  while (i - 1 > start && (tokens[i - 1].pos === 'PART' || tokens[i - 1].pos === 'PUNCT')) i--;
  let head = i - 1;
  for (let k = i - 1; k >= start; k--) {
    const p = tokens[k].pos;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM' || (k === i - 1 && p === 'VERB' && tokens[k].norm.endsWith('ing'))) {
      head = k;
      break;
    }
  }
  if (possessor && possessor.end >= i) possessor = null;
  return { kind: 'np', start, end: i, head, possessor };
}

function isVerbStart(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (t.pos === 'AUX' || t.pos === 'VERB') return true;
  if (t.pos === 'PART' && t.norm === 'to') {
    let k = i + 1;
    while (k < end && tokens[k].pos === 'ADV') k++;
    return k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
  }
  if (t.pos === 'PART' && NEGATORS.has(t.norm)) return i + 1 < end && (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'AUX');
  return false;
}

function readVerbGroup(tokens: readonly Token[], start: number, end: number, sentenceStart: number, opts: ReadOptions): VerbGroup {
  let i = start;
  let last = start;
  let imminent = false;
  while (i < end) {
    const t = tokens[i];
    if (t.pos === 'AUX' || t.pos === 'VERB' || (i === start && isVerbishNoun(tokens, i, sentenceStart, end, opts))) {
      last = i;
      i++;
      // "going to visit", "about to restore", "is to visit": the plan markers stay inside the group.
      continue;
    }
    if (t.pos === 'PART' && (t.norm === 'to' || NEGATORS.has(t.norm))) {
      i++;
      continue;
    }
    if (t.pos === 'ADP' && t.norm === 'about' && i + 1 < end && tokens[i + 1].norm === 'to' && i > start) {
      imminent = true;
      i++;
      continue;
    }
    if (t.pos === 'ADV') {
      // An adverb stays inside only when more of the verb group follows ("have also been attacked").
      let k = i;
      while (k < end && (tokens[k].pos === 'ADV' || (tokens[k].pos === 'PART' && NEGATORS.has(tokens[k].norm)))) k++;
      if (k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || (tokens[k].pos === 'PART' && tokens[k].norm === 'to'))) {
        i = k;
        continue;
      }
    }
    break;
  }
  let groupEnd = last + 1;
  // The head is the last verb; a group of auxiliaries only ("is") has the copula as its head.
  let head = last;
  for (let k = last; k >= start; k--) {
    if (tokens[k].pos === 'VERB' || (k === start && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ'))) {
      head = k;
      break;
    }
  }
  let negated = false;
  let modal: string | null = null;
  let sawBe = false;
  let hasAux = false;
  let perfect = false;
  let finite = -1;
  for (let k = start; k < groupEnd; k++) {
    const t = tokens[k];
    const n = norm(t);
    if (NEGATORS.has(n) || (t.pos === 'PART' && lemmaOf(t) === 'not')) negated = true;
    if ((t.pos === 'AUX' || t.pos === 'VERB' || k === start) && finite < 0 && t.norm !== 'to' && !NEGATORS.has(n)) finite = k;
    if ((t.pos === 'AUX' || FUTURE_MODALS.has(n) || HYPOTHETICAL_MODALS.has(n)) && k !== head) {
      hasAux = true;
      if (!modal && (FUTURE_MODALS.has(n) || HYPOTHETICAL_MODALS.has(n))) modal = n;
      if (BE_FORMS.has(n)) sawBe = true;
      if (n === 'has' || n === 'have' || n === 'had' || n === "'ve" || n === 'having') perfect = true;
    }
    if (n === 'going' && k + 1 < groupEnd && tokens[k + 1].norm === 'to') imminent = true;
    if (BE_FORMS.has(n) && k + 1 < groupEnd && tokens[k + 1].norm === 'to' && k !== head) imminent = true;
  }
  const h = tokens[head];
  const passive = sawBe && h.pos === 'VERB' && isParticiple(h) && !h.norm.endsWith('ing');
  const infinitive = tokens[start].norm === 'to';
  const f = finite >= 0 ? tokens[finite] : h;
  const nonFinite = !hasAux && !infinitive && f.pos === 'VERB' && f.norm !== 'going' && (f.norm.endsWith('ing') || (isParticiple(f) && !isPast(f)));
  let tense: Tense = 'none';
  if (modal && FUTURE_MODALS.has(modal)) tense = 'future';
  else if (imminent) tense = 'future';
  else if (infinitive || nonFinite || modal) tense = 'none';
  else if (PAST_AUX.has(f.norm) || (f.pos === 'VERB' && isPast(f))) tense = 'past';
  else tense = 'present';
  if (groupEnd <= start) groupEnd = start + 1;
  return { kind: 'vg', start, end: groupEnd, head, negated, modal, passive, infinitive: infinitive && !imminent, imminent, tense, nonFinite, perfect };
}

function simpleKind(t: Token): ChunkKind {
  const n = t.norm;
  if (t.pos === 'ADP') return 'prep';
  if (t.pos === 'CCONJ') return 'cconj';
  if (t.pos === 'SCONJ') return RELATIVES.has(n) && n !== 'that' ? 'rel' : 'sconj';
  if (t.pos === 'PRON' && RELATIVES.has(n)) return 'rel';
  if (t.pos === 'DET' && (n === 'which' || n === 'whose' || n === 'that')) return 'rel';
  if (t.pos === 'ADV' && (n === 'where' || n === 'when' || n === 'while')) return 'rel';
  if (t.pos === 'PUNCT') return 'punct';
  if (t.pos === 'ADV') return 'adv';
  if (t.pos === 'PART' && n === 'to') return 'prep';
  return 'other';
}

/** Reads sentence `index` of a document into chunks and nominal runs. */
export function readSentence(tokens: readonly Token[], index: number, start: number, end: number, opts: ReadOptions = {}): SentenceView {
  const chunks: Chunk[] = [];
  const chunkOf = new Int32Array(Math.max(0, end - start)).fill(-1);
  let i = start;
  while (i < end) {
    const t = tokens[i];
    let chunk: Chunk;
    if (isVerbishNoun(tokens, i, start, end, opts)) {
      chunk = readVerbGroup(tokens, i, end, start, opts);
    } else if (isNpToken(tokens, i, end, false) || (t.pos === 'PRON' && (PERSONAL_PRONOUNS.has(t.norm) || POSSESSIVE_PRONOUNS.has(t.norm)) && t.norm !== 'whose')) {
      chunk = readNounPhrase(tokens, i, end, start, opts);
    } else if (isVerbStart(tokens, i, end)) {
      chunk = readVerbGroup(tokens, i, end, start, opts);
    } else {
      chunk = { kind: simpleKind(t), start: i, end: i + 1, head: i };
    }
    if (chunk.end <= i) chunk = { kind: 'other', start: i, end: i + 1, head: i };
    // "Japan never signed": a negating adverb right before the verb group negates it.
    if (chunk.kind === 'vg' && chunks.length && chunks[chunks.length - 1].kind === 'adv' && NEGATORS.has(tokens[chunks[chunks.length - 1].start].norm)) {
      (chunk as VerbGroup).negated = true;
    }
    for (let k = chunk.start; k < chunk.end; k++) chunkOf[k - start] = chunks.length;
    chunks.push(chunk);
    i = chunk.end;
  }
  // "As Lavrov arrived", "as China will retaliate": a preposition-tagged subordinator before a clause opens it.
  for (let k = 0; k + 2 < chunks.length; k++) {
    const ch = chunks[k];
    if (ch.kind !== 'prep' || !SUBORDINATORS.has(tokens[ch.start].norm) || chunks[k + 1].kind !== 'np') continue;
    let v = k + 2;
    while (v < chunks.length && chunks[v].kind === 'adv') v++;
    const vg = chunks[v];
    if (vg && vg.kind === 'vg' && !(vg as VerbGroup).infinitive && !(vg as VerbGroup).nonFinite) ch.kind = 'sconj';
  }
  const { runs, runOf } = readRuns(tokens, chunks);
  return { index, start, end, tokens, chunks, runs, chunkOf, runOf };
}

const COORD = new Set(['and', 'or', 'nor', '&', 'as well as', 'plus']);

/** Coordinated noun phrases from chunk `c`: "Mordor, Rohan, Fornost and Bree" (commas only with a final "and"). */
function readGroup(tokens: readonly Token[], chunks: Chunk[], c: number, object: boolean, intro = false, afterSpeech = false): { group: NounPhrase[]; next: number } {
  const group: NounPhrase[] = [chunks[c] as NounPhrase];
  // "between Israel and Egypt" always takes two.
  const pairPrep = c > 0 && chunks[c - 1].kind === 'prep' && (tokens[chunks[c - 1].start].norm === 'between' || tokens[chunks[c - 1].start].norm === 'among');
  let k = c + 1;
  while (k < chunks.length) {
    const ch = chunks[k];
    const after = chunks[k + 1];
    // "her visit to China and she warned": a subject pronoun, or a phrase that an object is followed by a verb of
    // its own, starts a new clause rather than a coordination.
    const newClause =
      after?.kind === 'np' &&
      !pairPrep &&
      // After a verb of saying or thinking the group is the subject of its clause: "believes Dagolath and
      // Osgiliath can cope".
      (NOMINATIVE.has(tokens[after.start].norm) ||
        (object && !afterSpeech && chunks[k + 2]?.kind === 'vg' && !(chunks[k + 2] as VerbGroup).infinitive && !(chunks[k + 2] as VerbGroup).nonFinite));
    if (ch.kind === 'cconj' && COORD.has(tokens[ch.start].norm) && after?.kind === 'np' && !newClause) {
      group.push(chunks[k + 1] as NounPhrase);
      k += 2;
      continue;
    }
    // An opening phrase ends at its comma: "Apart from the talks, the militaries and agencies will ...".
    if (!intro && ch.kind === 'punct' && tokens[ch.start].norm === ',' && chunks[k + 1]?.kind === 'np' && listContinues(tokens, chunks, k + 1)) {
      group.push(chunks[k + 1] as NounPhrase);
      k += 2;
      // An Oxford comma: ", and Bree".
      if (chunks[k]?.kind === 'punct' && tokens[chunks[k].start].norm === ',' && chunks[k + 1]?.kind === 'cconj' && chunks[k + 2]?.kind === 'np') k++;
      continue;
    }
    break;
  }
  return { group, next: k };
}

/** After ", NP": does the list go on to "and NP" with nothing but noun phrases and commas in between? */
function listContinues(tokens: readonly Token[], chunks: Chunk[], c: number): boolean {
  for (let k = c + 1; k < chunks.length && k < c + 12; k++) {
    const ch = chunks[k];
    if (ch.kind === 'np') continue;
    if (ch.kind === 'punct' && tokens[ch.start].norm === ',') continue;
    if (ch.kind === 'cconj' && COORD.has(tokens[ch.start].norm)) return chunks[k + 1]?.kind === 'np';
    return false;
  }
  return false;
}

/** Prepositions that keep a nominal run going ("ambassadors of Arnor", "soldiers from Gondor", "talks with Wang"). */
function readRuns(tokens: readonly Token[], chunks: Chunk[]): { runs: NominalRun[]; runOf: Int32Array } {
  const runs: NominalRun[] = [];
  const runOf = new Int32Array(chunks.length).fill(-1);
  let c = 0;
  // A verb seen in the current clause: only then can "... and Kyiv responded" start a new clause.
  let verbSeen = false;
  let afterSpeech = false;
  while (c < chunks.length) {
    const ch = chunks[c];
    const startsRun = ch.kind === 'np' || (ch.kind === 'prep' && chunks[c + 1]?.kind === 'np');
    if (!startsRun) {
      if (ch.kind === 'vg') {
        verbSeen = true;
        afterSpeech = SPEECH_VERBS.has(lemmaOf(tokens[ch.head]));
      }
      if (ch.kind === 'sconj' || ch.kind === 'rel' || (ch.kind === 'punct' && tokens[ch.start].norm !== ',')) verbSeen = false;
      c++;
      continue;
    }
    const items: RunItem[] = [];
    const chunkStart = c;
    let lead = c - 1;
    while (lead >= 0 && chunks[lead].kind === 'adv') lead--;
    const intro = ch.kind === 'prep' && (lead < 0 || chunks[lead].kind === 'sconj');
    while (c < chunks.length) {
      const cur = chunks[c];
      if (cur.kind === 'np') {
        const object = verbSeen && c > 0 && (chunks[c - 1].kind === 'vg' || chunks[c - 1].kind === 'prep' || items.length > 0);
        const { group, next } = readGroup(tokens, chunks, c, object, false, afterSpeech && items.length === 0);
        items.push({ prep: null, group });
        c = next;
      } else if (cur.kind === 'prep' && chunks[c + 1]?.kind === 'np') {
        const { group, next } = readGroup(tokens, chunks, c + 1, verbSeen, intro);
        items.push({ prep: cur.start, group });
        c = next;
      } else break;
    }
    const run: NominalRun = { start: chunks[chunkStart].start, end: chunks[c - 1].end, items, chunkStart, chunkEnd: c };
    for (let k = chunkStart; k < c; k++) runOf[k] = runs.length;
    runs.push(run);
  }
  return { runs, runOf };
}
