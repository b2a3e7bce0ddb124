// time: the words that make a bare four-digit number a year ("in 2023", "since 1991", "late 2019").
// Read by find-bare-years; without one of these a number stays a number ("2023 people").

export interface YearCueEntry {
  id: string;
  /** Lower-case words right before the year. */
  words: string[];
  example: string;
}

export const YEAR_CUES = [
  { id: 'year-in', words: ['in', 'during', 'throughout'], example: 'The company was founded in 1998.' },
  { id: 'year-since', words: ['since'], example: 'The border has been closed since 1991.' },
  { id: 'year-by', words: ['by', 'until', 'till', 'before'], example: 'Emissions must halve by 2030.' },
  { id: 'year-after', words: ['after'], example: 'Trade recovered after 2009.' },
  { id: 'year-part', words: ['early', 'late', 'mid', 'mid-', 'the end of', 'the start of', 'the beginning of', 'the spring of', 'the summer of', 'the autumn of', 'the winter of'], example: 'The plant opens in late 2026.' },
] as const satisfies readonly YearCueEntry[];

/** "from 2019 to 2021", "between 2019 and 2021": a range of years. */
export const YEAR_RANGE = { id: 'year-range', example: 'Output grew from 2019 to 2021.' } as const;
