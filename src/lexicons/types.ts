// The entry types that user lexicons (--actors FILE) and PETRARCH dictionaries (--dictionaries DIR) are read into.
// Adapters in this folder validate files into these shapes; stages only ever see these types.
import type { EntityType } from '../article.js';

/** A code valid over a date range (PETRARCH's `[CODE >19900101]`); open ends are null. */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
}

/**
 * A dictionary phrase as words, lower case. `open[i]` is true when other words may come between `words[i]` and
 * `words[i + 1]` (PETRARCH writes a space), false when they must be adjacent (PETRARCH's `_`).
 */
export interface NamePattern {
  words: string[];
  open: boolean[];
}

/** A named actor: "Vladimir Putin" → RUSGOV (PETRARCH actors, or a user's own). */
export interface ActorEntry {
  id: string;
  /** Surface forms, as written in text ("Vladimir Putin", "Putin"). */
  names: string[];
  /** Default code, used when no dated code covers the article's date. */
  code: string | null;
  dated: DatedCode[];
  type?: EntityType;
  country?: string | null;
  roles?: string[];
  affiliation?: string | null;
  source: 'user' | 'petrarch';
  example?: string;
  /** The names as word patterns, with PETRARCH's open (space) and closed (`_`) connectors. */
  patterns?: NamePattern[];
  /** A name that stands for several actors at once (PETRARCH `[FRO/BIL/SAM]`): every code, the first being `code`. */
  group?: string[];
  /** Where the entry was read from (`PETR.actors.txt:37`), for `dyad explain`. */
  line?: string;
}

/** A generic agent noun: "president" → GOV, "rebels" → REB (PETRARCH agents). */
export interface AgentEntry {
  id: string;
  /** Surface forms, lower-case phrases ("police officer", "rebels"). */
  names: string[];
  code: string;
  source: 'builtin' | 'user' | 'petrarch';
  example?: string;
  /** PETRARCH `[NGO~]`: the code goes before the actor's code ("MSF Arnor" → NGOARN); default after (`[~GOV]`). */
  prefix?: boolean;
  patterns?: NamePattern[];
  line?: string;
}

/** One element of a PETRARCH verb pattern: a word, a synset, or an actor slot. */
export type PatternElement =
  | { kind: 'word'; word: string }
  /** `&NAME`: any phrase of the synset of that name (Lexicons.synsets). */
  | { kind: 'synset'; name: string }
  /** `$`: the source actor's phrase. */
  | { kind: 'source' }
  /** `+`: the target actor's phrase. */
  | { kind: 'target' }
  /** `%`: a compound ("Gondor and Osgiliath") whose members act on each other. */
  | { kind: 'compound' }
  /** `^`: an actor phrase that is passed over. */
  | { kind: 'skip' };

/** A pattern element and its connector: `open` when other words may come between it and the element on the verb's side. */
export interface PatternStep {
  element: PatternElement;
  open: boolean;
}

/** A verb pattern from a PETRARCH verb dictionary: a phrase and its CAMEO code. */
export interface VerbPatternEntry {
  id: string;
  /** Lemma of the head verb ("accuse"). */
  verb: string;
  /** The phrase around it, PETRARCH's `- * OF` style kept as written, and the code. */
  pattern: string;
  code: string;
  source: 'petrarch' | 'user';
  /** `verb`: a verb of a block with its own code; `pattern`: a `- ... * ...` line of the block. */
  kind?: 'verb' | 'pattern';
  /** The verb block (`--- BREAK [1717] ---`) the entry belongs to: patterns apply to every verb of their block. */
  group?: string;
  /** Verb entries: the word forms that fire the verb, lower case ("break", "breaks", "broke", "broken"). */
  forms?: string[];
  /** Verb entries: words that must come right before or after the verb ("wire tap", "cordon off"). */
  particlesBefore?: string[];
  particlesAfter?: string[];
  /** Pattern entries: the elements before the verb, nearest first, and after it, in text order. */
  before?: PatternStep[];
  after?: PatternStep[];
  /** PETRARCH `[032:033]`: the code of the paired event from the target back to the source. */
  pairedCode?: string;
  line?: string;
}

/** A PETRARCH synset (`&CURRENCY`): phrases, each a list of adjacent words, plurals included. */
export interface SynsetEntry {
  name: string;
  phrases: string[][];
}

/** A discard phrase: a sentence (or, with PETRARCH's `+`, the whole story) that contains it is not coded. */
export interface DiscardEntry {
  id: string;
  words: string[];
  scope: 'sentence' | 'story';
  /** PETRARCH without a final `_`: the last word is a stem ("BALLCLUB" also matches "ballclubs"). */
  stem: boolean;
  line?: string;
}

export interface Lexicons {
  actors: ActorEntry[];
  agents: AgentEntry[];
  /** Phrases whose presence discards a sentence or an actor (PETRARCH discard list). */
  discard: string[];
  verbs: VerbPatternEntry[];
  /** Verb-pattern synsets (PETRARCH `&NAME` blocks). */
  synsets?: SynsetEntry[];
  /** The discard phrases with their scope; `discard` lists the same phrases as text. */
  discards?: DiscardEntry[];
}

export const EMPTY_LEXICONS: Lexicons = Object.freeze({ actors: [], agents: [], discard: [], verbs: [] }) as Lexicons;
