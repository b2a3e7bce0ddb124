// Links the mentions of one entity: lexicon names by identity, full names, organizations by name and acronym,
// surnames to the full name they shorten ("Lavrov" → Sergey Lavrov; never across two people unless one is
// nearer), ALL-CAPS repeats of known names, bare national offices to their qualified form ("Foreign Ministry" →
// Chinese Foreign Ministry) and lower-case repeats ("the Chinese foreign ministry").
import type { EntityType } from '../article.js';
import { endingAt, ORG_HEAD_INDEX } from './lexicon/heads.js';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/first-names.js';
import type { Cand, Cluster, Work } from './work.js';
import { makeCand } from './work.js';

const WORD = /[\p{L}\p{N}]/u;

/** The name words of a mention: lower-case keys of its word pieces, without a leading "the". */
export function nameWords(w: Work, c: Pick<Cand, 'p0' | 'p1'> & { words?: string[] }): string[] {
  if (c.words) return c.words;
  const out: string[] = [];
  for (let k = c.p0; k < c.p1; k++) {
    const p = w.view.pieces[k];
    if (p.alpha || WORD.test(p.text)) out.push(p.key);
  }
  if (out[0] === 'the' && out.length > 1) out.shift();
  return out;
}

/** nameWords, kept on the candidate (its pieces never change). */
function wordsOf(w: Work, c: Cand): string[] {
  c.words ??= nameWords(w, c);
  return c.words;
}

export function addToCluster(cluster: Cluster, c: Cand): void {
  c.cluster = cluster;
  cluster.cands.push(c);
  if (c.actor) cluster.actor ??= c.actor;
}

function newCluster(w: Work, c: Cand, type: EntityType): Cluster {
  const cluster: Cluster = { id: w.clusters.length, cands: [], type, known: c.known };
  w.clusters.push(cluster);
  addToCluster(cluster, c);
  return cluster;
}

function byPosition(a: Cand, b: Cand): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The candidates not dropped, in position order (a stable sort of w.cands). Candidates are only ever appended and
 * never move, so the order is kept on the work and only the ones added since the last call are sorted and merged in.
 */
function live(w: Work): Cand[] {
  let sorted = w.byPosition ?? [];
  if (sorted.length < w.cands.length) {
    const added = w.cands.slice(sorted.length).sort(byPosition);
    sorted = sorted.length ? mergeSorted(sorted, added) : added;
    w.byPosition = sorted;
  }
  return sorted.filter(isLive);
}

