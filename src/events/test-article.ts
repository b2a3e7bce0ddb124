// Test support only (never imported by the stage): builds a deep-frozen Article for the events stage from plain
// text: tokens, POS tags, lemmas and sentences from wink-nlp (the tagger the text stage wraps), entities from a
// small built-in gazetteer plus hand-made sketches, and dates and quotes placed by their text.
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, DateGrain, DateMention, Entity, EntityType, Geo, Mention, MentionKind, Quote, Sentence, Token } from '../article.js';
import { makeArticle } from '../../test/helpers/make-article.js';

let nlp: ReturnType<typeof winkNLP> | null = null;
const tagger = () => (nlp ??= winkNLP(model, ['sbd', 'pos']));

/** A hand-made entity: surface forms (`form#2` = its 2nd occurrence only, `form!pronoun` = a mention kind). */
export interface EntitySketch {
  id?: string;
  type: EntityType;
  name: string;
  mentions?: string[];
  actor?: string | null;
  country?: string | null;
  geo?: Geo | null;
}

export interface DateSketch {
  text: string;
  value: string | null;
  valueEnd?: string | null;
  grain?: DateGrain;
}

export interface QuoteSketch {
  /** The quoted or reported content, as it stands in the text. */
  text: string;
  kind?: Quote['kind'];
  /** A form of the speaker's entity (its name or a mention), or null. */
  speaker?: string | null;
  speakerText?: string | null;
  cue?: string | null;
}

export interface ArticleSketch {
  entities?: EntitySketch[];
  dates?: DateSketch[];
  quotes?: QuoteSketch[];
  published?: string | null;
  /** Leave the built-in gazetteer out (only the sketches are entities). */
  bare?: boolean;
}

/** Countries and cities the tests use, with their demonyms: enough to write short sentences of our own. */
const GAZETTEER: EntitySketch[] = [
  { type: 'GPE', name: 'China', mentions: ['China', 'Chinese'], actor: 'CHN', country: 'CHN' },
  { type: 'GPE', name: 'Russia', mentions: ['Russia', 'Russian'], actor: 'RUS', country: 'RUS' },
  { type: 'GPE', name: 'United States', mentions: ['United States', 'US', 'American'], actor: 'USA', country: 'USA' },
  { type: 'GPE', name: 'Pakistan', mentions: ['Pakistan', 'Pakistani'], actor: 'PAK', country: 'PAK' },
  { type: 'GPE', name: 'Ukraine', mentions: ['Ukraine', 'Ukrainian'], actor: 'UKR', country: 'UKR' },
  { type: 'GPE', name: 'France', mentions: ['France', 'French'], actor: 'FRA', country: 'FRA' },
  { type: 'GPE', name: 'Germany', mentions: ['Germany', 'German'], actor: 'DEU', country: 'DEU' },
  { type: 'GPE', name: 'Japan', mentions: ['Japan', 'Japanese'], actor: 'JPN', country: 'JPN' },
  { type: 'GPE', name: 'India', mentions: ['India', 'Indian'], actor: 'IND', country: 'IND' },
  { type: 'GPE', name: 'Iran', mentions: ['Iran', 'Iranian'], actor: 'IRN', country: 'IRN' },
  { type: 'GPE', name: 'Israel', mentions: ['Israel', 'Israeli'], actor: 'ISR', country: 'ISR' },
  { type: 'GPE', name: 'Egypt', mentions: ['Egypt', 'Egyptian'], actor: 'EGY', country: 'EGY' },
  { type: 'GPE', name: 'Turkey', mentions: ['Turkey', 'Turkish'], actor: 'TUR', country: 'TUR' },
  { type: 'GPE', name: 'Brazil', mentions: ['Brazil', 'Brazilian'], actor: 'BRA', country: 'BRA' },
  { type: 'GPE', name: 'Kenya', mentions: ['Kenya', 'Kenyan'], actor: 'KEN', country: 'KEN' },
  { type: 'GPE', name: 'Norway', mentions: ['Norway', 'Norwegian'], actor: 'NOR', country: 'NOR' },
  { type: 'GPE', name: 'Beijing', actor: null, country: 'CHN', geo: { lat: 39.9, lon: 116.4 } },
  { type: 'GPE', name: 'Moscow', actor: null, country: 'RUS', geo: { lat: 55.76, lon: 37.62 } },
  { type: 'GPE', name: 'Nairobi', actor: null, country: 'KEN', geo: { lat: -1.29, lon: 36.82 } },
  { type: 'GPE', name: 'Geneva', actor: null, country: 'CHE', geo: { lat: 46.2, lon: 6.15 } },
  { type: 'GPE', name: 'Cairo', actor: null, country: 'EGY', geo: { lat: 30.04, lon: 31.24 } },
  { type: 'GPE', name: 'Karachi', actor: null, country: 'PAK', geo: { lat: 24.86, lon: 67.01 } },
  { type: 'GPE', name: 'Lyon', actor: null, country: 'FRA', geo: { lat: 45.76, lon: 4.84 } },
];

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index);
  return found;
}

