// The only place that knows the order of the stages. Each comment gives the reason for its position.
import { emptyArticle, type Article, type RawInput } from './article.js';
import { createContext, type Context } from './context.js';
import { DyadFailure, type DyadError } from './errors.js';
import type { Stage } from './stage.js';
import { ingestStage } from './ingest/index.js';
import { textStage } from './text/index.js';
import { timeStage } from './time/index.js';
import { entitiesStage } from './entities/index.js';
import { quotesStage } from './quotes/index.js';
import { eventsStage } from './events/index.js';

export const STAGES: readonly Stage[] = [
  ingestStage, // first: everything else indexes into the text it settles
  textStage, // sentences and tokens are the units every later stage works in
  timeStage, // needs the publication time from ingest; before events, which attach dates to predicates
  entitiesStage, // needs tokens and POS; quotes need speakers and events need actors
  quotesStage, // needs entities for speakers and channels; before events, whose speech acts point at quotes
  eventsStage, // last: reads dates, entities and quotes
];

export type AnalyzeResult = { ok: true; article: Article } | { ok: false; error: DyadError };

/** Runs every stage over one input. User errors come back as values; programming errors throw. */
export function analyze(input: RawInput, ctx: Context = createContext(), stages: readonly Stage[] = STAGES): AnalyzeResult {
  let doc = emptyArticle(input);
  try {
    for (const stage of stages) doc = stage.run(doc, ctx);
  } catch (e) {
    if (e instanceof DyadFailure) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, article: doc };
}
