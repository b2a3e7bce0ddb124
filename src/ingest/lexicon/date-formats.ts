// Date formats that "Published:" lines, metadata and --published use, as patterns with named groups.
// refine-published turns the groups into ISO 8601; each entry's example must parse to its `expected` value.

export interface DateFormatEntry {
  id: string;
  /**
   * Anchored at the start of the string, case-insensitive. Named groups: year, month (numeric) or monthName, day,
   * and optionally hour, minute, ampm, zone. Seconds may be matched but are dropped (the grain stops at minutes).
   */
  pattern: RegExp;
  example: string;
  expected: string;
  /** Numeric day and month whose order varies between writers: a "month" above 12 is read as the day. */
  ambiguousOrder?: boolean;
}

export interface ZoneEntry {
  id: string;
  /** Lower-case abbreviation as written after a time ("edt"). */
  name: string;
  /** ISO offset, or null where the abbreviation is ambiguous (IST, CST): the wall-clock time is kept without a zone. */
  offset: string | null;
  example: string;
}

/** Zone abbreviations written after a time. Offsets are the ones the abbreviation names, not guessed from a season. */
export const ZONES = [
  { id: 'zone-utc', name: 'utc', offset: 'Z', example: 'March 14, 2023 21:15 UTC' },
  { id: 'zone-gmt', name: 'gmt', offset: 'Z', example: 'March 14, 2023 21:15 GMT' },
  { id: 'zone-est', name: 'est', offset: '-05:00', example: 'March 14, 2023 4:15 PM EST' },
  { id: 'zone-edt', name: 'edt', offset: '-04:00', example: 'March 14, 2023 5:15 PM EDT' },
  { id: 'zone-cdt', name: 'cdt', offset: '-05:00', example: 'March 14, 2023 4:15 PM CDT' },
  { id: 'zone-mst', name: 'mst', offset: '-07:00', example: 'March 14, 2023 2:15 PM MST' },
  { id: 'zone-mdt', name: 'mdt', offset: '-06:00', example: 'March 14, 2023 3:15 PM MDT' },
  { id: 'zone-pst', name: 'pst', offset: '-08:00', example: 'March 14, 2023 1:15 PM PST' },
  { id: 'zone-pdt', name: 'pdt', offset: '-07:00', example: 'March 14, 2023 2:15 PM PDT' },
  { id: 'zone-bst', name: 'bst', offset: '+01:00', example: 'March 14, 2023 22:15 BST' },
  { id: 'zone-cet', name: 'cet', offset: '+01:00', example: 'March 14, 2023 22:15 CET' },
  { id: 'zone-cest', name: 'cest', offset: '+02:00', example: 'March 14, 2023 23:15 CEST' },
  { id: 'zone-eet', name: 'eet', offset: '+02:00', example: 'March 14, 2023 23:15 EET' },
  { id: 'zone-eest', name: 'eest', offset: '+03:00', example: 'March 15, 2023 00:15 EEST' },
  { id: 'zone-msk', name: 'msk', offset: '+03:00', example: 'March 15, 2023 00:15 MSK' },
  { id: 'zone-jst', name: 'jst', offset: '+09:00', example: 'March 15, 2023 06:15 JST' },
  { id: 'zone-kst', name: 'kst', offset: '+09:00', example: 'March 15, 2023 06:15 KST' },
  { id: 'zone-hkt', name: 'hkt', offset: '+08:00', example: 'March 15, 2023 05:15 HKT' },
  { id: 'zone-sgt', name: 'sgt', offset: '+08:00', example: 'March 15, 2023 05:15 SGT' },
  { id: 'zone-aest', name: 'aest', offset: '+10:00', example: 'March 15, 2023 07:15 AEST' },
  { id: 'zone-aedt', name: 'aedt', offset: '+11:00', example: 'March 15, 2023 08:15 AEDT' },
  { id: 'zone-et', name: 'et', offset: null, example: 'March 14, 2023 5:15 PM ET' },
  { id: 'zone-pt', name: 'pt', offset: null, example: 'March 14, 2023 2:15 PM PT' },
  // CST is China, Central (US) or Cuba; IST is India, Ireland or Israel.
  { id: 'zone-cst', name: 'cst', offset: null, example: 'March 15, 2023 05:15 CST' },
  { id: 'zone-ist', name: 'ist', offset: null, example: 'March 15, 2023 02:45 IST' },
] as const satisfies readonly ZoneEntry[];

