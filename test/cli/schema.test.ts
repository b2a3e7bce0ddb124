// schema/*.schema.json is generated from src/record-schema.ts; the published files must match the zod source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { schemaFiles } from '../../scripts/gen-schema.js';
import { ArticleRecordSchema, ErrorRecordSchema } from '../../src/record-schema.js';

test('cli: schema/ is up to date with src/record-schema.ts (npm run schema rewrites it)', () => {
  for (const { path, text } of schemaFiles()) assert.equal(readFileSync(path, 'utf8'), text, `${path} is stale: run npm run schema`);
});

const REJECTED: [string, unknown][] = [
  ['a record with an unknown field', { schema: 'dyad.article/1', id: 'x', meta: { title: null, published: null, outlet: null, byline: null, url: null, language: 'en' }, text: '', captions: [], paragraphs: [], sentences: [], entities: [], quotes: [], events: [], dates: [], tokens: [] }],
  ['a negative offset', { schema: 'dyad.article/1', id: 'x', meta: { title: null, published: null, outlet: null, byline: null, url: null, language: 'en' }, text: '', captions: [], paragraphs: [], sentences: [{ start: -1, end: 0 }], entities: [], quotes: [], events: [], dates: [] }],
  ['an error without the dyad: prefix', { schema: 'dyad.error/1', error: 'oops', code: 'internal' }],
];
for (const [name, value] of REJECTED) {
  test(`cli: the schema rejects ${name}`, () => {
    assert.equal(ArticleRecordSchema.safeParse(value).success || ErrorRecordSchema.safeParse(value).success, false);
  });
}
