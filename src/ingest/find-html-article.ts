// find-html-article: a web page → its story text (Readability on linkedom), metadata and captions.
// Readability's own textContent glues paragraphs together, so the text is rebuilt from its element: block elements
// become paragraph breaks ("\n\n"), <br> a line break, captions are taken out. If Readability finds no story, the
// page body is read the same way without navigation, headers and footers.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DyadFailure, dyadError } from '../errors.js';
import type { Found, IngestDraft } from './draft.js';
import { CAPTION_CLASS, HTML_META, type HtmlMetaEntry, type MetaField } from './lexicon/html-meta.js';

// The few DOM members used here, so linkedom's types stay inside this file.
interface DomNode {
  nodeType: number;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}
interface DomElement extends DomNode {
  localName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument extends DomElement {
  documentElement: DomElement | null;
  body: DomElement | null;
}

const ELEMENT = 1;
const TEXT = 3;
/**
 * Readability's time grows with the number of elements and much faster with nesting depth (1,000 unclosed <div>s
 * take it 10 s). Pages beyond these bounds are read directly from their body, which is linear. Real news pages have
 * a few thousand elements and a depth under 60.
 */
const MAX_ELEMENTS = 50_000;
const MAX_DEPTH = 200;
/** A story shorter than this from Readability (often the whole page, menus included) gives way to the body read without navigation. */
const SHORT_STORY_CHARS = 200;

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'button', 'select', 'textarea',
  'input', 'head', 'title', 'canvas', 'video', 'audio', 'map', 'picture', 'img',
]);
const SKIP_OUTSIDE_STORY = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'caption',
  'legend', 'figcaption',
]);

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function isCaptionElement(el: DomElement): string | null {
  if (el.localName === 'figcaption') return 'figcaption';
  const cls = el.getAttribute('class');
  if (cls && cls.split(/\s+/).some((c) => CAPTION_CLASS.test(c))) return 'caption-class';
  return null;
}

/**
 * The text of an element with paragraph structure. Iterative, so deeply nested broken markup cannot overflow the stack.
 * Captions met on the way are pushed to `captions` and left out of the text.
 */
export function elementText(root: DomNode, captions: Found[], skipOutsideStory = false): string {
  const paragraphs: string[] = [];
  let parts: string[] = [];
  let preDepth = 0;
  const flush = () => {
    if (!parts.length) return;
    const chunk = parts.join('');
    parts = [];
    for (const block of chunk.split(/\n[ \t]*\n/)) {
      const lines = block.split('\n').map((l) => (preDepth ? l.replace(/\s+$/, '') : l.replace(/[ \t]+/g, ' ').trim())).filter(Boolean);
      if (lines.length) paragraphs.push(lines.join('\n'));
    }
  };
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      const tag = (node as DomElement).localName;
      if (tag === 'pre') preDepth--;
      if (BLOCK.has(tag)) flush();
      else if (tag === 'td' || tag === 'th') parts.push(' ');
      continue;
    }
    if (node.nodeType === TEXT) {
      const data = node.textContent ?? '';
      parts.push(preDepth ? data : data.replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as DomElement;
    const tag = el.localName;
    if (SKIP.has(tag) || (skipOutsideStory && SKIP_OUTSIDE_STORY.has(tag))) continue;
    const captionRule = isCaptionElement(el);
    if (captionRule) {
      const caption = squash(el.textContent);
      if (caption) captions.push({ value: caption, rule: captionRule });
      continue;
    }
    if (tag === 'br') {
      parts.push('\n');
      continue;
    }
    if (BLOCK.has(tag)) flush();
    if (tag === 'pre') preDepth++;
    stack.push({ node: el, exit: true });
    const children = el.childNodes;
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], exit: false });
  }
  flush();
  return paragraphs.join('\n\n');
}

type JsonObject = Record<string, unknown>;
const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every object in the page's JSON-LD, articles first (NewsArticle, BlogPosting, ReportageNewsArticle ...). */
export function jsonLdObjects(document: DomElement): JsonObject[] {
  const found: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let k = 0; k < scripts.length; k++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[k].textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common; the other sources still count
    }
    const queue: unknown[] = [data];
    while (queue.length && found.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        found.push(item);
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      }
    }
  }
  const isArticle = (o: JsonObject) => [o['@type']].flat().some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t));
  return [...found.filter(isArticle), ...found.filter((o) => !isArticle(o))];
}

