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

/** A token's lemma, lower case (its form where the tagger gave none). */
export function lemmaOf(t: Token): string {
  return (t.lemma ?? t.norm ?? '').toLowerCase();
}

export const IRREGULAR_PAST: ReadonlySet<string> = new Set(Object.keys(IRREGULAR));

export function verbKeys(t: Token): string[] {
  const keys = [lemmaOf(t), t.norm];
  const w = t.norm;
  const n = w.length;
  const irregular = IRREGULAR[w];
  if (irregular) keys.push(irregular);
  if (n < 4) return keys;
  if (w.endsWith('ied') || w.endsWith('ies')) keys.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) {
    keys.push(w.slice(0, -1), w.slice(0, -2));
    if (n > 4 && w[n - 3] === w[n - 4]) keys.push(w.slice(0, -3));
  } else if (w.endsWith('ing')) {
    keys.push(w.slice(0, -3), w.slice(0, -3) + 'e');
    if (n > 5 && w[n - 4] === w[n - 5]) keys.push(w.slice(0, -4));
  } else if (w.endsWith('es')) keys.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) keys.push(w.slice(0, -1));
  return keys;
}
