// Feeds: fetch a feed safely (fetch.ts, addresses.ts, pacer.ts), read its items (parse.ts), and store the items not
// taken before through the store's ingest. The `feeds` table keeps each feed's ETag / Last-Modified and last
// outcome; `feed_items` keeps every item key taken, so an item seen in ten polls is analyzed once.
import type { RawInput } from '../../article.js';
import { createContext, emptyArticle, STAGES, type Context } from '../../index.js';
import { DyadFailure } from '../../errors.js';
import { ingest, type Corpus, type IngestOptions, type IngestSummary } from '../store/index.js';
import type { Resolver } from './addresses.js';
import { safeFetch, type FetchOptions } from './fetch.js';
import { HostPacer } from './pacer.js';
import { decodeFeed, parseFeedItems, type FeedItem } from './parse.js';

export { classifyAddress, checkHost, systemResolver, REFUSED_RANGES, type Resolver, type ResolvedAddress, type AddressKind } from './addresses.js';
export { safeFetch, DEFAULT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_MAX_FEED_BYTES, DEFAULT_MAX_REDIRECTS, USER_AGENT, type FetchOptions, type FetchResult } from './fetch.js';
export { HostPacer, systemClock, DEFAULT_HOST_DELAY_MS, type Clock } from './pacer.js';
export { parseFeedItems, decodeFeed, feedDate, ITEM_FIELDS, type FeedItem, type ParsedFeed } from './parse.js';

/** With fetchArticles, an item whose feed body has fewer characters than this is read from its own page. */
export const SUMMARY_CHARS = 600;

export interface FeedOptions {
  /** Fetch from loopback, private and link-local addresses too (--allow-private). */
  allowPrivate?: boolean;
  /** Single addresses fetched even though they are private (narrower than allowPrivate). */
  allowAddresses?: readonly string[];
  /** Per request, connect to last byte (ms); default 15 s. */
  timeout?: number;
  connectTimeout?: number;
  /** Largest feed or page body (bytes, after decompression); default 10 MB. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Gap between two requests to one host (ms), used when no `pacer` is given; default 1 s. */
  delay?: number;
  /** Share one across calls (watch does) so the per-host delay holds between feeds and polls. */
  pacer?: HostPacer;
  /**
   * Read the item's own page when the feed gives only a summary (fewer than SUMMARY_CHARS characters). Off by
   * default: one request per item instead of one per feed, to sites that did not offer more in their feed.
   */
  fetchArticles?: boolean;
  userAgent?: string;
  /** Certificate authorities to trust for https (PEM), in place of the system's. */
  ca?: string | readonly string[];
  resolve?: Resolver;
  signal?: AbortSignal;
  /** Passed on to the store's ingest (analysis context, batch size, clock). */
  ingest?: IngestOptions;
  /** The time recorded in feeds/feed_items (ISO); now by default. */
  now?: () => string;
}

export interface FeedSummary extends IngestSummary {
  /** The server answered 304: nothing changed since the last poll. */
  notModified?: boolean;
  /** Items in the feed already taken in an earlier poll. */
  seen: number;
  /** Items in the feed document. */
  items: number;
  /** Why the feed itself could not be read (then failed = 1 and failures names the feed). */
  error?: string;
  /** Items whose own page could not be read (fetchArticles): they were stored from the feed's summary. */
  pageErrors: string[];
}

interface FeedState {
  etag: string | null;
  last_modified: string | null;
}

const messageOf = (e: unknown) => (e instanceof DyadFailure ? e.error.message : `dyad: ${e instanceof Error ? e.message : String(e)}`);

function fetchOptions(options: FeedOptions, pacer: HostPacer): FetchOptions {
  const o: FetchOptions = { pacer, allowPrivate: options.allowPrivate ?? false };
  if (options.allowAddresses !== undefined) o.allowAddresses = options.allowAddresses;
  if (options.timeout !== undefined) o.timeout = options.timeout;
  if (options.connectTimeout !== undefined) o.connectTimeout = options.connectTimeout;
  if (options.maxBytes !== undefined) o.maxBytes = options.maxBytes;
  if (options.maxRedirects !== undefined) o.maxRedirects = options.maxRedirects;
  if (options.userAgent !== undefined) o.userAgent = options.userAgent;
  if (options.resolve !== undefined) o.resolve = options.resolve;
  if (options.ca !== undefined) o.ca = options.ca;
  if (options.signal !== undefined) o.signal = options.signal;
  return o;
}