function nameOf(x: unknown): string {
  if (typeof x === 'string') return x;
  if (Array.isArray(x)) return x.map(nameOf).filter(Boolean).join(', ');
  if (isObject(x)) return typeof x.name === 'string' ? x.name : '';
  return '';
}

function jsonLdValue(objects: readonly JsonObject[], key: string): string {
  for (const o of objects) {
    const v = key === 'url' ? o.url ?? (isObject(o.mainEntityOfPage) ? o.mainEntityOfPage['@id'] : o.mainEntityOfPage) : o[key];
    const s = key === 'author' || key === 'publisher' ? nameOf(v) : typeof v === 'string' ? v : '';
    if (squash(s)) return s;
  }
  return '';
}

interface PageSources {
  document: DomElement;
  metaTags: Map<string, string>;
  jsonLd: JsonObject[];
  readability: { byline?: string | null } | null;
}

function metaTags(document: DomElement): Map<string, string> {
  const tags = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let k = 0; k < metas.length; k++) {
    const m = metas[k];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = m.getAttribute('content');
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function entryValue(entry: HtmlMetaEntry, page: PageSources): string {
  switch (entry.source) {
    case 'meta':
      for (const key of entry.keys) {
        const v = page.metaTags.get(key);
        if (v && squash(v)) return v;
      }
      return '';
    case 'element': {
      const el = page.document.querySelector(entry.selector);
      if (!el) return '';
      for (const attr of entry.attrs) {
        const v = attr === 'text' ? el.textContent : el.getAttribute(attr);
        if (squash(v)) return v!;
      }
      return '';
    }
    case 'json-ld':
      return jsonLdValue(page.jsonLd, entry.key);
    case 'readability':
      return page.readability?.[entry.key] ?? '';
  }
}

/** A found value, cleaned for its field; '' when it does not fit (a URL as a byline, a relative canonical link). */
function clean(field: MetaField, raw: string): string {
  const v = squash(raw);
  if (field === 'byline') return /^https?:/i.test(v) ? '' : v.replace(/^by\s+/i, '').slice(0, 200);
  if (field === 'url') return /^https?:\/\/\S+$/i.test(v) ? v : '';
  return v;
}

/** "Harbour reopens | The Harbour Gazette" → "Harbour reopens", when the outlet is known. */
export function stripSiteName(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const o = outlet.toLowerCase();
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' : ']) {
    const lower = title.toLowerCase();
    if (lower.endsWith(sep + o)) return title.slice(0, title.length - sep.length - o.length).trim();
    if (lower.startsWith(o + sep)) return title.slice(o.length + sep.length).trim();
  }
  return title;
}

export type PageMeta = Record<MetaField, Found | null>;

function readMeta(page: PageSources): PageMeta {
  const meta: PageMeta = { title: null, published: null, byline: null, outlet: null, url: null };
  for (const entry of HTML_META as readonly HtmlMetaEntry[]) {
    if (meta[entry.field]) continue;
    const value = clean(entry.field, entryValue(entry, page));
    if (value) meta[entry.field] = { value, rule: entry.id };
  }
  if (meta.title) meta.title = { ...meta.title, value: stripSiteName(meta.title.value, meta.outlet?.value ?? null) };
  return meta;
}

/**
 * linkedom builds no implicit <html> or <body>: a fragment ("<p>a</p><p>b</p>") becomes a document whose root is the
 * first <p>. Fragments and pages without <body> get the missing elements around their content.
 */
export function completeDocument(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  const rest = html.replace(/^\s*<!doctype[^>]*>/i, '');
  if (!hasHtml) {
    if (hasBody) return `<!DOCTYPE html><html>${rest}</html>`;
    const headEnd = /<\/head\s*>/i.exec(rest);
    if (headEnd) {
      const cut = headEnd.index + headEnd[0].length;
      return `<!DOCTYPE html><html>${rest.slice(0, cut)}<body>${rest.slice(cut)}</body></html>`;
    }
    return `<!DOCTYPE html><html><head></head><body>${rest}</body></html>`;
  }
  const open = /<\/head\s*>/i.exec(rest) ?? /<html[^>]*>/i.exec(rest)!;
  const cut = open.index + open[0].length;
  const close = rest.search(/<\/html\s*>(?![\s\S]*<\/html\s*>)/i);
  const end = close >= cut ? close : rest.length;
  return `<!DOCTYPE html>${rest.slice(0, cut)}<body>${rest.slice(cut, end)}</body>${rest.slice(end)}`;
}

