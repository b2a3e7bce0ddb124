// The read routes over a corpus database: articles, entities, quotes, events, search, relations, triangle.
import type { ApiRoute } from './route.js';

export const CORPUS_ROUTES: readonly ApiRoute[] = [];
