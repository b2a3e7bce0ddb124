// find-language: the body → meta.language (ISO 639-1, or "und"), with a warning when it is not English.
// Cheap first: English function words settle nearly every English article; franc-min's trigrams (about 2 ms an
// article) decide the rest when there are enough letters, and short texts only when they are clearly foreign;
// other short texts are English when their letters are ASCII.
import { francAll } from 'franc-min';
import type { Article } from '../article.js';
import type { Context } from '../context.js';
import type { Found, IngestDraft } from './draft.js';
import { ENGLISH_FUNCTION_WORDS, LANGUAGES } from './lexicon/languages.js';

export const LANGUAGE_RULES = {
  functionWords: { id: 'english-function-words', share: 0.15, minWords: 20 },
  trigrams: { id: 'franc-trigrams', minLetters: 200 },
  // franc scores the best language 1 and the rest relative to it. Foreign prose leaves English under 0.8; a results
  // table or a list of names leaves English within a hair of the winner ("Swedish" at 1, English at 0.99).
  closeToEnglish: { id: 'franc-close-to-english', score: 0.95 },
  // Short text: franc is less sure, so it must put English well behind and English function words must be rare.
  // It reads only the words that start lower-case: in a one-line news item the names ("Sergey Lavrov", "Wang Yi")
  // carry most letters and say nothing about the language, and a handful of them sounds Dutch or Malay to trigrams.
  // Fewer lower-case letters than minLowerLetters is not enough to call a text foreign.
  shortTrigrams: { id: 'franc-short-text', minLetters: 60, minLowerLetters: 30, englishBelow: 0.85, functionWordsBelow: 0.05 },
  shortAscii: { id: 'short-ascii-text', asciiShare: 0.9 },
  tooFewLetters: { id: 'too-few-letters' },
} as const;

const BY_ISO3 = new Map<string, { iso1: string; name: string }>(LANGUAGES.map((l) => [l.iso3, l]));
const BY_ISO1 = new Map<string, string>(LANGUAGES.map((l) => [l.iso1, l.name]));
const SAMPLE_CHARS = 2048;
// Module constants: tsx (esbuild) builds a \p{...} literal anew wherever it is evaluated. Global, but only used with
// match and replace, which start from the beginning every time.
const LETTERS = /\p{L}/gu;
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*/gu;

/** The longest function word: a longer word cannot be one, so it is counted without being cut out and looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));
// The only characters outside ASCII whose lower case holds an ASCII letter (U+0130 → "i̇", the Kelvin sign → "k").
const LOWERS_TO_ASCII = /[\u0130\u212a]/g;

/**
 * The share of the words that are English function words, a word being a run of a-z in the lower-cased sample (the
 * definition `sample.toLowerCase().match(/[a-z]+/g)` gives, which the test checks this against), read in one scan.
 */
export function englishShare(sample: string): { share: number; words: number } {
  const text = sample.replace(LOWERS_TO_ASCII, (c) => c.toLowerCase());
  let words = 0;
  let hits = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0; // | 0x20: A-Z → a-z
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) hits++;
    start = -1;
  }
  return { share: words ? hits / words : 0, words };
}

/** The words of a short text that start with a lower-case letter, in order: what is left when the names are gone. */
function lowerCaseWords(sample: string): string {
  return (sample.match(LOWER_CASE_WORD) ?? []).join(' ');
}

export function detectLanguage(body: string): Found {
  const sample = body.length > SAMPLE_CHARS ? body.slice(0, SAMPLE_CHARS) : body;
  const english = englishShare(sample);
  const { functionWords, trigrams, closeToEnglish, shortTrigrams, shortAscii, tooFewLetters } = LANGUAGE_RULES;
  if (english.words >= functionWords.minWords && english.share >= functionWords.share) return { value: 'en', rule: functionWords.id };
  const letters = sample.length - sample.replace(LETTERS, '').length;
  const long = letters >= trigrams.minLetters;
  const text = long ? sample : lowerCaseWords(sample);
  if (long || (letters >= shortTrigrams.minLetters && text.length - text.replace(LETTERS, '').length >= shortTrigrams.minLowerLetters)) {
    const scores = francAll(text, { minLength: 10 });
    const iso3 = scores[0][0];
    const englishScore = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
    const code = BY_ISO3.get(iso3);
    if (long) {
      if (iso3 !== 'eng' && englishScore >= closeToEnglish.score) return { value: 'en', rule: closeToEnglish.id };
      return { value: code ? code.iso1 : 'und', rule: trigrams.id };
    }
    if (code && iso3 !== 'eng' && englishScore < shortTrigrams.englishBelow && english.share < shortTrigrams.functionWordsBelow) {
      return { value: code.iso1, rule: shortTrigrams.id };
    }
  }
  if (letters === 0) return { value: 'und', rule: tooFewLetters.id };
  const ascii = sample.length - sample.replace(/[A-Za-z]/g, '').length;
  return ascii >= letters * shortAscii.asciiShare ? { value: 'en', rule: shortAscii.id } : { value: 'und', rule: tooFewLetters.id };
}

export function languageName(iso1: string): string {
  return BY_ISO1.get(iso1) ?? iso1;
}

/** Later stages call this: English (or unknown) text is analyzed; other languages only with --force-english. */
export function isAnalyzable(doc: Article, ctx: Context): boolean {
  return ctx.forceEnglish || doc.meta.language === 'en' || doc.meta.language === 'und';
}

export function findLanguage(draft: IngestDraft, ctx: Context): IngestDraft {
  const language = detectLanguage(draft.body);
  if (language.value === 'en' || language.value === 'und') return { ...draft, language };
  const name = `${languageName(language.value)} (${language.value})`;
  const what = ctx.forceEnglish
    ? 'it was analyzed as English anyway, as --force-english asks'
    : `it is marked meta.language "${language.value}" and its entities, quotes and events are left empty (--force-english analyzes it anyway)`;
  return { ...draft, language, warnings: [...draft.warnings, `dyad: ${draft.origin} looks like ${name}, not English; ${what}`] };
}
