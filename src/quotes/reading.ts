// The article as the quote finders read it: token → sentence, quotations, cue words and entity mentions,
// each indexed by token so every finder looks things up in constant time. Built once per article, never mutated.
import type { Article, Entity, Mention, Sentence, Token } from '../article.js';
import { findQuotationMarks, type QuotedSpan } from './find-quotation-marks.js';
import { findCues, type CueMatch } from './find-cues.js';

export interface MentionRef {
  entity: Entity;
  mention: Mention;
  /** First and last token of the mention. */
  first: number;
  last: number;
}

export interface Reading {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Token → index of its sentence. */
  sentenceOf: Int32Array;
  quoted: QuotedSpan[];
  /** Token → index in `quoted` of the outermost quotation whose content holds it, or -1. */
  quotedAt: Int32Array;
  /** Token → the cue that starts at it. */
  cueAt: (CueMatch | undefined)[];
  /** Every cue, in text order. */
  cues: CueMatch[];
  /** Token → the longest entity mention that covers it. */
  mentionAt: (MentionRef | undefined)[];
  /** Every mention, in text order. */
  mentions: MentionRef[];
}

/** Index of the first token that ends after `offset` (tokens.length when none). */
export function tokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that starts before `offset` (-1 when none). */
export function tokenBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The last token of the closing mark right after token `k` inside a quotation (one or two tokens: ” or ' '), or -1. */
export function closingMarkAfter(r: Reading, k: number): number {
  const q = r.quoted[r.quotedAt[k]];
  for (let m = k + 1; m <= k + 2 && m < r.tokens.length && r.quotedAt[m] < 0; m++) if (q.close <= r.tokens[m].end) return m;
  return -1;
}

const UPPER = /\p{Lu}/u;
/** The token's surface opens with a capital letter. */
export function startsUpper(r: Reading, t: Token): boolean {
  return UPPER.test(r.text[t.start] ?? '');
}

export function readForQuotes(doc: Article): Reading {
  const { text, tokens, sentences } = doc;
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, si) => sentenceOf.fill(si, s.tokenStart, s.tokenEnd));

  const quoted = findQuotationMarks(text, doc.paragraphs);
  const quotedAt = new Int32Array(tokens.length).fill(-1);
  quoted.forEach((q, qi) => {
    if (q.nested) return;
    for (let t = tokenAfter(tokens, q.start); t < tokens.length && tokens[t].start < q.end; t++) if (quotedAt[t] < 0) quotedAt[t] = qi;
  });

  const mentions: MentionRef[] = [];
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      const first = tokenAfter(tokens, mention.start), last = tokenBefore(tokens, mention.end);
      if (first <= last) mentions.push({ entity, mention, first, last });
    }
  }
  mentions.sort((a, b) => a.first - b.first || b.last - a.last);
  const mentionAt: (MentionRef | undefined)[] = new Array(tokens.length);
  for (const m of mentions) {
    for (let t = m.first; t <= m.last; t++) {
      const held = mentionAt[t];
      if (!held || held.last - held.first < m.last - m.first) mentionAt[t] = m;
    }
  }
  const cueAt = findCues(tokens);
  const cues: CueMatch[] = [];
  for (const cue of cueAt) if (cue) cues.push(cue);
  return {
    text, tokens, sentences, sentenceOf, quoted, quotedAt, cueAt, cues, mentionAt, mentions,
  };
}