function parsePage(html: string, origin: string): DomDocument {
  try {
    const { document } = parseHTML(completeDocument(html)) as unknown as { document: DomDocument };
    if (document?.documentElement?.localName === 'html') return document;
    // Text or tags before <html> ("note <meta ...><html>..."): read it all as the body of a page.
    const wrapped = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument };
    if (!wrapped.document?.documentElement) throw new Error('no document element');
    return wrapped.document;
  } catch {
    throw new DyadFailure(dyadError('bad-html', `dyad: ${origin} could not be read as HTML; give the article as plain text instead`, origin));
  }
}

export interface HtmlArticle {
  meta: PageMeta;
  body: string;
  bodyRule: string;
  captions: Found[];
}

/** Whether Readability can be trusted to finish: few enough elements, shallow enough nesting. Stops early. */
function withinReadabilityBounds(root: DomElement): boolean {
  let elements = 0;
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
    const children = el.children;
    for (let k = 0; k < children.length; k++) stack.push([children[k], depth + 1]);
  }
  return true;
}

/** The story of a page, or only its metadata and captions when `withBody` is false (JSONL gave the text). */
export function readHtml(html: string, origin: string, withBody = true): HtmlArticle {
  const document = parsePage(html, origin);
  // Read before Readability runs: it removes scripts (JSON-LD) and rewrites the tree.
  const page: PageSources = { document, metaTags: metaTags(document), jsonLd: jsonLdObjects(document), readability: null };
  const pageCaptions: Found[] = [];
  const storyRoot = document.querySelector('article') ?? document;
  const figcaptions = storyRoot.querySelectorAll('figcaption');
  for (let k = 0; k < figcaptions.length; k++) {
    const value = squash(figcaptions[k].textContent);
    if (value) pageCaptions.push({ value, rule: 'figcaption' });
  }
  const metaOnly = readMeta(page);
  if (!withBody) return { meta: metaOnly, body: '', bodyRule: 'none', captions: pageCaptions };

  let body = '';
  let bodyRule = 'readability';
  const storyCaptions: Found[] = [];
  const readable = withinReadabilityBounds(document.documentElement!);
  if (readable) {
    try {
      const result = new Readability(document as never, {
        keepClasses: true,
        maxElemsToParse: MAX_ELEMENTS,
        charThreshold: 250,
        serializer: (node) => node as unknown as DomNode,
      }).parse();
      if (result?.content) {
        body = elementText(result.content, storyCaptions);
        page.readability = { byline: result.byline };
      }
    } catch {
      body = ''; // markup Readability cannot walk: the body fallback below reads it
    }
  }
  if (body.length < SHORT_STORY_CHARS) {
    // Readability rewrites the tree it reads, so after it ran the page is parsed again (small pages only).
    const fresh = readable ? parsePage(html, origin) : document;
    const fallbackCaptions: Found[] = [];
    // Taken even when empty: a short Readability result with nothing outside the menus was the menus.
    body = elementText(fresh.body ?? fresh.documentElement!, fallbackCaptions, true);
    bodyRule = 'body-text-fallback';
    storyCaptions.splice(0, storyCaptions.length, ...fallbackCaptions);
  }
  const meta = page.readability ? readMeta(page) : metaOnly;
  return { meta, body, bodyRule, captions: storyCaptions.length ? storyCaptions : pageCaptions };
}

export function findHtmlArticle(draft: IngestDraft): IngestDraft {
  const html = draft.kind === 'html' ? draft.source : draft.kind === 'trusted' ? draft.input.html : null;
  if (html == null) return draft;
  const article = readHtml(html, draft.origin, draft.kind === 'html');
  return {
    ...draft,
    body: draft.kind === 'html' ? article.body : draft.body,
    title: article.meta.title,
    published: article.meta.published,
    byline: article.meta.byline,
    outlet: article.meta.outlet,
    url: article.meta.url,
    captions: article.captions,
  };
}
