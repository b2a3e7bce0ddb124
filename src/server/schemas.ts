// The API's request schemas (zod 4): the server validates every request with these, and /openapi.json is generated
// from the same objects, so the document cannot drift from what the server accepts. Filters mirror the CLI's
// (`dyad quotes`, `dyad events`, `dyad entities`, `dyad search`, `dyad relations`, `dyad triangle`).
import { z } from 'zod';

/** ISO 8601 date as the CLI takes it: 2024, 2024-04, 2024-04-08, or a time. */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'expected an ISO 8601 date such as 2024-04-08');

/** A CAMEO actor code or a country (RUS, RUSGOV, CHN): letters, at most 15. */
const actorCode = z.string().regex(/^[A-Za-z]{3,15}$/, 'expected a CAMEO actor or country code such as RUS or RUSGOV');

const text = (max: number) => z.string().trim().min(1).max(max);

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`rows per page (1–${MAX_LIMIT})`),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('rows to skip'),
});

export const ArticlesQuery = Paging.extend({
  since: isoDate.optional().describe('published on or after'),
  until: isoDate.optional().describe('published on or before'),
});

export const ArticleParams = z.object({
  // The record id (sha256 hex) or the article's row number; anything else (slashes, dots) is refused before any lookup.
  id: z.string().regex(/^([0-9a-f]{64}|[1-9][0-9]{0,15})$/, 'expected an article id (64 hex digits) or row number').describe('record id or row number'),
});

export const QuotesQuery = Paging.extend({
  speaker: text(200).optional().describe('speaker name (part of it)'),
  via: text(200).optional().describe('channel name, e.g. TASS'),
  about: text(200).optional().describe('topic: an entity the quote mentions, or words in it'),
  since: isoDate.optional(),
  until: isoDate.optional(),
});

export const EventsQuery = Paging.extend({
  source: actorCode.optional().describe('source actor or country code'),
  target: actorCode.optional().describe('target actor or country code'),
  root: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root such as 04').optional(),
  code: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO event code such as 042').optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
});

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'] as const;

export const EntitiesQuery = Paging.extend({
  type: z.enum(ENTITY_TYPES).optional(),
  name: text(200).optional().describe('entity name (part of it)'),
  top: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().describe('the N most mentioned'),
});

export const SearchQuery = Paging.extend({
  q: text(500).describe('words to find in article text and quotes'),
});

export const RelationsQuery = z.object({
  a: actorCode.describe('first side, e.g. CHN'),
  b: actorCode.describe('second side, e.g. USA'),
  by: z.enum(['day', 'week', 'month']).default('month'),
  since: isoDate.optional(),
  until: isoDate.optional(),
});

export const TriangleQuery = z.object({
  a: actorCode,
  b: actorCode,
  c: actorCode,
  since: isoDate.optional(),
  until: isoDate.optional(),
});

/** POST /extract as JSON: exactly one of text, html, jsonl. */
export const ExtractBody = z
  .object({
    text: z.string().min(1).optional().describe('an article as a file gives it (headline and Published: line are read)'),
    html: z.string().min(1).optional().describe('an article page'),
    jsonl: z.string().min(1).optional().describe('one JSON article a line (OUTPUT.md, Input JSONL)'),
    published: isoDate.optional().describe('publication time for inputs that give none'),
    title: z.string().max(1000).optional(),
    url: z.string().max(4000).optional(),
    outlet: z.string().max(200).optional(),
    store: z.boolean().default(false).describe('also store the records in the open corpus'),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.jsonl].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of "text", "html" or "jsonl"',
  });

/** POST /extract with a raw body (text/plain, text/html, application/x-ndjson): options ride in the query. */
export const ExtractQuery = z.object({
  published: isoDate.optional(),
  store: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
});

export type ExtractBodyInput = z.infer<typeof ExtractBody>;

/** One line naming each problem: "limit: Too big: expected number to be <=500; since: expected an ISO 8601 date". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
