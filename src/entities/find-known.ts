// Finds what the lexicons know, longest match first, one walk over the pieces: countries, nationalities,
// regions, known organizations and city aliases.
import { LETTER, type Piece } from './pieces.js';
import type { Phrase } from './lexicon/gazetteer.js';
import type { Work } from './work.js';

// Short all-caps names that are also English words: in an ALL-CAPS headline "US" may be "us".
const SHORT_WORDS = new Set(['us', 'who', 'it', 'in', 'at', 'as', 'an', 'on', 'is', 'or', 'am', 'me', 'do', 'go', 'no', 'so', 'up', 'we', 'he', 'be', 'by', 'if', 'of', 'to', 'ap', 'au', 'fed']);

function matches(w: Work, phrase: Phrase, i: number, caseless: boolean, exact: readonly string[] | undefined): boolean {
  const { pieces } = w.view;
  caseless ||= pieces[i].shout;
  const end = i + phrase.keys.length;
  if (end > pieces.length || pieces[end - 1].sent !== pieces[i].sent) return false;
  for (let k = 1; k < phrase.keys.length; k++) {
    if (pieces[i + k].key !== phrase.keys[k]) return false;
    if (phrase.caps[k] && !pieces[i + k].cap && !caseless) return false;
  }
  if (!exact) return true;
  const surface = w.view.text.slice(pieces[i].start, pieces[end - 1].end).replace(/\s+/g, ' ');
  if (!exact.includes(surface)) return false;
  // "US" in "TELL US": an exact short name inside an all-caps line needs its dots.
  return !(caseless && !surface.includes('.') && SHORT_WORDS.has(pieces[i].key));
}

function firstOk(p: Piece, caseless: boolean): boolean {
  return p.cap || (caseless && LETTER.test(p.text));
}

const NONE: readonly Phrase[] = [];

export function findKnown(w: Work): void {
  const { pieces, sentences } = w.view;
  const index = w.gaz.phrases.byFirst;
  for (const s of sentences) {
    for (let i = s.p0; i < s.p1; ) {
      const p = pieces[i];
      let taken = 0;
      const phrases = firstOk(p, s.caseless) ? index.get(p.key) : undefined;
      for (const phrase of phrases ?? NONE) {
        if (!matches(w, phrase, i, s.caseless, phrase.known.exact)) continue;
        w.hitAt[i] = { p0: i, p1: i + phrase.keys.length, known: phrase.known };
        taken = phrase.keys.length;
        break;
      }
      i += Math.max(1, taken);
    }
  }
}
