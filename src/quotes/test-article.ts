// Test support only (never imported by the stage): builds a deep-frozen Article from a sentence, with tokens,
// part-of-speech tags, lemmas and sentences from wink-nlp (the tagger the text stage wraps), and hand-made entities.
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Entity, EntityType, Mention, MentionKind, Paragraph, Sentence, Token } from '../article.js';
import { makeArticle } from '../../test/helpers/make-article.js';

let nlp: ReturnType<typeof winkNLP> | null = null;
const tagger = () => (nlp ??= winkNLP(model));

/** A hand-made entity: its name and the surface forms whose every occurrence (or the listed ones) are its mentions. */
export interface EntitySketch {
  type: EntityType;
  name: string;
  /** Surface forms; `form#2` takes only the 2nd occurrence, `form!pronoun` sets the mention kind. */
  mentions?: string[];
  actor?: string | null;
}

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index);
  return found;
}

function mentionsOf(text: string, sketch: EntitySketch): Mention[] {
  const out: Mention[] = [];
  for (const spec of sketch.mentions ?? [sketch.name]) {
    const [formAndNth, kind] = spec.split('!') as [string, MentionKind | undefined];
    const [form, nth] = formAndNth.split('#') as [string, string | undefined];
    const starts = occurrences(text, form);
    const picked = nth ? [starts[Number(nth) - 1]] : starts;
    for (const start of picked) {
      if (start === undefined) throw new Error(`test-article: no occurrence ${spec} of ${form}`);
      out.push({ start, end: start + form.length, text: form, ...(kind ? { kind } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function readArticle(text: string, sketches: EntitySketch[] = []): Article {
  const { its } = tagger();
  const doc = tagger().readDoc(text);
  const tokens: Token[] = [];
  let at = 0;
  doc.tokens().each((t: ItemToken) => {
    const surface = t.out();
    if (!surface.trim()) return; // wink keeps line breaks as tokens; the text stage does not
    const start = text.indexOf(surface, at);
    if (start < 0) throw new Error(`test-article: token ${surface} not found after ${at}`);
    at = start + surface.length;
    const lemma = (t.out as (f: unknown) => string)(its.lemma);
    tokens.push({ start, end: at, pos: t.out(its.pos), norm: surface.toLowerCase(), lemma: String(lemma).toLowerCase() });
  });
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const sentences: Sentence[] = [];
  let next = 0;
  doc.sentences().each((s: ItemSentence) => {
    let n = 0;
    s.tokens().each((t: ItemToken) => { if (t.out().trim()) n++; });
    if (!n) return;
    // Like the text stage, a paragraph break ends a sentence.
    let from = next;
    for (let k = next; k < next + n; k++) {
      const breaks = k + 1 === next + n || /\n/.test(text.slice(tokens[k].end, tokens[k + 1].start));
      if (!breaks) continue;
      const first = tokens[from];
      const paragraph = Math.max(0, paragraphs.findIndex((p) => p.start <= first.start && first.start < p.end));
      sentences.push({ start: first.start, end: tokens[k].end, tokenStart: from, tokenEnd: k + 1, paragraph });
      from = k + 1;
    }
    next += n;
  });
  const entities: Entity[] = sketches.map((s, i) => ({
    id: `e${i + 1}`, name: s.name, type: s.type, country: null, actor: s.actor ?? null, roles: [], affiliation: null, geo: null,
    mentions: mentionsOf(text, s),
  }));
  return makeArticle({ text, tokens, sentences, paragraphs, entities });
}

/** What a test expects of one quote; fields left out are not checked. Speaker and via are entity names. */
export interface ExpectedQuote {
  text: string;
  kind?: 'direct' | 'indirect' | 'mixed';
  speaker?: string | null;
  speakerText?: string | null;
  cue?: string | null;
  via?: string | null;
  cueType?: 'speech' | 'cognition' | 'document';
  rule?: string;
}

export interface QuoteCase {
  text: string;
  entities?: EntitySketch[];
  quotes: ExpectedQuote[];
}

/** Runs the stage on one case and compares every quote, with its offsets, to the expected ones in text order. */
export function checkQuotes(c: QuoteCase, run: (doc: Article) => Article): void {
  const doc = readArticle(c.text, c.entities);
  const quotes = run(doc).quotes;
  const nameOf = (id: string | null) => (id === null ? null : doc.entities.find((e) => e.id === id)?.name ?? id);
  const seen = quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: nameOf(q.speaker), speakerText: q.speakerText, cue: q.cue, via: nameOf(q.via), cueType: q.cueType, rule: q.rule }));
  const where = `${c.text}\n→ ${JSON.stringify(seen, null, 1)}`;
  if (quotes.length !== c.quotes.length) throw new Error(`expected ${c.quotes.length} quotes, got ${quotes.length}: ${where}`);
  c.quotes.forEach((want, i) => {
    const q = quotes[i], got = seen[i];
    if (q.id !== `q${i + 1}`) throw new Error(`quote ${i} has id ${q.id}: ${where}`);
    if (!q.parts && doc.text.slice(q.start, q.end) !== q.text) throw new Error(`offsets ${q.start}-${q.end} do not hold "${q.text}": ${where}`);
    if (q.parts && q.parts.map((p) => doc.text.slice(p.start, p.end)).join(' ') !== q.text) throw new Error(`parts do not hold "${q.text}": ${where}`);
    if (q.speakerSpan && doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) !== q.speakerText) throw new Error(`speakerSpan does not hold "${q.speakerText}": ${where}`);
    if (q.cueSpan && doc.text.slice(q.cueSpan.start, q.cueSpan.end) !== q.cue) throw new Error(`cueSpan does not hold "${q.cue}": ${where}`);
    for (const [key, value] of Object.entries(want) as [keyof ExpectedQuote, unknown][]) {
      if (got[key] !== value) throw new Error(`quote ${i + 1} ${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got[key])}: ${where}`);
    }
  });
}
