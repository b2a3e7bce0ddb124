// The API's routes, in the order /openapi.json lists them. Corpus routes call QUERY's and RELATIONS' functions, the
// same ones the CLI renders, so the API and `dyad quotes`/`dyad events`/... answer alike.
import { ExtractBody } from './schemas.js';
import { readExtractRequest, runExtract } from './extract.js';
import { defineRoute, type ApiRoute } from './route.js';
import { CORPUS_ROUTES } from './corpus-routes.js';

const extract = defineRoute({
  method: 'post',
  path: '/extract',
  tag: 'extract',
  summary: 'Analyze articles: records out, nothing stored unless "store": true',
  description:
    'A JSON body {text|html|jsonl, published?, title?, url?, outlet?, store?}, or a raw body: text/plain (an article), ' +
    'text/html (a page), application/x-ndjson (one JSON article a line); for raw bodies ?published= and ?store=true ride in the query.',
  body: { 'application/json': ExtractBody, 'text/plain': null, 'text/html': null, 'application/x-ndjson': null },
  returns: '{records: (dyad.article/1 | dyad.error/1)[], stored?: {id, status, article}[], cameo: {code: name}}',
  async handle({ c }, env) {
    const body = await c.req.text();
    return runExtract(readExtractRequest(c.req.header('content-type'), body, c.req.query(), env.context.maxBytes), env.context, env.corpus);
  },
});

export const ROUTES: readonly ApiRoute[] = [extract, ...CORPUS_ROUTES];
