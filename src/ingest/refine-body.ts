// refine-body: untrusted text and HTML → the body text every offset will index into. Paragraphs are separated by one
// blank line ("\n\n"), lines inside a paragraph by "\n", each line trimmed at both ends, Unicode in NFC. Trusted JSONL
// text is left exactly as given. An input with no body left is refused here.
import { DyadFailure, dyadError } from '../errors.js';
import type { IngestDraft } from './draft.js';

// Controls that are neither line breaks nor tabs (form feeds, stray escapes) become spaces.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
/** Paragraphs longer than this on average are not hard-wrapped lines: each line is a paragraph. */
const LINE_IS_PARAGRAPH_CHARS = 120;

export const BODY_RULES = {
  blankLineParagraphs: 'blank-line-paragraphs',
  lineParagraphs: 'line-per-paragraph',
} as const;

/** Lines → paragraphs; `rule` says how paragraphs were told apart. */
export function settleBody(raw: string): { text: string; rule: string } {
  const lines = raw
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/)
    .map((l) => l.trim());
  const filled = lines.filter(Boolean);
  const firstFilled = lines.findIndex(Boolean);
  let lastFilled = lines.length - 1;
  while (lastFilled > 0 && !lines[lastFilled]) lastFilled--;
  const hasBlank = lastFilled - firstFilled + 1 > filled.length;
  // "One paragraph a line" files: no blank lines at all and long lines (a hard-wrapped file has short ones).
  const average = filled.reduce((n, l) => n + l.length, 0) / Math.max(1, filled.length);
  if (!hasBlank && filled.length > 1 && average > LINE_IS_PARAGRAPH_CHARS) {
    return { text: filled.join('\n\n'), rule: BODY_RULES.lineParagraphs };
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line) current.push(line);
    else if (current.length) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join('\n'));
  return { text: paragraphs.join('\n\n'), rule: BODY_RULES.blankLineParagraphs };
}

export function refineBody(draft: IngestDraft): IngestDraft {
  const body = draft.kind === 'trusted' ? draft.source : settleBody(draft.body).text;
  if (!/\S/.test(body)) {
    const why = draft.kind === 'html' ? 'has no readable article text (the page holds only markup or navigation)' : 'has no article text';
    throw new DyadFailure(dyadError('empty-input', `dyad: ${draft.origin} ${why}; there is nothing to analyze`, draft.origin));
  }
  return { ...draft, body };
}
