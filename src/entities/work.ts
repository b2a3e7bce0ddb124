// The working state of one run of the entities stage: the pieces, what the lexicons matched, the candidate
// mentions the finders propose and the clusters the refiners build. Created per article, never shared.
import type { ActorEntry } from '../lexicons/types.js';
import type { Article, EntityType, MentionKind } from '../article.js';
import type { Known, Gazetteer } from './lexicon/gazetteer.js';
import type { OrgHeadEntry, TitleEntry } from './lexicon/types.js';
import type { PieceView } from './pieces.js';

export type NameLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name span from the trained tagger: token indices within one sentence, end exclusive. */
export interface TaggedSpan {
  start: number;
  end: number;
  label: NameLabel;
  score: number;
}

/** The trained name tagger's interface (src/entities/ner): one list of spans per sentence. */
/** `ids`: the words' vocabulary ids (Token.word), -1 where a word is not one whole token. */
export type NameTagger = (sentences: { words: string[]; pos: string[]; ids?: ArrayLike<number> }[]) => TaggedSpan[][];

/** A lexicon match over pieces [p0, p1). */
export interface Hit {
  p0: number;
  p1: number;
  known: Known;
}

export interface Role {
  text: string;
  start: number;
  end: number;
  title: TitleEntry | null;
}

/** A proposed mention. Finders create them; refiners type, link and drop them. */
export interface Cand {
  p0: number;
  p1: number;
  start: number;
  end: number;
  sentence: number;
  type: EntityType | null;
  kind: MentionKind;
  rule: string;
  known?: Known;
  actor?: ActorEntry;
  role?: Role;
  /** ISO alpha-3 of a nationality word before the title ("Russian Foreign Minister"). */
  nationality?: string | null;
  /** The nationality word as the lexicon spells it ("Russian"). */
  nationalityWord?: string;
  /** For a description ("the Kremlin chief"): the agent its qualifier implies (GOV). */
  agent?: string | null;
  /** Country the words around an organization give ("China ... University", "Shanghai-based"). */
  countryHint?: string | null;
  /** The organization named inside a person's role ("Foreign Ministry" spokesperson). */
  org?: Cand;
  /** Where a person works ("a professor at the China Foreign Affairs University"). */
  affiliation?: Cand;
  /** The organization an organization belongs to ("Institute of ... at the Chinese Academy ..."). */
  parent?: Cand;
  head?: OrgHeadEntry;
  gender?: 'female' | 'male';
  /** For an acronym, its long form; for a long form, its acronym. */
  acronymOf?: Cand;
  acronym?: Cand;
  /** The sentence says this is a place: "in X", "X-based", "X, China", a dateline. */
  placeContext?: boolean;
  /** The trained tagger's label over exactly this span. */
  tagged?: NameLabel;
  /** For nominals and pronouns: the mention they refer back to. */
  antecedent?: Cand;
  cluster?: Cluster;
  dropped?: boolean;
  /** Its name words (lower-case keys), once computed. */
  words?: string[];
  /** Split off the front of a run of capitals ("Beijing" of "Beijing Lavrov"): the tagger may read the run whole. */
  splitLead?: boolean;
}

export interface Cluster {
  id: number;
  cands: Cand[];
  type: EntityType;
  known?: Known;
  actor?: ActorEntry;
  gender?: 'female' | 'male';
}

export interface Work {
  doc: Article;
  view: PieceView;
  gaz: Gazetteer;
  tagger: NameTagger | null;
  /** Lexicon matches by their first piece. */
  hitAt: (Hit | undefined)[];
  cands: Cand[];
  clusters: Cluster[];
  /** w.cands in position order, kept by the coreference passes (see refine-coref.ts `live`). */
  byPosition?: Cand[];
}

export function spanOf(w: Work, p0: number, p1: number): { start: number; end: number } {
  return { start: w.view.pieces[p0].start, end: w.view.pieces[p1 - 1].end };
}

export function textOf(w: Work, p0: number, p1: number): string {
  const { start, end } = spanOf(w, p0, p1);
  return w.view.text.slice(start, end);
}

export function makeCand(w: Work, p0: number, p1: number, fields: Omit<Partial<Cand>, 'p0' | 'p1'> & { rule: string }): Cand {
  const { start, end } = spanOf(w, p0, p1);
  return { p0, p1, start, end, sentence: w.view.pieces[p0].sent, type: null, kind: 'name', ...fields };
}
