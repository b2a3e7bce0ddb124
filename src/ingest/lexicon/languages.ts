// The languages franc-min can return (ISO 639-3) → ISO 639-1 where one exists, and an English name for messages.
// A code table, not rules: find-language's rules are in find-language.ts.

export interface LanguageCode {
  iso3: string;
  /** ISO 639-1, or the 639-3 code where the language has no two-letter code. */
  iso1: string;
  name: string;
}

export const LANGUAGES = [
  { iso3: 'eng', iso1: 'en', name: 'English' },
  { iso3: 'spa', iso1: 'es', name: 'Spanish' },
  { iso3: 'por', iso1: 'pt', name: 'Portuguese' },
  { iso3: 'ind', iso1: 'id', name: 'Indonesian' },
  { iso3: 'fra', iso1: 'fr', name: 'French' },
  { iso3: 'deu', iso1: 'de', name: 'German' },
  { iso3: 'jav', iso1: 'jv', name: 'Javanese' },
  { iso3: 'vie', iso1: 'vi', name: 'Vietnamese' },
  { iso3: 'ita', iso1: 'it', name: 'Italian' },
  { iso3: 'tur', iso1: 'tr', name: 'Turkish' },
  { iso3: 'pol', iso1: 'pl', name: 'Polish' },
  { iso3: 'swh', iso1: 'sw', name: 'Swahili' },
  { iso3: 'sun', iso1: 'su', name: 'Sundanese' },
  { iso3: 'ron', iso1: 'ro', name: 'Romanian' },
  { iso3: 'hau', iso1: 'ha', name: 'Hausa' },
  { iso3: 'fuv', iso1: 'ff', name: 'Fulfulde' },
  { iso3: 'bos', iso1: 'bs', name: 'Bosnian' },
  { iso3: 'hrv', iso1: 'hr', name: 'Croatian' },
  { iso3: 'nld', iso1: 'nl', name: 'Dutch' },
  { iso3: 'srp', iso1: 'sr', name: 'Serbian' },
  { iso3: 'ckb', iso1: 'ku', name: 'Central Kurdish' },
  { iso3: 'yor', iso1: 'yo', name: 'Yoruba' },
  { iso3: 'uzn', iso1: 'uz', name: 'Uzbek' },
  { iso3: 'zlm', iso1: 'ms', name: 'Malay' },
  { iso3: 'ibo', iso1: 'ig', name: 'Igbo' },
  { iso3: 'ceb', iso1: 'ceb', name: 'Cebuano' },
  { iso3: 'tgl', iso1: 'tl', name: 'Tagalog' },
  { iso3: 'hun', iso1: 'hu', name: 'Hungarian' },
  { iso3: 'azj', iso1: 'az', name: 'Azerbaijani' },
  { iso3: 'ces', iso1: 'cs', name: 'Czech' },
  { iso3: 'run', iso1: 'rn', name: 'Kirundi' },
  { iso3: 'plt', iso1: 'mg', name: 'Malagasy' },
  { iso3: 'qug', iso1: 'qu', name: 'Quechua' },
  { iso3: 'mad', iso1: 'mad', name: 'Madurese' },
  { iso3: 'nya', iso1: 'ny', name: 'Chichewa' },
  { iso3: 'zyb', iso1: 'za', name: 'Zhuang' },
  { iso3: 'kin', iso1: 'rw', name: 'Kinyarwanda' },
  { iso3: 'zul', iso1: 'zu', name: 'Zulu' },
  { iso3: 'swe', iso1: 'sv', name: 'Swedish' },
  { iso3: 'lin', iso1: 'ln', name: 'Lingala' },
  { iso3: 'som', iso1: 'so', name: 'Somali' },
  { iso3: 'hms', iso1: 'hms', name: 'Southern Qiandong Miao' },
  { iso3: 'hnj', iso1: 'hnj', name: 'Hmong Njua' },
  { iso3: 'ilo', iso1: 'ilo', name: 'Ilocano' },
  { iso3: 'rus', iso1: 'ru', name: 'Russian' },
  { iso3: 'ukr', iso1: 'uk', name: 'Ukrainian' },
  { iso3: 'koi', iso1: 'koi', name: 'Komi-Permyak' },
  { iso3: 'bel', iso1: 'be', name: 'Belarusian' },
  { iso3: 'bul', iso1: 'bg', name: 'Bulgarian' },
  { iso3: 'kaz', iso1: 'kk', name: 'Kazakh' },
  { iso3: 'arb', iso1: 'ar', name: 'Arabic' },
  { iso3: 'urd', iso1: 'ur', name: 'Urdu' },
  { iso3: 'pes', iso1: 'fa', name: 'Persian' },
  { iso3: 'skr', iso1: 'skr', name: 'Saraiki' },
  { iso3: 'pbu', iso1: 'ps', name: 'Pashto' },
  { iso3: 'hin', iso1: 'hi', name: 'Hindi' },
  { iso3: 'mar', iso1: 'mr', name: 'Marathi' },
  { iso3: 'mai', iso1: 'mai', name: 'Maithili' },
  { iso3: 'bho', iso1: 'bho', name: 'Bhojpuri' },
  { iso3: 'npi', iso1: 'ne', name: 'Nepali' },
  { iso3: 'mag', iso1: 'mag', name: 'Magahi' },
  { iso3: 'cmn', iso1: 'zh', name: 'Chinese' },
  { iso3: 'ben', iso1: 'bn', name: 'Bengali' },
  { iso3: 'jpn', iso1: 'ja', name: 'Japanese' },
  { iso3: 'kor', iso1: 'ko', name: 'Korean' },
  { iso3: 'tel', iso1: 'te', name: 'Telugu' },
  { iso3: 'tam', iso1: 'ta', name: 'Tamil' },
  { iso3: 'guj', iso1: 'gu', name: 'Gujarati' },
  { iso3: 'kan', iso1: 'kn', name: 'Kannada' },
  { iso3: 'mal', iso1: 'ml', name: 'Malayalam' },
  { iso3: 'mya', iso1: 'my', name: 'Burmese' },
  { iso3: 'pan', iso1: 'pa', name: 'Punjabi' },
  { iso3: 'amh', iso1: 'am', name: 'Amharic' },
  { iso3: 'tha', iso1: 'th', name: 'Thai' },
  { iso3: 'sin', iso1: 'si', name: 'Sinhala' },
  { iso3: 'ell', iso1: 'el', name: 'Greek' },
] as const satisfies readonly LanguageCode[];

/**
 * Words that are frequent in English and rare as words in the languages franc-min tells apart (no "a", "in", "is",
 * "on", "die": other languages use them too). On the 2,225 BBC articles they are at least 11% of the words; on
 * French, German, Dutch, Spanish and Italian news they are under 4%.
 */
export const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to that for it with he be by at said have from has but are not this his they will would which its ' +
    'were been who their more also there than or one after about out she her what when could should these those them'
  ).split(' '),
);
