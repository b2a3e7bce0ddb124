// Noun phrases read from part-of-speech tags and entity mentions, forwards from a token or backwards to it:
// the words that name a speaker, an addressee or a channel. Bounded in length, so every call is constant time.
import type { Token } from '../article.js';
import { startsUpper, type Reading } from './reading.js';
import { SOURCE_WORDS } from './lexicon/sources.js';

/** A phrase of tokens `first..last`; its head chunk `headFirst..headLast` (without post-modifiers or apposition). */
export interface Phrase {
  first: number;
  last: number;
  headFirst: number;
  headLast: number;
}

const DOCUMENT_WORDS = new Set<string>(SOURCE_WORDS.filter((w) => w.kind === 'document').map((w) => w.word));
/** "report", "polls", "figures": a word for a document (lexicon/sources.ts). */
export function isDocumentWord(t: Token): boolean {
  return DOCUMENT_WORDS.has(t.lemma) || DOCUMENT_WORDS.has(t.norm) || DOCUMENT_WORDS.has(t.norm.replace(/s$/, ''));
}

/** Words of time: they end a noun chunk ("told the Global Times on Monday | China has …"). */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'day', 'earlier', 'later', 'ago', 'recently',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
]);
export const isTimeWord = (norm: string) => TIME_WORDS.has(norm);

const MAX_CHUNK = 16;
const MAX_PREPOSITIONS = 3;
const BODY = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);
const NOUNS = new Set(['NOUN', 'PROPN', 'NUM']);
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const STANDALONE = new Set([...PERSONAL_PRONOUNS, 'who', 'which', 'there', 'this', 'both', 'others', 'many', 'some', 'most', 'few', 'several', 'one', 'none', 'all',
  'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'no-one']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const POSSESSIVE_MARK = new Set(["'s", '’s', "'", '’']);
/** Prepositions that attach a post-modifier: "a professor at the university", "information on the visits". */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'with', 'in', 'on', 'about', 'between', 'among', 'against', 'over', 'to']);

const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
const isHyphen = (t: Token | undefined) => t !== undefined && (t.norm === '-' || t.norm === '–');

function isDeterminer(t: Token): boolean {
  return t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE.has(t.norm));
}

/** Part of a noun phrase's body: nouns, names, numbers, adjectives, "'s", and hyphen compounds ("Shanghai-based"). */
function isBody(r: Reading, j: number): boolean {
  const t = r.tokens[j];
  if (!t) return false;
  if (r.mentionAt[j]) return true;
  if (BODY.has(t.pos)) return true;
  if (t.pos === 'PART' && POSSESSIVE_MARK.has(t.norm)) return true;
  if (isHyphen(t)) return glued(r.tokens[j - 1], t) && glued(t, r.tokens[j + 1]);
  if (t.norm === '&') return true;
  if (isNameBeforeCue(r, j)) return true;
  if (isNameWordReadAsVerb(r, j)) return true;
  // A word joined to a hyphen belongs to the compound whatever its tag: "Shanghai-based", "so-called".
  return (isHyphen(r.tokens[j + 1]) && glued(t, r.tokens[j + 1])) || (isHyphen(r.tokens[j - 1]) && glued(r.tokens[j - 1], t));
}

/** "for Morning Consult": a capitalized word after another capitalized noun is part of a name, even when the tagger
 * read it as a verb. */
function isNameWordReadAsVerb(r: Reading, j: number): boolean {
  const t = r.tokens[j], before = r.tokens[j - 1];
  if (t.pos !== 'VERB' || !before || !startsUpper(r, t) || !startsUpper(r, before)) return false;
  return before.pos === 'PROPN' || before.pos === 'NOUN';
}

/** "and" inside a name or a title: "Exchange and Judicial Cooperation", "founder and chief executive". */
function isInnerAnd(r: Reading, j: number): boolean {
  const t = r.tokens[j], before = r.tokens[j - 1]?.pos, after = r.tokens[j + 1]?.pos;
  return t?.norm === 'and' && before !== undefined && before === after && (before === 'PROPN' || before === 'NOUN');
}

/** A bracketed aside inside a name, "(R-Texas)": the index of its closing bracket, or -1. */
function bracketEnd(r: Reading, j: number, limit: number): number {
  if (r.tokens[j]?.norm !== '(') return -1;
  for (let k = j + 1; k < Math.min(limit, j + 7); k++) if (r.tokens[k].norm === ')') return k;
  return -1;
}
/** The "(" of a short aside in brackets that closes at token `j` ("(R-Ky.)", "(34)"), or -1. */
export function bracketStart(r: Reading, j: number, floor: number): number {
  if (r.tokens[j]?.norm !== ')') return -1;
  for (let k = j - 1; k >= Math.max(floor, j - 6); k--) if (r.tokens[k].norm === '(') return k;
  return -1;
}

