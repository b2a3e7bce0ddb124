// Finds the roles and affiliations the text gives a person around the name: a lower-case title before it
// ("Foreign Ministry spokesperson Mao Ning", "scholar Cui Heng") and an apposition after it ("Li Haidong, a
// professor at the China Foreign Affairs University"; "Yang Jin, an associate research fellow at the Institute
// of ... at the Chinese Academy of Social Sciences": the affiliation is the outermost organization).
import { endingAt, TITLE_INDEX } from './lexicon/heads.js';
import type { Cand, Role, Work } from './work.js';
import { makeCand } from './work.js';
import { leadingCity } from './find-names.js';
import { LETTER_START } from './pieces.js';

const ROLE_MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const AFFILIATION_PREPS = new Set(['at', 'of', 'from', 'with', 'for', 'in']);
const PARENT_PREPS = new Set(['at', 'of', 'under']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words that end a role phrase before the person's name is given. */
const NOT_MODIFIERS = new Set(['said', 'says', 'told', 'and', 'or', 'by', 'to', 'with', 'that', 'who', 'as', 'of', 'for', 'at', 'in', 'on', 'from']);

/** First candidate starting at each piece (the longest where several do). */
export function candsByStart(w: Work): Map<number, Cand> {
  const at = new Map<number, Cand>();
  for (const c of w.cands) {
    if (c.dropped || c.kind === 'title') continue;
    const prev = at.get(c.p0);
    if (!prev || c.p1 > prev.p1) at.set(c.p0, c);
  }
  return at;
}

function candsByEnd(w: Work): Map<number, Cand> {
  const at = new Map<number, Cand>();
  for (const c of w.cands) {
    if (c.dropped || c.kind === 'title') continue;
    const prev = at.get(c.p1);
    if (!prev || c.p0 < prev.p0) at.set(c.p1, c);
  }
  return at;
}

function personLike(c: Cand): boolean {
  return !c.dropped && c.kind === 'name' && (c.type === null || (c.type === 'PERSON' && !c.role));
}

/** "Foreign Ministry spokesperson Mao Ning", "scholar Cui Heng", "Chinese spokesperson Lin Jian". */
export function findRolesBefore(w: Work): void {
  const { pieces } = w.view;
  const keys = w.view.keys;
  const ends = candsByEnd(w);
  for (const c of [...w.cands]) {
    if (!personLike(c) || c.known) continue;
    const sentStart = w.view.sentences[c.sentence].p0;
    const t = c.p0 - 1;
    if (t < sentStart || pieces[t].cap) continue;
    const m = endingAt(TITLE_INDEX, keys, t + 1, sentStart);
    if (!m || m.entry.honorific) continue;
    let roleStart = t + 1 - m.length;
    for (let k = roleStart; k <= t; k++) if (pieces[k].cap) roleStart = k + 1;
    if (roleStart > t) continue;
    // Modifiers: "top", "senior", "deputy", "foreign ministry".
    while (roleStart - 1 >= sentStart) {
      const p = pieces[roleStart - 1];
      if (p.cap || !ROLE_MODIFIER_POS.has(p.pos) || NOT_MODIFIERS.has(p.lower) || !LETTER_START.test(p.text)) break;
      roleStart--;
    }
    let nationality: string | null = null;
    let org: Cand | undefined;
    const before = ends.get(roleStart);
    // "HMV spokesman Gennaro Castaldo": an unexplained name before the role is whom the person speaks for.
    const proper = before && w.view.pieces.slice(before.p0, before.p1).every((p) => p.upper || (p.pos === 'PROPN' && !p.initial));
    if (before && proper && !before.dropped && before.type === null && before.tagged !== 'PER' && before.sentence === c.sentence && m.entry.kind !== 'academic') {
      before.type = 'ORG';
      before.rule = 'org-before-role';
    }
    if (before && !before.dropped) {
      if (before.type === 'ORG') {
        org = before;
        roleStart = before.p0;
        const lead = w.hitAt[before.p0];
        // "Chinese Foreign Ministry spokesperson": the nationality is not part of the role.
        if (lead && lead.p1 < before.p1 && (lead.known.source === 'demonym' || lead.known.source === 'country')) {
          nationality = lead.known.country;
          if (lead.known.source === 'demonym') c.nationalityWord = lead.known.name;
          roleStart = lead.p1;
        }
      } else if (before.known && (before.known.source === 'demonym' || before.known.source === 'country')) {
        nationality = before.known.country;
        if (before.known.source === 'demonym') c.nationalityWord = before.known.name;
      }
    }
    const role: Role = { text: w.view.text.slice(pieces[roleStart].start, pieces[t].end), start: pieces[roleStart].start, end: pieces[t].end, title: m.entry };
    c.type = 'PERSON';
    c.role = role;
    c.rule = m.entry.id;
    c.gender ??= m.entry.gender;
    if (nationality) c.nationality = nationality;
    if (org) c.org = org;
  }
}

/** The lower-case role phrase starting at piece k ("an associate research fellow"): [start, end) and its title. */
function rolePhrase(w: Work, k: number, sentEnd: number): { start: number; end: number; entry: import('./lexicon/types.js').TitleEntry } | null {
  const { pieces } = w.view;
  if (k < sentEnd && DETERMINERS.has(pieces[k].lower)) k++;
  const start = k;
  let end = k;
  while (end < sentEnd && end - start < 6) {
    const p = pieces[end];
    if (p.cap || !LETTER_START.test(p.text) || AFFILIATION_PREPS.has(p.lower) || NOT_MODIFIERS.has(p.lower)) break;
    end++;
  }
  if (end === start) return null;
  const keys = w.view.keys;
  const m = endingAt(TITLE_INDEX, keys, end, start);
  if (!m || m.entry.honorific) return null;
  return { start, end, entry: m.entry };
}

/** "Li Haidong, a professor at the China Foreign Affairs University, said ..." */
export function findAppositions(w: Work): void {
  const { pieces } = w.view;
  const starts = candsByStart(w);
  for (const c of [...w.cands]) {
    if (c.dropped || c.kind !== 'name' || (c.type !== null && c.type !== 'PERSON') || c.known) continue;
    const sentEnd = w.view.sentences[c.sentence].p1;
    let k = c.p1;
    if (k >= sentEnd || pieces[k].text !== ',') continue;
    k++;
    // "Sergey Lavrov, Russia's foreign minister,"
    let nationality: string | null = null;
    const poss = w.hitAt[k];
    if (poss && poss.known.country && (poss.known.source === 'country' || poss.known.source === 'demonym')) {
      if (poss.p1 < sentEnd && /^['\u2019]s$/.test(pieces[poss.p1].text)) {
        nationality = poss.known.country;
        k = poss.p1 + 1;
      } else if (poss.known.source === 'demonym') {
        nationality = poss.known.country;
      }
    }
    const phrase = rolePhrase(w, k, sentEnd);
    if (!phrase) continue;
    let roleStart = phrase.start;
    if (nationality && poss && poss.known.source === 'demonym' && poss.p0 === phrase.start) roleStart = poss.p1;
    const role: Role = { text: w.view.text.slice(pieces[roleStart].start, pieces[phrase.end - 1].end), start: pieces[roleStart].start, end: pieces[phrase.end - 1].end, title: phrase.entry };
    c.type = 'PERSON';
    // A title before the name stays the main role.
    c.role ??= role;
    if (c.rule === 'capitalized-name') c.rule = 'apposition-role';
    c.gender ??= phrase.entry.gender;
    if (nationality) c.nationality ??= nationality;
    // The organizations: "at the Institute of ... at the Chinese Academy of Social Sciences".
    let j = phrase.end;
    let inner: Cand | undefined;
    let outer: Cand | undefined;
    while (j < sentEnd && (inner ? PARENT_PREPS : AFFILIATION_PREPS).has(pieces[j].lower)) {
      let m = j + 1;
      if (m < sentEnd && pieces[m].lower === 'the') m++;
      // "the Shanghai-based China National Institute ..."
      let based: string | null = null;
      if (m + 2 < sentEnd && /^[-\u2010\u2011]$/.test(pieces[m + 1].text) && /^(based|headquartered)$/.test(pieces[m + 2].lower)) {
        const place = starts.get(m);
        if (place) place.placeContext = true;
        based = w.hitAt[m]?.known.country ?? leadingCity(w, m, m + 2)?.country ?? null;
        m += 3;
      }
      const org = starts.get(m);
      if (!org || org.dropped || (org.type !== 'ORG' && org.type !== null) || org.p1 - org.p0 < 1) break;
      if (org.type === null) {
        org.type = 'ORG';
        org.rule = 'apposition-affiliation';
      }
      if (based) org.countryHint ??= based;
      if (outer) outer.parent = org;
      inner ??= org;
      outer = org;
      j = org.p1;
    }
    if (outer) c.affiliation = outer;
  }
}

/** "Shanghai Cooperation Organization (SCO)": the acronym is the same organization. */
export function findAcronyms(w: Work): void {
  const { pieces } = w.view;
  const starts = candsByStart(w);
  for (const c of [...w.cands]) {
    if (c.dropped || c.kind !== 'name' || c.p1 - c.p0 < 2 || (c.type !== null && c.type !== 'ORG')) continue;
    const k = c.p1;
    if (k + 2 >= pieces.length || pieces[k].text !== '(' || pieces[k + 2].text !== ')') continue;
    const acr = pieces[k + 1];
    if (!/^[\p{Lu}][\p{Lu}\d&.-]{1,9}$/u.test(acr.text)) continue;
    const initials = pieces.slice(c.p0, c.p1).filter((p) => p.cap).map((p) => p.text[0].toUpperCase()).join('');
    if (initials[0] !== acr.text[0]) continue;
    let found = starts.get(k + 1);
    if (found && found.p1 !== k + 2) found = undefined;
    const acronym = found ?? makeCand(w, k + 1, k + 2, { rule: 'acronym-in-brackets' });
    if (!found) w.cands.push(acronym);
    acronym.kind = 'acronym';
    acronym.rule = 'acronym-in-brackets';
    acronym.acronymOf = c;
    acronym.type = c.type ?? 'ORG';
    c.type ??= 'ORG';
    c.acronym = acronym;
  }
}
