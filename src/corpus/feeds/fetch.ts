// fetch: one careful HTTP GET for feeds and article pages. Only http and https; every host (the first and each
// redirect) resolved and checked against addresses.ts, and the connection made to the very address checked; a
// connect timeout and a total timeout per request; the body counted while it streams (decompressed bytes) and cut
// at the size limit; redirects followed by hand (at most 5); conditional requests (ETag, Last-Modified); a polite
// per-host delay. Failures are thrown as DyadFailure with one line starting "dyad:".
//
// Why node:http/https and not the global fetch: fetch (undici) resolves the host itself, so a check done before it
// could be undone by a second DNS answer (rebinding); node:http takes a `lookup` function, which here answers with
// the address that was checked.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { DyadFailure, dyadError, type ErrorCode } from '../../errors.js';
import { bareHost, checkHost, systemResolver, type ResolvedAddress, type Resolver } from './addresses.js';
import { HostPacer } from './pacer.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_FEED_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'dyad/0.1 (news feed reader; +https://github.com/dyad)';

export interface FetchOptions {
  /** Total time for one request, from connecting to the last byte (ms). */
  timeout?: number;
  /** Time to open the connection (ms); also capped by `timeout`. */
  connectTimeout?: number;
  /** Largest body accepted, counted after decompression (bytes). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Fetch from loopback, private, link-local and other non-public addresses too. */
  allowPrivate?: boolean;
  /** Single addresses fetched even though they are private (narrower than allowPrivate). */
  allowAddresses?: readonly string[];
  userAgent?: string;
  /** Sent as If-None-Match / If-Modified-Since; a 304 answer gives `{ status: 'not-modified' }`. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  resolve?: Resolver;
  /** Shared between requests so one host is asked at most once per delay; a fresh one (1 s) when absent. */
  pacer?: HostPacer;
  /** Certificate authorities to trust for https, in place of the system's (PEM): an intranet's own CA. */
  ca?: string | readonly string[];
  /** Aborts the request (watch's SIGINT). */
  signal?: AbortSignal;
}

export type FetchResult =
  | {
      status: 'ok';
      /** The final URL, after redirects. */
      url: string;
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { status: 'not-modified'; url: string; etag: string | null; lastModified: string | null };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function fail(code: ErrorCode, message: string): DyadFailure {
  return new DyadFailure(dyadError(code, message));
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function header(headers: http.IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Uint8Array | null;
}

interface HopOptions {
  timeout: number;
  connectTimeout: number;
  maxBytes: number;
  headers: Record<string, string>;
  signal?: AbortSignal;
  /** The URL the user asked for, named in messages. */
  asked: string;
  ca?: string | readonly string[];
}

function decoder(encoding: string | null): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** Network error codes in words; others are shown as their code. */
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection was closed',
  HPE_INVALID_CONSTANT: 'the answer is not HTTP',
  HPE_HEADER_OVERFLOW: 'the answer has oversized headers',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host',
};

function networkReason(e: NodeJS.ErrnoException): string {
  const code = e.code ?? '';
  return NETWORK_ERRORS[code] ? `${NETWORK_ERRORS[code]} (${code})` : code || e.message.split('\n')[0]!;
}

/** One GET to `target`, connected to one of `addresses`; the body is read only for 2xx answers. */
function requestOnce(target: URL, addresses: readonly ResolvedAddress[], o: HopOptions): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (error: DyadFailure | null, hop?: Hop) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      o.signal?.removeEventListener('abort', onAbort);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(hop!);
    };
    const onAbort = () => finish(fail('timeout', `dyad: ${o.asked}: stopped before it answered`));
    // Connect to the addresses that were checked, whatever the resolver would say now (all of them when Node asks
    // for all, so IPv4/IPv6 fallback still works).
    const first = addresses[0]!;
    const pinned: LookupFunction = (_host, options, callback) => {
      if (options.all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, [...addresses]);
      else callback(null, first.address, first.family);
    };
    const host = bareHost(target.hostname);
    const req = (target.protocol === 'https:' ? https : http).request({
      protocol: target.protocol,
      hostname: host,
      port: target.port || undefined,
      path: `${target.pathname}${target.search}`,
      method: 'GET',
      headers: o.headers,
      agent: false,
      lookup: pinned,
      ...(o.ca ? { ca: typeof o.ca === 'string' ? o.ca : [...o.ca] } : {}),
    });
    timers.push(
      setTimeout(() => finish(fail('timeout', `dyad: ${o.asked} did not answer within ${o.timeout} ms (raise it with --timeout)`)), o.timeout),
      setTimeout(
        () => finish(fail('timeout', `dyad: ${o.asked}: could not connect to ${host} within ${o.connectTimeout} ms`)),
        Math.min(o.connectTimeout, o.timeout),
      ),
    );
    const connectTimer = timers[1]!;
    req.on('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)));
    if (o.signal) {
      if (o.signal.aborted) return onAbort();
      o.signal.addEventListener('abort', onAbort, { once: true });
    }
    req.on('error', (e: NodeJS.ErrnoException) => finish(fail('unreadable', `dyad: ${o.asked}: ${networkReason(e)}`)));
    req.on('response', (res) => {
      if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode >= 300) {
        res.destroy(); // the body of a redirect or an error page is not needed (and could be endless)
        finish(null, { status: res.statusCode ?? 0, headers: res.headers, body: null });
        return;
      }
      const declared = Number(header(res.headers, 'content-length') ?? NaN);
      const tooLarge = () =>
        fail('too-large', `dyad: ${o.asked} is larger than the ${formatSize(o.maxBytes)} limit; the download was cut there (raise it with --max-bytes)`);
      if (Number.isFinite(declared) && declared > o.maxBytes && !header(res.headers, 'content-encoding')) return finish(tooLarge());
      const unzip = decoder(header(res.headers, 'content-encoding'));
      const stream: Readable = unzip ? res.pipe(unzip) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > o.maxBytes) {
          finish(tooLarge()); // first: destroying the response emits 'aborted' at once
          res.destroy();
          unzip?.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e: NodeJS.ErrnoException) => finish(fail('unreadable', `dyad: ${o.asked}: the answer broke off (${networkReason(e)})`)));
      res.on('aborted', () => finish(fail('unreadable', `dyad: ${o.asked}: the answer broke off`)));
      stream.on('end', () => finish(null, { status: res.statusCode!, headers: res.headers, body: new Uint8Array(Buffer.concat(chunks, size)) }));
    });
    req.end();
  });
}

