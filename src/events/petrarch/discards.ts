// PETRARCH discards: a sentence holding a discard phrase ("baseball") is not coded; a story discard ("+typhoon")
// stops the whole article. Reads tokens and sentences; returns where each phrase was found, as evidence.
import type { Sentence, Token } from '../../article.js';
import type { DiscardEntry, Lexicons } from '../../lexicons/types.js';
import { formOf, phraseAt, type TokenWindow } from './words.js';

export interface DiscardHit {
  entry: DiscardEntry;
  /** Token range of the phrase. */
  start: number;
  end: number;
}

export interface Discards {
  /** The first story discard found: no sentence of the article is coded. */
  story: DiscardHit | null;
  /** Per sentence, the discard phrase that stops it, or null. */
  sentences: (DiscardHit | null)[];
}

interface DiscardIndex {
  /** Entries by their first word, for phrases and whole words. */
  byFirst: Map<string, DiscardEntry[]>;
  /** One-word stems: "baseball" also stops "baseballs". */
  stems: Map<string, DiscardEntry[]>;
  /** The lengths of those stems, longest first. */
  stemLengths: number[];
}

// A memo of the index built for each lexicons object; lexicons are read-only, so it never goes stale.
const indexes = new WeakMap<Lexicons, DiscardIndex>();

function indexOf(lexicons: Lexicons): DiscardIndex {
  let index = indexes.get(lexicons);
  if (index) return index;
  index = { byFirst: new Map(), stems: new Map(), stemLengths: [] };
  for (const entry of lexicons.discards ?? []) {
    if (entry.stem && entry.words.length === 1) {
      const word = entry.words[0]!;
      index.stems.set(word, [...(index.stems.get(word) ?? []), entry]);
      if (!index.stemLengths.includes(word.length)) index.stemLengths.push(word.length);
    } else index.byFirst.set(entry.words[0]!, [...(index.byFirst.get(entry.words[0]!) ?? []), entry]);
  }
  index.stemLengths.sort((a, b) => b - a);
  indexes.set(lexicons, index);
  return index;
}

/** The discard phrase starting at token `i`, if any. */
function discardAt(w: TokenWindow, i: number, index: DiscardIndex): DiscardHit | null {
  const form = formOf(w.tokens[i]!);
  for (const entry of index.byFirst.get(form) ?? []) {
    const words = entry.words;
    if (words.length === 1) return { entry, start: i, end: i + 1 };
    const headEnd = phraseAt(w, i, words.slice(0, -1));
    if (headEnd < 0 || headEnd >= w.end) continue;
    const last = words[words.length - 1]!;
    const next = formOf(w.tokens[headEnd]!);
    if (next === last || (entry.stem && next.startsWith(last))) return { entry, start: i, end: headEnd + 1 };
  }
  for (const n of index.stemLengths) {
    if (n > form.length) continue;
    const entries = index.stems.get(n === form.length ? form : form.slice(0, n));
    if (entries) return { entry: entries[0]!, start: i, end: i + 1 };
  }
  return null;
}

/** Finds the discard phrases of the lexicons in each sentence. */
export function findDiscards(doc: { tokens: readonly Token[]; sentences: readonly Sentence[] }, lexicons: Lexicons): Discards {
  const out: Discards = { story: null, sentences: doc.sentences.map(() => null) };
  if (!lexicons.discards?.length) return out;
  const index = indexOf(lexicons);
  doc.sentences.forEach((s, k) => {
    const w: TokenWindow = { tokens: doc.tokens, start: s.tokenStart, end: s.tokenEnd };
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const hit = discardAt(w, i, index);
      if (!hit) continue;
      out.sentences[k] ??= hit;
      if (hit.entry.scope === 'story') {
        out.story ??= hit;
        break;
      }
    }
  });
  return out;
}
