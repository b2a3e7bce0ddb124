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

/** A date bound of a corpus query: 2024, 2024-04 or 2024-04-08 (the whole year, month or day). */
const dateBound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

const text = (max: number) => z.string().trim().min(1).max(max);

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`rows per page (1–${MAX_LIMIT})`),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('rows to skip'),
});

export const ArticlesQuery = Paging.extend({
  since: dateBound.optional().describe('published on or after'),
  until: dateBound.optional().describe('published on or before'),
});

export const ArticleParams = z.object({
  // The record id (sha256 hex) or the article's row number; anything else (slashes, dots) is refused before any lookup.
  id: z.string().regex(/^[0-9a-fA-F]{8,64}$/, 'expected an article id: 8 to 64 hex digits (the record id or a unique prefix)').describe('record id or a unique prefix of it'),
});

export const QuotesQuery = Paging.extend({
  speaker: text(200).optional().describe('speaker name (part of it)'),
  via: text(200).optional().describe('channel name, e.g. TASS'),
  about: text(200).optional().describe('topic: an entity the quote mentions, or words in it'),
  since: dateBound.optional(),
  until: dateBound.optional(),
});

export const EventsQuery = Paging.extend({
  source: actorCode.optional().describe('source actor or country code'),
  target: actorCode.optional().describe('target actor or country code'),
  root: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root such as 04').optional(),
  code: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO event code such as 042').optional(),
  quad: z.enum(['1', '2', '3', '4']).optional().describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  modality: z.enum(['asserted', 'reported', 'planned', 'hypothetical', 'negated']).optional(),
  actor: text(200).optional().describe('either side: a name ("Lavrov") or an actor code prefix'),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as RUS').optional().describe("either side's country"),
  since: dateBound.optional(),
  until: dateBound.optional(),
});

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'] as const;

export const EntitiesQuery = Paging.extend({
  type: z.enum(ENTITY_TYPES).optional(),
  name: text(200).optional().describe('whole words of the name ("Lavrov"), or the acronym'),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as RUS').optional(),
  top: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().describe('the N most mentioned'),
});

export const SearchQuery = Paging.extend({
  q: text(500).describe('words to find in article text and quotes'),
});

/** A side of a relation: a country (CHN, CN, China) or a CAMEO actor code (RUSGOV); RELATIONS resolves it. */
const side = (example: string) => text(100).describe(`a country (ISO code or name) or a CAMEO actor code, e.g. ${example}`);
const flag = z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1');

export const RelationsQuery = z.object({
  a: side('CHN'),
  b: side('USA'),
  by: z.enum(['day', 'week', 'month']).default('month'),
  since: dateBound.optional(),
  until: dateBound.optional(),
  nonFactual: flag.describe('count planned, hypothetical and negated events too'),
  directed: flag.describe('totals count A→B only'),
});

export const TriangleQuery = z.object({
  a: side('CHN'),
  b: side('RUS'),
  c: side('USA'),
  since: dateBound.optional(),
  until: dateBound.optional(),
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
