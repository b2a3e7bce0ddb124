// The HTTP API and the page as one Hono app. `createApp` builds it without a socket (tests call `app.request()`);
// `serve` (serve.ts) puts it on a port. Every error leaves as JSON {"error": "dyad: ..."} with its status.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { createContext, DyadFailure, type Context } from '../index.js';
import type { Corpus } from '../corpus/store/index.js';
import { ApiError, errorBody } from './api-error.js';
import { answerCache, DEFAULT_CACHE_ENTRIES } from './cache.js';
import { openApiDocument } from './openapi.js';
import { honoPath, type ApiEnv, type ApiRoute } from './route.js';
import { ROUTES } from './routes.js';
import { describeIssues } from './schemas.js';
import type { Site } from './site.js';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface AppOptions {
  /** The corpus the read routes query and /extract stores into; without one they answer 503. */
  corpus?: Corpus | null;
  /** When set, every API request needs `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Largest request body in bytes (413 above it). */
  bodyLimit?: number;
  /** The built page by URL path (site.ts); without it `/` says how to build it. */
  site?: Site | null;
  /** Analysis context for /extract (lexicons, forceEnglish); its maxBytes follows bodyLimit. */
  context?: Context;
  /** How many answers of the corpus read routes to keep until the corpus changes (cache.ts); 0 keeps none. */
  cache?: number;
  /** Routes to serve (all of ROUTES by default). */
  routes?: readonly ApiRoute[];
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time check of an Authorization header against the token (hashing first makes the lengths equal). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = digest(m ? m[1]! : '');
  return timingSafeEqual(given, digest(token)) && m !== null;
}

const formatLimit = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} kB` : `${bytes} bytes`;

function queryOf(c: HonoContext): Record<string, string> {
  const all = c.req.queries();
  const out: Record<string, string> = {};
  for (const [key, values] of Object.entries(all)) {
    if (values.length > 1) throw new ApiError(400, `dyad: query parameter "${key}" is given ${values.length} times; give it once`);
    out[key] = values[0]!;
  }
  return out;
}

export function createApp(options: AppOptions = {}): Hono {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const env: ApiEnv = {
    corpus: options.corpus ?? null,
    context: createContext({ ...(options.context ?? {}), maxBytes: limit }),
  };
  const token = options.token || null;
  const routes = options.routes ?? ROUTES;
  const cache = env.corpus && (options.cache ?? DEFAULT_CACHE_ENTRIES) > 0 ? answerCache(env.corpus.db, options.cache ?? DEFAULT_CACHE_ENTRIES) : null;
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.message), err.status);
    // The corpus queries refuse bad filters with a usage error: the client's mistake, so 400.
    if (err instanceof DyadFailure) return c.json(errorBody(err.error.message), err.error.code === 'not-found' ? 404 : 400);
    if (err instanceof HTTPException) return c.json(errorBody(err.message || 'request refused'), err.status);
    // A bug in dyad: the message, never the stack, goes to the client.
    console.error(err);
    return c.json(errorBody(`internal error (${err instanceof Error ? err.message : String(err)}); this is a bug in dyad`), 500);
  });
  app.notFound((c) => c.json(errorBody(`no route ${c.req.method} ${c.req.path}; see /openapi.json`), 404));

  // The page's files hold no data, so they are served without the token; the page asks for it on a 401.
  const site = options.site ?? null;
  const sendFile = (c: HonoContext, path: string) => {
    const file = site?.get(path);
    if (!file) return null;
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.type,
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
  };
  app.get('/', (c) => sendFile(c, '/index.html') ?? c.html('<!doctype html><title>dyad</title><p>The page is not built: run <code>npm run build:web</code>, then reload. The API is at <a href="/openapi.json">/openapi.json</a>.</p>', 503));
  app.get('/assets/:file', (c) => sendFile(c, `/assets/${c.req.param('file')}`) ?? c.json(errorBody(`no file ${c.req.path}`), 404));
  app.get('/favicon.svg', (c) => sendFile(c, '/favicon.svg') ?? c.body(null, 204));

  if (token) {
    app.use('*', async (c, next) => {
      if (c.req.method === 'GET' && (c.req.path === '/' || c.req.path.startsWith('/assets/') || c.req.path === '/favicon.svg')) return next();
      if (!bearerMatches(c.req.header('authorization'), token)) {
        c.header('www-authenticate', 'Bearer realm="dyad"');
        throw new ApiError(401, 'dyad: this server needs a token: send the header "Authorization: Bearer <token>"');
      }
      return next();
    });
  }

  app.use(
    '*',
    bodyLimit({
      maxSize: limit,
      onError: (c) => c.json(errorBody(`the request body is larger than the ${formatLimit(limit)} limit`), 413),
    }),
  );

  const doc = openApiDocument(routes);
  app.get('/openapi.json', (c) => c.json(doc));

  for (const route of routes) {
    app.on(route.method.toUpperCase(), honoPath(route.path), async (c) => {
      const rawQuery = queryOf(c);
      let query: unknown = rawQuery;
      if (route.query) {
        const parsed = route.query.safeParse(rawQuery);
        if (!parsed.success) throw new ApiError(400, `dyad: bad query for ${route.path}: ${describeIssues(parsed.error)}`);
        query = parsed.data;
      }
      let params: unknown = {};
      if (route.params) {
        const parsed = route.params.safeParse(c.req.param());
        if (!parsed.success) throw new ApiError(400, `dyad: bad path for ${route.path}: ${describeIssues(parsed.error)}`);
        params = parsed.data;
      }
      const cacheable = cache !== null && route.corpus === true && route.method === 'get';
      const key = cacheable ? `${route.path}\u0000${JSON.stringify(query)}\u0000${JSON.stringify(params)}` : '';
      const kept = cacheable ? cache.get(key) : undefined;
      if (kept !== undefined) return c.body(kept, 200, { 'content-type': 'application/json', 'x-dyad-cache': 'hit' });
      const result = await route.handle({ query, params, c }, env);
      if (route.method === 'post') cache?.clear();
      if (result instanceof Response) return result;
      const body = JSON.stringify(result);
      if (cacheable) cache.set(key, body);
      return c.body(body, 200, { 'content-type': 'application/json' });
    });
  }
  return app;
}
