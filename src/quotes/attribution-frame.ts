// The attribution frame that follows (or opens) reported content: "…, experts said", "…," said Smith, a
// spokesman", "…, Zakharova said, TASS reported on Monday", "…, according to the release from X", "As X
// announced earlier, …". It is a speaker and a cue with nothing after them but adverbials, an addressee,
// an apposition and channel frames; anything else (a clause) means the words are not a frame.
import { closingMarkAfter, type Reading } from './reading.js';
import type { CueMatch } from './find-cues.js';
import { phraseAfter, type Phrase } from './noun-phrase.js';
import { skipAdverbials } from './adverbials.js';

export interface Frame {
  speaker: Phrase;
  cue: CueMatch;
  addressee: Phrase | null;
  /** Noun phrases that may name the channel: the addressee, prepositional objects, outer frames' speakers. */
  channels: Phrase[];
  /** Frames wrapped around this one: "Zakharova said, TASS reported" → the TASS frame. */
  outer: Frame[];
  /** First token of the frame, and the token where it stopped. */
  first: number;
  end: number;
  /** 'end': only closing punctuation follows; 'comma': a comma at `end` and more words after it. */
  stop: 'end' | 'comma';
}

/** Cues of an outer frame that name a channel rather than a second speaker. */
const CHANNEL_CUES = new Set(['report', 'say', 'write', 'tell', 'according-to', 'tweet', 'post', 'announce']);
const CLOSING = new Set(['.', '!', '?', ';', ')', '"', '”', '’', "'", "''", '»', '…']);

export function onlyClosingPunctuation(r: Reading, j: number, limit: number): boolean {
  for (let k = j; k < limit; k++) if (!CLOSING.has(r.tokens[k].norm)) return false;
  return true;
}

function skipModifiers(r: Reading, j: number, limit: number): number {
  while (j < limit && (r.tokens[j].pos === 'ADV' || r.tokens[j].pos === 'AUX' || r.tokens[j].pos === 'PART') && !r.cueAt[j]) j++;
  return j;
}

/** An apposition after a comma: its last token, and the token where the frame goes on (`limit` when it ends it). */
interface Apposition {
  last: number;
  /** Index after the apposition's closing comma, or `limit` when the sentence ends with it. */
  next: number;
}

/** "Smith, a spokesman for the agency," / "…, said John Smith, a spokesman." (closing 'comma-or-end'). */
function apposition(r: Reading, comma: number, limit: number, closing: 'comma' | 'comma-or-end'): Apposition | null {
  if (r.tokens[comma]?.norm !== ',') return null;
  let app = phraseAfter(r, comma + 1, limit);
  if (!app || r.tokens[app.first].pos === 'PRON') return null;
  // "the architect of the campaign and a close aide": two descriptions joined.
  const more = r.tokens[app.last + 1]?.norm === 'and' ? phraseAfter(r, app.last + 2, limit) : undefined;
  if (more && r.tokens[more.first].pos !== 'PRON') app = { ...app, last: more.last };
  const after = app.last + 1;
  if (r.tokens[after]?.norm === ',') {
    // "…, said Tim Hale, a developer in Oslo, who introduced him to the bank.": a relative clause ends the sentence.
    if (closing === 'comma-or-end' && RELATIVES.has(r.tokens[after + 1]?.norm ?? '')) return { last: app.last, next: limit };
    return { last: app.last, next: after + 1 };
  }
  return closing === 'comma-or-end' && onlyClosingPunctuation(r, after, limit) ? { last: app.last, next: limit } : null;
}

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);

/** The frame starting at token `first` comes right after a quotation's closing mark (a comma between them or not). */
function afterQuotation(r: Reading, first: number): boolean {
  let p = first - 1;
  if (r.tokens[p]?.norm === ',') p--;
  const k = p - 1 >= 0 && r.quotedAt[p - 1] >= 0 ? p - 1 : p - 2; // the last token inside ('' may be two tokens)
  return k >= 0 && r.quotedAt[k] >= 0 && closingMarkAfter(r, k) === p;
}

