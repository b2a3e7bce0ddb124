// Times each corpus query on a real corpus (docs/queries.md, "Speed"): median and max of 5 runs after a warm-up.
// npx tsx test/corpus/query/time-queries.ts /tmp/store-bbc.db
import { openForQuery } from "../../../src/cli/query.js";
import * as q from "../../../src/corpus/query/index.js";
const db = openForQuery(process.argv[2] ?? '/tmp/store-bbc.db');
const cases: [string, () => { total?: number } | null | object][] = [
  ['stats', () => q.corpusStats(db)],
  ['quotes (all, first 50)', () => q.listQuotes(db, {})],
  ['quotes --speaker Blair', () => q.listQuotes(db, { speaker: 'Blair' })],
  ['quotes --speaker "Tony Blair" --about Iraq', () => q.listQuotes(db, { speaker: 'Tony Blair', about: 'Iraq' })],
  ['quotes --about Microsoft', () => q.listQuotes(db, { about: 'Microsoft' })],
  ['quotes --about Iraq (country)', () => q.listQuotes(db, { about: 'Iraq' })],
  ['quotes --distinct', () => q.listQuotes(db, { distinct: true })],
  ['quotes --speaker Blair --distinct', () => q.listQuotes(db, { speaker: 'Blair', distinct: true })],
  ['quotes --via Reuters', () => q.listQuotes(db, { via: 'Reuters' })],
  ['quotes --since 2004 --until 2005-06', () => q.listQuotes(db, { since: '2004', until: '2005-06' })],
  ['events (all)', () => q.listEvents(db, {})],
  ['events --source GBR', () => q.listEvents(db, { source: 'GBR' })],
  ['events --source USA --target IRQ', () => q.listEvents(db, { source: 'USA', target: 'IRQ' })],
  ['events --root 04', () => q.listEvents(db, { root: '04' })],
  ['events --actor Blair', () => q.listEvents(db, { actor: 'Blair' })],
  ['events --distinct', () => q.listEvents(db, { distinct: true })],
  ['entities --top 20', () => q.listEntities(db, { top: 20 })],
  ['entities --type PERSON --top 20', () => q.listEntities(db, { type: 'PERSON', top: 20 })],
  ['entities --name Blair', () => q.listEntities(db, { name: 'Blair' })],
  ['search "election"', () => q.searchText(db, 'election')],
  ['search "Blair Brown election"', () => q.searchText(db, 'Blair Brown election')],
  ['show (prefix)', () => q.getArticle(db, (db.prepare('SELECT id FROM articles LIMIT 1 OFFSET 100').get() as { id: string }).id.slice(0, 10))],
];
for (const [name, fn] of cases) {
  fn(); // warm: statement preparation
  const times: number[] = [];
  let r: { total?: number } | null | object = null;
  for (let i = 0; i < 5; i++) { const t = performance.now(); r = fn(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(45)} median ${times[2]!.toFixed(2).padStart(7)} ms  max ${times[4]!.toFixed(2).padStart(7)} ms  total=${(r && 'total' in r ? r.total : '-')}`);
}
