// What each entity is, from all its mentions: country, CAMEO actor code (country + agent from role, organization
// head or affiliation; a user's or dictionary's code wins), roles, affiliation, coordinates, canonical name.
import type { Entity, Mention } from '../article.js';
import { actorCodeOn } from '../lexicons/petrarch.js';
import { agentAt, BUILTIN_AGENT_INDEX } from '../lexicons/agents.js';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/first-names.js';
import { endingAt, TITLE_INDEX } from './lexicon/heads.js';
import { phraseKeys } from './pieces.js';
import { nameWords } from './refine-coref.js';
import type { Cand, Cluster, Work } from './work.js';

function countryOfCode(code: string | null, w: Work): string | null {
  if (!code || code.length < 3) return null;
  const head = code.slice(0, 3);
  return w.gaz.countryNames.has(head) || head === 'SUN' || head === 'YUG' ? head : null;
}

/** The agent (GOV, EDU, ...) a role phrase names: "Foreign Ministry Spokeswoman" → GOV. */
export function agentOfRole(text: string): string | null {
  const words = text.toLowerCase().split(/[\s-]+/).filter(Boolean);
  for (let end = words.length; end > 0; end--) {
    const m = agentAt(BUILTIN_AGENT_INDEX, words, end);
    if (m) return m.entry.code;
  }
  return null;
}

/** Agents of organizations whose people share their country: the state's, its schools' and its press's. */
const NATIONAL_AGENTS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'PTY', 'EDU', 'MED', 'SPY']);

/** Role kinds that say how someone serves an organization, not in what trade. */
const GENERIC_ROLES = new Set(['spokesperson', 'leader', 'official', 'business', 'other']);

export class Facts {
  private readonly countries = new Map<Cluster, string | null>();
  private readonly visiting = new Set<Cluster>();

  constructor(private readonly w: Work) {}

  /** ISO alpha-3 of an entity, from what its mentions say. */
  country(k: Cluster | undefined): string | null {
    if (!k) return null;
    if (this.countries.has(k)) return this.countries.get(k)!;
    if (this.visiting.has(k)) return null;
    this.visiting.add(k);
    const value = this.computeCountry(k);
    this.visiting.delete(k);
    this.countries.set(k, value);
    return value;
  }

  private computeCountry(k: Cluster): string | null {
    if (k.actor) {
      const c = k.actor.country ?? countryOfCode(actorCodeOn(k.actor, this.w.doc.meta.published), this.w);
      if (c) return c;
    }
    if (k.known && k.known.country) return k.known.country;
    const cands = k.cands;
    for (const c of cands) if (c.nationality) return c.nationality;
    for (const c of cands) if (c.countryHint) return c.countryHint;
    for (const c of cands) {
      const org = c.affiliation ?? c.org;
      // A ministry or a university says whose it is; a football club or a company abroad does not say whose
      // citizen its player or employee is.
      if (!org?.cluster || org.cluster === k || (k.type === 'PERSON' && !NATIONAL_AGENTS.has(this.orgAgent(org.cluster) ?? ''))) continue;
      const country = this.country(org.cluster);
      if (country) return country;
    }
    for (const c of cands) {
      const parent = c.parent?.cluster;
      if (parent && parent !== k) {
        const country = this.country(parent);
        if (country) return country;
      }
    }
    // "the Kremlin chief", "the Russian top diplomat": what a description linked to the entity says.
    for (const c of cands) if (c.kind === 'nominal' && c.nationality) return c.nationality;
    for (const c of cands) {
      if (c.acronymOf?.cluster && c.acronymOf.cluster !== k) return this.country(c.acronymOf.cluster);
    }
    return null;
  }

  /** The CAMEO agent of an entity: its role, the organization in its role, its head word, its affiliation. */
  agent(k: Cluster): string | null {
    for (const c of k.cands) {
      if (!c.role || c.role.title?.honorific) continue;
      // "HMV spokesman", "Acme chief executive": a role that says only "speaks for" or "heads" takes the agent of
      // what it speaks for or heads; a role with a trade of its own ("professor", "minister") keeps it.
      const org = c.org ?? c.affiliation;
      if (org?.cluster && org.cluster !== k && GENERIC_ROLES.has(c.role.title?.kind ?? '')) return this.orgAgent(org.cluster);
      const a = agentOfRole(c.role.text);
      if (a) return a;
    }
    for (const c of k.cands) if (c.head?.agent) return c.head.agent;
    for (const c of k.cands) {
      const org = c.org ?? c.affiliation;
      if (org?.cluster && org.cluster !== k) {
        const a = this.orgAgent(org.cluster);
        if (a) return a;
      }
    }
    for (const c of k.cands) if (c.kind === 'nominal' && c.agent) return c.agent;
    return null;
  }

  private orgAgent(k: Cluster): string | null {
    for (const c of k.cands) if (c.head?.agent) return c.head.agent;
    const code = k.known?.actor ?? null;
    return code && code.length > 3 ? code.slice(3) : null;
  }

  actor(k: Cluster): string | null {
    if (k.actor) {
      const code = actorCodeOn(k.actor, this.w.doc.meta.published);
      if (code) return code;
    }
    if (k.known?.actor && (k.type !== 'PERSON')) return k.known.actor;
    if (k.type === 'GPE' || k.type === 'NORP' || k.type === 'LOC') return k.known?.actor ?? this.country(k);
    // People of an international body take its code: "the secretary-general of the United Nations".
    for (const c of k.cands) {
      const org = c.affiliation ?? c.org;
      const known = org?.cluster?.known;
      if (known?.source === 'igo' && known.actor) return known.actor;
    }
    const country = this.country(k);
    const agent = this.agent(k);
    if (country && agent) return country + agent;
    // An organization with a country but no known agent is not its state: no code rather than the country's.
    if (k.type === 'ORG') return agent;
    return country ?? agent;
  }

