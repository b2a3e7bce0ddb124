// text: body text → paragraphs, sentences and tokens with part-of-speech tags.
// Order: paragraphs from blank lines; tokens and first sentence breaks from wink-nlp; then the refiners, merges
// first (abbreviations and initials, quotations, lower-case cues), then the splits (flattened bullets, paragraphs and
// line breaks) last so they win.
import type { Article, Sentence, Token } from '../article.js';
import { isAnalyzable } from '../ingest/index.js';
import type { Stage } from '../stage.js';
import type { BreakView, Fired, Refined } from './breaks.js';
import { findParagraphs } from './find-paragraphs.js';
import { findQuotations } from './find-quotations.js';
import { findTokens } from './find-tokens.js';
import { refineMergeAbbreviations } from './refine-merge-abbreviations.js';
import { refineMergeLowercase } from './refine-merge-lowercase.js';
import { refineMergeQuotations } from './refine-merge-quotations.js';
import { refineSplitBullets } from './refine-split-bullets.js';
import { paragraphOfTokens, refineSplitParagraphs } from './refine-split-paragraphs.js';

export interface TextAnalysis {
  paragraphs: Article['paragraphs'];
  sentences: Sentence[];
  tokens: Token[];
  /** Every sentence break a refiner moved, with its rule id (for `dyad explain` and tests). */
  fired: Fired[];
}

export function analyzeText(text: string): TextAnalysis {
  const paragraphs = findParagraphs(text);
  const { tokens, winkStarts } = findTokens(text);
  const view: BreakView = { text, tokens, paragraphs };
  const paragraphOf = paragraphOfTokens(tokens, paragraphs);
  const fired: Fired[] = [];
  // Plain calls, no local helper closure: under tsx every named closure is renamed with Object.defineProperty each
  // time it is created, which showed as several per cent of this stage.
  let starts = take(fired, refineMergeAbbreviations(view, winkStarts));
  starts = take(fired, refineMergeQuotations(view, starts, findQuotations(text)));
  starts = take(fired, refineMergeLowercase(view, starts));
  starts = take(fired, refineSplitBullets(view, starts));
  starts = take(fired, refineSplitParagraphs(view, starts, paragraphOf));
  return { paragraphs, sentences: toSentences(tokens, starts, paragraphOf), tokens, fired };
}

/** Adds a refiner's fired rules to `fired` and returns its sentence starts. */
function take(fired: Fired[], r: Refined): number[] {
  for (const f of r.fired) fired.push(f);
  return r.starts;
}

function toSentences(tokens: readonly Token[], starts: readonly number[], paragraphOf: Int32Array): Sentence[] {
  const out: Sentence[] = [];
  for (let k = 0; k < starts.length; k++) {
    const tokenStart = starts[k];
    const tokenEnd = k + 1 < starts.length ? starts[k + 1] : tokens.length;
    out.push({ start: tokens[tokenStart].start, end: tokens[tokenEnd - 1].end, tokenStart, tokenEnd, paragraph: paragraphOf[tokenStart] });
  }
  return out;
}

export const textStage: Stage = {
  name: 'text',
  reads: ['text', 'meta'],
  writes: ['paragraphs', 'sentences', 'tokens'],
  run(doc, ctx) {
    // Non-English text (meta.language from ingest) is not read by the English model unless --force-english.
    if (!isAnalyzable(doc, ctx)) return { ...doc, paragraphs: [], sentences: [], tokens: [] };
    const { paragraphs, sentences, tokens } = analyzeText(doc.text);
    return { ...doc, paragraphs, sentences, tokens };
  },
};
