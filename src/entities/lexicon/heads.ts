// Indexes over titles and organization heads: phrases by their last word, so a finder can ask
// "does a title end at this word?" in one Map lookup.
import { keyOf } from '../pieces.js';
import { ORG_HEADS } from './org-heads.js';
import { TITLES } from './titles.js';
import type { OrgHeadEntry, TitleEntry } from './types.js';

export interface EndIndex<T> {
  byLast: Map<string, { keys: string[]; entry: T }[]>;
}

function phraseWords(phrase: string): string[] {
  // Title and head phrases are plain words; hyphens split as the pieces do ("secretary-general").
  return phrase.toLowerCase().split(/\s+|(?<=\p{L})(?=-)|(?<=-)(?=\p{L})/u).filter(Boolean).map(keyOf);
}

function indexByLast<T extends { words: string[] }>(entries: readonly T[]): EndIndex<T> {
  const byLast = new Map<string, { keys: string[]; entry: T }[]>();
  for (const entry of entries) {
    for (const w of entry.words) {
      const keys = phraseWords(w);
      const last = keys[keys.length - 1];
      const list = byLast.get(last) ?? [];
      list.push({ keys, entry });
      byLast.set(last, list);
    }
  }
  for (const list of byLast.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byLast };
}

export const TITLE_INDEX: EndIndex<TitleEntry> = indexByLast(TITLES);
export const ORG_HEAD_INDEX: EndIndex<OrgHeadEntry> = indexByLast(ORG_HEADS);

/** The longest phrase of `index` whose words end at keys[end - 1], as { entry, length }. */
export function endingAt<T>(index: EndIndex<T>, keys: readonly string[], end: number, from = 0): { entry: T; length: number } | null {
  if (end <= from) return null;
  const list = index.byLast.get(keys[end - 1]);
  if (!list) return null;
  for (const { keys: phrase, entry } of list) {
    const start = end - phrase.length;
    if (start < from) continue;
    let ok = true;
    for (let k = 0; k < phrase.length - 1 && ok; k++) ok = keys[start + k] === phrase[k];
    if (ok) return { entry, length: phrase.length };
  }
  return null;
}

/** Words that complete "Secretary of ..." / "Minister of ..." before a name ("Secretary of State Antony Blinken"). */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  'state', 'treasury', 'defense', 'defence', 'foreign', 'affairs', 'home', 'interior', 'justice', 'commerce', 'trade',
  'finance', 'economy', 'economic', 'health', 'human', 'services', 'education', 'energy', 'agriculture', 'labor',
  'labour', 'transportation', 'transport', 'housing', 'urban', 'development', 'veterans', 'homeland', 'security',
  'culture', 'industry', 'information', 'environment', 'war', 'navy', 'army', 'the', 'and', 'public', 'national',
  'internal', 'external', 'planning', 'communications', 'tourism', 'sport', 'sports', 'youth', 'science',
  'technology', 'digital', 'emergency', 'emergencies', 'situations', 'natural', 'resources', 'oil', 'petroleum',
  'mines', 'mining', 'water', 'fisheries', 'works', 'social', 'welfare', 'women', 'family', 'religious', 'cooperation',
]);
