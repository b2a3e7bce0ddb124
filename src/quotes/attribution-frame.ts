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

/** "Smith, a spokesman for the agency," → the index after the apposition's closing comma (or its end), or -1. */
function appositionEnd(r: Reading, comma: number, limit: number, closing: 'comma' | 'comma-or-end'): number {
  if (r.tokens[comma]?.norm !== ',') return -1;
  const app = phraseAfter(r, comma + 1, limit);
  if (!app || r.tokens[app.first].pos === 'PRON') return -1;
  const after = app.last + 1;
  if (r.tokens[after]?.norm === ',') return after + 1;
  return closing === 'comma-or-end' && onlyClosingPunctuation(r, after, limit) ? after : -1;
}

/** A cue that can head a frame: a verb or a phrase, never inside a quotation. */
function cueAtToken(r: Reading, j: number): CueMatch | undefined {
  const cue = r.cueAt[j];
  return cue && r.quotedAt[j] < 0 ? cue : undefined;
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
    const app = appositionEnd(r, k, limit, 'comma-or-end');
    if (app > 0) {
      speaker = { ...speaker, last: r.tokens[app - 1].norm === ',' ? app - 2 : app - 1 };
      k = r.tokens[app - 1].norm === ',' ? app - 1 : app;
    }
  } else {
    // "experts said", "Smith, a spokesman, said", "the ministry also said".
    speaker = phraseAfter(r, j, limit);
    if (!speaker) return undefined;
    k = speaker.last + 1;
    const app = appositionEnd(r, k, limit, 'comma');
    if (app > 0) {
      const appCue = cueAtToken(r, skipModifiers(r, app, limit));
      if (appCue) { speaker = { ...speaker, last: app - 2 }; k = app; }
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
  const adverbials = skipAdverbials(r, k, limit);
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
