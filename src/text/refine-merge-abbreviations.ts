// text: removes a sentence break that follows an abbreviation of lexicon/abbreviations.ts ("Gen. Miller", "Sept. 5",
// "the U.S. embassy"), and one that follows an initial ("John F. Kennedy").
import { ABBREVIATIONS, type AbbreviationEntry } from './lexicon/abbreviations.js';
import { mergeWhere, surface, type BreakView, type Refined } from './breaks.js';

const BY_FORM = new Map<string, AbbreviationEntry>(ABBREVIATIONS.map((e) => [e.form, e]));
const INITIAL = /^\p{Lu}\.?$/u;
const NEXT_CONTINUES = /^[\p{Ll}\p{N}]/u;
const NEXT_CAPITAL = /^\p{Lu}/u;

/** The abbreviation that ends just before token `i`: one token ("Gen.") or a word glued to a full stop ("Gen" "."). */
function abbreviationBefore(view: BreakView, i: number): string | null {
  const last = surface(view, i - 1);
  if (last !== '.') return last.endsWith('.') ? last : null;
  if (i < 2 || view.tokens[i - 2].end !== view.tokens[i - 1].start) return null;
  return surface(view, i - 2) + '.';
}

export function refineMergeAbbreviations(view: BreakView, starts: readonly number[]): Refined {
  return mergeWhere(starts, (i) => {
    const abbr = abbreviationBefore(view, i);
    if (abbr === null) return null;
    const next = surface(view, i);
    const entry = BY_FORM.get(abbr);
    if (entry) {
      if (entry.kind === 'never-final' || NEXT_CONTINUES.test(next)) return entry.id;
      return null;
    }
    // "John F. Kennedy": a single capital with a full stop, followed by a capitalised word.
    if (INITIAL.test(abbr.slice(0, -1)) && abbr.length === 2 && NEXT_CAPITAL.test(next)) return 'initial';
    return null;
  });
}
