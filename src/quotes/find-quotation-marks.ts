// Reads the text's quotation marks (straight, curly, `` '' and single inside double) and pairs them into quoted
// spans, carrying a quotation over paragraphs the way news prints it: an opening mark with no closing mark at the
// paragraph end, continued by an opening mark at the start of the next paragraph.
import type { Paragraph, Span } from '../article.js';

export interface QuotedSpan extends Span {
  /** Offset of the opening mark, and one past the closing mark (the content end when the quote is left open). */
  open: number;
  close: number;
  closed: boolean;
  /** Content of each paragraph the quotation runs over; one part for most quotations. */
  parts: Span[];
  /** A quotation inside another ('single inside double'). */
  nested: boolean;
  rule: 'quotation-marks' | 'quotation-over-paragraphs' | 'quotation-open-at-paragraph-end';
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';
interface Mark {
  family: Family;
  role: Role;
  length: number;
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
// Module constants: tsx (esbuild) compiles a literal with \p{...} to `new RegExp(...)` where it stands, so one inside
// a function would be built again on every call.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const MARK_CHARS = '"“”„«»‘’‚‹›\'`';
const MARK_PATTERN = /["“”„«»‘’‚‹›'`]/;
const isMarkChar = (ch: string | undefined) => ch !== undefined && MARK_CHARS.includes(ch);
/** Characters after which a mark opens a quotation: "(“", "—“", " “". */
const opensAfter = (ch: string | undefined) => isSpace(ch) || (ch !== undefined && '([{—–-/:'.includes(ch)) || isMarkChar(ch);
/** Characters before which a mark closes one: "” ", "”,", "”)". */
const closesBefore = (ch: string | undefined) => isSpace(ch) || (ch !== undefined && '.,;:!?)]}—–-…'.includes(ch)) || isMarkChar(ch);

function markAt(text: string, i: number): Mark | null {
  const ch = text[i];
  switch (ch) {
    case '“': case '„': case '«': return { family: 'double', role: 'open', length: 1 };
    case '”': case '»': return { family: 'double', role: 'close', length: 1 };
    case '"': return { family: 'double', role: 'either', length: 1 };
    case '‘': case '‹': case '‚': return { family: 'single', role: 'open', length: 1 };
    case '’': case '›': return { family: 'single', role: 'close', length: 1 };
    case '`': return text[i + 1] === '`' ? { family: 'double', role: 'open', length: 2 } : { family: 'single', role: 'open', length: 1 };
    case "'": return text[i + 1] === "'" ? { family: 'double', role: 'either', length: 2 } : { family: 'single', role: 'either', length: 1 };
    default: return null;
  }
}

interface Open {
  family: Family;
  at: number;
  parts: Span[];
  partStart: number;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** The opening mark a paragraph starts with, if any (its length), for carrying a quotation over. */
function leadingOpener(text: string, p: Paragraph, family: Family): number {
  let i = p.start;
  while (i < p.end && isSpace(text[i])) i++;
  const mark = markAt(text, i);
  return mark && mark.family === family && mark.role !== 'close' && !isSpace(text[i + mark.length]) ? i + mark.length : -1;
}

/** The quotation-mark reader: a stack of open marks (a single inside a double at most) over one text. */
class MarkReader {
  readonly found: QuotedSpan[] = [];
  stack: Open[] = [];
  constructor(readonly text: string) {}

  emit(o: Open, closeStart: number, close: number, closed: boolean, nested: boolean): void {
    const parts = [...o.parts, trimmed(this.text, o.partStart, closeStart)].filter((s) => s.end > s.start);
    if (!parts.length) return;
    const rule = !closed ? 'quotation-open-at-paragraph-end' : parts.length > 1 ? 'quotation-over-paragraphs' : 'quotation-marks';
    this.found.push({ start: parts[0].start, end: parts[parts.length - 1].end, open: o.at, close, closed, parts, nested, rule });
  }

  close(openIndex: number, i: number, length: number): void {
    const o = this.stack[openIndex];
    this.stack = this.stack.slice(0, openIndex); // marks left open inside it are dropped as unbalanced
    this.emit(o, i, i + length, true, openIndex > 0);
  }

  open(family: Family, i: number, length: number): void {
    if (this.stack.length < 2) this.stack = [...this.stack, { family, at: i, parts: [], partStart: i + length }];
  }

  read(i: number, mark: Mark): void {
    const text = this.text, stack = this.stack;
    const prev = text[i - 1], next = text[i + mark.length];
    const top = stack[stack.length - 1];
    let openIndex = -1;
    for (let k = 0; k < stack.length; k++) if (stack[k].family === mark.family) openIndex = k;
    if (mark.family === 'single' && mark.length === 1 && isWordChar(prev) && isWordChar(next)) return; // don't, Russia's
    if (mark.family === 'double') {
      if (mark.role === 'close') { if (openIndex >= 0) this.close(openIndex, i, mark.length); }
      else if (mark.role === 'open') { if (openIndex < 0 && !isSpace(next)) this.open(mark.family, i, mark.length); }
      else if (openIndex >= 0 && (closesBefore(next) || !opensAfter(prev))) this.close(openIndex, i, mark.length);
      else if (openIndex < 0 && opensAfter(prev) && !isSpace(next)) this.open(mark.family, i, mark.length);
    } else if (mark.role === 'open') {
      if (openIndex < 0 && opensAfter(prev) && isLetter(next)) this.open(mark.family, i, mark.length);
    } else if (top && top.family === 'single' && !isSpace(prev) && closesBefore(next)) {
      this.close(stack.length - 1, i, mark.length);
    } else if (mark.role === 'either' && openIndex < 0 && opensAfter(prev) && isLetter(next)) {
      this.open(mark.family, i, mark.length);
    }
  }

  /** At a paragraph end: carry an open quotation into the next paragraph when it opens again, else settle it. */
  endParagraph(p: Paragraph, following: Paragraph | undefined): number {
    if (!this.stack.length) return -1;
    const outer = this.stack[0];
    const carried = following ? leadingOpener(this.text, following, outer.family) : -1;
    if (carried >= 0) {
      this.stack = [{ ...outer, parts: [...outer.parts, trimmed(this.text, outer.partStart, p.end)], partStart: carried }];
      return carried;
    }
    // Left open: a double quotation runs to the paragraph end (a lost closing mark); an open single mark is
    // more likely an apostrophe ("rock 'n roll") and quotes nothing.
    const end = trimmed(this.text, outer.partStart, p.end).end;
    if (outer.family === 'double') this.emit(outer, end, end, false, false);
    this.stack = [];
    return -1;
  }
}

export function findQuotationMarks(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  const reader = new MarkReader(text);
  const marks = new RegExp(MARK_PATTERN.source, 'g');
  let pi = 0;
  let skipUntil = -1; // the opening mark that carried a quotation into this paragraph
  // One pass over the marks; paragraphs are closed as the marks move past their ends.
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const i = found.index;
    while (pi < paras.length && i >= paras[pi].end) { skipUntil = reader.endParagraph(paras[pi], paras[pi + 1]); pi++; }
    if (pi >= paras.length) break;
    if (i < paras[pi].start || i < skipUntil) continue;
    const mark = markAt(text, i);
    if (!mark) continue;
    reader.read(i, mark);
    marks.lastIndex = i + mark.length;
  }
  for (; pi < paras.length; pi++) reader.endParagraph(paras[pi], paras[pi + 1]);
  return reader.found.sort((a, b) => a.open - b.open);
}
