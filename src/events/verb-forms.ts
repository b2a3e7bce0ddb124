// events: the lemmas a token may be a form of. The tagger's lemma first, then the word itself, then regular
// English endings taken off ("staged" → stage, "planned" → plan, "cooperates" → cooperate), because the tagger's
// lemmatizer misses some ("staged" → "stag") and mistagged words ("mediated" as an adjective) keep their form.
import type { Token } from '../article.js';

/** Irregular past forms, for words the tagger did not read as verbs (and so did not lemmatize). */
const IRREGULAR: Record<string, string> = {
  forgave: 'forgive', forgiven: 'forgive', froze: 'freeze', frozen: 'freeze', fought: 'fight', struck: 'strike',
  shot: 'shoot', sought: 'seek', took: 'take', taken: 'take', broke: 'break', broken: 'break', met: 'meet',
  held: 'hold', led: 'lead', slew: 'slay', slain: 'slay', withdrew: 'withdraw', withdrawn: 'withdraw', sent: 'send',
  gave: 'give', given: 'give', threw: 'throw', beat: 'beat', beaten: 'beat', overran: 'overrun', swore: 'swear',
  sworn: 'swear', spoke: 'speak', spoken: 'speak', drove: 'drive', stole: 'steal', stolen: 'steal', shook: 'shake',
};

export const IRREGULAR_PAST: ReadonlySet<string> = new Set(Object.keys(IRREGULAR));

export function verbKeys(t: Token): string[] {
  const keys = [t.lemma.toLowerCase(), t.norm];
  const w = t.norm;
  if (IRREGULAR[w]) keys.push(IRREGULAR[w]);
  const add = (k: string) => {
    if (k.length > 2 && !keys.includes(k)) keys.push(k);
  };
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) {
    add(w.slice(0, -1));
    add(w.slice(0, -2));
    if (w.length > 4 && w[w.length - 3] === w[w.length - 4]) add(w.slice(0, -3));
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(w.slice(0, -3) + 'e');
    if (w.length > 5 && w[w.length - 4] === w[w.length - 5]) add(w.slice(0, -4));
  }
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  return keys;
}
