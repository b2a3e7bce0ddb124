// Brings in the trained name tagger (src/entities/ner): its spans type the names the rules found but could not
// explain, split capitalized runs the rules could not, and add names the rules missed (lower-case starts, ALL-CAPS
// lines). Titles, organization heads, appositions and lexicon names found by rules stay as the rules read them.
import type { EntityType } from '../article.js';
import type { Cand, NameLabel, Work } from './work.js';
import { makeCand } from './work.js';
import { isPlaceContext } from './refine-types.js';

function isHyphen(text: string, t: { start: number; end: number }): boolean {
  if (t.end - t.start !== 1) return false;
  const c = text.charCodeAt(t.start);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** A reading of the rules the tagger may overrule: an unexplained name, a place split off the front of a run,
 * a city or region in an ALL-CAPS line (sports tables name teams by their cities). */
function weakReading(w: Work, c: Cand): boolean {
  if (c.type === null || c.splitLead) return true;
  const source = c.known?.source;
  const caps = w.view.sentences[c.sentence].caseless || w.view.pieces[c.p0].shout;
  return caps && (source === 'city' || source === 'region');
}

/** A city or a region from the lists (not a country): what sports pages use as team names. */
function placeList(c: Cand): boolean {
  return c.known?.source === 'city' || (c.known?.source === 'region' && c.known.type === 'GPE');
}

/** Some word of [p0, p1) is no part of a lexicon name: the span names more than what the lexicons know in it. */
function hasUncovered(w: Work, p0: number, p1: number, covering: readonly (Cand | undefined)[]): boolean {
  for (let k = p0; k < p1; k++) {
    const c = covering[k];
    if ((!c || c.dropped || !c.known) && /^[\p{Lu}\p{N}]/u.test(w.view.pieces[k].text)) return true;
  }
  return false;
}

/** Feasts and seasons the tagger sometimes takes for people. */
const NOT_PEOPLE = new Set(['christmas', 'easter', 'ramadan', 'eid', 'diwali', 'thanksgiving', 'hanukkah', 'passover', 'lent', 'advent', 'halloween', 'new year']);

const TYPE_OF: Record<NameLabel, EntityType | null> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: null };

