// time: words that put a verb in the future ("will visit", "is due to arrive"). Read by refine-weekday-tense, which
// sends a bare weekday forward ("will visit on Friday" → the coming Friday) when its verb carries one.

export interface FutureMarkerEntry {
  id: string;
  /** Lower-case token norms; `beforeTo` entries must be followed by "to" ("due to visit"). */
  words: string[];
  beforeTo: boolean;
  example: string;
}

export const FUTURE_MARKERS = [
  { id: 'future-will', words: ['will', "'ll", 'shall', 'wo'], beforeTo: false, example: 'The minister will visit Paris on Friday.' },
  {
    id: 'future-due-to',
    words: ['due', 'set', 'going', 'scheduled', 'expected', 'planned', 'plans', 'plan', 'poised', 'intends', 'hopes', 'aims', 'likely'],
    beforeTo: true,
    example: 'The envoy is due to arrive on Thursday.',
  },
] as const satisfies readonly FutureMarkerEntry[];
