// npm run bench: full-pipeline throughput against wink-nlp's readDoc alone, in the same process, over the BBC corpus
// (../shared/data/bbc-news/articles.jsonl, 2,225 articles). Rounds are interleaved (readDoc, pipeline, readDoc, ...)
// so both see the same machine state; each figure is the median of the rounds. Also per-stage time, the ratio of the
// pipeline cut after each stage (each stage's issue set its own floor), and peak RSS.
// Options: --rounds N (default 5), --limit N (first N articles only, for a quick look), --lean (also time a readDoc
// with only sentence splitting and POS switched on, the part of wink the text stage uses), --one-by-one (the pipeline
// article by article through analyze() instead of in batches through analyzeBatch(), as `dyad extract` runs it).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, analyzeBatch, analyzeCaught, createContext, STAGES, type RawInput, type Stage } from '../src/index.js';
import { BATCH_LIMITS } from '../src/batches.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc-news', 'articles.jsonl');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const ROUNDS = option('--rounds', 5);
const LIMIT = option('--limit', Infinity);
const LEAN = process.argv.includes('--lean');
const ONE_BY_ONE = process.argv.includes('--one-by-one');

const articles = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, LIMIT)
  .map((l) => JSON.parse(l) as { id: string; text: string });
const inputs: RawInput[] = articles.map((a) => ({ text: a.text, trusted: true, inputId: a.id, origin: a.id }));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const MB = 1e6;

// The baseline: readDoc with wink's default pipeline (what ../shared/DEPENDENCIES.md measured at ~3.3 MB/s), then
// tokens with POS tags and the sentences read out. With --lean, a second baseline switches on only sentence
// splitting and POS tagging (what the text stage uses), shown for reference.
const winkFull = winkNLP(model);
const winkLean = winkNLP(model, ['sbd', 'pos']);
function readDocPass(nlp: typeof winkFull): number {
  const its = nlp.its;
  let tokens = 0;
  for (const a of articles) {
    const doc = nlp.readDoc(a.text);
    tokens += (doc.tokens().out(its.pos) as string[]).length;
    doc.sentences().out();
  }
  return tokens;
}

// The pipeline with each stage's run timed.
const stageMs = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
const timedStages: Stage[] = STAGES.map((s) => ({
  ...s,
  run(doc, ctx) {
    const t = performance.now();
    const out = s.run(doc, ctx);
    stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + performance.now() - t);
    return out;
  },
}));
const ctx = createContext();
let failed = 0;
let crashed = 0;
let firstCrash = '';
// The pipeline as `dyad extract` runs a corpus: batches of BATCH_LIMITS.count articles, stage by stage.
function pipelinePass(): void {
  for (let b = 0; b < inputs.length; b += BATCH_LIMITS.count) {
    const batch = inputs.slice(b, b + BATCH_LIMITS.count);
    const results = ONE_BY_ONE ? batch.map((input) => analyzeCaught(input, ctx, timedStages)) : analyzeBatch(batch, ctx, timedStages);
    results.forEach((result, k) => {
      if (result.ok) return;
      if (!('thrown' in result)) failed++;
      else {
        crashed++;
        firstCrash ||= `${batch[k].inputId}: ${result.thrown instanceof Error ? result.thrown.message : String(result.thrown)}`;
      }
    });
  }
}

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const started = performance.now();
const nodeFlags = process.execArgv.filter((a) => a.startsWith('--') && a !== '--import' && !a.startsWith('--require'));
console.log(`node flags: ${nodeFlags.join(' ') || 'none (npm run bench adds those of bin/dyad.js, as the dyad command runs with them)'}`);
console.log(`pipeline: ${ONE_BY_ONE ? 'article by article (analyze)' : `batches of ${BATCH_LIMITS.count} articles, stage by stage (analyzeBatch, as dyad extract runs)`}`);
console.log(`corpus: ${articles.length} articles, ${(bytes / MB).toFixed(2)} MB of UTF-8 text (${CORPUS.replace(`${ROOT}/`, '')})`);
// Warm-up: loads models and lexicons lazily held by the stages, and lets the JIT settle; not counted.
const warmup = time(() => {
  for (const input of inputs.slice(0, 50)) {
    try {
      analyze(input, ctx);
    } catch {
      /* counted in the timed rounds */
    }
  }
  for (const a of articles.slice(0, 50)) {
    winkFull.readDoc(a.text).tokens().out(winkFull.its.pos);
    if (LEAN) winkLean.readDoc(a.text).tokens().out(winkLean.its.pos);
  }
});
console.log(`warm-up (model loading, first 50 articles): ${warmup.toFixed(1)} s`);

