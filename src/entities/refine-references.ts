// Links descriptions and pronouns to the person they refer back to. A description is a definite noun phrase with
// a role noun ("the Russian top diplomat" → the latest Russian with a diplomat's role; "the Kremlin chief" → the
// latest leader of the Kremlin's country, or of no stated country). A pronoun ("she", "his") takes the one person of
// its gender mentioned earlier in its sentence, else in the sentence before; where two fit, it stays unlinked.
import { endingAt, TITLE_INDEX } from './lexicon/heads.js';
import type { RoleKind } from './lexicon/types.js';
import { addToCluster } from './refine-coref.js';
import type { Facts } from './refine-actors.js';
import type { Cand, Cluster, Work } from './work.js';
import { makeCand } from './work.js';
import { LETTER_START } from './pieces.js';

/** Which role kinds a description's noun can refer to. */
function compatible(noun: RoleKind, held: Set<string>): boolean {
  if (held.has(noun)) return true;
  if (noun === 'minister') return held.has('diplomat') || held.has('leader');
  if (noun === 'official') return ['minister', 'diplomat', 'leader', 'spokesperson', 'official'].some((k) => held.has(k));
  if (noun === 'leader') return held.has('royal');
  return false;
}

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

export function findNominals(w: Work, facts: Facts): void {
  const { pieces } = w.view;
  const starts = new Map<number, Cand>();
  for (const c of w.cands) if (!c.dropped && c.kind !== 'title') starts.set(c.p0, c);
  const persons = w.clusters.filter((k) => k.type === 'PERSON');
  for (const s of w.view.sentences) {
    if (s.caseless) continue;
    // The reading of one "the" is a function of its own: its closures would otherwise cost a context per piece.
    for (let i = s.p0; i < s.p1 - 1; i++) if (pieces[i].lower === 'the') i = findNominalAt(w, facts, s.p1, i, starts, persons);
  }
}

/** The description opened by "the" at piece i, if any (added to its person's cluster); returns the last piece read. */
function findNominalAt(w: Work, facts: Facts, p1: number, i: number, starts: Map<number, Cand>, persons: Cluster[]): number {
  const { pieces } = w.view;
  const keys = w.view.keys;
  // the [qualifier] [modifiers] noun: "the Russian top diplomat", "the Kremlin chief's"
  let k = i + 1;
  let nationality: string | null = null;
  let agent: string | null = null;
  let qualifier: Cand | undefined;
  const q = starts.get(k);
  if (q && q.type && q.type !== 'PERSON') {
    qualifier = q;
    nationality = q.cluster ? facts.country(q.cluster) : q.known?.country ?? null;
    const code = q.known?.actor ?? null;
    if (q.type === 'ORG' && code && code.length > 3) agent = code.slice(3);
    k = q.p1;
  }
  let end = k;
  while (end < p1 && end - k < 4 && !pieces[end].cap && MODIFIER_POS.has(pieces[end].pos) && LETTER_START.test(pieces[end].text)) end++;
  // The noun must end the phrase: "the Russian top diplomat will" but not "the top diplomat's office".
  let m: ReturnType<typeof endingAt<import('./lexicon/types.js').TitleEntry>> = null;
  let nounEnd = end;
  for (; nounEnd > k; nounEnd--) {
    m = endingAt(TITLE_INDEX, keys, nounEnd, k);
    if (m) break;
  }
  if (!m || m.entry.honorific || m.entry.kind === 'other' || m.entry.kind === 'sport') return i;
  const after = pieces[nounEnd];
  if (after && after.sent === pieces[i].sent && after.cap && LETTER_START.test(after.text)) return i; // "the president Joe Biden"
  if (after && after.sent === pieces[i].sent && (after.pos === 'NOUN' || after.pos === 'PROPN') && !after.cap) return i;
  const at = pieces[i].start;
  // With no qualifier the noun must be the person's own title ("the prime minister" → Prime Minister X).
  const noun = keys.slice(nounEnd - m.length, nounEnd).join(' ');
  const fits = persons.filter((p) => {
    if (!p.cands.some((c) => c.start < at)) return false;
    if (!qualifier) return p.cands.some((c) => c.role && c.role.text.toLowerCase().replace(/\s+/g, ' ').endsWith(noun));
    return compatible(m!.entry.kind, facts.roleKinds(p));
  });
  const stated = nationality;
  const ranked = fits
    .map((p) => ({ p, country: facts.country(p), last: Math.max(...p.cands.filter((c) => c.start < at).map((c) => c.start)) }))
    .filter((x) => !stated || x.country === stated || x.country === null)
    .sort((a, b) => (stated ? Number(b.country === stated) - Number(a.country === stated) : 0) || b.last - a.last);
  if (!ranked.length) return i;
  // Without a qualifier the description must fit one person only.
  if (!qualifier && ranked.length > 1) return i;
  const target = ranked[0].p;
  const c = makeCand(w, i, nounEnd, { type: 'PERSON', kind: 'nominal', rule: 'definite-description', nationality, agent });
  c.antecedent = target.cands[0];
  w.cands.push(c);
  addToCluster(target, c);
  return nounEnd - 1;
}

const PRONOUNS = new Map<string, 'female' | 'male'>([['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'], ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male']]);

export function findPronouns(w: Work, facts: Facts): void {
  const { pieces, sentences } = w.view;
  // Person mentions by sentence, in order.
  const bySentence = new Map<number, Cand[]>();
  for (const k of w.clusters) {
    if (k.type !== 'PERSON') continue;
    for (const c of k.cands) {
      if (c.dropped || c.kind === 'pronoun') continue;
      const list = bySentence.get(c.sentence) ?? [];
      list.push(c);
      bySentence.set(c.sentence, list);
    }
  }
  const genders = new Map<Cluster, 'female' | 'male' | undefined>();
  const genderOf = (k: Cluster) => {
    if (!genders.has(k)) genders.set(k, facts.gender(k));
    return genders.get(k);
  };
  // Outside the loops, so that the loops allocate no closure context per piece.
  const pick = (mentions: Cand[] | undefined, at: number, gender: 'female' | 'male'): Cluster | null | undefined => {
    const people = [...new Set((mentions ?? []).filter((c) => c.start < at && c.cluster).map((c) => c.cluster!))];
    const fit = people.filter((k) => (genderOf(k) ?? gender) === gender);
    if (!fit.length) return undefined;
    // Two people who could both be meant: the antecedent is not clear.
    return fit.length === 1 ? fit[0] : null;
  };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (let i = s.p0; i < s.p1; i++) {
      const gender = PRONOUNS.get(pieces[i].lower);
      if (!gender || (pieces[i].upper && pieces[i].text.length > 1 && s.caseless)) continue;
      const at = pieces[i].start;
      let target = pick(bySentence.get(si), at, gender);
      if (target === undefined && si > 0) target = pick(bySentence.get(si - 1), at, gender);
      if (!target) continue;
      const c = makeCand(w, i, i + 1, { type: 'PERSON', kind: 'pronoun', rule: 'pronoun-nearest-person', gender });
      w.cands.push(c);
      addToCluster(target, c);
      target.gender ??= gender;
      genders.set(target, target.gender);
      const list = bySentence.get(si) ?? [];
      list.push(c);
      bySentence.set(si, list);
    }
  }
}
