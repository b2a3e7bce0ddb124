// Attaches the user's and PETRARCH's actors (ctx.lexicons.actors, matched by find-dictionary-actors as the events
// stage matches them) to the names they name, or proposes them as names of their own; their type, country and code
// override the built-in guesses.
import type { Context } from '../context.js';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/first-names.js';
import { findDictionaryActors } from './find-dictionary-actors.js';
import type { Cand, Work } from './work.js';
import { makeCand } from './work.js';

export function findActors(w: Work, ctx: Context): void {
  if (!ctx.lexicons.actors.length) return;
  const { pieces, sentences } = w.view;
  const firstPiece = new Map<number, number>();
  const lastPiece = new Map<number, number>();
  pieces.forEach((p, i) => {
    if (!firstPiece.has(p.token)) firstPiece.set(p.token, i);
    lastPiece.set(p.token, i + 1);
  });
  const byRange = new Map<string, Cand>();
  const covered = new Map<number, Cand>();
  for (const c of w.cands) {
    if (c.dropped) continue;
    byRange.set(`${c.p0}:${c.p1}`, c);
    for (let k = c.p0; k < c.p1; k++) if (c.kind !== 'title') covered.set(k, c);
  }
  for (const m of findDictionaryActors(w.doc, ctx.lexicons)) {
    const p0 = firstPiece.get(m.tokenStart);
    let p1 = lastPiece.get(m.tokenEnd - 1);
    if (p0 === undefined || p1 === undefined) continue;
    while (p1 > p0 + 1 && /^['\u2019]s?$/.test(pieces[p1 - 1].text)) p1--;
    // Dictionaries match words in any case; a name here is written as one ("China", not "china").
    if (!pieces[p0].cap && !sentences[pieces[p0].sent].caseless) continue;
    const { entry } = m;
    const same = byRange.get(`${p0}:${p1}`);
    if (same) {
      same.actor = entry;
      if (entry.type) same.type = entry.type;
      same.type ??= same.known?.type ?? 'PERSON';
      same.rule = entry.id;
      if (same.known && entry.type && same.known.type !== entry.type) same.known = undefined;
      continue;
    }
    let overlapped = false;
    for (let k = p0; k < p1 && !overlapped; k++) {
      const c = covered.get(k);
      // A longer actor name swallows untyped pieces of it; anything else typed stays as found.
      if (c && (c.type !== null || c.p0 < p0 || c.p1 > p1)) overlapped = true;
    }
    if (overlapped) continue;
    for (let k = p0; k < p1; k++) {
      const c = covered.get(k);
      if (c) c.dropped = true;
    }
    const first = pieces[p0].key;
    const type = entry.type ?? (FEMALE_NAMES.has(first) || MALE_NAMES.has(first) ? 'PERSON' : 'ORG');
    const c = makeCand(w, p0, p1, { type, actor: entry, rule: entry.id });
    w.cands.push(c);
    byRange.set(`${p0}:${p1}`, c);
    for (let k = p0; k < p1; k++) covered.set(k, c);
  }
}
