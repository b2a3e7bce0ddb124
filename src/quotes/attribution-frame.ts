// The attribution frame that follows (or opens) reported content: "…, experts said", "…," said Smith, a
// spokesman", "…, Zakharova said, TASS reported on Monday", "…, according to the release from X", "As X
// announced earlier, …". It is a speaker and a cue with nothing after them but adverbials, an addressee,
// an apposition and channel frames; anything else (a clause) means the words are not a frame.
import type { Reading } from './reading.js';
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

/** A cue that can head a frame: a verb or a phrase, never inside a quotation. */
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
  if (cue && r.tokens[j].pos !== 'NOUN' && r.tokens[j].pos !== 'PROPN') {
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
  if (onlyClosingPunctuation(r, k, limit)) return { ...frame, end: limit };
  if (r.tokens[k].norm !== ',') return undefined;
  if (depth < 2) {
    const outer = parseFrame(r, k, limit, depth + 1);
    if (outer && CHANNEL_CUES.has(outer.cue.entry.id)) {
      return { ...frame, channels: [...channels, outer.speaker], outer: [outer, ...outer.outer], end: outer.end, stop: outer.stop };
    }
  }
  return { ...frame, stop: 'comma' };
}
