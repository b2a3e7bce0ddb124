// text: paragraphs are the stretches of text between blank lines (a line break, optional spaces, a line break),
// trimmed of surrounding whitespace; whitespace-only stretches are not paragraphs.
import type { Paragraph } from '../article.js';

const BLANK_LINE = /\n[^\S\n]*\n\s*/g; // [^\S\n] is whitespace but a line feed, so \r\n\r\n counts too

export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    push(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  push(text, from, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Paragraph[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
