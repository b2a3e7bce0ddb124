// Closed word classes the events stage reads grammar from: modals, negators, clause openers, planning verbs,
// hedges, speech cues. They are grammar, not a lexicon of events, so they are plain sets (no rule ids); the
// rule a claim cites is the finder or refiner that used them.

/** Forms of "be" that make a passive with a past participle ("have been attacked"). */
export const BE_FORMS = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "'s", "'re", 'get', 'got', 'gets', 'gotten']);

/** Finite auxiliaries of the past ("was", "did", "had"). */
export const PAST_AUX = new Set(['was', 'were', 'did', 'had']);
/** Finite auxiliaries of the present ("is", "does", "has"). */
export const PRESENT_AUX = new Set(['is', 'are', 'am', 'does', 'do', 'has', 'have', "'s", "'re", "'ve"]);

/** Modals that make an event hypothetical ("could face", "would retaliate", "may visit"). */
export const HYPOTHETICAL_MODALS = new Set(['could', 'would', 'might', 'may', 'should', 'ought', "'d", 'can', 'must']);
/** Markers of the future ("will visit", "shall meet", "won't"). */
export const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'wo']);

export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/** Verbs whose infinitive complement is a plan ("plans to visit", "is expected to sign", "intends to meet"). */
export const PLAN_VERBS = new Set([
  'plan', 'intend', 'expect', 'schedule', 'set', 'prepare', 'aim', 'hope', 'want', 'wish', 'seek', 'mean', 'pledge',
  'promise', 'vow', 'decide', 'agree', 'offer', 'propose', 'arrange', 'go',
]);

/** Verbs whose infinitive complement did not, or may not, happen ("refused to meet", "failed to sign"). */
export const NEGATING_VERBS = new Set(['refuse', 'decline', 'fail', 'reject', 'deny']);
export const HYPOTHETICAL_VERBS = new Set(['consider', 'may', 'threaten', 'could', 'might']);

/** Adjectives that make a nominal event planned ("the upcoming visit") or hypothetical ("a potential visit"). */
export const PLANNED_ADJECTIVES = new Set(['planned', 'upcoming', 'forthcoming', 'scheduled', 'proposed', 'expected', 'future', 'next', 'impending', 'coming']);
export const HYPOTHETICAL_ADJECTIVES = new Set(['potential', 'possible', 'likely', 'prospective', 'hypothetical', 'rumoured', 'rumored', 'mooted']);

/** Words that open a conditional clause ("China will retaliate if ..."). */
export const CONDITIONALS = new Set(['if', 'unless', 'whether', 'lest']);

/** Verbs that, governing the event, put it on someone else's word: "is reported to have held talks". */
export const REPORTING_VERBS = new Set(['report', 'say', 'believe', 'think', 'understand', 'allege', 'rumour', 'rumor', 'claim', 'suspect']);

/** Nouns that put the clause after them on someone else's word: "reports that Barclays had held talks". */
export const REPORT_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'allegation', 'allegations', 'suggestion', 'suggestions', 'word', 'news']);

/** Adverbs that put an event on someone else's word ("reportedly met"). */
export const HEDGES = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'rumoredly', 'ostensibly']);

/** Words that open a relative clause or an embedded clause: a subject is never searched across them. */
export const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'whereas', 'that']);

/** Verbs of saying: a clause after them is someone's word ("X said that ...", "X announced ..."). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'note', 'state', 'stress', 'announce', 'report', 'claim', 'insist', 'assert', 'declare',
  'write', 'explain', 'argue', 'believe', 'think', 'suggest', 'indicate', 'reveal', 'confirm', 'disclose', 'remark',
  'comment', 'emphasize', 'emphasise', 'underline', 'point', 'mention', 'predict', 'warn', 'acknowledge', 'admit',
  'cite', 'quote', 'hint', 'signal', 'maintain', 'contend', 'allege', 'recall', 'answer', 'reply', 'respond',
]);

/** Nouns that stand for a pair of actors named just before ("the two countries", "both sides"). */
export const PAIR_NOUNS = new Set(['country', 'countries', 'side', 'sides', 'nation', 'nations', 'state', 'states', 'government', 'governments', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'leader', 'leaders', 'minister', 'ministers', 'power', 'powers', 'party', 'parties']);

/** People nouns that take the country of their modifier but add no agent code ("Chinese engineers" → CHN). */
export const PEOPLE_NOUNS = new Set([
  'people', 'person', 'citizen', 'citizens', 'national', 'nationals', 'engineer', 'engineers', 'worker', 'workers',
  'resident', 'residents', 'tourist', 'tourists', 'man', 'men', 'woman', 'women', 'child', 'children', 'family',
  'families', 'national', 'expatriate', 'expatriates', 'traveller', 'travellers', 'traveler', 'travelers', 'crew',
  'sailor', 'sailors', 'fisherman', 'fishermen', 'pilgrim', 'pilgrims', 'victim', 'victims', 'hostage', 'hostages',
  'prisoner', 'prisoners', 'detainee', 'detainees', 'villager', 'villagers', 'villages', 'village', 'town', 'towns',
  'city', 'cities', 'community', 'communities', 'population', 'populace', 'public', 'side', 'sides', 'nation',
  'country', 'state', 'delegation', 'delegations', 'mission', 'embassy', 'consulate', 'counterpart',
  'counterparts', 'authorities', 'authority', 'leadership', 'company', 'companies', 'firm', 'firms',
  'representative', 'representatives', 'delegate', 'delegates',
]);

/** Group words that make an agent phrase cover several countries ("the militaries of the two countries"). */
export const DETERMINERS_ALL = new Set(['both', 'all', 'each']);

/** Months, weekdays and time words: a noun phrase of these is a date, never an actor. */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'night', 'morning', 'evening',
  'afternoon', 'weekend', 'time', 'hour', 'hours', 'decade', 'decades', 'moment',
]);
