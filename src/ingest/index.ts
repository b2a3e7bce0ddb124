// ingest: raw input (bytes, text or HTML) → text, meta, captions, warnings and the article id.
// Pure: bytes arrive in `input.bytes` (the CLI reads files). Steps run in the order of INGEST_STEPS; each returns a
// new draft, and every value found carries the rule id that found it (`ingestDraft` exposes them for `explain`).
import type { Article, Meta } from '../article.js';
import type { Context } from '../context.js';
import type { Stage } from '../stage.js';
import { startDraft, type IngestDraft, type IngestStep } from './draft.js';
import { findEncoding } from './find-encoding.js';
import { findFurniture } from './find-furniture.js';
import { findHtmlArticle } from './find-html-article.js';
import { findKind } from './find-kind.js';
import { findLanguage } from './find-language.js';
import { refineBody } from './refine-body.js';
import { refineCaptions } from './refine-captions.js';
import { refineHints } from './refine-hints.js';
import { refineId } from './refine-id.js';
import { refinePublished } from './refine-published.js';

export { isAnalyzable } from './find-language.js';
export type { Found, IngestDraft } from './draft.js';

export const INGEST_STEPS: readonly IngestStep[] = [
  findEncoding, // first: sizes are refused before any decoding, then bytes → text; binary and empty inputs stop here
  findKind, // trusted JSONL text, an HTML page, or plain text: decides which finders below apply
  findHtmlArticle, // HTML: Readability's story, metadata, figcaptions (JSONL html beside a text: metadata only)
  findFurniture, // plain text: headline, Published/By lines and captions, taken out of the body
  refineBody, // after the finders took their lines out: paragraphs and whitespace; trusted text stays as given
  refineCaptions, // after every caption is found: near-duplicates merged
  refineHints, // after the finders: the caller's title, byline, outlet and url win
  refinePublished, // hint > found > --published, all normalized to ISO
  findLanguage, // on the settled body
  refineId, // last: the id hashes the final body
];

/** Runs the ingest steps and returns the final draft, with the rule behind each value. */
export function ingestDraft(doc: Article, ctx: Context): IngestDraft {
  let draft = startDraft(doc.input);
  for (const step of INGEST_STEPS) draft = step(draft, ctx);
  return draft;
}

export const ingestStage: Stage = {
  name: 'ingest',
  reads: ['input'],
  writes: ['id', 'meta', 'text', 'captions', 'warnings'],
  run(doc, ctx) {
    const draft = ingestDraft(doc, ctx);
    const { input } = doc;
    const meta: Meta = {
      title: draft.title?.value ?? null,
      published: draft.published?.value ?? null,
      outlet: draft.outlet?.value ?? null,
      byline: draft.byline?.value ?? null,
      url: draft.url?.value ?? null,
      language: draft.language?.value ?? 'und',
    };
    if (input.inputId != null) meta.inputId = input.inputId;
    if (input.origin != null) meta.origin = input.origin;
    return {
      ...doc,
      id: draft.id,
      meta,
      text: draft.body,
      captions: draft.captions.map((c) => c.value),
      warnings: [...doc.warnings, ...draft.warnings],
    };
  },
};
