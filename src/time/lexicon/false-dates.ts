// time: candidates that are not dates. Each entry names the finder rules it applies to and drops a candidate whose
// text matches `dropIf`, unless the words just before it match `unlessAfter`; where `onlyAfter` / `onlyBefore` are
// given, the words before / after the candidate must match them too. Read by refine-drop-false-dates; each
// `example` holds a false date that its entry must drop.

export interface FalseDateEntry {
  id: string;
  appliesTo: readonly string[];
  dropIf: RegExp;
  unlessAfter?: RegExp;
  onlyAfter?: RegExp;
  onlyBefore?: RegExp;
  example: string;
}

const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';

export const FALSE_DATES = [
  // "You may go", "They march on": month names are capitalised; a lower-case one is a verb or a noun.
  { id: 'drop-lowercase-month', appliesTo: ['chrono-month', 'chrono-date'], dropIf: new RegExp(`\\b(?:${MONTH_WORDS})\\b`), example: 'Protesters march on the capital.' },
  // "Sun Yat-sen", "he sat down", "Mon Repos": a weekday alone must be spelled out and capitalised.
  { id: 'drop-short-weekday', appliesTo: ['chrono-weekday'], dropIf: /^(?![\s\S]*\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b)/, example: 'The party was founded by Sun Yat-sen.' },
  // "April Ryan asked", "Will May resign?": a month that is also a name needs a cue before it when it stands alone.
  {
    id: 'drop-name-month',
    appliesTo: ['chrono-month'],
    dropIf: /^(?:May|March|April|June|August)$/,
    unlessAfter: /\b(?:in|on|since|by|until|till|from|to|through|during|before|after|early|late|mid|last|next|this|of|and|or|between|each|every|until|the end of|the start of)[\s-]*$/i,
    example: 'April Ryan asked the first question.',
  },
  // "now" is the moment of writing, not a date worth reporting.
  { id: 'drop-now', appliesTo: ['chrono-relative', 'chrono-time'], dropIf: /^(?:right |just |until |by )?now$/i, example: 'Now is the time to act.' },
  // "the week before the vote": anchored to another event, not to the publication time.
  // "a year earlier", "two years after the war": counted from another event, not from the publication time.
  {
    id: 'drop-anaphoric',
    appliesTo: ['chrono-relative', 'chrono-date', 'chrono-year', 'chrono-month'],
    dropIf: /^the (?:day|week|month|year)s? (?:before|after|earlier|later)\b|\b(?:earlier|later|after|before)$/i,
    example: 'The week before the vote was calm.',
  },
  // "morning", "at night" alone: a time of day with no day named ("this morning" and "on Monday night" stay).
  { id: 'drop-bare-daypart', appliesTo: ['chrono-relative', 'chrono-time'], dropIf: /^(?:(?:in|at|during|by) )?(?:the )?(?:morning|afternoon|evening|night|noon|midday|midnight)$/i, example: 'The shop stays open at night.' },
  // "for 30 years", "the past year", "the last three months", "after 90 minutes": a duration, not a point in time.
  {
    id: 'drop-duration',
    appliesTo: ['chrono-relative', 'chrono-year', 'chrono-time', 'chrono-date'],
    dropIf: /^(?:for|over|after|within|the|past|last|next|previous|recent|first|final|coming)\b(?:(?!\bago\b)[\s\S])*\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)$/i,
    example: 'He has lived there for 30 years.',
  },
  // "at 9", "from 10", "for a second": a clock time needs a colon, a.m./p.m., o'clock, noon, midnight or a zone.
  {
    id: 'drop-bare-hour',
    appliesTo: ['chrono-time'],
    dropIf: /^(?![\s\S]*(?:\d[:.]\d\d|\d\s*(?:[ap]\.m\.|[ap]m\b)|o'clock|\bnoon\b|\bmidnight\b|\b(?:GMT|UTC|BST|[ECMP][SD]T)\b))/i,
    example: 'The index rose to 9 from 10 in one hour.',
  },
  // "9/11", "3/4": day/month without a year reads as a fraction or a name far more often than as a date.
  { id: 'drop-slash-fraction', appliesTo: ['chrono-date'], dropIf: /^(?:on )?\d{1,2}\/\d{1,2}$/, example: 'Only 3/4 of the seats were filled.' },
  // "in the quarter", "in the year": no period is named.
  { id: 'drop-unanchored', appliesTo: ['chrono-relative', 'chrono-year', 'chrono-month'], dropIf: /^(?:in |during |for )?the (?:year|quarter|month|week|day)$/i, example: 'Sales grew 5% in the quarter.' },
  // "BBC Radio 4's Today programme", "USA Today": a capitalised Today inside a sentence is a title.
  { id: 'drop-today-title', appliesTo: ['chrono-relative'], dropIf: /^Today$/, unlessAfter: /(?:^|[.!?:;]["”’]?\s+|["“‘(]\s*)$/, example: "She told BBC Radio 4's Today programme she was pleased." },
  // "the Sunday Times alleged": a weekday with no preposition glued to a capitalised word is a title.
  { id: 'drop-weekday-title', appliesTo: ['chrono-weekday'], dropIf: /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/, onlyBefore: /^ \p{Lu}/u, example: 'The Sunday Times alleged a cover-up.' },
  // "the last week has shown": the seven days before, not the calendar week before.
  { id: 'drop-the-last-period', appliesTo: ['period-last'], dropIf: /^(?:last|previous) (?:week|month|year)$/i, onlyAfter: /\bthe\s+$/i, example: 'The last week has shown the strain.' },
] as const satisfies readonly FalseDateEntry[];
