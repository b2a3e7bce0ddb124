// News furniture in plain text: the lines around a story that are not the story (headline, "Published:" lines,
// bylines, photo captions and credits, agency sign-offs). find-furniture reads these rules; each example is a line
// (or, for headlines, the start of an article) that fires its entry.

/** A label that a date follows: "Published: Mar 14, 2023 09:15 PM". */
export interface DateLabelEntry {
  id: string;
  kind: 'published' | 'updated';
  /** Anchored at the start of the line; the date must follow it. */
  label: RegExp;
  example: string;
}

/** A label that names follow: "By Jane Roe and John Doe". */
export interface BylineEntry {
  id: string;
  label: RegExp;
  example: string;
}

/** A line that is a photo caption or a photo credit. */
export interface CaptionEntry {
  id: string;
  pattern: RegExp;
  example: string;
}

/** A line that is neither story nor caption: agency sign-offs, "READ MORE" links. Dropped from the text. */
export interface BoilerplateEntry {
  id: string;
  pattern: RegExp;
  example: string;
}

/** A first line that heads the story, when what follows it confirms it. */
export interface HeadlineEntry {
  id: string;
  /** What must come right after the headline line. */
  after: 'blank-or-furniture' | 'dateline';
  example: string;
}

const SEP = String.raw`\s*[:\-–—|]?\s*`;

export const DATE_LABELS = [
  { id: 'published-label', kind: 'published', label: new RegExp(`^(?:first\\s+)?published(?:\\s+(?:on|at))?${SEP}`, 'i'), example: 'Published: Mar 14, 2023 09:15 PM' },
  { id: 'posted-label', kind: 'published', label: new RegExp(`^posted(?:\\s+(?:on|at))?${SEP}`, 'i'), example: 'Posted on March 14, 2023 at 9:15 pm' },
  { id: 'date-label', kind: 'published', label: /^(?:date|publication date|date published|released)\s*[:\-–—|]\s*/i, example: 'Date: 14 March 2023' },
  { id: 'updated-label', kind: 'updated', label: new RegExp(`^(?:last\\s+)?(?:updated|modified)(?:\\s+(?:on|at))?${SEP}`, 'i'), example: 'Updated: 2023-03-14 18:02' },
] as const satisfies readonly DateLabelEntry[];

/** A line that is only a date (with its weekday, time and zone): "Tuesday, 14 March 2023 21:15 GMT". */
export const DATE_ONLY_LINE = { id: 'date-only-line', example: 'Tuesday, 14 March 2023 21:15 GMT' } as const;

export const BYLINE_LABELS = [
  { id: 'by-line', label: /^(?:By|BY)\s+/u, example: 'By Jane Roe and Tomás Ferreira' },
  { id: 'written-by-line', label: /^(?:Written|Story|Words|Text) by\s+/u, example: 'Written by Jane Roe' },
  { id: 'author-label-line', label: /^(?:Authors?|Reporters?|Writers?|Correspondents?)\s*:\s*/u, example: 'Reporter: Jane Roe, Oslo' },
] as const satisfies readonly BylineEntry[];

/** First words after "By" that start an adverbial, not a name: "By Monday, the strike had ended." */
export const NOT_A_NAME = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'The', 'This', 'That', 'These', 'Those', 'Then', 'Now', 'Noon', 'Midnight', 'Tonight', 'Today', 'Tomorrow',
  'Christmas', 'Easter', 'Law', 'Contrast', 'Comparison', 'Far', 'Way', 'Mid', 'End', 'Late', 'Early', 'Some', 'Most',
  'All', 'Many', 'Design', 'Nature', 'Definition', 'Chance', 'Accident', 'Default', 'Dawn', 'Dusk', 'Night', 'Day',
  'Year', 'Week', 'Month', 'Spring', 'Summer', 'Autumn', 'Fall', 'Winter', 'Train', 'Car', 'Air', 'Sea', 'Road',
]);

const AGENCIES = 'AFP|AP|EPA|EPA-EFE|Reuters|REUTERS|Getty Images|Xinhua|VCG|Bloomberg|Shutterstock|Sputnik|TASS|Anadolu(?: Agency)?|dpa|Pool|NurPhoto|Alamy|SOPA Images';