/** The item's own page in place of a short feed summary; the summary stays when the page cannot be read. */
async function withPage(item: FeedItem, options: FetchOptions, pageErrors: string[]): Promise<RawInput> {
  if (!item.link || item.bodyChars >= SUMMARY_CHARS) return item.input;
  try {
    const page = await safeFetch(item.link, { ...options, accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5', etag: null, lastModified: null });
    if (page.status !== 'ok') return item.input;
    const { text: _text, trusted: _trusted, ...hints } = item.input;
    return { ...hints, html: decodeFeed(page.body, page.contentType) };
  } catch (e) {
    pageErrors.push(messageOf(e));
    return item.input;
  }
}

/** The id the store gives an input's record: the ingest stage's sha256 of the normalized text (cheap, no analysis). */
function recordId(input: RawInput, ctx: Context): string | null {
  try {
    return STAGES[0]!.run(emptyArticle(input), ctx).id;
  } catch {
    return null;
  }
}

/**
 * Fetches one feed (conditionally, with the ETag and Last-Modified of the last poll), stores the items not taken
 * before with the store's ingest, and records the feed's state. Never throws for a feed that cannot be fetched or
 * read: that comes back as `error` (and one failure); it throws only when the database itself fails.
 */
export async function ingestFeed(corpus: Corpus, url: string, options: FeedOptions = {}): Promise<FeedSummary> {
  const now = options.now ?? (() => new Date().toISOString());
  const db = corpus.db;
  const pacer = options.pacer ?? new HostPacer(options.delay);
  const fetchOpts = fetchOptions(options, pacer);
  db.prepare('INSERT OR IGNORE INTO feeds (url) VALUES (?)').run(url);
  const state = db.prepare('SELECT etag, last_modified FROM feeds WHERE url = ?').get(url) as FeedState;
  const record = db.prepare('UPDATE feeds SET etag = ?, last_modified = ?, last_fetched = ?, last_status = ?, error = ? WHERE url = ?');
  const summary: FeedSummary = { new: 0, duplicate: 0, failed: 0, failures: [], seen: 0, items: 0, pageErrors: [] };
  const failFeed = (e: unknown): FeedSummary => {
    const reason = messageOf(e);
    // A poll stopped by the user says nothing about the feed: its state stays as it was.
    if (!options.signal?.aborted) record.run(state.etag, state.last_modified, now(), 'error', reason, url);
    return { ...summary, failed: 1, failures: [{ input: url, reason }], error: reason };
  };

  let fetched;
  try {
    fetched = await safeFetch(url, { ...fetchOpts, etag: state.etag, lastModified: state.last_modified });
  } catch (e) {
    return failFeed(e);
  }
  if (fetched.status === 'not-modified') {
    record.run(fetched.etag, fetched.lastModified, now(), 'not-modified', null, url);
    return { ...summary, notModified: true };
  }
  let items: FeedItem[];
  try {
    items = parseFeedItems(decodeFeed(fetched.body, fetched.contentType), fetched.url).items;
  } catch (e) {
    return failFeed(e);
  }

  const seen = db.prepare('SELECT 1 FROM feed_items WHERE feed = ? AND guid = ?');
  const fresh = items.filter((item) => seen.get(url, item.guid) === undefined);
  summary.items = items.length;
  summary.seen = items.length - fresh.length;
  // Items go to the store as they come (an article page is analyzed while the next waits for its host's delay);
  // when the watch is stopped, the items not handed over yet are left for the next poll.
  const inputs: RawInput[] = [];
  async function* feedInputs(): AsyncGenerator<RawInput> {
    for (const item of fresh) {
      if (options.signal?.aborted) return;
      const input = options.fetchArticles ? await withPage(item, fetchOpts, summary.pageErrors) : item.input;
      if (options.signal?.aborted) return; // the page request was cut by the stop, not by the site
      inputs.push(input);
      yield input;
    }
  }

  const stored = await ingest(corpus, feedInputs(), options.ingest ?? {});
  summary.new = stored.new;
  summary.duplicate = stored.duplicate;
  summary.failed = stored.failed;
  summary.failures = stored.failures;

  // Every item analyzed is marked taken, failed ones too: a failure comes from the item's content, which the next
  // poll would give again. An item's article is the one with its record id (a duplicate's is the copy stored first).
  const ctx = options.ingest?.context ?? createContext();
  const isStored = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  const take = db.prepare('INSERT OR IGNORE INTO feed_items (feed, guid, article, seen_at) VALUES (?, ?, ?, ?)');
  const at = now();
  db.transaction(() => {
    fresh.slice(0, inputs.length).forEach((item, i) => {
      const id = recordId(inputs[i]!, ctx);
      take.run(url, item.guid, id !== null && isStored.get(id) ? id : null, at);
    });
    // A poll stopped before every item was handed over keeps the old validators: with the new ones the next poll
    // would get a 304 and never see the items left over.
    if (inputs.length === fresh.length) record.run(fetched.etag, fetched.lastModified, at, 'ok', null, url);
    else record.run(state.etag, state.last_modified, at, 'stopped', null, url);
  })();
  return summary;
}