const rounds = { full: [] as number[], lean: [] as number[], pipeline: [] as number[] };
const stageRounds = new Map<string, number[]>(STAGES.map((s) => [s.name, []]));
for (let r = 0; r < ROUNDS; r++) {
  rounds.full.push(time(() => readDocPass(winkFull)));
  for (const s of STAGES) stageMs.set(s.name, 0);
  failed = 0;
  crashed = 0;
  rounds.pipeline.push(time(pipelinePass));
  for (const s of STAGES) stageRounds.get(s.name)!.push(stageMs.get(s.name)! / 1000);
  if (LEAN) rounds.lean.push(time(() => readDocPass(winkLean)));
  const lean = LEAN ? `, readDoc sbd+pos ${rounds.lean[r].toFixed(2)} s` : '';
  console.log(`round ${r + 1}/${ROUNDS}: readDoc ${rounds.full[r].toFixed(2)} s, pipeline ${rounds.pipeline[r].toFixed(2)} s${lean}`);
}

const row = (name: string, seconds: number, ratio: string) =>
  `${name.padEnd(34)} ${seconds.toFixed(2).padStart(7)} ${(articles.length / seconds).toFixed(0).padStart(10)} ${(bytes / MB / seconds).toFixed(2).padStart(7)}   ${ratio}`;
const full = median(rounds.full);
const lean = LEAN ? median(rounds.lean) : NaN;
const pipe = median(rounds.pipeline);
console.log(`\nmedian of ${ROUNDS} interleaved rounds`);
console.log(`${'run'.padEnd(34)} ${'seconds'.padStart(7)} ${'articles/s'.padStart(10)} ${'MB/s'.padStart(7)}   ratio`);
console.log(row('wink readDoc (default pipeline)', full, '1.00 (baseline)'));
if (LEAN) console.log(row('wink readDoc (sbd+pos only)', lean, (full / lean).toFixed(2)));
console.log(row('dyad analyze (full pipeline)', pipe, `${(full / pipe).toFixed(2)}${LEAN ? `, ${(lean / pipe).toFixed(2)} of sbd+pos` : ''}`));

console.log('\nper stage (median seconds per round over the corpus)');
const stageTotal = STAGES.reduce((n, s) => n + median(stageRounds.get(s.name)!), 0);
for (const s of STAGES) {
  const sec = median(stageRounds.get(s.name)!);
  console.log(`  ${s.name.padEnd(10)} ${sec.toFixed(2).padStart(6)} s  ${((100 * sec) / (stageTotal || 1)).toFixed(0).padStart(3)}%  ${(bytes / MB / sec).toFixed(2).padStart(7)} MB/s`);
}
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`\npeak RSS ${rss.toFixed(0)} MB; heap used now ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB`);
console.log(`records: ${articles.length - failed - crashed} analyzed, ${failed} refused (dyad.error/1), ${crashed} threw${firstCrash ? ` (first: ${firstCrash})` : ''} in the last round`);
console.log(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
// Each round's readDoc and pipeline ran back to back, so the ratio within a round is the steadier figure on a busy
// machine; both are shown.
const paired = median(rounds.full.map((f, r) => f / rounds.pipeline[r]));
console.log(`\nratio (full pipeline / readDoc throughput): ${(full / pipe).toFixed(2)} from the medians, ${paired.toFixed(2)} median of the rounds' own ratios — the budget is >= 0.33`);

// Each stage's issue set a floor for the pipeline as it stood once that stage was added (entities 0.5, quotes 0.4,
// events 1/3), so the ratio is also shown for the pipeline cut after each stage: readDoc's time over the time of
// the stages up to and including it, paired within each round.
const BUDGETS: Record<string, number> = { entities: 0.5, quotes: 0.4, events: 1 / 3 };
console.log('ratio of the pipeline up to each stage (readDoc time / time of the stages so far, median of the rounds):');
for (let k = 0; k < STAGES.length; k++) {
  const upTo = STAGES.slice(0, k + 1);
  const ratios = rounds.full.map((f, r) => f / upTo.reduce((n, s) => n + stageRounds.get(s.name)![r], 0));
  const budget = BUDGETS[STAGES[k].name];
  const note = budget === undefined ? '' : `  budget >= ${budget.toFixed(2)} ${median(ratios) >= budget ? 'met' : 'SHORT'}`;
  console.log(`  up to ${STAGES[k].name.padEnd(9)} ${median(ratios).toFixed(2)}${note}`);
}
process.exitCode = crashed ? 1 : 0;
