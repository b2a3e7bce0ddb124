// Finds the cue words of the lexicon (lexicon/cues.ts) in the tokens: verbs by lemma and part of speech,
// adjectives after a copula ("is confident that"), and phrases ("according to", "pointed out").
import type { Token } from '../article.js';
import { CUES } from './lexicon/cues.js';
import type { CueEntry } from './lexicon/types.js';

export interface CueMatch {
  entry: CueEntry;
  /** First and last token of the cue. */
  first: number;
  last: number;
}

const BY_LEMMA = new Map<string, CueEntry>();
const BY_FIRST_WORD = new Map<string, CueEntry[]>();
for (const entry of CUES as readonly CueEntry[]) {
  if (entry.lemma) BY_LEMMA.set(entry.lemma, entry);
  if (entry.phrase) BY_FIRST_WORD.set(entry.phrase[0], [...(BY_FIRST_WORD.get(entry.phrase[0]) ?? []), entry]);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => (b.phrase?.length ?? 0) - (a.phrase?.length ?? 0));

const COPULAS = new Set(['be', 'become', 'remain', 'seem', 'appear', 'feel', 'grow', 'stay', 'sound', 'look']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);

const wordMatches = (t: Token | undefined, w: string) => t !== undefined && (t.norm === w || t.lemma === w);

function phraseAt(tokens: readonly Token[], i: number): CueMatch | undefined {
  const t = tokens[i];
  return phraseFrom(tokens, i, BY_FIRST_WORD.get(t.norm)) ?? (t.norm === t.lemma ? undefined : phraseFrom(tokens, i, BY_FIRST_WORD.get(t.lemma)));
}

/** The first of `entries` (longest first) whose words follow from token `i` (no array or closure per call). */
function phraseFrom(tokens: readonly Token[], i: number, entries: readonly CueEntry[] | undefined): CueMatch | undefined {
  if (!entries) return undefined;
  for (const entry of entries) {
    const words = entry.phrase!;
    let k = 0;
    while (k < words.length && wordMatches(tokens[i + k], words[k])) k++;
    if (k === words.length) return { entry, first: i, last: i + words.length - 1 };
  }
  return undefined;
}

/** A verb the tagger read as a noun after its subject: "Polls show", "Critics say", "He notes", "Trump says". */
function verbReadAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i], prev = tokens[i - 1];
  if (!prev || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  const inflected = t.norm !== t.lemma;
  if (prev.pos === 'PRON') return SUBJECT_PRONOUNS.has(prev.norm);
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  const pluralSubject = prev.norm.endsWith('s') && prev.norm !== prev.lemma;
  return pluralSubject ? !inflected : prev.pos === 'PROPN' && inflected && !prev.norm.endsWith('s');
}

const CLAUSE_SUBJECT_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const SUBJECT_END_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * A cue verb the tagger read as a noun or adjective ("Residents fear that the river …", "Prosecutors alleged that
 * the funds …", "The city plans to build …"): it stands between a subject and a that-clause, whether, or to + verb.
 */
function verbInVerbPosition(tokens: readonly Token[], i: number, entry: CueEntry): boolean {
  const t = tokens[i], prev = tokens[i - 1];
  if (!prev || !['NOUN', 'ADJ', 'PROPN'].includes(t.pos)) return false;
  if (!SUBJECT_END_TAGS.has(prev.pos) && !(prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.norm))) return false;
  let k = i + 1;
  if (entry.addressee && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN')) k++;
  const next = tokens[k], after = tokens[k + 1];
  if (!next || !after) return false;
  if (next.norm === 'that') return CLAUSE_SUBJECT_TAGS.has(after.pos) && !(after.pos === 'PRON' && !SUBJECT_PRONOUNS.has(after.norm) && after.norm !== 'there');
  if (next.norm === 'whether') return true;
  return next.norm === 'to' && entry.takes.includes('to') && after.pos === 'VERB';
}

function afterCopula(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  return k >= 0 && COPULAS.has(tokens[k].lemma);
}

/** Verb lemmas of a past form the tagger kept as an adjective: "alleged" → allege, "certified" → certify. */
function pastTenseLemmas(t: Token): (CueEntry | undefined)[] {
  if (t.pos === 'VERB' || !t.norm.endsWith('ed') || t.lemma !== t.norm) return [];
  const stem = t.norm.slice(0, -2);
  return [BY_LEMMA.get(stem), BY_LEMMA.get(stem + 'e'), BY_LEMMA.get(t.norm.slice(0, -1)), stem.endsWith('i') ? BY_LEMMA.get(stem.slice(0, -1) + 'y') : undefined];
}

/** Every word a cue can start with, as written or as a lemma: one lookup passes over the rest. */
const FIRST_WORDS = new Set<string>([...BY_LEMMA.keys(), ...BY_FIRST_WORD.keys()]);

/** Tags no cue word carries: most tokens are passed over on their tag alone. */
const NEVER_CUES = new Set(['PUNCT', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'NUM', 'AUX', 'PART', 'SYM', 'X', 'SPACE']);

/** "so-called", "self-described": a word glued to a hyphen before it ends a compound adjective; it is no cue verb. */
function endsCompound(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && p.end === tokens[i].start && (p.norm === '-' || p.norm === '\u2010' || p.norm === '\u2011');
}

export function findCues(tokens: readonly Token[]): (CueMatch | undefined)[] {
  const cueAt: (CueMatch | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (NEVER_CUES.has(token.pos)) continue;
    if (!FIRST_WORDS.has(token.norm) && !FIRST_WORDS.has(token.lemma) && !token.norm.endsWith('ed')) continue;
    if (endsCompound(tokens, i)) continue;
    const phrase = BY_FIRST_WORD.has(tokens[i].norm) || BY_FIRST_WORD.has(tokens[i].lemma) ? phraseAt(tokens, i) : undefined;
    if (phrase) {
      cueAt[i] = phrase;
      i = phrase.last;
      continue;
    }
    const t = tokens[i];
    // The word as written first: "worried" after a copula is the adjective cue, "said" is the verb "say".
    const byWord = BY_LEMMA.get(t.norm), byLemma = BY_LEMMA.get(t.lemma);
    const adjectival = t.pos !== 'VERB' && t.norm.endsWith('ed') && t.lemma === t.norm;
    if (!byWord && !byLemma && !adjectival) continue;
    for (const entry of [byWord, byLemma, ...(adjectival ? pastTenseLemmas(t) : [])]) {
      if (!entry) continue;
      const fits = entry.pos === 'ADJ'
        ? (t.pos === 'ADJ' || t.pos === 'VERB') && afterCopula(tokens, i)
        : t.pos === 'VERB' || (entry.alsoNoun === true && verbReadAsNoun(tokens, i)) || verbInVerbPosition(tokens, i, entry);
      if (fits) { cueAt[i] = { entry, first: i, last: i }; break; }
    }
  }
  return cueAt;
}
