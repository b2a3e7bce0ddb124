// The working state of the ingest stage: each find-/refine- step takes a draft and returns a new one.
// Every value found carries the id of the rule that found it; index.ts turns the final draft into meta and text.
import type { RawInput } from '../article.js';
import type { Context } from '../context.js';

export interface Found {
  value: string;
  rule: string;
}

/** trusted: JSONL text, analyzed exactly as given; text: plain text with news furniture; html: a web page. */
export type SourceKind = 'trusted' | 'text' | 'html';

export interface IngestDraft {
  readonly input: RawInput;
  /** A name for messages ("article.txt", "-", "line 12", or "the input"). */
  readonly origin: string;
  /** The decoded input: plain text or HTML source. */
  readonly source: string;
  readonly encoding: Found | null;
  readonly kind: SourceKind | null;
  /** The body text as settled so far; the `text` of the record at the end. */
  readonly body: string;
  readonly title: Found | null;
  /** Raw as found until refine-published, ISO after it. */
  readonly published: Found | null;
  readonly byline: Found | null;
  readonly outlet: Found | null;
  readonly url: Found | null;
  readonly captions: readonly Found[];
  readonly language: Found | null;
  readonly id: string;
  readonly warnings: readonly string[];
}

export type IngestStep = (draft: IngestDraft, ctx: Context) => IngestDraft;

export function startDraft(input: RawInput): IngestDraft {
  return {
    input,
    origin: input.origin?.trim() || 'the input',
    source: '',
    encoding: null,
    kind: null,
    body: '',
    title: null,
    published: null,
    byline: null,
    outlet: null,
    url: null,
    captions: [],
    language: null,
    id: '',
    warnings: [],
  };
}