export function findTagged(w: Work): void {
  if (!w.tagger) return;
  const { doc, view } = w;
  const { pieces } = view;
  // Each token's first piece and one past its last (a token splits into pieces at hyphens and possessives).
  const tokenCount = doc.tokens.length;
  const firstPiece = new Int32Array(tokenCount).fill(-1);
  const pieceEnd = new Int32Array(tokenCount);
  for (let i = 0; i < pieces.length; i++) {
    const t = pieces[i].token;
    if (firstPiece[t] < 0) firstPiece[t] = i;
    pieceEnd[t] = i + 1;
  }
  // The tagger learned from news tokenized as CoNLL-2003 is: hyphenated words whole ("Mercedes-Benz",
  // "Tyler-Sharman"). The text stage splits them; give the tagger words joined back, each a range of tokens. Word k
  // of the document (sentence si's words start at wordBase[si]) runs from token ranges[2k] to token ranges[2k + 1].
  // A word of one token of one piece reuses the piece's string.
  const ranges = new Int32Array(2 * tokenCount);
  const wordBase: number[] = [];
  let n = 0;
  const input = doc.sentences.map((s) => {
    const out: string[] = [];
    const pos: string[] = [];
    const base = n;
    wordBase.push(base);
    let glue = false;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = doc.tokens[t];
      if (n > base && doc.tokens[ranges[2 * n - 1]].end === tok.start) {
        const next = t + 1 < s.tokenEnd ? doc.tokens[t + 1] : null;
        if (glue || (isHyphen(doc.text, tok) && next && next.start === tok.end)) {
          ranges[2 * n - 1] = t;
          glue = !glue;
          continue;
        }
      }
      glue = false;
      ranges[2 * n] = t;
      ranges[2 * n + 1] = t;
      n++;
      pos.push(tok.pos);
    }
    const ids = new Int32Array(n - base).fill(-1);
    for (let k = base; k < n; k++) {
      const a = ranges[2 * k];
      const b = ranges[2 * k + 1];
      const p = firstPiece[a];
      if (a === b && p >= 0 && pieceEnd[a] === p + 1) {
        out.push(pieces[p].text);
        // A token's vocabulary id names its whole surface: only a piece that is the whole token may take it.
        const tok = doc.tokens[a];
        if (pieces[p].start === tok.start && pieces[p].end === tok.end) ids[k - base] = tok.word ?? -1;
      } else out.push(doc.text.slice(doc.tokens[a].start, doc.tokens[b].end));
    }
    return { words: out, pos, ids };
  });
  const tagged = w.tagger(input);
  const byRange = new Map<number, Cand>();
  const rangeKey = (p0: number, p1: number) => p0 * 0x100000 + p1;
  // The candidate over each piece (the last one proposed), by piece index.
  const covering: (Cand | undefined)[] = new Array(view.pieces.length);
  for (const c of w.cands) {
    if (c.dropped || c.kind === 'title') continue;
    byRange.set(rangeKey(c.p0, c.p1), c);
    for (let k = c.p0; k < c.p1; k++) covering[k] = c;
  }
  // Words of the people the tagger found by their full names ("Michael Jordan").
  const surnames = new Set<string>();
  tagged.forEach((spans, si) => {
    for (const span of spans) {
      if (span.label !== 'PER' || span.end - span.start < 2) continue;
      for (let k = span.start; k < span.end; k++) surnames.add(input[si].words[k].toLowerCase());
    }
  });
  tagged.forEach((spans, si) => {
    if (si >= wordBase.length) return;
    const base = wordBase[si];
    const count = input[si].words.length;
    for (const span of spans) {
      if (span.start < 0 || span.end > count || span.end <= span.start) continue;
      const p0 = firstPiece[ranges[2 * (base + span.start)]];
      const p1 = pieceEnd[ranges[2 * (base + span.end) - 1]];
      if (p0 < 0 || p1 <= p0) continue;
      // A possessive is not part of the name: "Russia's".
      let end = p1;
      while (end > p0 + 1 && /^['\u2019]s?$/.test(view.pieces[end - 1].text)) end--;
      if (span.label === 'PER' && NOT_PEOPLE.has(view.keys.slice(p0, end).join(' '))) continue;
      const same = byRange.get(rangeKey(p0, end));
      if (same && !same.dropped) {
        same.tagged = span.label;
        // "MILWAUKEE 64 71" in a results table, "Minnesota beat Texas" are teams: the tagger's ORG wins over the
        // city list.
        if (same.type && same.type !== 'PERSON' && same.type !== 'ORG' && span.label === 'ORG' && (weakReading(w, same) || (placeList(same) && span.score >= 0.9 && !isPlaceContext(w, same)))) {
          same.type = TYPE_OF[span.label];
          same.known = undefined;
          same.rule = `tagger-${span.label.toLowerCase()}`;
        }
        // "Michael Jordan ... Jordan scored 30 points": a place name that is the surname of a person the tagger found.
        const word = view.pieces[p0].key;
        if (same.known && (same.type === 'GPE' || same.type === 'LOC') && span.label === 'PER' && end - p0 === 1 && surnames.has(word) && !isPlaceContext(w, same)) {
          same.type = 'PERSON';
          same.known = undefined;
          same.rule = 'tagger-per';
        }
        continue;
      }
      const over = new Set<Cand>();
      for (let k = p0; k < end; k++) {
        const c = covering[k];
        if (c && !c.dropped) over.add(c);
      }
      // "U.S. Open", "Hong Kong Open", "Fed Cup": a place inside a longer name is part of that name. But "Paris-based"
      // names Paris.
      if (!view.pieces[end - 1].cap) continue;
      if ((span.label === 'MISC' || span.label === 'ORG') && [...over].every((c) => c.type === null || (c.known && c.known.source !== 'user' && !c.role && c.p0 >= p0 && c.p1 <= end)) && hasUncovered(w, p0, end, covering)) {
        for (const c of over) c.dropped = true;
        if (span.label === 'MISC') continue;
      } else if (!TYPE_OF[span.label]) continue;
      // Inside the span, only what the rules could not explain: the tagger's boundaries and type win ("Beijing
      // Lavrov", "Test and County Cricket Board", "KANSAS CITY" in a results table).
      const weak = [...over].every((c) => c.dropped || c.type === null || (weakReading(w, c) && c.p0 >= p0 && c.p1 <= end));
      if (!weak) continue;
      for (const c of over) c.dropped = true;
      const c = makeCand(w, p0, end, { rule: `tagger-${span.label.toLowerCase()}`, tagged: span.label });
      w.cands.push(c);
      byRange.set(rangeKey(p0, end), c);
      for (let k = p0; k < end; k++) covering[k] = c;
    }
  });
}
