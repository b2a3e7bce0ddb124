// Measures the name tagger: entity-level exact-match P/R/F1 on CoNLL-2003 eng.testa (tokens as given, POS from
// wink, the way ../shared/tools/score-conll.mjs counts), and tagging speed in tokens/s on the BBC news articles.
// Usage: npx tsx scripts/eval-ner.ts [--data PATH] [--model PATH] [--pos wink|conll] [--bench] [--no-consistency]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { parseConll, tagSpans } from '../src/entities/ner/conll.js';
import { createTagger } from '../src/entities/ner/decode.js';
import { decodeModel } from '../src/entities/ner/model.js';
import { refineConsistentLabels } from '../src/entities/ner/refine-consistent-labels.js';
import { CONLL_DIR, MODEL_PATH, conllPos, type PosSource } from './train-ner.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(CONLL_DIR, 'eng.testa') },
    model: { type: 'string', default: MODEL_PATH },
    pos: { type: 'string', default: 'wink' },
    bench: { type: 'boolean', default: false },
    'no-consistency': { type: 'boolean', default: false },
  },
});

let t0 = performance.now();
const model = decodeModel(readFileSync(values.model!));
console.log(`model: ${values.model} loaded in ${(performance.now() - t0).toFixed(0)} ms, ${model.attributes.size} attributes`);
const tagger = createTagger(model);
const consistency = !values['no-consistency'];

const docs = parseConll(readFileSync(values.data!, 'utf8'));
const pos = conllPos(docs, values.pos as PosSource);
const types = ['PER', 'ORG', 'LOC', 'MISC'];
const tally = Object.fromEntries(types.map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
let tokens = 0;
t0 = performance.now();
docs.forEach((d, di) => {
  const sentences = d.sentences.map((s, si) => ({ words: s.words, pos: pos[di][si] }));
  const tagged = tagger.tagDocument(sentences);
  const predicted = consistency ? refineConsistentLabels(sentences, tagged) : tagged;
  d.sentences.forEach((s, si) => {
    tokens += s.words.length;
    const gold = tagSpans(s.tags);
    const goldKeys = new Set(gold.map((g) => `${g.type}:${g.start}:${g.end}`));
    for (const g of gold) tally[g.type].gold++;
    for (const p of predicted[si]) {
      tally[p.label].pred++;
      if (goldKeys.has(`${p.label}:${p.start}:${p.end}`)) tally[p.label].tp++;
    }
  });
});
const seconds = (performance.now() - t0) / 1000;

const pct = (x: number) => (100 * x).toFixed(1);
const prf = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
console.log(`${values.data!.split('/').pop()}: ${docs.length} documents, ${tokens} tokens, POS from ${values.pos}, ` +
  `document consistency ${consistency ? 'on' : 'off'}, tagged in ${seconds.toFixed(2)} s`);
console.log('type   precision  recall    F1   (gold)');
const sum = { tp: 0, pred: 0, gold: 0 };
for (const t of types) {
  const { tp, pred, gold } = tally[t];
  const { p, r, f } = prf(tp, pred, gold);
  console.log(`${t.padEnd(5)}  ${pct(p).padStart(8)}  ${pct(r).padStart(6)}  ${pct(f).padStart(5)}   (${gold})`);
  if (t !== 'MISC') {
    sum.tp += tp;
    sum.pred += pred;
    sum.gold += gold;
  }
}
const all = prf(sum.tp, sum.pred, sum.gold);
console.log(`PER+ORG+LOC F1 ${pct(all.f)} (precision ${pct(all.p)}, recall ${pct(all.r)})`);

if (values.bench) {
  // Tokenize the BBC articles with wink first, then time the tagger alone (CPU time of this process, best of three
  // rounds after a cold first one) against wink's readDoc on the same texts, interleaved, since the machine is shared.
  const nlp = winkNLP(winkModel);
  const its = nlp.its;
  const lines = readFileSync(resolve(CONLL_DIR, '..', 'bbc-news', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  const texts = lines.map((line) => JSON.parse(line).text as string);
  const articles = texts.map((text) => {
    const out: { words: string[]; pos: string[] }[] = [];
    nlp.readDoc(text).sentences().each((s: any) => {
      const words: string[] = [];
      const tags: string[] = [];
      s.tokens().each((t: any) => {
        words.push(t.out());
        tags.push(t.out(its.pos));
      });
      out.push({ words, pos: tags });
    });
    return out;
  });
  const count = articles.reduce((n, a) => n + a.reduce((m, s) => m + s.words.length, 0), 0);
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e6;
  };
  const fresh = createTagger(model);
  const tagAll = () => {
    let names = 0;
    for (const a of articles) {
      const tagged = fresh.tagDocument(a);
      for (const s of consistency ? refineConsistentLabels(a, tagged) : tagged) names += s.length;
    }
    return names;
  };
  let start = cpu();
  const names = tagAll();
  const cold = cpu() - start;
  let bestTag = Infinity;
  let bestWink = Infinity;
  for (let round = 0; round < 3; round++) {
    start = cpu();
    for (const text of texts) nlp.readDoc(text);
    bestWink = Math.min(bestWink, cpu() - start);
    start = cpu();
    tagAll();
    bestTag = Math.min(bestTag, cpu() - start);
  }
  const rate = (s: number) => `${(count / s / 1e6).toFixed(2)} M tokens/s`;
  console.log(`bbc-news: ${articles.length} articles, ${count} tokens, ${names} names`);
  console.log(`tagger: ${rate(cold)} cold (first pass, empty word cache), ${rate(bestTag)} warm; ` +
    `wink readDoc ${rate(bestWink)} here; tagger/readDoc ${(bestWink / bestTag).toFixed(2)}×`);
}