export const CAPTIONS = [
  {
    id: 'in-this-photo',
    pattern: /^In (?:this|the|a|an) (?:[\p{L}-]+ ){0,2}(?:photo|photograph|picture|image|video grab|screengrab|screen grab)\b/u,
    example: 'In this photo taken on March 13, 2023, a ferry crosses the harbour of Piraeus, Greece.',
  },
  {
    id: 'file-photo-label',
    pattern: /^(?:FILE(?: PHOTO)?\s*[-–—:]|File photo\b|(?:A )?[Hh]andout photo\b)/u,
    example: 'FILE PHOTO: Delegates arrive for talks in Geneva, Switzerland, March 2, 2023.',
  },
  {
    id: 'this-photo-shows',
    // "This" or "A", not "The": "The photo shows nothing new, the minister said." is a story line.
    pattern: /^(?:This|A) (?:[\p{L}-]+ ){0,2}(?:photo|photograph|picture|image) (?:shows|released|taken|provided|made available)\b/u,
    example: 'This undated photo shows the old harbour of Valletta.',
  },
  {
    // "... in Piraeus on Monday. Photo: Xinhua" and the glued "...Greece.Photo:VCG".
    id: 'trailing-photo-credit',
    pattern: /(?:^|[\s.,;)|])(?:Photos?|PHOTOS?|Photograph|Picture|Image|Photo credit|Credit|CREDIT)\s*:\s*\p{Lu}[^:!?]{0,60}$/u,
    example: 'Ferries wait at the pier in Piraeus on Monday.Photo:Xinhua',
  },
  {
    id: 'parenthesized-photo-credit',
    pattern: /\((?:\p{Lu}\p{L}* )?(?:Photo|Photograph|Picture|Image)s?(?: credit)?\s*(?::|\/|by\b)\s*[^()]{1,80}\)\s*\.?$/u,
    example: 'Police officers stand guard outside the embassy in Oslo. (AP Photo/Jane Roe)',
  },
  {
    id: 'photographer-agency-credit',
    pattern: new RegExp(String.raw`(?:^|[\s.,;])(?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]*\s*\/\s*(?:${AGENCIES})(?: via Getty Images)?\s*$`, 'u'),
    example: 'Fishing boats in the port of Tromsø, Norway, on Tuesday. Ola Nordmann/AFP',
  },
  {
    id: 'via-getty-credit',
    pattern: /(?:^|[\s.,;])(?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]* via Getty Images\s*$/u,
    example: 'Riot police in central Lima on Thursday. Ernesto Benavides via Getty Images',
  },
] as const satisfies readonly CaptionEntry[];

export const BOILERPLATE = [
  {
    id: 'agency-reporting-credit',
    pattern: /^\((?:Additional )?(?:Reporting|Writing|Editing)(?: and writing)? by [^()]{1,300}\)$/u,
    example: '(Reporting by Jane Roe in Oslo; Editing by John Doe)',
  },
  {
    id: 'agency-reporting-credit-bare',
    pattern: /^(?:Additional )?(?:Reporting|Writing) by [^.]{1,200}; (?:Editing|Writing) by [^.]{1,200}$/u,
    example: 'Reporting by Jane Roe; Editing by John Doe',
  },
  {
    // A relative time cannot be resolved without the page's clock: the line goes, the date stays unknown.
    id: 'relative-time-line',
    pattern: /^(?:Updated|Published|Posted|Last updated)\s*:?\s*(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\.?$/iu,
    example: 'Updated 2 hours ago',
  },
  {
    id: 'read-more-link',
    pattern: /^(?:READ MORE|Read more|RELATED|Related|ALSO READ|Also read|SEE ALSO|See also)\s*:\s*[\p{Lu}\p{N}"“‘']/u,
    example: 'READ MORE: Ministers meet in Brussels over fishing quotas',
  },
] as const satisfies readonly BoilerplateEntry[];

export const HEADLINES = [
  {
    id: 'headline-first-line',
    after: 'blank-or-furniture',
    example: 'Ferry strike ends after talks in Piraeus\n\nThe strike that kept ferries in port for a week ended on Monday.',
  },
  {
    id: 'headline-before-dateline',
    after: 'dateline',
    example: 'Ferry strike ends after talks\nPIRAEUS, Greece (Reuters) - The strike that kept ferries in port ended on Monday.',
  },
] as const satisfies readonly HeadlineEntry[];

/** "PIRAEUS, Greece (Reuters) -", "OSLO —": the place line that opens a wire story. */
export const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:,\s*[\p{L} .]{1,40})?\s*(?:\([^)]{1,40}\)\s*)?[-–—]\s/u;

/** A headline is short, and ends without a full stop, comma or colon. */
export const HEADLINE_MAX_CHARS = 200;
export const HEADLINE_MAX_WORDS = 30;
/** Longer lines are story paragraphs, whatever cue they carry. */
export const CAPTION_MAX_CHARS = 600;
