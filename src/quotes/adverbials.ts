// The words between a cue and its content, or after a cue at the end of a sentence, that belong to neither:
// adverbs ("also", "earlier"), times ("on Monday", "last week"), and prepositional phrases ("in a statement",
// "at a press conference", "in response"). Their noun phrases are kept: one may name the channel ("in an
// interview with CNN").
import type { Reading } from './reading.js';
import { isTimeWord, phraseAfter, type Phrase } from './noun-phrase.js';


const TIME_LEADS = new Set(['last', 'this', 'next', 'earlier', 'late', 'early', 'every']);
const ADVERBIAL_PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'via', 'through', 'from', 'for', 'over', 'about', 'of',
  'by', 'outside', 'inside', 'near', 'amid', 'since', 'until', 'following', 'under', 'per', 'upon', 'onto', 'into', 'within',
]);
const GERUND_LEADS = new Set(['after', 'before', 'while', 'when', 'since', 'without', 'upon', 'by']);
/** Adverbs that begin the content rather than modify the cue: "said there was", "said so", "said only that". */
const CONTENT_ADVERBS = new Set(['there', 'so', 'not', "n't", 'only', 'that', 'how', 'why', 'when', 'where', 'whether', 'if', 'perhaps', 'maybe']);


export interface Adverbials {
  /** First token after the adverbials. */
  end: number;
  /** Noun phrases of the prepositional phrases passed over, with their preposition. */
  objects: { preposition: string; phrase: Phrase }[];
}

function timePhraseEnd(r: Reading, j: number, limit: number): number {
  let k = j;
  if (k < limit && TIME_LEADS.has(r.tokens[k].norm) && r.tokens[k + 1] && isTimeWord(r.tokens[k + 1].norm)) k++;
  if (k >= limit || !isTimeWord(r.tokens[k].norm)) return j;
  k++;
  while (k < limit && (isTimeWord(r.tokens[k].norm) || (r.tokens[k].pos === 'NUM' && r.tokens[k].norm.length <= 4))) k++;
  return k;
}

/** `greedy`: names run on inside a phrase (in a frame, where nothing follows); otherwise a name after a noun
 * starts the content ("said in response | China's stance …"). */
export function skipAdverbials(r: Reading, j: number, limit: number, greedy = false): Adverbials {
  const objects: Adverbials['objects'] = [];
  for (let n = 0; n < 8 && j < limit; n++) {
    const t = r.tokens[j];
    const timeEnd = timePhraseEnd(r, j, limit);
    if (timeEnd > j) { j = timeEnd; continue; }
    // An adverb before an adjective or adverb modifies it and begins the content: "says too much is made of …".
    const modifiesNext = r.tokens[j + 1]?.pos === 'ADJ' || r.tokens[j + 1]?.pos === 'ADV';
    if (t.pos === 'ADV' && !CONTENT_ADVERBS.has(t.norm) && !modifiesNext) { j++; continue; }
    // "said after meeting the minister", "said while visiting Oslo": a gerund and its object.
    const gerund = r.tokens[j + 1];
    if ((t.pos === 'ADP' || t.pos === 'SCONJ') && GERUND_LEADS.has(t.norm) && (gerund?.pos === 'VERB' || gerund?.pos === 'NOUN') && gerund.norm.endsWith('ing') && !r.cueAt[j + 1]) {
      const object = phraseAfter(r, j + 2, limit, true, !greedy);
      j = object ? object.last + 1 : j + 2;
      continue;
    }
    if (t.pos === 'ADP' && ADVERBIAL_PREPOSITIONS.has(t.norm)) {
      const object = phraseAfter(r, j + 1, limit, true, !greedy);
      if (object && r.tokens[object.first].pos !== 'PRON') {
        objects.push({ preposition: t.norm, phrase: object });
        j = object.last + 1;
        continue;
      }
      if (object && r.tokens[object.first].norm === 'it') { j = object.last + 1; continue; } // "said of it"
    }
    break;
  }
  return { end: j, objects };
}