const CAPITAL = /^\p{Lu}/u; // a module constant: tsx builds a \p{...} literal anew wherever it is evaluated

/** A name the tagger read as a verb right before its cue: "Lynch said", "Graham says". */
function isNameBeforeCue(r: Reading, j: number): boolean {
  const t = r.tokens[j];
  return t.pos === 'VERB' && r.cueAt[j + 1] !== undefined && !r.cueAt[j] && CAPITAL.test(r.text[t.start] ?? '');
}

function lastNoun(r: Reading, first: number, last: number): number {
  for (let k = last; k >= first; k--) if (NOUNS.has(r.tokens[k].pos) || r.mentionAt[k] || isNameBeforeCue(r, k) || (k === first && isNounReadAsVerb(r, k))) return k;
  return -1;
}

export function isStandalonePronoun(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN') && STANDALONE.has(t.norm) && !POSSESSIVE.has(t.norm);
}

/**
 * "according to court records", "the court ruling": a bare verb form after a determiner or preposition, before a
 * noun. And "according to police": "according to" takes a noun phrase, never an infinitive, whatever follows.
 */
function isNounReadAsVerb(r: Reading, j: number): boolean {
  const t = r.tokens[j], before = r.tokens[j - 1], after = r.tokens[j + 1];
  if (t.pos !== 'VERB' || t.norm !== t.lemma || before === undefined) return false;
  if (before.norm === 'to' && r.tokens[j - 2]?.norm === 'according') return true;
  return ['DET', 'ADP', 'PART'].includes(before.pos) && after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN');
}

/**
 * "at a campaign stop", "after the press release": the head of a compound the tagger read as a bare verb. After a
 * preposition, a determiner and a singular noun, a base form cannot be the noun's verb (it would need a plural
 * subject), so it ends the phrase as its head when nothing a verb would take follows: the sentence end, a
 * punctuation mark, a preposition or a time ("this week").
 */
function isCompoundHeadReadAsVerb(r: Reading, i: number, j: number): boolean {
  const t = r.tokens[j], noun = r.tokens[j - 1], after = r.tokens[j + 1];
  if (t.pos !== 'VERB' || t.norm !== t.lemma || j - 2 !== i || noun.pos !== 'NOUN' || noun.norm !== noun.lemma) return false;
  if (!isDeterminer(r.tokens[i]) || r.tokens[i - 1]?.pos !== 'ADP') return false;
  return after === undefined || after.pos === 'PUNCT' || after.pos === 'ADP' || isTimeWord(after.norm) || (after.pos === 'DET' && isTimeWord(r.tokens[j + 2]?.norm ?? ''));
}

/** One chunk starting at `i`: [determiner] body+, or a lone pronoun. */
function chunkAfter(r: Reading, i: number, limit: number, nameEnds = false): { first: number; last: number } | undefined {
  const t = r.tokens[i];
  if (!t || i >= limit) return undefined;
  if (t.pos === 'PRON' && !POSSESSIVE.has(t.norm)) return STANDALONE.has(t.norm) ? { first: i, last: i } : undefined;
  let j = i;
  if (isDeterminer(t) && !r.mentionAt[i]) j++;
  const bodyStart = j;
  while (j < limit && j - i < MAX_CHUNK) {
    // In an adverbial, a name after a common noun starts the next clause: "said in response | China's stance is …".
    if (nameEnds && j > bodyStart && (r.tokens[j].pos === 'PROPN' || r.mentionAt[j]?.first === j) && r.tokens[j - 1].pos === 'NOUN' && !r.mentionAt[j - 1]) break;
    const m = r.mentionAt[j];
    if (m && m.first === j) { j = Math.min(m.last, limit - 1) + 1; continue; }
    if (isBody(r, j) || (j > bodyStart && isInnerAnd(r, j)) || (j === bodyStart && isNounReadAsVerb(r, j)) || isCompoundHeadReadAsVerb(r, i, j)) {
      j++;
      // "on Monday | China has …": a name right after a time word starts something new ("a June report" does not).
      if (isTimeWord(r.tokens[j - 1].norm) && r.tokens[j - 1].pos !== 'NOUN' && (r.tokens[j]?.pos === 'PROPN' || r.mentionAt[j])) break;
      continue;
    }
    const close = j > bodyStart ? bracketEnd(r, j, limit) : -1;
    if (close > 0) { j = close + 1; continue; }
    break;
  }
  if (j === bodyStart) return isStandalonePronoun(t) ? { first: i, last: i } : undefined;
  let last = j - 1;
  while (last > bodyStart && (r.tokens[last].norm === '&' || isHyphen(r.tokens[last]))) last--;
  return lastNoun(r, bodyStart, last) < 0 ? undefined : { first: i, last };
}