/** Merges two runs sorted by position; on a tie the earlier run's candidate comes first, as a stable sort keeps it. */
function mergeSorted(a: Cand[], b: Cand[]): Cand[] {
  const out: Cand[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function isLive(c: Cand): boolean {
  return !c.dropped;
}

export class Clusters {
  readonly byKey = new Map<string, Cluster>();
  /** Person clusters by each word of their full names. */
  readonly byWord = new Map<string, Cluster[]>();

  constructor(private readonly w: Work) {}

  key(type: EntityType, words: string[]): string {
    return `${type}:${words.join(' ')}`;
  }

  join(c: Cand, key: string, type: EntityType): Cluster {
    const found = this.byKey.get(key);
    if (found) {
      addToCluster(found, c);
      return found;
    }
    const cluster = newCluster(this.w, c, type);
    this.byKey.set(key, cluster);
    return cluster;
  }

  registerPerson(cluster: Cluster, words: string[]): void {
    for (const word of words) {
      const list = this.byWord.get(word) ?? [];
      if (!list.includes(cluster)) list.push(cluster);
      this.byWord.set(word, list);
    }
  }
}

/** Lexicon names, titled and full person names, organizations and their acronyms. */
export function clusterNames(w: Work, clusters: Clusters): void {
  for (const c of live(w)) {
    if (c.cluster || c.kind === 'title') continue;
    const words = wordsOf(w, c);
    if (c.known && c.type) {
      clusters.join(c, `known:${c.known.key}`, c.type);
      continue;
    }
    if (c.actor && c.type) {
      clusters.join(c, `actor:${c.actor.id}`, c.type);
      if (c.type === 'PERSON' && words.length >= 2) clusters.registerPerson(c.cluster!, words);
      continue;
    }
    if (c.acronymOf?.cluster) {
      addToCluster(c.acronymOf.cluster, c);
      clusters.byKey.set(clusters.key('ORG', words), c.acronymOf.cluster);
      continue;
    }
    // "Mr Brown", "President Putin": a single titled name waits for a full name it may shorten (linkPartials).
    if (c.type === 'PERSON' && words.length >= 2) {
      const cluster = clusters.join(c, clusters.key('PERSON', words), 'PERSON');
      clusters.registerPerson(cluster, words);
      continue;
    }
    if (c.type === 'ORG' || (c.type && c.type !== 'PERSON')) {
      clusters.join(c, clusters.key(c.type, words), c.type);
    }
  }
  // "President Putin" joins the cluster of its name "Putin".
  for (const c of live(w)) if (c.kind === 'title' && c.antecedent?.cluster && !c.cluster) addToCluster(c.antecedent.cluster, c);
}

/**
 * "in Beijing Lavrov will hold talks": a run of capitals that is a place followed by a person's known name is
 * two mentions.
 */
export function splitPlacePerson(w: Work, clusters: Clusters): void {
  for (const c of live(w)) {
    if (c.cluster || c.type !== null || c.p1 - c.p0 < 2) continue;
    for (let k = c.p1 - 1; k > c.p0; k--) {
      const rest = w.view.pieces.slice(k, c.p1).filter((p) => WORD.test(p.text));
      if (!rest.length || !rest.every((p) => clusters.byWord.has(p.key))) continue;
      const place = w.gaz.cities.byName.get(w.view.pieces.slice(c.p0, k).map((p) => p.key).join(' '));
      if (!place?.length) continue;
      c.dropped = true;
      w.cands.push(makeCand(w, c.p0, k, { rule: 'capitalized-name' }), makeCand(w, k, c.p1, { rule: 'capitalized-name' }));
      break;
    }
  }
}

/** "the Political Bureau of the Communist Party of China": an organization inside another. */
export function linkParentOrgs(w: Work): void {
  const starts = new Map<number, Cand>();
  for (const c of w.cands) if (!c.dropped && c.type === 'ORG') starts.set(c.p0, c);
  for (const c of w.cands) {
    if (c.dropped || c.type !== 'ORG' || c.parent) continue;
    let k = c.p1;
    const p = w.view.pieces[k];
    if (!p || p.sent !== c.sentence || p.lower !== 'of') continue;
    k++;
    if (w.view.pieces[k]?.lower === 'the') k++;
    const parent = starts.get(k);
    if (parent && parent !== c) c.parent = parent;
  }
}

function lastBefore(cluster: Cluster, at: number): number {
  let best = -1;
  for (const c of cluster.cands) if (c.start < at && c.start > best) best = c.start;
  return best;
}

/**
 * "Lavrov", "Mao said", "Wang": a name whose words all belong to one person's full name is that person. Where two
 * people share the word, the nearer earlier mention wins; with none earlier, the first later one.
 */
export function linkPartials(w: Work, clusters: Clusters): void {
  const notPeople = new Set<string>();
  for (const c of w.cands) if (c.tagged && c.tagged !== 'PER' && c.p1 - c.p0 === 1) notPeople.add(w.view.pieces[c.p0].key);
  for (const c of live(w)) {
    if (c.cluster || c.kind === 'title') continue;
    if (c.type !== null && c.type !== 'PERSON' && !(c.known?.source === 'city')) continue;
    // The tagger read it as something else than a person: keep its reading.
    if (c.tagged && c.tagged !== 'PER') continue;
    // "Pirelli" the company beside "Leopoldo Pirelli": a word the tagger reads as no person elsewhere stays apart.
    if (!c.tagged && c.p1 - c.p0 === 1 && notPeople.has(w.view.pieces[c.p0].key)) continue;
    const words = wordsOf(w, c);
    if (!words.length || words.length > 2 || words.some((x) => x.length < 2)) continue;
    let candidates = clusters.byWord.get(words[0]) ?? [];
    for (const word of words.slice(1)) candidates = candidates.filter((k) => (clusters.byWord.get(word) ?? []).includes(k));
    candidates = candidates.filter((k) => k.cands.some((m) => nameWords(w, m).length > words.length));
    if (!candidates.length) continue;
    let best: Cluster | undefined;
    let bestAt = -1;
    for (const k of candidates) {
      const at = lastBefore(k, c.start);
      if (at > bestAt) {
        best = k;
        bestAt = at;
      }
    }
    best ??= candidates[0];
    c.type = 'PERSON';
    c.kind = 'partial';
    c.known = undefined;
    c.rule = 'surname-of-full-name';
    addToCluster(best, c);
  }
}

/** Untyped names that repeat a clustered name ("SCO" after "... Organization (SCO)", "Reuters" twice). */
export function linkRepeats(w: Work, clusters: Clusters): void {
  for (const c of live(w)) {
    if (c.cluster || c.kind === 'title') continue;
    const name = wordsOf(w, c).join(' ');
    for (const type of ['ORG', 'PERSON', 'GPE', 'LOC', 'NORP'] as const) {
      if (c.type && c.type !== type) continue;
      const found = clusters.byKey.get(`${type}:${name}`);
      if (!found) continue;
      c.type = type;
      if (c.rule === 'capitalized-name') c.rule = 'repeated-name';
      addToCluster(found, c);
      break;
    }
  }
}

/** "LAVROV", "WANG" in an ALL-CAPS line: words of names the article already gave. */
export function linkCaseless(w: Work, clusters: Clusters): void {
  if (!w.view.sentences.some((s) => s.caseless)) return;
  const covered = new Uint8Array(w.view.pieces.length);
  for (const c of w.cands) if (!c.dropped) covered.fill(1, c.p0, c.p1);
  for (const s of w.view.sentences) {
    if (!s.caseless) continue;
    for (let k = s.p0; k < s.p1; k++) {
      const p = w.view.pieces[k];
      if (covered[k] || !p.upper || p.key.length < 2 || w.view.lowerSeen.has(p.lower)) continue;
      const people = clusters.byWord.get(p.key);
      if (people?.length === 1) {
        const c = makeCand(w, k, k + 1, { type: 'PERSON', kind: 'partial', rule: 'caps-repeat' });
        w.cands.push(c);
        addToCluster(people[0], c);
      }
    }
  }
}

/** Typed names still alone: one cluster per type and name (with `multiWordOnly`, names of several words only). */
export function clusterRest(w: Work, clusters: Clusters, multiWordOnly = false): void {
  for (const c of live(w)) {
    if (c.cluster || !c.type) continue;
    if (multiWordOnly && !c.known && nameWords(w, c).length < 2) continue;
    if (c.kind === 'title') {
      if (c.antecedent?.cluster) addToCluster(c.antecedent.cluster, c);
      continue;
    }
    const words = wordsOf(w, c);
    const cluster = clusters.join(c, c.known ? `known:${c.known.key}` : clusters.key(c.type, words), c.type);
    if (c.type === 'PERSON' && words.length >= 2) clusters.registerPerson(cluster, words);
  }
}

/** The country the article is written from: its outlet's, else the one it names most. */
export function homeCountry(w: Work): string | null {
  const outlet = w.doc.meta.outlet;
  if (outlet) {
    const keys = outlet.toLowerCase().split(/\s+/);
    for (const phrase of w.gaz.phrases.byFirst.get(keys[0]) ?? []) {
      if (phrase.keys.join(' ') === keys.join(' ') && phrase.known.country) return phrase.known.country;
    }
  }
  const counts = new Map<string, number>();
  for (const k of w.clusters) {
    const country = k.known && (k.known.source === 'country' || k.known.source === 'demonym') ? k.known.country : null;
    if (country) counts.set(country, (counts.get(country) ?? 0) + k.cands.length);
  }
  let best: string | null = null;
  let n = 0;
  for (const [country, count] of counts) if (count > n) [best, n] = [country, count];
  return best;
}

function mergeInto(w: Work, from: Cluster, into: Cluster): void {
  for (const c of from.cands) addToCluster(into, c);
  from.cands = [];
}

/** After merges: the clusters left empty go, and the rest are numbered again. */
function dropEmptyClusters(w: Work): void {
  w.clusters = w.clusters.filter((k) => k.cands.length);
  w.clusters.forEach((k, i) => (k.id = i));
}

/**
 * "Foreign Ministry" beside "Chinese Foreign Ministry" and "Russian Foreign Ministry": the bare office is the
 * qualified one of the article's home country when there is one, else the only qualified one.
 */
export function mergeOrgVariants(w: Work, home: string | null): void {
  const qualified = new Map<string, { cluster: Cluster; country: string | null }[]>();
  for (const k of w.clusters) {
    if (k.type !== 'ORG' || !k.cands.length) continue;
    for (const c of k.cands) {
      const lead = w.hitAt[c.p0];
      if (!lead || lead.p1 >= c.p1 || (lead.known.source !== 'demonym' && lead.known.source !== 'country')) continue;
      const tail = nameWords(w, { p0: lead.p1, p1: c.p1 }).join(' ');
      const list = qualified.get(tail) ?? [];
      if (!list.some((q) => q.cluster === k)) list.push({ cluster: k, country: lead.known.country });
      qualified.set(tail, list);
    }
  }
  for (const k of w.clusters) {
    if (k.type !== 'ORG' || !k.cands.length) continue;
    const c = k.cands[0];
    if (w.hitAt[c.p0] && w.hitAt[c.p0]!.known.source !== 'user') continue;
    const variants = qualified.get(nameWords(w, c).join(' '));
    if (!variants?.length || variants.some((v) => v.cluster === k)) continue;
    const chosen = variants.find((v) => v.country === home) ?? (variants.length === 1 ? variants[0] : undefined);
    if (chosen) mergeInto(w, k, chosen.cluster);
  }
  dropEmptyClusters(w);
}

/**
 * "Microsoft Word" … "any Word document", "MG Rover" … "Rover": a person known only by one word that opens or ends
 * the longer name of one organization of the article is that organization's short name. A person with a full
 * name, a title or a lexicon entry keeps their own entity ("Andrew Pearson" … "Pearson" beside "Pearson Education").
 */
export function mergeOrgShortNames(w: Work): void {
  const byEdgeWord = new Map<string, Cluster[]>();
  for (const k of w.clusters) {
    if (k.type !== 'ORG' || !k.cands.length) continue;
    // Named once and by the tagger alone, an "organization" may be a person it misread ("Sol Campbell" beside
    // "Campbell said"): only a name the article repeats, or that a rule or a lexicon gave, is taken as one.
    if (k.cands.length < 2 && k.cands.every((c) => c.rule.startsWith('tagger-'))) continue;
    const words = nameWords(w, k.cands[0]);
    if (words.length < 2) continue;
    for (const word of new Set([words[0], words[words.length - 1]])) {
      const list = byEdgeWord.get(word) ?? [];
      if (!list.includes(k)) list.push(k);
      byEdgeWord.set(word, list);
    }
  }
  if (!byEdgeWord.size) return;
  for (const k of w.clusters) {
    if (k.type !== 'PERSON' || k.known || k.actor || !k.cands.length) continue;
    if (!k.cands.every((c) => c.kind === 'name' && c.p1 - c.p0 === 1)) continue;
    const word = nameWords(w, k.cands[0])[0];
    // "Steve Redgrave Trust" … "Steve": a given name is the person's own.
    if (FEMALE_NAMES.has(word) || MALE_NAMES.has(word)) continue;
    const orgs = byEdgeWord.get(word);
    if (orgs?.length !== 1) continue;
    for (const c of k.cands) {
      c.type = 'ORG';
      c.kind = 'partial';
      c.rule = 'part-of-org-name';
    }
    mergeInto(w, k, orgs[0]);
  }
  dropEmptyClusters(w);
}

/** "The Chinese foreign ministry added ...": a lower-case repeat of an organization's name. */
export function findLowercaseOrgs(w: Work): void {
  const { pieces } = w.view;
  const names = new Map<string, { keys: string[]; cluster: Cluster }[]>();
  for (const k of w.clusters) {
    if (k.type !== 'ORG') continue;
    for (const c of k.cands) {
      const keys = pieces.slice(c.p0, c.p1).map((p) => p.key);
      if (keys.length < 2 || !endingAt(ORG_HEAD_INDEX, keys, keys.length)) continue;
      const list = names.get(keys[0]) ?? [];
      if (!list.some((x) => x.keys.join(' ') === keys.join(' '))) list.push({ keys, cluster: k });
      names.set(keys[0], list);
    }
  }
  if (!names.size) return;
  const coveredBy: (Cand | undefined)[] = new Array(pieces.length);
  for (const c of w.cands) if (!c.dropped) for (let k = c.p0; k < c.p1; k++) coveredBy[k] = c;
  for (let i = 0; i < pieces.length; i++) {
    const named = names.get(pieces[i].key);
    if (!named) continue;
    for (const { keys, cluster } of named) {
      const end = i + keys.length;
      if (end > pieces.length || pieces[end - 1].sent !== pieces[i].sent) continue;
      let ok = true;
      let lower = false;
      for (let k = 0; k < keys.length && ok; k++) {
        ok = pieces[i + k].key === keys[k];
        const by = coveredBy[i + k];
        if (by && by.type !== 'NORP' && by.type !== 'GPE') ok = false;
        if (!pieces[i + k].cap) lower = true;
      }
      if (!ok || !lower) continue;
      for (let k = i; k < end; k++) {
        const by = coveredBy[k];
        if (by) by.dropped = true;
      }
      const c = makeCand(w, i, end, { type: 'ORG', kind: 'alias', rule: 'org-lowercase-repeat' });
      w.cands.push(c);
      addToCluster(cluster, c);
      for (let k = i; k < end; k++) coveredBy[k] = c;
      i = end - 1;
      break;
    }
  }
  for (const k of w.clusters) k.cands = k.cands.filter((c) => !c.dropped);
}
