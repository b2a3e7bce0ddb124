// The entry types that user lexicons (--actors FILE) and PETRARCH dictionaries (--dictionaries DIR) are read into.
// Adapters in this folder validate files into these shapes; stages only ever see these types.
import type { EntityType } from '../article.js';

/** A code valid over a date range (PETRARCH's `[CODE >19900101]`); open ends are null. */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
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
}

/** A generic agent noun: "president" → GOV, "rebels" → REB (PETRARCH agents). */
export interface AgentEntry {
  id: string;
  /** Surface forms, lower-case phrases ("police officer", "rebels"). */
  names: string[];
  code: string;
  source: 'builtin' | 'user' | 'petrarch';
  example?: string;
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
}

export interface Lexicons {
  actors: ActorEntry[];
  agents: AgentEntry[];
  /** Phrases whose presence discards a sentence or an actor (PETRARCH discard list). */
  discard: string[];
  verbs: VerbPatternEntry[];
}

export const EMPTY_LEXICONS: Lexicons = Object.freeze({ actors: [], agents: [], discard: [], verbs: [] }) as Lexicons;