/** One chunk ending at `k`. */
function chunkBefore(r: Reading, k: number, floor: number): { first: number; last: number } | undefined {
  const t = r.tokens[k];
  if (!t || k < floor) return undefined;
  if (t.pos === 'PRON' && !POSSESSIVE.has(t.norm)) return STANDALONE.has(t.norm) ? { first: k, last: k } : undefined;
  let j = k;
  while (j >= floor && k - j < MAX_CHUNK) {
    const m = r.mentionAt[j];
    if (m && m.last === j) { j = Math.max(m.first, floor) - 1; continue; }
    if (isBody(r, j) || (j < k && isInnerAnd(r, j))) { j--; continue; }
    const open = j < k ? bracketStart(r, j, floor) : -1;
    if (open >= 0) { j = open - 1; continue; }
    break;
  }
  if (j === k) return isStandalonePronoun(t) ? { first: k, last: k } : undefined;
  let first = j + 1;
  if (j >= floor && isDeterminer(r.tokens[j]) && !r.mentionAt[j]) first = j;
  // "The general warned": an adjective after a determiner heads the phrase when nothing else can.
  const adjectiveHead = first === j && r.tokens[k].pos === 'ADJ' && r.tokens[j].pos === 'DET';
  return lastNoun(r, first, k) < 0 && !adjectiveHead ? undefined : { first, last: k };
}

/** The noun phrase starting at `i`, with up to three prepositional post-modifiers ("a scholar from the institute"). */
export function phraseAfter(r: Reading, i: number, limit: number, withModifiers = true, nameEnds = false): Phrase | undefined {
  const head = chunkAfter(r, i, limit, nameEnds);
  if (!head) return undefined;
  let last = head.last;
  for (let n = 0; withModifiers && n < MAX_PREPOSITIONS; n++) {
    let k = last + 1;
    if (r.tokens[k]?.pos === 'ADJ' && r.tokens[k + 1]?.pos === 'ADP') k++; // "sources familiar with the matter"
    // "a poll published on Friday", "a report released last week": a document and the participle that dates it.
    let dated = false;
    if (r.tokens[k]?.pos === 'VERB' && /(ed|en)$/.test(r.tokens[k].norm) && isDocumentWord(r.tokens[head.last])) {
      let t = k + 1;
      while (t < limit && (isTimeWord(r.tokens[t].norm) || r.tokens[t].pos === 'ADJ')) t++;
      if (t > k + 1) { last = t - 1; continue; }
      if (r.tokens[k + 1]?.pos !== 'ADP') break;
      k++;
      dated = true;
    }
    const prep = r.tokens[k];
    if (!prep || k >= limit || prep.pos !== 'ADP' || !NOUN_PREPOSITIONS.has(prep.norm)) break;
    const next = chunkAfter(r, k + 1, limit, nameEnds);
    if (!next || r.tokens[next.first].pos === 'PRON' || (isTimeWord(r.tokens[next.last].norm) && !dated)) break;
    last = next.last;
  }
  return { first: head.first, last, headFirst: head.first, headLast: head.last };
}

/** The noun phrase ending at `k`, reaching back over prepositional post-modifiers to its head. */
export function phraseBefore(r: Reading, k: number, floor: number): Phrase | undefined {
  let chunk = chunkBefore(r, k, floor);
  if (!chunk) return undefined;
  const last = chunk.last;
  for (let n = 0; n < MAX_PREPOSITIONS; n++) {
    let p = chunk.first - 1;
    const prep = r.tokens[p];
    if (!prep || p < floor || prep.pos !== 'ADP' || !NOUN_PREPOSITIONS.has(prep.norm)) break;
    if (r.tokens[p - 1]?.pos === 'ADJ' && r.tokens[p - 2] && NOUNS.has(r.tokens[p - 2].pos)) p--; // "sources familiar with"
    const before = chunkBefore(r, p - 1, floor);
    if (!before || r.tokens[before.last].pos === 'PRON') break;
    chunk = before;
  }
  return { first: chunk.first, last, headFirst: chunk.first, headLast: chunk.last === last ? last : chunk.last };
}
