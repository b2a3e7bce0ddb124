// find-kind: trusted JSONL text, an HTML page, or plain text with news furniture.
// A page is HTML when it starts like one (<!doctype html>, <html>, a comment or <head>) or when its first 64K
// holds at least five tags of common HTML elements and they make up a visible share of it.
import type { IngestDraft, SourceKind } from './draft.js';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype|html))/i;
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|article|section|header|footer|nav|main|body|head|meta|title|script|style|table|tr|td|img|figure|figcaption|blockquote|em|strong|b|i)\b[^<>]{0,1000}>/gi;

export function looksLikeHtml(source: string): boolean {
  if (HTML_START.test(source)) return true;
  const sample = source.length > 65536 ? source.slice(0, 65536) : source;
  let tags = 0;
  let tagChars = 0;
  for (const m of sample.matchAll(HTML_TAG)) {
    tags++;
    tagChars += m[0].length;
  }
  // Five tags that are at least 2% of the text: a news story that mentions "<p>" once stays text.
  return tags >= 5 && tagChars >= sample.length * 0.02;
}

export function findKind(draft: IngestDraft): IngestDraft {
  const { input } = draft;
  let kind: SourceKind;
  if (input.text != null && input.trusted) kind = 'trusted';
  else if (input.text == null && input.html != null) kind = 'html';
  else kind = looksLikeHtml(draft.source) ? 'html' : 'text';
  return { ...draft, kind };
}
