// The one typed document every stage enriches. It holds a single `text` string; everything else is a span
// { start, end } into it (UTF-16 code units, end exclusive), so nothing keeps a copy that could drift.
// `toRecord` turns it into the `dyad.article/1` record of ../shared/OUTPUT.md.

export const SCHEMA = 'dyad.article/1' as const;
export const ERROR_SCHEMA = 'dyad.error/1' as const;

export interface Span {
  start: number;
  end: number;
}

/** Where a claim comes from: the rule id (a lexicon entry or finder) that produced it. */
export interface Evidence extends Span {
  rule?: string;
}

/** What the caller handed in, before ingest turns it into text and metadata. */
export interface RawInput {
  /** The bytes of a file or of stdin; decoded by ingest (BOM, UTF-16, windows-1252 fallback). */
  bytes?: Uint8Array;
  /** Already decoded text: plain text with news furniture (headline, Published: line, captions) unless `trusted`. */
  text?: string;
  html?: string;
  /** Structured input (JSONL `text`): analyzed exactly as given, no headline or caption stripping. */
  trusted?: boolean;
  /** A name for messages: a path, `-`, or `line 12`. */
  origin?: string;
  /** Hints from the caller or the JSONL line; they win over what ingest finds. */
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  byline?: string | null;
  inputId?: string | null;
}

export interface Meta {
  title: string | null;
  /** ISO 8601 as precise as the source allows (2024-04-08T22:38), or null. */
  published: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  /** ISO 639-1 where detected ("en"), or "und". */
  language: string;
  inputId?: string;
  origin?: string;
}

export interface Paragraph extends Span {}

export interface Token extends Span {
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, ...). */
  pos: string;
  /** Lower-cased normal form. */
  norm: string;
  /** Lemma where the tagger gives one, else the norm. */
  lemma: string;
  /** The surface's id in wink's vocabulary, where one id always names the same string for the life of the process:
   * a stage may key a per-word table by it instead of hashing the string again. Absent on tokens not read by wink. */
  word?: number;
}

export interface Sentence extends Span {
  /** Index of the first token of this sentence in `tokens`, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export type DateGrain = 'year' | 'month' | 'day' | 'minute';

export interface DateMention extends Span {
  text: string;
  /** ISO at the grain known: 2024, 2024-05, 2024-04-08, 2024-04-08T10:00; null when it cannot be resolved. */
  value: string | null;
  valueEnd: string | null;
  grain: DateGrain | null;
  rule: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP';

export type MentionKind = 'name' | 'partial' | 'title' | 'acronym' | 'nominal' | 'pronoun' | 'adjective' | 'alias';

export interface Mention extends Span {
  text: string;
  kind?: MentionKind;
  rule?: string;
}

export interface Geo {
  lat: number;
  lon: number;
}

export interface Entity {
  id: string;
  /** Canonical: the longest proper name used in the article. */
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3, or null. */
  country: string | null;
  /** CAMEO actor code (RUSGOV, CHNEDU, IGO...), or null. */
  actor: string | null;
  roles: string[];
  affiliation: string | null;
  geo: Geo | null;
  mentions: Mention[];
  /** Entity id of the affiliation where it is an entity of this article. */
  affiliationEntity?: string | null;
  nationality?: string | null;
  acronym?: string | null;
  rule?: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  text: string;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  via: string | null;
  /** speech | cognition | document: keeps speech apart from belief. */
  cueType?: 'speech' | 'cognition' | 'document';
  speakerSpan?: Span | null;
  cueSpan?: Span | null;
  /** The content's pieces when a cue or a paragraph break splits it ("We are ready," he said, "to talk."); `text` is then the pieces joined by a space, and start/end span them all. */
  parts?: Span[];
  rule?: string;
  /** Id of the cue lexicon entry (src/quotes/lexicon/cues.ts) that fired. */
  cueRule?: string;
}

export type Modality = 'asserted' | 'reported' | 'planned' | 'hypothetical' | 'negated';

export interface EventActor {
  entity: string | null;
  actor: string | null;
  text?: string;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  entity?: string;
}

export interface DyadEvent {
  id: string;
  source: EventActor;
  target: EventActor | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  modality: Modality;
  date: string | null;
  dateEnd: string | null;
  location: EventLocation | null;
  sentence: number;
  evidence: Evidence;
  /** Every place the same event is told in this article (the first is `evidence`). */
  evidenceAll?: Evidence[];
  quote?: string | null;
  rule?: string;
}

export interface Article {
  schema: typeof SCHEMA;
  /** sha256 of the normalized body text, hex. */
  id: string;
  input: RawInput;
  meta: Meta;
  text: string;
  captions: string[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  entities: Entity[];
  quotes: Quote[];
  events: DyadEvent[];
  /** Things the user should know about this record (partial analysis, non-English text, cut input). */
  warnings: string[];
}

export type ArticleField = Exclude<keyof Article, 'schema'>;

/** An empty document around a raw input: the state before the ingest stage. */
export function emptyArticle(input: RawInput): Article {
  return {
    schema: SCHEMA,
    id: '',
    input,
    meta: { title: null, published: null, outlet: null, byline: null, url: null, language: 'und' },
    text: '',
    captions: [],
    paragraphs: [],
    sentences: [],
    tokens: [],
    dates: [],
    entities: [],
    quotes: [],
    events: [],
    warnings: [],
  };
}

/** The `dyad.article/1` record: the document without its working fields (raw input, tokens). */
export interface ArticleRecord {
  schema: typeof SCHEMA;
  id: string;
  meta: Meta;
  text: string;
  captions: string[];
  paragraphs: Paragraph[];
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  events: DyadEvent[];
  dates: DateMention[];
  warnings?: string[];
}

export function toRecord(doc: Article): ArticleRecord {
  const record: ArticleRecord = {
    schema: SCHEMA,
    id: doc.id,
    meta: doc.meta,
    text: doc.text,
    captions: doc.captions,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    quotes: doc.quotes,
    events: doc.events,
    dates: doc.dates,
  };
  if (doc.warnings.length) record.warnings = doc.warnings;
  return record;
}
