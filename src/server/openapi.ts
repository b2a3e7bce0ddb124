// /openapi.json, written from the routes' own zod schemas (z.toJSONSchema), so the document and the validation agree.
import { z } from 'zod';
import type { ApiRoute } from './route.js';

const ERROR = {
  description: 'an error: {"error": "dyad: ..."}',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.ZodObject<z.ZodRawShape> | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  const whole = jsonSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(whole.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (whole.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

export function openApiDocument(routes: readonly ApiRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      responses: {
        200: { description: route.returns, content: { 'application/json': { schema: { type: 'object' } } } },
        400: ERROR,
        401: ERROR,
        ...(route.params ? { 404: ERROR } : {}),
        ...(route.body ? { 413: ERROR, 415: ERROR } : {}),
        ...(route.corpus ? { 503: ERROR } : {}),
      },
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(
          Object.entries(route.body).map(([type, schema]) => [type, { schema: schema ? jsonSchema(schema) : { type: 'string' } }]),
        ),
      };
    }
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version: '1',
      description: 'Entities, quotes, CAMEO events and relations from news articles. Records follow dyad.article/1 (OUTPUT.md).',
    },
    components: {
      schemas: { Error: { type: 'object', required: ['error'], properties: { error: { type: 'string', pattern: '^dyad: ' } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required when the server was started with a token' } },
    },
    security: [{}, { bearer: [] }],
    paths,
  };
}
