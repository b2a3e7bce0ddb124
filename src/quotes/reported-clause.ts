// Where reported content starts after its cue ("said (on Monday) (that) …", "told the Global Times …",
// "vowed to …", "said: "…""), where it ends (the sentence end, a closing quotation mark, or before an
// attribution tail such as ", adding …" or ", according to …"), and who the subject of a cue is.
import type { Token } from '../article.js';
import type { Reading } from './reading.js';
import type { CueMatch } from './find-cues.js';
import { bracketStart, isDocumentWord, isTimeWord, phraseAfter, phraseBefore, RELATIVE_PRONOUNS, type Phrase } from './noun-phrase.js';
import { skipAdverbials } from './adverbials.js';
import { parseFrame } from './attribution-frame.js';

export interface ContentStart {
  /** First token of the content. */
  at: number;
  addressee: Phrase | null;
  channels: Phrase[];
}

const CLAUSE_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'because', 'once', 'unless']);
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-']);
const PARTICIPLE_TAILS = new Set(['citing', 'quoting']);

/** Index of the first token of a quotation opening at token `j` (its mark, or a word with the mark glued on), or -1. */
export function quotationStartsAt(r: Reading, j: number): number {
  const t = r.tokens[j];
  if (!t) return -1;
  const after = r.quotedAt[j + 1] >= 0 ? r.quoted[r.quotedAt[j + 1]] : undefined;
  if (after && t.start <= after.open && after.open < t.end) return j;
  const at = r.quotedAt[j] >= 0 ? r.quoted[r.quotedAt[j]] : undefined;
  if (at && at.open >= (r.tokens[j - 1]?.end ?? 0) && at.open <= t.start) return j;
  return -1;
}

/** A bare clause: a subject phrase followed by a verb ("the talks will resume", "he would", "China has"). */
function bareClauseAt(r: Reading, j: number, limit: number): boolean {
  const subject = phraseAfter(r, j, limit);
  if (!subject) return false;
  let k = subject.last + 1;
  while (k < limit && r.tokens[k].pos === 'ADV') k++;
  const t = r.tokens[k];
  return t !== undefined && k < limit && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing')));
}

function contentAt(r: Reading, j: number, limit: number, cue: CueMatch): number {
  const t = r.tokens[j];
  if (!t || j >= limit) return -1;
  // "called the plan a disgrace": only an object with what it is called; "a file called "x"" names, it quotes nobody.
  if (cue.entry.takes.includes('object-complement')) return objectComplementAt(r, j, limit) ? j : -1;
  if (t.norm === 'that' && j + 2 < limit) return j + 1;
  if (t.norm === ':' && j + 2 < limit) return j + 1;
  const quote = quotationStartsAt(r, j);
  if (quote >= 0) return quote;
  if (t.norm === ',' && quotationStartsAt(r, j + 1) >= 0) return j + 1;
  if (t.norm === 'to' && cue.entry.takes.includes('to') && r.tokens[j + 1]?.pos === 'VERB') return j;
  if (cue.entry.takes.includes('to')) {
    // "Officials expect the bridge to reopen": an object and its infinitive.
    const object = phraseAfter(r, j, limit, false);
    if (object && r.tokens[object.last + 1]?.norm === 'to' && r.tokens[object.last + 2]?.pos === 'VERB') return j;
  }
  // "called for a ban on night shifts", "called for cutting the tax": the noun or gerund phrase asked for.
  if (cue.entry.takes.includes('object') && t.pos !== 'PRON' && (phraseAfter(r, j, limit, false) || isGerund(t))) return j;
  if (!cue.entry.takes.includes('clause')) return -1;
  if (CLAUSE_OPENERS.has(t.norm) && j + 2 < limit) return j;
  if (bareClauseAt(r, j, limit)) return j;
  // After a verb of saying, words with a verb among them are what was said ("said fathers and parents who adopt
  // would not be eligible", "says too much is made of …"), whatever the tagger made of their subject.
  const opensClause = t.pos !== 'PUNCT' && t.pos !== 'AUX' && t.pos !== 'VERB' && !NOT_CONTENT.has(t.norm);
  return cue.entry.cueType === 'speech' && !cue.entry.addressee && opensClause && verbWithin(r, j, limit, LOOSE_WINDOW) ? j : -1;
}

const isGerund = (t: Token) => t.pos === 'VERB' && t.norm.endsWith('ing');

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you', 'this', 'that']);

/** An object and what it is called: a quotation, an adjective, or a noun phrase with its determiner ("the plan | a
 * disgrace", "the charges | unfounded", "him | "a liar""). "called the police", "called his mother" have none. */
