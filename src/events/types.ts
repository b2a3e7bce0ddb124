// events: what finders propose and refiners settle. A candidate carries its actors and the grammar it was read
// from (verb group, clause) until the refiners have set its modality, date and place.
import type { Article, EventLocation, Evidence, Modality } from '../article.js';
import type { Context } from '../context.js';
import type { ActorRef, ActorScope } from './actors.js';
import type { SentenceView, VerbGroup } from './read-sentence.js';
import type { VerbEntry } from './lexicon/types.js';
import type { Frame } from './frames.js';

/** A token range, end exclusive. */
export interface TokenRange {
  start: number;
  end: number;
}

export interface EventCandidate {
  sentence: number;
  code: string;
  /** The lexicon entry or finder that coded it. */
  rule: string;
  source: ActorRef;
  target: ActorRef | null;
  /** Tokens that carry the event (the predicate, its particles and object noun). */
  predicate: TokenRange;
  /** The trigger token (verb or event noun). */
  trigger: number;
  /** The clause the event is told in: date and place are looked for here first. */
  clause: TokenRange;
  /** The verb group of a verbal event, or the one that governs a nominal event ("will pay a visit"). */
  verb: VerbGroup | null;
  /** Lemmas of the verbs before the trigger in its group ("plan" in "plans to visit"). */
  governors: string[];
  /** Lower-case words before an event noun inside its phrase ("potential" in "the potential visit"). */
  nounModifiers: string[];
  entry: VerbEntry | null;
  /** The quote this event is a speech act of (its cue is the predicate). */
  quote: string | null;
  /** A target found in the condition ("China will retaliate if the US ..."): the event is conditional. */
  conditional?: boolean;
  modality?: Modality;
  /** Why the modality is what it is (a rule id), for `dyad explain`. */
  modalityRule?: string;
  date?: string | null;
  dateEnd?: string | null;
  /** How the date was found (a rule id). */
  dateRule?: string;
  location?: EventLocation | null;
  evidenceAll?: Evidence[];
}

/** Everything a finder or refiner reads: the document, the run's context, the sentence views and actor scope. */
export interface EventScope {
  doc: Article;
  ctx: Context;
  /** Sentence views, read only for the sentences in `active` (the others hold no word an event can hang on). */
  views: SentenceView[];
  /** Indices of the sentences worth reading: some predicate word, and no discard phrase. */
  active: number[];
  actors: ActorScope;
  /** Lexicon entries by lemma, in the order written (verbs and nouns apart). */
  verbsByLemma: Map<string, VerbEntry[]>;
  nounsByLemma: Map<string, VerbEntry[]>;
  /** Sentences a dictionary discard phrase stops (PETRARCH discards): nothing is coded in them. */
  discarded: Set<number>;
  /** Attribution frames per sentence, filled on first use (see frames.ts). */
  frames: (Frame[] | undefined)[];
}

export type EventFinder = (scope: EventScope) => EventCandidate[];
export type EventRefiner = (candidates: EventCandidate[], scope: EventScope) => EventCandidate[];
