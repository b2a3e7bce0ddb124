// time: what each of chrono's casual English parsers cannot match without. Read by find-chrono-dates, which runs a
// parser over a chunk only when every pattern of its entry occurs in the chunk; a parser with no entry always runs.
// Each pattern is a part of the parser's own regular expression that every match must contain (a month name, a
// digit, "ago"), written so that it still holds when chrono re-runs the parser on the rest of the chunk after a
// match. A parser that cannot match finds nothing, so skipping it changes no result; it is only faster (each parser
// scans the whole chunk). Parsers whose every match needs only common words ("in", "for", "this", "-") have no
// entry: testing for them would cost as much as running them. Each `example` holds a date its parser finds.

export interface ChronoGateEntry {
  /** The parser's class name in chrono-node. */
  parser: string;
  /** Patterns that must all occur in the chunk (case-insensitive where chrono's pattern is). */
  needs: readonly RegExp[];
  example: string;
}

const DIGIT = /\d/;
// Every month name chrono reads ("September", "Sept.", "sep") holds one of the twelve three-letter stems.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
// chrono's ordinal numbers: digits or words ("twenty-first", "thirtieth", "fifteenth").
const ORDINAL = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
// Every weekday chrono reads ("Thurs.", "tue", "Saturday", "weekend", "weekday") holds one of these.
const WEEKDAY = /sun|mon|tue|wed|thu|fri|sat|week/i;

export const CHRONO_GATES = [
  { parser: 'ENYearMonthDayParser', needs: [/\d{4}[-.\/\s]/], example: 'The filing is dated 2024/04/08.' },
  { parser: 'ISOFormatParser', needs: [/\d{4}-\d/], example: 'The log starts at 2024-04-08T10:00.' },
  { parser: 'SlashDateFormatParser', needs: [/\d[\/.-]\d/], example: 'The form was signed on 4/8/2024.' },
  { parser: 'ENMonthNameLittleEndianParser', needs: [MONTH, ORDINAL], example: 'The funeral took place on 26 December.' },
  { parser: 'ENMonthNameMiddleEndianParser', needs: [MONTH, ORDINAL], example: 'The treaty was signed on April 8, 2024.' },
  { parser: 'ENWeekdayParser', needs: [WEEKDAY], example: 'Lavrov arrived in China on Monday.' },
  { parser: 'ENSlashMonthFormatParser', needs: [/\d\/\d{4}/], example: 'The card expires 4/2027.' },
  { parser: 'ENTimeExpressionParser', needs: [DIGIT], example: 'Markets closed at 16:30 GMT.' },
  // The word that ends the expression, followed by a non-word character or the end ("two years ago.").
  { parser: 'ENTimeUnitAgoFormatParser', needs: [/(?:ago|before|earlier)(?=\W|$)/i], example: 'The firm collapsed two years ago.' },
  { parser: 'ENTimeUnitLaterFormatParser', needs: [/(?:later|after|from now|henceforth|forward|out)(?=\W|$)/i], example: 'The firm collapsed two years later.' },
  // A year, or a number with an era ("300 BC"), before a month name.
  { parser: 'ENYearMonthNameParser', needs: [DIGIT, MONTH], example: 'The archive holds the 2019 March issue.' },
  // "last night" ends in "night".
  { parser: 'ENCasualDateParser', needs: [/(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night)(?=\W|$)/i], example: 'The army withdrew yesterday.' },
  // "afternoon" ends in "noon", "midnight" in "night".
  { parser: 'ENCasualTimeParser', needs: [/(?:morning|noon|evening|night|midday)(?=\W|$)/i], example: 'The talks resume this morning.' },
  { parser: 'ENEndOfCurrentMonthParser', needs: [/month(?=\W|$)/i], example: 'The fund closes at the end of the month.' },
  { parser: 'ENMonthNameParser', needs: [MONTH], example: 'Putin will travel to China in May.' },
  // "after this week" holds "this".
  { parser: 'ENRelativeDateFormatParser', needs: [/this|last|past|next/i], example: 'Exports fell last quarter.' },
] as const satisfies readonly ChronoGateEntry[];
