// Entry shape of the events stage's predicate lexicon: one entry per verb or phrase (or event noun), its CAMEO
// code and the test sentence of our own in which it fires (checked by lexicon.test.ts).

export interface VerbEntry {
  /** kebab-case id, cited as the `rule` of the events it codes. */
  id: string;
  /** Lemma of the head word (lower case); several lemmas share one entry when they code alike. */
  lemma: string | string[];
  /** `noun` for a nominal event ("the talks", "a visit to China", "a terrorist attack"); default `verb`. */
  pos?: 'verb' | 'noun';
  /** A word that must follow the verb directly: "call on", "crack down", "break off". */
  particle?: string;
  /** Lemmas of the object noun the phrase needs within a few words: pay a *visit*, impose *sanctions*; a
   * two-word entry ("firm measures") must match two words in a row. */
  object?: string[];
  /** Prepositions that introduce the target ("travel to", "talks with"); otherwise the object, then any. */
  prep?: string[];
  /** Only when the direct object names an actor: "welcome the delegation" (host) but not "welcome the move". */
  actorObject?: boolean;
  /** Only with no direct object: "protesters demonstrated" but not "the firm demonstrated a phone". */
  intransitive?: boolean;
  code: string;
  /** The code when the event is only intended (future, conditional, promised): an intended attack is a threat. */
  intentCode?: string;
  /** Both sides act: "meet", "hold talks", "sign an agreement". */
  reciprocal?: boolean;
  /** A speech act: its target may be the subject of the clause it opens ("warned that Chinese companies ..."). */
  speech?: boolean;
  /** Meaningful without a target ("visit", "protest"): coded with a null target when none is named. */
  solo?: boolean;
  /** Nominal events: a word that must come right before the noun ("air strikes"). */
  modifier?: string[];
  /** Nominal events: "the visit of President Putin" names the actor with "of". */
  ofSource?: boolean;
  /** Nominal events: with no target named, the country of the place is the target ("an attack in Moscow"). */
  placeTarget?: boolean;
  /** A sentence of our own in which the entry fires (the lexicon self-test). */
  example: string;
}
