// refine-hints: what the caller says about the article (JSONL fields, CLI options) wins over what ingest found.
// The publication time hint is handled by refine-published, which also normalizes it.
import type { Found, IngestDraft } from './draft.js';

function hint(value: string | null | undefined, field: string): Found | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? { value: v, rule: `input-${field}` } : null;
}

export function refineHints(draft: IngestDraft): IngestDraft {
  const { input } = draft;
  return {
    ...draft,
    title: hint(input.title, 'title') ?? draft.title,
    byline: hint(input.byline, 'byline') ?? draft.byline,
    outlet: hint(input.outlet, 'outlet') ?? draft.outlet,
    url: hint(input.url, 'url') ?? draft.url,
  };
}
