// Writes schema/article.schema.json and schema/error.schema.json from the zod schemas in src/record-schema.ts.
// `--check` writes nothing and exits 1 when a file is out of date (the tests run it that way).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ArticleRecordSchema, ErrorRecordSchema } from '../src/record-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function schemaFiles(): { path: string; text: string }[] {
  const render = (schema: z.ZodType, title: string) =>
    JSON.stringify({ title, ...z.toJSONSchema(schema) }, null, 2) + '\n';
  return [
    { path: join(root, 'schema', 'article.schema.json'), text: render(ArticleRecordSchema, 'dyad.article/1') },
    { path: join(root, 'schema', 'error.schema.json'), text: render(ErrorRecordSchema, 'dyad.error/1') },
  ];
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, text } of schemaFiles()) {
    if (read(path) === text) continue;
    if (check) {
      console.error(`dyad: ${path} is out of date; run npm run schema`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