const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const MONTH_NAME = String.raw`(?<monthName>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;
// "10:38 PM", "22:38:00", "4.12 p.m."; AM/PM may be glued to what follows ("10:38 PMIn this photo").
const TIME = String.raw`(?<hour>\d{1,2})[:.](?<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*(?<ampm>[ap]\.?m\.?))?`;
// Longest names first, so CEST is not read as CET.
const ZONE_NAMES = ZONES.map((z) => z.name as string).sort((a, b) => b.length - a.length).join('|');
// A zone must end the word: "10:38 PM Zakharova" has no zone Z.
const ZONE = String.raw`(?:\s*\(?(?<zone>z|(?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|${ZONE_NAMES})\)?(?![a-z]))?`;
const AT_TIME = String.raw`(?:(?:,\s*|\s+|\s*[|/–—-]\s*)(?:at\s+)?${TIME}${ZONE})?`;

// `d`: refine-published reads group offsets to cut an AM/PM that is really the start of a word ("10:38 Amsterdam").
const anchored = (body: string) => new RegExp(`^${body}`, 'id');

export const DATE_FORMATS = [
  {
    id: 'iso-date-time',
    pattern: anchored(String.raw`${YEAR}-(?<month>\d{1,2})-(?<day>\d{1,2})(?:(?:t|\s+)${TIME}${ZONE})?`),
    example: '2023-03-14T09:15:00+01:00',
    expected: '2023-03-14T09:15+01:00',
  },
  {
    id: 'iso-year-month',
    pattern: anchored(String.raw`${YEAR}-(?<month>\d{2})(?![\d-])`),
    example: '2023-03',
    expected: '2023-03',
  },
  {
    id: 'month-day-year',
    pattern: anchored(String.raw`${WEEKDAY}${MONTH_NAME}\s+${DAY},?\s+${YEAR}${AT_TIME}`),
    example: 'Mar 14, 2023 09:15 PM',
    expected: '2023-03-14T21:15',
  },
  {
    id: 'day-month-year',
    pattern: anchored(String.raw`${WEEKDAY}${DAY}\s+(?:of\s+)?${MONTH_NAME},?\s+${YEAR}${AT_TIME}`),
    example: 'Tue, 14 Mar 2023 21:15:00 GMT',
    expected: '2023-03-14T21:15Z',
  },
  {
    id: 'time-month-day-year',
    pattern: anchored(String.raw`${TIME}${ZONE},?\s+(?:on\s+)?${WEEKDAY}${MONTH_NAME}\s+${DAY},?\s+${YEAR}`),
    example: '9:15 a.m. EDT, March 14, 2023',
    expected: '2023-03-14T09:15-04:00',
  },
  {
    id: 'time-day-month-year',
    pattern: anchored(String.raw`${TIME}${ZONE},?\s+(?:on\s+)?${WEEKDAY}${DAY}\s+${MONTH_NAME},?\s+${YEAR}`),
    example: '21:15, 14 March 2023',
    expected: '2023-03-14T21:15',
  },
  {
    id: 'year-month-day-slashed',
    pattern: anchored(String.raw`${YEAR}[/.](?<month>\d{1,2})[/.](?<day>\d{1,2})${AT_TIME}`),
    example: '2023/03/14 21:15',
    expected: '2023-03-14T21:15',
  },
  {
    id: 'day-month-year-dotted',
    pattern: anchored(String.raw`(?<day>\d{1,2})\.(?<month>\d{1,2})\.${YEAR}${AT_TIME}`),
    example: '14.03.2023 21:15',
    expected: '2023-03-14T21:15',
  },
  {
    // English-language outlets write month first; a first number above 12 can only be a day (14/03/2023).
    id: 'month-day-year-slashed',
    pattern: anchored(String.raw`(?<month>\d{1,2})/(?<day>\d{1,2})/${YEAR}${AT_TIME}`),
    example: '03/14/2023 9:15 PM',
    expected: '2023-03-14T21:15',
    ambiguousOrder: true,
  },
  {
    id: 'month-year',
    pattern: anchored(String.raw`${MONTH_NAME}\s+${YEAR}`),
    example: 'March 2023',
    expected: '2023-03',
  },
] as const satisfies readonly DateFormatEntry[];
