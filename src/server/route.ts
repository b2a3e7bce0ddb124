// One API route as data: method, path, the zod schemas of its query and path parameters, and its handler. The app
// validates with the schemas before the handler runs; /openapi.json is written from the same list.
import type { Context as HonoContext } from 'hono';
import type { z } from 'zod';
import type { Context } from '../index.js';
import type { Corpus } from '../corpus/store/index.js';
import { ApiError } from './api-error.js';

export interface ApiEnv {
  corpus: Corpus | null;
  context: Context;
}

export interface RouteRequest<Q, P> {
  query: Q;
  params: P;
  c: HonoContext;
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ApiRoute {
  method: 'get' | 'post';
  /** OpenAPI style: /articles/{id}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: AnyObject;
  params?: AnyObject;
  /** Request bodies by media type (null: a raw body of that type). */
  body?: Record<string, z.ZodType | null>;
  /** Needs a corpus database (dyad serve --db); 503 without one. */
  corpus?: boolean;
  /** The success response, described for the OpenAPI document. */
  returns: string;
  handle(request: RouteRequest<unknown, unknown>, env: ApiEnv): unknown;
}

export interface RouteDefinition<Q extends AnyObject | undefined, P extends AnyObject | undefined> extends Omit<ApiRoute, 'handle' | 'query' | 'params'> {
  query?: Q;
  params?: P;
  handle(
    request: RouteRequest<Q extends AnyObject ? z.output<Q> : Record<string, never>, P extends AnyObject ? z.output<P> : Record<string, never>>,
    env: ApiEnv,
  ): unknown;
}

/** Keeps the handler's query and params typed from the schemas. */
export function defineRoute<Q extends AnyObject | undefined = undefined, P extends AnyObject | undefined = undefined>(route: RouteDefinition<Q, P>): ApiRoute {
  return route as unknown as ApiRoute;
}

/** The open corpus, or a 503 saying how to open one. */
export function corpusOf(env: ApiEnv): Corpus {
  if (!env.corpus) throw new ApiError(503, 'dyad: no corpus database is open; start the server with dyad serve --db PATH');
  return env.corpus;
}

/** /articles/{id} → /articles/:id */
export const honoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');