function objectComplementAt(r: Reading, j: number, limit: number): boolean {
  const t = r.tokens[j];
  if (!t) return false;
  const object = OBJECT_PRONOUNS.has(t.norm) ? { first: j, last: j } : t.pos === 'PRON' ? undefined : phraseAfter(r, j, limit, false);
  if (!object) return false;
  // The phrase reader takes an adjective after the noun into the phrase: "the charges | unfounded (and …)", "the
  // budget | unfair". An adjective after a noun that no noun follows is the complement ("chief" in "the firm's chief
  // executive" is not).
  let noun = false;
  for (let k = object.first; k <= object.last; k++) {
    const w = r.tokens[k];
    if (w.pos === 'NOUN' || w.pos === 'PROPN') noun = true;
    else if (noun && w.pos === 'ADJ' && (k === object.last || r.tokens[k + 1].pos === 'CCONJ')) return true;
  }
  const k = object.last + 1;
  if (k >= limit) return false;
  if (quotationStartsAt(r, k) >= 0) return true;
  const c = r.tokens[k];
  if (c.pos === 'ADJ') return true;
  return (c.pos === 'DET' || c.pos === 'NUM') && phraseAfter(r, k, limit, false) !== undefined;
}

const NOT_CONTENT = new Set(['so', 'no', 'yes', 'nothing', 'goodbye', 'hello', 'little', 'much', 'more', 'less', 'otherwise', 'as', 'it']);
const LOOSE_WINDOW = 12;
function verbWithin(r: Reading, j: number, limit: number, window: number): boolean {
  for (let k = j + 1; k < Math.min(limit, j + window); k++) {
    const t = r.tokens[k];
    if (t.norm === ';' || r.cueAt[k]) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing'))) return true;
  }
  return false;
}

/** The start of the content a cue introduces, passing over its addressee and adverbials. */
export function contentAfterCue(r: Reading, cue: CueMatch, limit: number): ContentStart | undefined {
  const k = cue.last + 1;
  if (cue.entry.addressee) {
    const addressee = phraseAfter(r, k, limit, true, true);
    if (addressee && r.tokens[addressee.first].norm !== 'that') {
      const adverbials = skipAdverbials(r, addressee.last + 1, limit);
      const at = contentAt(r, adverbials.end, limit, cue);
      if (at >= 0) return { at, addressee, channels: [addressee, ...channelObjects(adverbials.objects)] };
    }
  }
  const adverbials = skipAdverbials(r, k, limit);
  let j = adverbials.end;
  if (r.tokens[j]?.norm === ',' && j > k) j++; // "said in the statement, "…""
  const at = contentAt(r, j, limit, cue);
  if (at < 0) return undefined;
  return { at, addressee: null, channels: channelObjects(adverbials.objects) };
}

function channelObjects(objects: ReturnType<typeof skipAdverbials>['objects']): Phrase[] {
  return objects.filter((o) => o.preposition === 'with' || o.preposition === 'to' || o.preposition === 'on').map((o) => o.phrase);
}

/** Words from `j` on that make an attribution tail: "adding …", "citing …", "according to …", "experts said". */
function tailAt(r: Reading, j: number, limit: number): boolean {
  const next = r.tokens[j];
  if (!next) return false;
  if (PARTICIPLE_TAILS.has(next.norm)) return true;
  const cue = r.cueAt[j];
  if (cue && (cue.entry.id === 'according-to' || (next.pos === 'VERB' && next.norm.endsWith('ing')))) return true;
  const frame = parseFrame(r, j, limit, 1);
  return frame !== undefined && frame.stop === 'end';
}

const CONNECTORS = new Set(['though', 'although', 'while', 'whereas', 'as', 'but', 'and', 'yet']);

/** "…, but he said that …", "…, though she noted …": a clause of its own with a subject and a cue. */
function attributionClauseAt(r: Reading, j: number, limit: number): boolean {
  const connector = r.tokens[j];
  if (!connector || !(connector.pos === 'CCONJ' || connector.pos === 'SCONJ' || CONNECTORS.has(connector.norm))) return false;
  const subject = phraseAfter(r, j + 1, limit);
  if (!subject) return false;
  let k = subject.last + 1;
  while (k < limit && (r.tokens[k].pos === 'ADV' || r.tokens[k].pos === 'AUX' || r.tokens[k].pos === 'PART') && !r.cueAt[k]) k++;
  return r.cueAt[k] !== undefined && r.cueAt[k]!.entry.pos !== 'ADJ';
}

/** "said it was opposed to the test and warned Pyongyang to …": "and" or "but" right before a cue verb joins a
 * second statement of the same speaker; the first content ends before it. */
function coordinatedCueAt(r: Reading, k: number): boolean {
  const t = r.tokens[k];
  if (t.pos !== 'CCONJ' || (t.norm !== 'and' && t.norm !== 'but')) return false;
  const cue = r.cueAt[k + 1];
  return cue !== undefined && cue.entry.pos !== 'ADJ' && r.tokens[k + 1].pos === 'VERB';
}

