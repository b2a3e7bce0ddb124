// find-furniture: plain text as news arrives → headline, publication line, byline and captions, kept out of the body.
// The head of the text (before the first story paragraph) may hold a headline and any furniture lines; further down
// only single-line paragraphs that carry a caption or boilerplate cue are taken out.
import type { Found, IngestDraft } from './draft.js';
import {
  BOILERPLATE,
  BYLINE_LABELS,
  CAPTION_MAX_CHARS,
  CAPTIONS,
  DATE_LABELS,
  DATE_ONLY_LINE,
  DATELINE,
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_WORDS,
  HEADLINES,
  NOT_A_NAME,
} from './lexicon/furniture.js';
import { parseDatePrefix } from './refine-published.js';

export type FurnitureKind = 'published' | 'updated' | 'byline' | 'caption' | 'boilerplate';

export interface FurnitureItem extends Found {
  kind: FurnitureKind;
}

export interface ClassifiedLine {
  items: FurnitureItem[];
  /** Story text glued after furniture on the same line ("Published: ... 10:38 PMThe minister said ..."). */
  leftover: string | null;
}

export interface Furniture {
  title: Found | null;
  items: FurnitureItem[];
  /** The lines left for the body, blank lines kept. */
  bodyLines: string[];
}

/** Splits on every line break a file may use; a BOM left in a decoded string goes too. */
export function splitLines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r\n|[\r\n\u2028\u2029\u0085]/);
}

const WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’.-]*)`;
const PARTICLE = String.raw`(?:de|da|di|du|del|della|van|von|der|den|al|el|bin|ibn|le|la|ter|ten|dos|das)`;
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${WORD}){0,3}`;
const NAMES = new RegExp(String.raw`^${NAME}(?:\s*(?:,|\band\b|&)\s*${NAME})*`, 'u');
const TAIL_SEP = /^\s*(?:[|•·,;/–—-]|\bfor\b|\bin\b)?\s*/u;
/** A role or outlet after a byline: "Senior Correspondent", "Reuters", "Oslo". */
const SHORT_LABEL = /^[\p{Lu}\p{N}][^.!?|•·;]{0,60}/u;

/**
 * What follows a date or byline on the same line: nothing, more furniture, or glued story text.
 * Short unexplained tails (a place, an outlet) stay with the furniture.
 */
