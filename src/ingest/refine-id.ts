// refine-id: the article id is the sha256 of its body text, normalized (NFC, whitespace runs → one space, trimmed),
// so the same story read from .txt, .html or JSONL gets the same id whatever its line breaks.
import { hash } from 'node:crypto';
import type { IngestDraft } from './draft.js';

// Every whitespace run becomes one space. Only the runs that change are matched: two or more whitespace characters,
// or a single one that is not a space (replacing each single space by itself made up most of the cost).
const CHANGED_SPACE = /\s{2,}|[^\S ]/g;

export function articleId(body: string): string {
  const normalized = body.normalize('NFC').replace(CHANGED_SPACE, ' ').trim();
  // One-shot crypto.hash (Node >= 20.12): the same hex digest without building a Hash object per article.
  return hash('sha256', normalized, 'hex');
}

export function refineId(draft: IngestDraft): IngestDraft {
  return { ...draft, id: articleId(draft.body) };
}
