// parse: a feed document's bytes → its items as RawInputs, with feedsmith (RSS 0.9x/2.0, Atom 0.3/1.0, RDF, JSON
// Feed). Each item keeps a stable key (its guid/id, else its link, else title + date) so it is taken only once.
// Field precedence per format is in ITEM_FIELDS below and in docs/feeds.md.
import iconv from 'iconv-lite';
import { parseFeed, type AnyFeed } from 'feedsmith';
import type { RawInput } from '../../article.js';
import { DyadFailure, dyadError } from '../../errors.js';
import { parseDatePrefix } from '../../ingest/refine-published.js';
import { bareHost } from './addresses.js';

// Item types taken from parseFeed's own result type (feedsmith's named namespaces resolve to a second copy).
type FeedOf<F extends AnyFeed['format']> = Extract<AnyFeed, { format: F }>['feed'];
type RssItem = NonNullable<FeedOf<'rss'>['items']>[number];
type AtomEntry = NonNullable<FeedOf<'atom'>['entries']>[number];
type AtomLink = NonNullable<AtomEntry['links']>[number];
type RdfItem = NonNullable<FeedOf<'rdf'>['items']>[number];
type JsonItem = NonNullable<FeedOf<'json'>['items']>[number];

export interface FeedItem {
  /** Stable key of the item inside its feed (feed_items.guid). */
  guid: string;
  input: RawInput;
  /** The item's own page, for fetchArticles. */
  link: string | null;
  /** Characters of text in the body the feed gave (tags removed): short ones are summaries. */
  bodyChars: number;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  items: FeedItem[];
}

/** Documentation of which element fills which RawInput field, first present wins. */
export const ITEM_FIELDS = {
  rss: {
    guid: 'guid, link, title + pubDate',
    published: 'pubDate, dc:date, atom:published/updated',
    byline: 'author, dc:creator',
    body: 'content:encoded, description, title',
  },
  atom: {
    guid: 'id, link, title + updated',
    published: 'published, updated',
    byline: 'author',
    body: 'content, summary, title',
  },
  rdf: {
    guid: 'rdf:about, link, title + dc:date',
    published: 'dc:date',
    byline: 'dc:creator',
    body: 'content:encoded, description, title',
  },
  json: {
    guid: 'id, url, title + date_published',
    published: 'date_published, date_modified',
    byline: 'authors',
    body: 'content_html, content_text, summary, title',
  },
} as const;

const TAG = /<[a-zA-Z!/][^>]*>/g;
const looksLikeHtml = (s: string) => /<[a-zA-Z][^>]*>/.test(s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const first = (...values: (string | null | undefined)[]) => {
  for (const v of values) if (v && v.trim()) return v.trim();
  return null;
};

/**
 * The charset a document declares: Content-Type's charset=, else the XML declaration's encoding=, else (an article
 * page) a <meta charset> or <meta http-equiv content="…; charset=…"> in its first 2 KB.
 */
export function declaredCharset(bytes: Uint8Array, contentType: string | null): string | null {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  if (fromHeader) return fromHeader[1]!.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const fromXml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (fromXml) return fromXml[1]!.toLowerCase();
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return fromMeta ? fromMeta[1]!.toLowerCase() : null;
}

/** Bytes → text: a BOM wins, then the declared charset (when iconv-lite knows it), else UTF-8. */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  const charset = declaredCharset(bytes, contentType);
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) return iconv.decode(buf, charset);
  return buf.toString('utf8');
}

/** A feed date (RFC 822 or ISO 8601) → ISO as precise as it is stated ("2024-04-08T10:00Z"), or null. */
export function feedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const parsed = parseDatePrefix(raw.trim());
  if (parsed) return parsed.value;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 16) + 'Z';
}

interface Fields {
  id: string | null;
  link: string | null;
  title: string | null;
  date: string | null;
  byline: string | null;
  body: string | null;
}