/** Words that open a clause of circumstance: ""…," Hollande said Friday as he entered the talks." */
const CIRCUMSTANCE = new Set(['as', 'while', 'when', 'whereas', 'because', 'before', 'after', 'since', 'until', 'though', 'although', 'once']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * A clause that ends the sentence after a frame and is part of none of it: a clause of circumstance ("…," he said as
 * he left) or a relative clause on the frame's last noun ("…," Merkel told reporters after the meeting that was held
 * on a boat: "that" with a verb right after it has no subject of its own, so it opens no reported clause).
 * Where no quotation comes right before the frame, only a clause of circumstance after a frame whose speaker comes
 * first and is no relative pronoun: elsewhere the same words read as a verb, its object and a clause of the sentence
 * ("…, showing nerves of steel as she battled …", "…, who ordered the defender home after he …", "…, foreign
 * nationals suspected of terrorism who cannot be deported can be held …"). With a comma, a quotation or a further
 * "that" in the clause, the words may be content, and the frame is not read past them.
 * The clause may open inside the adverbials: "Renzi said after the meeting broke up" (a preposition read with its
 * object, then a verb).
 */
function trailingClause(r: Reading, k: number, limit: number, afterQuote: boolean, subjectFirst: boolean): boolean {
  const t = r.tokens[k], next = r.tokens[k + 1];
  if (!t || !next || k + 1 >= limit) return false;
  const relative = afterQuote && (t.norm === 'that' || RELATIVES.has(t.norm)) && (next.pos === 'AUX' || next.pos === 'VERB') && NOUN_TAGS.has(r.tokens[k - 1]?.pos ?? '');
  const circumstance = (afterQuote || subjectFirst) && CIRCUMSTANCE.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV');
  if (!relative && !circumstance) return false;
  // After a clause of circumstance, a "that" further on may open the cue's reported clause ("he admitted before his
  // move to Gloucester that …"); after a relative clause, it opens another ("… on a boat that cruised down …").
  for (let j = k; j < limit; j++) if (r.tokens[j].norm === ',' || r.quotedAt[j] >= 0 || (!relative && j > k && r.tokens[j].norm === 'that')) return false;
  return true;
}

/** A cue that can frame what was said: one whose content is a clause or an infinitive ("…, said Smith"), not only an
 * object ("the journals, called MSN Spaces, …" names them). */
function cueAtToken(r: Reading, j: number): CueMatch | undefined {
  const cue = r.cueAt[j];
  if (!cue || r.quotedAt[j] >= 0) return undefined;
  return cue.entry.takes.includes('clause') || cue.entry.takes.includes('to') ? cue : undefined;
}

/**
 * Reads a frame starting at token `j` (a leading comma is skipped), within `limit` (the sentence end).
 * `depth` bounds the channel frames read after it.
 */
export function parseFrame(r: Reading, j: number, limit: number, depth = 0): Frame | undefined {
  if (r.tokens[j]?.norm === ',') j++;
  const first = j;
  let speaker: Phrase | undefined;
  let cue = cueAtToken(r, j);
  let k: number;
  const inverted = cue !== undefined && r.tokens[j].pos !== 'NOUN' && r.tokens[j].pos !== 'PROPN';
  if (cue && inverted) {
    // Inverted: "said Smith", "according to the police", "said John Smith, a spokesman for the agency".
    speaker = phraseAfter(r, cue.last + 1, limit);
    if (!speaker) return undefined;
    k = speaker.last + 1;
    const app = apposition(r, k, limit, 'comma-or-end');
    if (app) {
      speaker = { ...speaker, last: app.last };
      if (app.next === limit) return { speaker, cue, addressee: null, channels: [], outer: [], first, end: limit, stop: 'end' };
      k = app.next - 1; // the comma after the apposition
    }
  } else {
    // "experts said", "Smith, a spokesman, said", "the ministry also said".
    speaker = phraseAfter(r, j, limit);
    if (!speaker) return undefined;
    k = speaker.last + 1;
    const app = apposition(r, k, limit, 'comma');
    if (app && cueAtToken(r, skipModifiers(r, app.next, limit))) {
      speaker = { ...speaker, last: app.last };
      k = app.next;
    }
    k = skipModifiers(r, k, limit);
    cue = cueAtToken(r, k);
    if (!cue || cue.entry.pos === 'ADJ') return undefined;
  }
  if (k <= cue.last) k = cue.last + 1;
  let addressee: Phrase | null = null;
  const channels: Phrase[] = [];
  if (cue.entry.addressee) {
    const object = phraseAfter(r, k, limit);
    if (object) { addressee = object; channels.push(object); k = object.last + 1; }
  }
  const adverbials = skipAdverbials(r, k, limit, true);
  for (const o of adverbials.objects) if (o.preposition === 'with' || o.preposition === 'to' || o.preposition === 'on') channels.push(o.phrase);
  k = adverbials.end;
  const frame: Frame = { speaker, cue, addressee, channels, outer: [], first, end: k, stop: 'end' };
  const subjectFirst = !inverted && !RELATIVES.has(r.tokens[speaker.first].norm) && r.tokens[speaker.first].norm !== 'that';
  const afterQuote = afterQuotation(r, first);
  if (onlyClosingPunctuation(r, k, limit) || trailingClause(r, k, limit, afterQuote, subjectFirst)) return { ...frame, end: limit };
  for (const o of adverbials.objects) {
    const at = o.phrase.first - 1; // the preposition
    if (r.tokens[o.phrase.last + 1]?.pos === 'VERB' && CIRCUMSTANCE.has(r.tokens[at].norm) && trailingClause(r, at, limit, afterQuote, subjectFirst)) return { ...frame, end: limit };
  }
  if (r.tokens[k].norm !== ',') return undefined;
  if (depth < 2) {
    const outer = parseFrame(r, k, limit, depth + 1);
    if (outer && CHANNEL_CUES.has(outer.cue.entry.id)) {
      return { ...frame, channels: [...channels, outer.speaker], outer: [outer, ...outer.outer], end: outer.end, stop: outer.stop };
    }
  }
  return { ...frame, stop: 'comma' };
}
