// Entry types of the quotes stage's built-in lexicons: cue verbs and phrases, and the nouns that name sources.
// Each entry is `{ id, ...pattern, example }`; the lexicon self-test runs every example through the stage.

export type CueType = 'speech' | 'cognition' | 'document';

/**
 * What a cue takes as its content: a clause ("said (that) …", "said: "…""), a to-infinitive ("vowed to …"), a
 * noun phrase that states what was asked for ("called for a ban on …"), or an object with what the speaker called
 * it ("called the plan a disgrace", "called the charges unfounded", "labelled him "a liar""), which an entry takes
 * alone: such a verb takes no clause and no bare quotation ("a file called "x"" names it).
 */
export type Complement = 'clause' | 'to' | 'object' | 'object-complement';

export interface CueEntry {
  /** Kebab-case name of the cue, cited by every quote it produces (`cueRule`). */
  id: string;
  /** Lemma of a one-word cue. */
  lemma?: string;
  /** Words of a multi-word cue; each is matched against the word as written or its lemma ("pointed out"). */
  phrase?: readonly string[];
  /** Part of speech of a one-word cue: a verb unless stated ("is confident that"). */
  pos?: 'VERB' | 'ADJ';
  /** The tagger often reads this verb as a noun after a plural subject ("Polls show …"); accept it there. */
  alsoNoun?: boolean;
  cueType: CueType;
  takes: readonly Complement[];
  /** The cue names its source after it and its content elsewhere: "according to the police, …". */
  sourceAfter?: boolean;
  /** The cue may name its addressee before the content: "told reporters that …", "assured voters …". */
  addressee?: boolean;
  /** A sentence in which this entry fires (the self-test checks it). */
  example: string;
}

/** Nouns that tell what kind of source a speaker phrase names. */
export type SourceKind =
  | 'document' // "the report found", "according to a poll": the cue becomes cueType document
  | 'organization' // "the ministry said": resolves to the most recent organization named with that word
  | 'naming'; // "so-called", "dubbed": quotation marks after these mention a phrase, they do not quote anyone

export interface SourceWordEntry {
  id: string;
  /** Lower-case singular form (plurals are matched too); for naming words, the one or two words before the mark. */
  word: string;
  kind: SourceKind;
  example: string;
}
