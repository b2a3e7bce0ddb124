// The `dyad.article/1` and `dyad.error/1` records as zod schemas: the source of schema/*.schema.json
// (scripts/gen-schema.ts) and the check every emitted record goes through in tests.
// Objects are strict, so a field that reaches the record without being declared here fails the tests.
import { z } from 'zod';
import { ERROR_SCHEMA, SCHEMA, type ArticleRecord } from './article.js';
import type { ErrorRecord } from './errors.js';

const offset = z.number().int().nonnegative();
const span = { start: offset, end: offset };
const Span = z.strictObject(span);
const nullableString = z.string().nullable();

const Meta = z.strictObject({
  title: nullableString,
  published: nullableString.describe('ISO 8601 as precise as the source allows, or null'),
  outlet: nullableString,
  byline: nullableString,
  url: nullableString,
  language: z.string().describe('ISO 639-1 code where detected, or "und"'),
  inputId: z.string().optional(),
  origin: z.string().optional(),
});

const Mention = z.strictObject({
  ...span,
  text: z.string(),
  kind: z.enum(['name', 'partial', 'title', 'acronym', 'nominal', 'pronoun', 'adjective', 'alias']).optional(),
  rule: z.string().optional(),
});

const Entity = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']),
  country: nullableString.describe('ISO 3166-1 alpha-3, or null'),
  actor: nullableString.describe('CAMEO actor code, or null'),
  roles: z.array(z.string()),
  affiliation: nullableString,
  geo: z.strictObject({ lat: z.number(), lon: z.number() }).nullable(),
  mentions: z.array(Mention),
  affiliationEntity: nullableString.optional(),
  nationality: nullableString.optional(),
  acronym: nullableString.optional(),
  rule: z.string().optional(),
});

const Quote = z.strictObject({
  ...span,
  id: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  text: z.string(),
  speaker: nullableString.describe('entity id, or null when unnamed'),
  speakerText: nullableString,
  cue: nullableString,
  via: nullableString,
  cueType: z.enum(['speech', 'cognition', 'document']).optional(),
  speakerSpan: Span.nullable().optional(),
  cueSpan: Span.nullable().optional(),
  parts: z.array(Span).optional().describe('the pieces of the content when a cue or a paragraph break splits it'),
  rule: z.string().optional(),
  cueRule: z.string().optional(),
});

const EventActor = z.strictObject({ entity: nullableString, actor: nullableString, text: z.string().optional() });
const Evidence = z.strictObject({ ...span, rule: z.string().optional() });

const DyadEvent = z.strictObject({
  id: z.string(),
  source: EventActor,
  target: EventActor.nullable(),
  code: z.string(),
  root: z.string(),
  quad: z.number().int(),
  goldstein: z.number(),
  modality: z.enum(['asserted', 'reported', 'planned', 'hypothetical', 'negated']),
  date: nullableString,
  dateEnd: nullableString,
  location: z
    .strictObject({
      name: z.string(),
      country: nullableString,
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      entity: z.string().optional(),
    })
    .nullable(),
  sentence: z.number().int().nonnegative(),
  evidence: Evidence,
  evidenceAll: z.array(Evidence).optional(),
  quote: nullableString.optional(),
  rule: z.string().optional(),
});

const DateMention = z.strictObject({
  ...span,
  text: z.string(),
  value: nullableString.describe('ISO at the grain known (2024, 2024-05, 2024-04-08, 2024-04-08T10:00), or null'),
  valueEnd: nullableString,
  grain: z.enum(['year', 'month', 'day', 'minute']).nullable(),
  rule: z.string(),
});

export const ArticleRecordSchema = z
  .strictObject({
    schema: z.literal(SCHEMA),
    id: z.string().describe('sha256 of the normalized body text, hex'),
    meta: Meta,
    text: z.string().describe('the body text analyzed; every offset indexes into it (UTF-16 code units, end exclusive)'),
    captions: z.array(z.string()),
    paragraphs: z.array(Span),
    sentences: z.array(Span),
    entities: z.array(Entity),
    quotes: z.array(Quote),
    events: z.array(DyadEvent),
    dates: z.array(DateMention),
    warnings: z.array(z.string()).optional(),
  })
  .describe('dyad.article/1: one analyzed article (see OUTPUT.md)');

export const ErrorRecordSchema = z
  .strictObject({
    schema: z.literal(ERROR_SCHEMA),
    inputId: z.string().optional(),
    error: z.string().startsWith('dyad:'),
    code: z.enum([
      'empty-input',
      'binary-input',
      'too-large',
      'unreadable',
      'bad-json',
      'bad-input',
      'bad-html',
      'not-found',
      'usage',
      'bad-lexicon',
      'timeout',
      'internal',
    ]),
    where: z.string().optional(),
  })
  .describe('dyad.error/1: an input that could not be analyzed, in its place in the output');

/** What `dyad extract` writes for each input: an article record or an error record. */
export const OutputRecordSchema = z.union([ArticleRecordSchema, ErrorRecordSchema]);

// The schemas and the TypeScript types must describe the same records, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameArticle: Same<z.infer<typeof ArticleRecordSchema>, ArticleRecord> = true;
const sameError: Same<z.infer<typeof ErrorRecordSchema>, ErrorRecord> = true;
void sameArticle;
void sameError;
