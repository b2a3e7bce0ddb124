// docs/store.md describes every table and column the migrations create, and no column that does not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCorpus } from '../../../src/corpus/store/index.js';
import { ROOT } from '../../cli/helpers.js';

const DOC = readFileSync(join(ROOT, 'docs', 'store.md'), 'utf8');

/** Table name → the columns its section lists (`| \`col\` | ...`). */
function documented(markdown: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^### `(\w+)`/.exec(line);
    if (heading) sections.set(heading[1]!, (current = []));
    else if (/^#{1,3} /.test(line)) current = null;
    else if (current) {
      const column = /^\| `(\w+)` \|/.exec(line);
      if (column) current.push(column[1]!);
    }
  }
  return sections;
}

/** Table name → its columns, from a freshly migrated database (FTS5's own shadow tables left out). */
function actual(): Map<string, string[]> {
  const corpus = openCorpus(':memory:');
  const tables = corpus.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT GLOB '*_fts_*' ORDER BY name")
    .all() as { name: string }[];
  const out = new Map<string, string[]>();
  for (const { name } of tables) {
    const columns = corpus.db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[];
    out.set(name, columns.map((c) => c.name));
  }
  corpus.close();
  return out;
}

test('store: docs/store.md documents every table and column of the schema', () => {
  const docs = documented(DOC);
  const schema = actual();
  assert.deepEqual([...docs.keys()].sort(), [...schema.keys()].sort());
  for (const [table, columns] of schema) {
    assert.deepEqual(docs.get(table), columns, `docs/store.md, table ${table}`);
  }
});
