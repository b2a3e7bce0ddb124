// time: calendar periods named relative to the publication time ("last week", "earlier this month", "next year").
// `shift` counts whole periods from the one holding the publication date. Read by find-relative-periods.

export interface PeriodModifierEntry {
  id: string;
  /** Lower-case words before the unit, as written. */
  words: string[];
  shift: -1 | 0 | 1;
  example: string;
}

export const PERIOD_MODIFIERS = [
  { id: 'period-last', words: ['last', 'previous'], shift: -1, example: 'Exports fell last month.' },
  { id: 'period-earlier-last', words: ['early last', 'late last', 'earlier last'], shift: -1, example: 'The plant closed late last year.' },
  { id: 'period-this', words: ['this', 'the current'], shift: 0, example: 'Talks resume this week.' },
  { id: 'period-within-this', words: ['earlier this', 'later this', 'early this', 'late this'], shift: 0, example: 'The law passed earlier this month.' },
  { id: 'period-next', words: ['next', 'the coming'], shift: 1, example: 'Elections are due next year.' },
  { id: 'period-within-next', words: ['early next', 'late next', 'later next'], shift: 1, example: 'A verdict is expected early next week.' },
] as const satisfies readonly PeriodModifierEntry[];

export const PERIOD_UNITS = ['week', 'weekend', 'month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