function mentionsOf(text: string, sketch: EntitySketch, strict: boolean): Mention[] {
  const out: Mention[] = [];
  for (const spec of sketch.mentions ?? [sketch.name]) {
    const [formAndNth, kind] = spec.split('!') as [string, MentionKind | undefined];
    const [form, nth] = formAndNth.split('#') as [string, string | undefined];
    const starts = occurrences(text, form);
    const picked = nth ? [starts[Number(nth) - 1]] : starts;
    for (const start of picked) {
      if (start === undefined) {
        if (strict) throw new Error(`test-article: no occurrence ${spec} of ${form}`);
        continue;
      }
      out.push({ start, end: start + form.length, text: form, ...(kind ? { kind } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const its = tagger().its;
  const doc = tagger().readDoc(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let at = 0;
  doc.sentences().each((s: ItemSentence) => {
    const values = s.tokens().out(its.value) as string[];
    const tags = s.tokens().out(its.pos) as string[];
    const lemmas = s.tokens().out(its.lemma as never) as unknown as string[];
    const first = tokens.length;
    values.forEach((value, k) => {
      if (value.trim() === '') return;
      const start = text.indexOf(value, at);
      if (start < 0) throw new Error(`test-article: cannot place token ${value}`);
      at = start + value.length;
      tokens.push({ start, end: at, pos: tags[k], norm: value.toLowerCase(), lemma: lemmas[k] });
    });
    if (tokens.length > first) sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end, tokenStart: first, tokenEnd: tokens.length, paragraph: 0 });
  });
  return { tokens, sentences };
}

/** Builds the events stage's input from text and sketches. */
export function eventArticle(text: string, sketch: ArticleSketch = {}): Article {
  const { tokens, sentences } = tokenize(text);
  const entities: Entity[] = [];
  const add = (s: EntitySketch, mentions: Mention[]) => {
    if (!mentions.length) return;
    entities.push({
      id: s.id ?? `e${entities.length + 1}`,
      name: s.name,
      type: s.type,
      country: s.country ?? null,
      actor: s.actor === undefined ? s.country ?? null : s.actor,
      roles: [],
      affiliation: null,
      geo: s.geo ?? null,
      mentions,
    });
  };
  for (const s of sketch.entities ?? []) add(s, mentionsOf(text, s, true));
  if (!sketch.bare) {
    // Sketches win over the gazetteer where they name the same words ("US Department of Treasury").
    const taken = (m: Mention) => entities.some((e) => e.mentions.some((o) => o.start < m.end && m.start < o.end));
    for (const g of GAZETTEER) add(g, mentionsOf(text, g, false).filter((m) => !taken(m)));
  }
  const dates: DateMention[] = (sketch.dates ?? []).map((d) => {
    const start = text.indexOf(d.text);
    if (start < 0) throw new Error(`test-article: no date ${d.text}`);
    return { start, end: start + d.text.length, text: d.text, value: d.value, valueEnd: d.valueEnd ?? null, grain: d.grain ?? 'day', rule: 'test' };
  });
  const quotes: Quote[] = (sketch.quotes ?? []).map((q, k) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`test-article: no quote ${q.text}`);
    let speaker: string | null = null;
    if (q.speaker) {
      const e = entities.find((x) => x.name === q.speaker || x.mentions.some((m) => m.text === q.speaker));
      if (!e) throw new Error(`test-article: no speaker ${q.speaker}`);
      speaker = e.id;
    }
    const cueAt = q.cue ? text.indexOf(q.cue) : -1;
    return {
      id: `q${k + 1}`,
      kind: q.kind ?? 'indirect',
      text: q.text,
      start,
      end: start + q.text.length,
      speaker,
      speakerText: q.speakerText ?? q.speaker ?? null,
      cue: q.cue ?? null,
      via: null,
      cueSpan: cueAt >= 0 ? { start: cueAt, end: cueAt + q.cue!.length } : null,
    };
  });
  return makeArticle({
    text,
    sentences,
    tokens,
    entities,
    dates,
    quotes,
    meta: { title: null, published: sketch.published === undefined ? '2024-04-08T10:00' : sketch.published, outlet: null, byline: null, url: null, language: 'en' },
  });
}