/**
 * The last token of content that starts at `from` in a sentence ending before `limit`: the sentence end
 * (or the closing mark of a quotation that runs past it), before any attribution tail, without closing punctuation.
 */
export function contentEnd(r: Reading, from: number, limit: number, stopAtComma = false): number {
  let end = limit - 1;
  for (let k = from; k < limit; k++) {
    if (r.quotedAt[k] >= 0) {
      const q = r.quoted[r.quotedAt[k]];
      while (k + 1 < r.tokens.length && r.tokens[k + 1].start < q.end) k++;
      if (k >= limit - 1) { end = Math.max(end, closingMarkToken(r, k, q.close)); break; }
      // A quotation ending on a comma ("…on Ukraine," according to …) may end the clause like a comma does.
      let mark = k + 1;
      if (r.quotedAt[mark] < 0 && q.close > r.tokens[mark]?.end && r.quotedAt[mark + 1] < 0) mark++; // '' as two tokens
      if (r.tokens[k].norm === ',' && r.quotedAt[mark] < 0 && q.close <= r.tokens[mark].end && tailAt(r, mark + 1, limit)) { end = mark; break; }
      continue;
    }
    if (r.tokens[k].norm === ',' && k > from && (stopAtComma || tailAt(r, k + 1, limit) || attributionClauseAt(r, k + 1, limit))) { end = k - 1; break; }
    if (k > from && coordinatedCueAt(r, k)) { end = k - 1; break; }
  }
  while (end > from && TRAILING.has(r.tokens[end].norm)) end--;
  return end;
}

/** The token holding a quotation's closing mark (or the last token inside it). */
function closingMarkToken(r: Reading, k: number, close: number): number {
  while (k + 1 < r.tokens.length && r.tokens[k + 1].start < close) k++;
  return k;
}

export interface Subject {
  phrase: Phrase | null;
  /** The relative pronoun that stands for `phrase` in the cue's own clause ("Smith, who said …"). */
  pronoun: Phrase | null;
  /** The speaker is the subject of the clause the cue continues: "…, adding that …", "… and said …". */
  inherits: boolean;
  /** A relative pronoun's antecedent: "Smith, who said …": the content ends at the next comma. */
  relative: boolean;
  passive: boolean;
}

const PARTICIPLES = /(ed|en|said|told|thought|known|found|shown)$/;

/** The subject of a cue: the noun phrase before it, through apposition and relative pronouns. */
export function subjectBefore(r: Reading, cue: CueMatch, floor: number): Subject | undefined {
  let k = cue.first - 1;
  let passive = false;
  while (k >= floor && (r.tokens[k].pos === 'ADV' || r.tokens[k].pos === 'AUX' || r.tokens[k].pos === 'PART') && r.tokens[k].norm !== ',') {
    if (r.tokens[k].lemma === 'be' && k === cue.first - 1) passive = true;
    k--;
  }
  // "Gov. Pat McCrory (R) said …", "Sen. Rand Paul (R-Ky.) told …": a short aside in brackets after the subject.
  const open = k > floor ? bracketStart(r, k, floor) : -1;
  if (open > floor) k = open - 1;
  const cueToken = r.tokens[cue.first];
  passive = passive && cue.entry.pos !== 'ADJ' && !cue.entry.phrase && PARTICIPLES.test(cueToken.norm);
  const participle = cueToken.pos === 'VERB' && cueToken.norm.endsWith('ing') && cue.first === cue.last;
  const none: Subject = { phrase: null, pronoun: null, inherits: false, relative: false, passive };
  if (k < floor) return participle ? { ...none, inherits: true } : undefined;
  const t = r.tokens[k];
  if (t.norm === ',') {
    if (participle) return { ...none, inherits: true };
    const appositive = apposedSubject(r, k, floor);
    return appositive ? { ...none, phrase: appositive } : undefined;
  }
  if (t.pos === 'CCONJ' && (t.norm === 'and' || t.norm === 'but')) return { ...none, inherits: true };
  if (participle && (t.pos === 'ADP' || t.pos === 'SCONJ')) return { ...none, inherits: true }; // "before adding", "while insisting"
  let phrase: Phrase | undefined = phraseBefore(r, k, floor);
  if (!phrase) return undefined;
  for (let n = 0; n < 2 && isTimePhrase(r, phrase); n++) {
    // "Wells Fargo just this month announced …", "who in 2010 said …": a time before the cue is an adverbial; the
    // subject comes before it (with the time's preposition and adverbs), or is not found.
    const time: Phrase = phrase;
    let j: number = time.first - 1;
    if (j >= floor && r.tokens[j].pos === 'ADP') j--;
    while (j >= floor && r.tokens[j].pos === 'ADV') j--;
    // "A poll released in late August found …": a document and the participle that dates it, the time included.
    const dated: Phrase | undefined = j > floor && r.tokens[j].pos === 'VERB' && /(ed|en)$/.test(r.tokens[j].norm) ? phraseBefore(r, j - 1, floor) : undefined;
    if (dated && isDocumentWord(r.tokens[dated.headLast])) {
      phrase = { ...dated, last: time.last };
      break;
    }
    const earlier: Phrase | undefined = j >= floor && r.tokens[j].norm !== ',' ? phraseBefore(r, j, floor) : undefined;
    if (!earlier) return { ...none, phrase: null };
    phrase = earlier;
  }
  // "Trump unleashed a series of tweets early Friday saying that …", "the ministry issued a statement saying …": a
  // participle after the object of an inflected verb speaks for that verb's subject (a bare form may be a noun the
  // tagger misread: "hedge fund"). Not when the verb presents its object as the speaker ("quoted a spokesman
  // complaining", "footage showed him saying") or is a cue itself, nor after a participle, whose own subject is not
  // the clause's ("Smith, issuing a release saying …").
  const governor = r.tokens[phrase.first - 1];
  if (participle && phrase.first - 1 >= floor && governor.pos === 'VERB' && governor.norm !== governor.lemma && !governor.norm.endsWith('ing') &&
    !r.cueAt[phrase.first - 1] && !PRESENTING_VERBS.has(governor.lemma)) return { ...none, inherits: true };
  if (phrase.first === phrase.last && RELATIVE_PRONOUNS.has(r.tokens[phrase.first].norm)) {
    const comma = phrase.first - 1;
    const antecedent = r.tokens[comma]?.norm === ',' ? phraseBefore(r, comma - 1, floor) : phraseBefore(r, comma, floor);
    return antecedent ? { ...none, phrase: antecedent, pronoun: phrase, relative: r.tokens[comma]?.norm === ',' } : undefined;
  }
  if (passive && r.tokens[phrase.first].norm !== 'it') return undefined; // "he is expected to win": not his words
  if (passive) return { ...none, phrase: null };
  return { ...none, phrase };
}