  gender(k: Cluster): 'female' | 'male' | undefined {
    if (k.gender) return k.gender;
    for (const c of k.cands) if (c.gender) return c.gender;
    for (const c of k.cands) {
      const words = nameWords(this.w, c);
      if (words.length < 2) continue;
      if (FEMALE_NAMES.has(words[0])) return 'female';
      if (MALE_NAMES.has(words[0])) return 'male';
    }
    return undefined;
  }

  /** Kinds of the roles an entity holds ("leader", "diplomat"), for descriptions that refer back to it. */
  roleKinds(k: Cluster): Set<string> {
    const kinds = new Set<string>();
    for (const c of k.cands) {
      if (!c.role?.title) continue;
      kinds.add(c.role.title.kind);
      // "Minister of Foreign Affairs": the whole role may be a title of another kind than its head word.
      const words = phraseKeys(c.role.text.toLowerCase());
      const whole = endingAt(TITLE_INDEX, words, words.length);
      if (whole) kinds.add(whole.entry.kind);
    }
    return kinds;
  }
}

const MENTION_ORDER: Record<string, number> = { name: 0, acronym: 1, alias: 2, partial: 3, title: 4, adjective: 5, nominal: 6, pronoun: 7 };
/** A word that starts in lower case, after a space. */
const LOWER_WORD = /\s\p{Ll}/u;

function canonicalName(w: Work, k: Cluster): string {
  const proper = k.cands.filter((c) => c.kind === 'name' || c.kind === 'alias' || c.kind === 'acronym' || c.kind === 'partial');
  const pool = proper.length ? proper : k.cands;
  // "KENYA" in a headline and "Kenya" in the body: the body's spelling names it.
  const plain = pool.filter((c) => !(w.view.sentences[c.sentence].caseless || w.view.pieces[c.p0].shout));
  if (!plain.length && k.known) return k.known.name;
  const texts = (plain.length ? plain : pool).map((c) => w.view.text.slice(c.start, c.end).replace(/\s+/g, ' '));
  let best = texts[0];
  for (const t of texts) if (t.length > best.length) best = t;
  // "Chinese foreign ministry" and "Chinese Foreign Ministry": the capitalized form names it.
  return texts.find((t) => t.toLowerCase() === best.toLowerCase() && !LOWER_WORD.test(t)) ?? best;
}

function nationalityWord(k: Cluster): string | null {
  for (const c of k.cands) if (c.nationalityWord) return c.nationalityWord;
  return null;
}

/** The entities of the article, numbered e1.. in order of first mention. */
export function buildEntities(w: Work, facts: Facts): Entity[] {
  const clusters = w.clusters.filter((k) => k.cands.some((c) => !c.dropped));
  const first = new Map<Cluster, number>();
  for (const k of clusters) {
    let m = Infinity;
    for (const c of k.cands) if (c.start < m) m = c.start;
    first.set(k, m);
  }
  clusters.sort((a, b) => first.get(a)! - first.get(b)!);
  const ids = new Map<Cluster, string>();
  clusters.forEach((k, i) => ids.set(k, `e${i + 1}`));
  return clusters.map((k) => {
    const cands = k.cands.filter((c) => !c.dropped).sort((a, b) => a.start - b.start || (MENTION_ORDER[a.kind] ?? 9) - (MENTION_ORDER[b.kind] ?? 9));
    // One mention per span; the candidates come by start, so a repeat shares its start with the first.
    const ends = new Set<number>();
    let at = -1;
    const mentions: Mention[] = [];
    for (const c of cands) {
      if (c.start !== at) {
        at = c.start;
        ends.clear();
      }
      if (ends.has(c.end)) continue;
      ends.add(c.end);
      mentions.push({ start: c.start, end: c.end, text: w.view.text.slice(c.start, c.end), kind: c.kind, rule: c.rule });
    }
    const roles: string[] = [];
    for (const c of cands) if (c.role && !roles.includes(c.role.text)) roles.push(c.role.text);
    for (const r of k.actor?.roles ?? []) if (!roles.includes(r)) roles.push(r);
    let affiliationCluster: Cluster | undefined;
    for (const c of cands) {
      const org = c.affiliation ?? c.org;
      if (org?.cluster && org.cluster !== k) {
        affiliationCluster = org.cluster;
        if (c.affiliation) break;
      }
    }
    if (!affiliationCluster) for (const c of cands) if (c.parent?.cluster && c.parent.cluster !== k) affiliationCluster = c.parent.cluster;
    const name = canonicalName(w, k);
    const defining = cands.find((c) => c.kind === 'name') ?? cands[0];
    const entity: Entity = {
      id: ids.get(k)!,
      name,
      type: k.actor?.type ?? k.type,
      country: facts.country(k),
      actor: facts.actor(k),
      roles,
      affiliation: affiliationCluster ? canonicalName(w, affiliationCluster) : k.actor?.affiliation ?? null,
      geo: k.type === 'GPE' || k.type === 'LOC' ? k.known?.geo ?? null : null,
      mentions,
      rule: k.actor ? k.actor.id : defining.rule,
    };
    if (affiliationCluster) entity.affiliationEntity = ids.get(affiliationCluster) ?? null;
    const nationality = k.type === 'PERSON' ? nationalityWord(k) : null;
    if (nationality) entity.nationality = nationality;
    const acronym = cands.find((c) => c.kind === 'acronym');
    if (acronym && k.type === 'ORG') entity.acronym = w.view.text.slice(acronym.start, acronym.end);
    return entity;
  });
}

export type { Cand };