function rssFields(item: RssItem): Fields {
  return {
    id: first(item.guid?.value),
    // A guid is a permalink unless it says otherwise, but only a URL can be one.
    link: first(item.link, item.guid?.isPermaLink !== false && /^https?:\/\//i.test(item.guid?.value ?? '') ? item.guid?.value : null),
    title: first(item.title),
    date: first(item.pubDate, item.dc?.dates?.[0], item.atom?.published, item.atom?.updated),
    byline: first(item.authors?.map((a) => a.name ?? a.email).filter(Boolean).join(', '), item.dc?.creators?.join(', ')),
    body: first(item.content?.encoded, item.description),
  };
}

function atomLink(links: readonly AtomLink[] | undefined): string | null {
  if (!links?.length) return null;
  return first(links.find((l) => !l.rel || l.rel === 'alternate')?.href, links[0]?.href);
}

function atomFields(entry: AtomEntry): Fields {
  return {
    id: first(entry.id),
    link: atomLink(entry.links),
    title: first(entry.title?.value),
    date: first(entry.published, entry.updated),
    byline: first(entry.authors?.map((a) => a.name).filter(Boolean).join(', ')),
    body: first(entry.content?.value, entry.summary?.value),
  };
}

function rdfFields(item: RdfItem): Fields {
  return {
    id: first(item.rdf?.about),
    link: first(item.link),
    title: first(item.title),
    date: first(item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.dcterms?.created?.[0], item.dcterms?.modified?.[0]),
    byline: first(item.dc?.creators?.join(', ')),
    body: first(item.content?.encoded, item.description),
  };
}

function jsonFields(item: JsonItem): Fields {
  return {
    id: first(item.id),
    link: first(item.url, item.external_url),
    title: first(item.title),
    date: first(item.date_published, item.date_modified),
    byline: first(item.authors?.map((a) => a.name).filter(Boolean).join(', ')),
    body: first(item.content_html, item.content_text, item.summary),
  };
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function toItem(f: Fields, index: number, outlet: string | null, feedUrl: string): FeedItem | null {
  const link = absolute(f.link, feedUrl);
  const guid = f.id ?? link ?? (f.title ? `${f.title}|${f.date ?? ''}` : null);
  const body = f.body ?? f.title;
  if (!guid || !body) return null;
  const input: RawInput = {
    origin: `${feedUrl} item ${index + 1}`,
    inputId: guid,
    title: f.title ? squash(f.title.replace(TAG, ' ')) : null,
    published: feedDate(f.date),
    url: link,
    outlet,
    byline: f.byline,
  };
  if (looksLikeHtml(body)) input.html = body;
  else {
    input.text = body;
    input.trusted = true;
  }
  return { guid, input, link, bodyChars: squash(body.replace(TAG, ' ')).length };
}

function feedTitle(parsed: AnyFeed): string | null {
  switch (parsed.format) {
    case 'atom':
      return first(parsed.feed.title?.value);
    default:
      return first(parsed.feed.title);
  }
}

/**
 * A feed document → its title and items. `feedUrl` resolves relative links and names the outlet when the feed has
 * no title. Throws DyadFailure (one line) when the document is no feed feedsmith can read.
 */
export function parseFeedItems(document: string, feedUrl: string): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(document);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DyadFailure(dyadError('bad-input', `dyad: ${feedUrl} is not a feed dyad can read (RSS, Atom, RDF or JSON Feed): ${squash(why).slice(0, 200)}`));
  }
  const title = feedTitle(parsed);
  const outlet = title ? squash(title) : bareHost(new URL(feedUrl).hostname).replace(/^www\./, '');
  const fields: Fields[] =
    parsed.format === 'rss'
      ? (parsed.feed.items ?? []).map(rssFields)
      : parsed.format === 'atom'
        ? (parsed.feed.entries ?? []).map(atomFields)
        : parsed.format === 'rdf'
          ? (parsed.feed.items ?? []).map(rdfFields)
          : (parsed.feed.items ?? []).map(jsonFields);
  const items: FeedItem[] = [];
  const keys = new Set<string>();
  fields.forEach((f, i) => {
    const item = toItem(f, i, outlet, feedUrl);
    if (item && !keys.has(item.guid)) {
      keys.add(item.guid);
      items.push(item);
    }
  });
  return { format: parsed.format, title, items };
}