/**
 * GETs a URL under the rules above. Resolves to the body, or to `not-modified` on a 304; throws DyadFailure
 * (one line, "dyad: ...") for a refused address, a timeout, a body over the limit, an HTTP error or a bad redirect.
 */
export async function safeFetch(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const resolve = options.resolve ?? systemResolver;
  const pacer = options.pacer ?? new HostPacer();
  const allowAddresses = new Set(options.allowAddresses ?? []);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: options.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const hopOptions: HopOptions = {
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    connectTimeout: options.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_FEED_BYTES,
    headers,
    asked: url,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.ca ? { ca: options.ca } : {}),
  };

  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw fail('bad-input', `dyad: ${url} is not a URL (expected http://… or https://…)`);
  }
  for (let hops = 0; ; hops++) {
    const via = hops ? `it redirects to ${current.href}, and ` : '';
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw fail('bad-input', `dyad: refusing to fetch ${url}: ${via}only http and https URLs are fetched`);
    }
    if (current.username || current.password) {
      throw fail('bad-input', `dyad: refusing to fetch ${url}: ${via}URLs with a user name or password are not fetched`);
    }
    const check = await checkHost(current, resolve, options.allowPrivate ?? false, allowAddresses);
    if (!check.ok) {
      const refused = check.reason.startsWith('cannot resolve');
      throw fail(refused ? 'unreadable' : 'bad-input', `dyad: ${refused ? 'cannot fetch' : 'refusing to fetch'} ${url}: ${via}${check.reason}`);
    }
    await pacer.wait(current.host);
    const hop = await requestOnce(current, check.addresses, hopOptions);
    const etag = header(hop.headers, 'etag');
    const lastModified = header(hop.headers, 'last-modified');
    if (hop.status === 304) return { status: 'not-modified', url: current.href, etag: etag ?? options.etag ?? null, lastModified: lastModified ?? options.lastModified ?? null };
    if (REDIRECTS.has(hop.status)) {
      const location = header(hop.headers, 'location');
      if (!location) throw fail('unreadable', `dyad: ${url}: a redirect (${hop.status}) without a Location`);
      if (hops >= maxRedirects) throw fail('unreadable', `dyad: ${url} redirects more than ${maxRedirects} times`);
      try {
        current = new URL(location, current);
      } catch {
        throw fail('unreadable', `dyad: ${url}: redirects to a bad URL (${location.slice(0, 100)})`);
      }
      continue;
    }
    if (hop.status < 200 || hop.status >= 300 || !hop.body) {
      const where = current.href === url ? '' : ` (at ${current.href})`;
      const reason = http.STATUS_CODES[hop.status];
      throw fail('unreadable', `dyad: ${url} answered ${hop.status}${reason ? ` ${reason}` : ''}${where}`);
    }
    return { status: 'ok', url: current.href, body: hop.body, contentType: header(hop.headers, 'content-type'), etag, lastModified };
  }
}