function classifyTail(tail: string, depth: number): ClassifiedLine {
  const t = tail.replace(TAIL_SEP, '').trim();
  if (!t) return { items: [], leftover: null };
  const inner = classifyLine(t, depth + 1);
  if (inner) return inner;
  if (t.length < 40 && !/[.!?]["'”’]?$/.test(t)) return { items: [], leftover: null };
  return { items: [], leftover: t };
}

function classifyDateLabel(line: string, depth: number): ClassifiedLine | null {
  for (const entry of DATE_LABELS) {
    const m = entry.label.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const date = parseDatePrefix(rest);
    if (!date) continue;
    const tail = classifyTail(rest.slice(date.length), depth);
    return { items: [{ kind: entry.kind, value: date.value, rule: entry.id }, ...tail.items], leftover: tail.leftover };
  }
  return null;
}

// Module constants: tsx (esbuild) builds a \p{...} literal anew wherever it is evaluated.
const OUTLET_TAIL = /^[|/•·–—-]\s*([\p{Lu}\p{N}][^.!?|•·;]{0,60})$/u;
const LETTER = /\p{L}/u;

/** "/ CBS News", "| The Harbour Gazette": an outlet or desk after a separator, at most six words. */
function outletTail(rest: string): ClassifiedLine | null {
  const m = OUTLET_TAIL.exec(rest);
  return m && m[1].trim().split(/\s+/).length <= 6 ? { items: [], leftover: null } : null;
}

function classifyDateOnly(line: string, depth: number): ClassifiedLine | null {
  const date = parseDatePrefix(line);
  if (!date) return null;
  const rest = line.slice(date.length).trim();
  // "March 2023 was the warmest month on record." is a sentence, not a dateline: the tail must be furniture too,
  // or a short label set off by a separator ("April 8, 2024 / 10:38 PM / CBS News").
  const tail = rest ? classifyLine(rest.replace(TAIL_SEP, ''), depth + 1) ?? outletTail(rest) : { items: [], leftover: null };
  if (!tail || tail.leftover) return null;
  return { items: [{ kind: 'published', value: date.value, rule: DATE_ONLY_LINE.id }, ...tail.items], leftover: null };
}

function classifyByline(line: string, depth: number): ClassifiedLine | null {
  if (line.length > 160) return null;
  for (const entry of BYLINE_LABELS) {
    const label = entry.label.exec(line);
    if (!label) continue;
    const rest = line.slice(label[0].length);
    const names = NAMES.exec(rest);
    if (!names) continue;
    const first = names[0].split(/[\s,]/)[0];
    if (NOT_A_NAME.has(first)) continue;
    let byline = names[0];
    let tail = rest.slice(byline.length);
    const items: FurnitureItem[] = [];
    // ", Senior Correspondent | Mar 14, 2023": roles and outlets join the byline, a date becomes the publication line.
    for (let guard = 0; guard < 4 && tail.trim(); guard++) {
      const sep = TAIL_SEP.exec(tail)![0];
      const after = tail.slice(sep.length);
      const date = parseDatePrefix(after);
      if (date) {
        const more = classifyTail(after.slice(date.length), depth);
        if (more.leftover) return null;
        items.push({ kind: 'published', value: date.value, rule: entry.id }, ...more.items);
        tail = '';
        break;
      }
      const label2 = sep.trim() ? SHORT_LABEL.exec(after) : null;
      if (!label2 || label2[0].trim().split(/\s+/).length > 6) return null;
      byline += sep.replace(/\s+$/, ' ') + label2[0].trim();
      tail = after.slice(label2[0].length);
    }
    if (tail.trim()) return null;
    return { items: [{ kind: 'byline', value: byline.trim(), rule: entry.id }, ...items], leftover: null };
  }
  return null;
}

function classifyCaption(line: string): ClassifiedLine | null {
  if (line.length > CAPTION_MAX_CHARS) return null;
  for (const entry of CAPTIONS) {
    if (entry.pattern.test(line)) return { items: [{ kind: 'caption', value: line, rule: entry.id }], leftover: null };
  }
  for (const entry of BOILERPLATE) {
    if (entry.pattern.test(line)) return { items: [{ kind: 'boilerplate', value: line, rule: entry.id }], leftover: null };
  }
  return null;
}

/** One trimmed line → the furniture it holds, or null when it is story text. */
export function classifyLine(line: string, depth = 0): ClassifiedLine | null {
  if (!line || depth > 3) return null;
  return classifyDateLabel(line, depth) ?? classifyByline(line, depth) ?? classifyCaption(line) ?? classifyDateOnly(line, depth);
}

const nextNonBlank = (lines: readonly string[], from: number) => {
  let i = from;
  while (i < lines.length && !lines[i].trim()) i++;
  return i;
};

/** The headline rule that the line at `i` satisfies, or null. */
export function headlineAt(lines: readonly string[], i: number): string | null {
  const line = lines[i]?.trim() ?? '';
  if (!line || line.length > HEADLINE_MAX_CHARS || line.split(/\s+/).length > HEADLINE_MAX_WORDS) return null;
  if (/[.,;:]$/.test(line) || !LETTER.test(line)) return null;
  const next = lines[i + 1];
  if (next === undefined) return null;
  const [blankOrFurniture, dateline] = HEADLINES;
  if (!next.trim()) return nextNonBlank(lines, i + 1) < lines.length ? blankOrFurniture.id : null;
  if (classifyLine(next.trim())) return blankOrFurniture.id;
  if (DATELINE.test(next.trim())) return dateline.id;
  return null;
}

export interface FurnitureOptions {
  /** Plain text may open with a headline; a page's story does not (its title is in the markup). */
  headline: boolean;
  /** A title already known: a first line that repeats it is dropped as the headline. */
  knownTitle?: string | null;
}

export const TITLE_REPEATED = 'title-repeated';
const sameTitle = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

export function readFurniture(source: string, options: FurnitureOptions = { headline: true }): Furniture {
  const lines = splitLines(source);
  const items: FurnitureItem[] = [];
  let title: Found | null = null;
  let headlineTried = false;
  let leftover: string | null = null;
  let i = nextNonBlank(lines, 0);
  for (let guard = 0; i < lines.length && guard < 24; guard++) {
    const line = lines[i].trim();
    const found = classifyLine(line);
    if (found) {
      items.push(...found.items);
      if (found.leftover) {
        leftover = found.leftover;
        i++;
        break;
      }
      i = nextNonBlank(lines, i + 1);
      continue;
    }
    // Only the first line that is not furniture may be the headline; the story starts at the next one that is not.
    if (headlineTried) break;
    headlineTried = true;
    const rule = options.knownTitle && sameTitle(line, options.knownTitle) ? TITLE_REPEATED : options.headline ? headlineAt(lines, i) : null;
    if (!rule) break;
    title = { value: line, rule };
    i = nextNonBlank(lines, i + 1);
  }
  const rest = lines.slice(i);
  const bodyLines: string[] = leftover ? [leftover, ...rest] : rest;
  // Further down, a caption or sign-off stands alone as a one-line paragraph.
  for (let k = 0; k < bodyLines.length; k++) {
    const line = bodyLines[k].trim();
    if (!line) continue;
    const alone = !bodyLines[k - 1]?.trim() && !bodyLines[k + 1]?.trim();
    if (!alone) continue;
    const found = classifyCaption(line);
    if (found) {
      items.push(...found.items);
      bodyLines[k] = '';
    }
  }
  return { title, items, bodyLines };
}

export function findFurniture(draft: IngestDraft): IngestDraft {
  if (draft.kind !== 'text' && draft.kind !== 'html') return draft;
  const html = draft.kind === 'html';
  // A page's story can still carry a "By ..." line or a caption paragraph that Readability left in.
  const furniture = readFurniture(html ? draft.body : draft.source, { headline: !html, knownTitle: draft.title?.value });
  if (!furniture.bodyLines.some((l) => /\S/.test(l))) {
    // Nothing but furniture (a caption on its own, a headline alone): better to analyze it all than nothing.
    return html ? draft : { ...draft, body: draft.source };
  }
  const first = (kind: FurnitureKind) => furniture.items.find((f) => f.kind === kind) ?? null;
  const published = first('published') ?? first('updated');
  const byline = first('byline');
  const plain = (f: Found | null) => f && { value: f.value, rule: f.rule };
  // What the markup states (meta tags, JSON-LD) wins over what the story's lines say.
  return {
    ...draft,
    body: furniture.bodyLines.join('\n'),
    title: draft.title ?? (furniture.title?.rule === TITLE_REPEATED ? null : furniture.title),
    published: draft.published ?? plain(published),
    byline: draft.byline ?? plain(byline),
    captions: [...draft.captions, ...furniture.items.filter((f) => f.kind === 'caption').map((f) => ({ value: f.value, rule: f.rule }))],
  };
}
