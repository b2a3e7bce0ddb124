// Placeholder entry until the CLI lands: analyzes stdin as text and prints the record.
import { readFileSync } from 'node:fs';
import { analyze, toRecord } from '../index.js';

const result = analyze({ bytes: readFileSync(0), origin: '-' });
if (result.ok) console.log(JSON.stringify(toRecord(result.article)));
else {
  console.error(result.error.message);
  process.exit(1);
}