/** Verbs whose object is the one heard speaking: "quoted a spokesman complaining that …", "showed him saying …". */
const PRESENTING_VERBS = new Set(['quote', 'cite', 'hear', 'overhear', 'see', 'show', 'watch', 'film', 'record', 'catch', 'feature', 'depict', 'find', 'picture', 'capture']);

const TIME_MODIFIERS = new Set(['this', 'last', 'next', 'late', 'early', 'mid', 'that', 'every', 'each']);

/** "this month", "late August", "Tuesday", "2010": a phrase of time words (a year standing alone), no subject. */
function isTimePhrase(r: Reading, p: Phrase): boolean {
  if (p.last - p.first > 2) return false;
  const head = r.tokens[p.last];
  const year = p.first === p.last && head.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(head.norm);
  if (!isTimeWord(head.norm) && !year) return false;
  for (let k = p.first; k < p.last; k++) if (!TIME_MODIFIERS.has(r.tokens[k].norm) && !isTimeWord(r.tokens[k].norm)) return false;
  return true;
}

/**
 * "Li Haidong, a professor at the China Foreign Affairs University, said …": the subject is the phrase before
 * the first comma whose following words up to the cue read as an apposition or an aside ("when asked about it").
 */
function apposedSubject(r: Reading, comma: number, floor: number): Phrase | undefined {
  let segmentStart = floor;
  for (let c = floor; c < comma; c++) {
    const t = r.tokens[c];
    if (t.norm === ';' || t.norm === ':' || (t.pos === 'CCONJ' && r.tokens[c - 1]?.norm === ',')) segmentStart = c + 1;
    if (t.norm !== ',' || r.quotedAt[c] >= 0) continue;
    const subject = phraseBefore(r, c - 1, segmentStart);
    // The phrase opens its segment, after a comma and after adverbs or a conjunction: "Even China, its only ally, said".
    let opening = segmentStart + (r.tokens[segmentStart]?.norm === ',' ? 1 : 0);
    while (opening < c && (r.tokens[opening].pos === 'ADV' || r.tokens[opening].pos === 'CCONJ')) opening++;
    if (subject && subject.first === opening && asideAt(r, c + 1)) {
      return { ...subject, last: comma - 1 };
    }
    segmentStart = c + 1;
  }
  return undefined;
}

const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'when', 'while', 'for', 'in', 'at', 'like', 'as', 'speaking', 'asked', 'meanwhile', 'however']);
function asideAt(r: Reading, j: number): boolean {
  const t = r.tokens[j];
  if (!t) return false;
  return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || ASIDE_OPENERS.has(t.norm) || (t.pos === 'PRON' && t.norm !== 'he' && t.norm !== 'she' && t.norm !== 'they');
}

