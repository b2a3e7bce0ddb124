// Resolves each quote's speaker phrase to an entity: a name or surname mention inside it, a pronoun the entity
// stage linked (else the nearest person before it in this or the previous two sentences, of a matching gender
// where known), "the ministry" → the most recent organization named with that word. Unnamed sources ("experts",
// "five sources familiar with the matter") keep their words with no entity. Participles ("…, adding that …")
// take the speaker of the clause they continue.
import type { Entity, Span } from '../article.js';
import type { Candidate } from './candidate.js';
import { PERSONAL_PRONOUNS, phraseAfter, type Phrase } from './noun-phrase.js';
import type { MentionRef, Reading } from './reading.js';
import { SOURCE_WORDS } from './lexicon/sources.js';

export interface Speaker {
  entity: string | null;
  text: string | null;
  span: Span | null;
  phrase: Phrase | null;
}

export interface Attributed extends Candidate {
  attributed: Speaker;
}

const ORGANIZATION_WORDS = new Set<string>(SOURCE_WORDS.filter((w) => w.kind === 'organization').map((w) => w.word));
const MALE = new Set(['he', 'him', 'his', 'himself', 'mr', 'mr.', 'spokesman', 'chairman', 'congressman']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself', 'mrs', 'mrs.', 'ms', 'ms.', 'spokeswoman', 'chairwoman', 'congresswoman']);
const SENTENCES_BACK = 2;

type Gender = 'm' | 'f' | null;
function genderOf(e: Entity, cache: Map<string, Gender>): Gender {
  if (cache.has(e.id)) return cache.get(e.id)!;
  let m = 0, f = 0;
  for (const mention of e.mentions) {
    for (const w of mention.text.toLowerCase().split(/\s+/)) { if (MALE.has(w)) m++; if (FEMALE.has(w)) f++; }
  }
  for (const role of e.roles) for (const w of role.toLowerCase().split(/\s+/)) { if (MALE.has(w)) m++; if (FEMALE.has(w)) f++; }
  const g: Gender = m > f ? 'm' : f > m ? 'f' : null;
  cache.set(e.id, g);
  return g;
}

/** Index of the last mention that starts before token `t`. */
function lastMentionBefore(mentions: readonly MentionRef[], t: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].first < t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function nearestBefore(r: Reading, t: number, accept: (m: MentionRef) => boolean): Entity | null {
  const floorSentence = r.sentenceOf[t] - SENTENCES_BACK;
  for (let i = lastMentionBefore(r.mentions, t); i >= 0; i--) {
    const m = r.mentions[i];
    if (r.sentenceOf[m.first] < floorSentence) break;
    if (m.last < t && accept(m)) return m.entity;
  }
  return null;
}

function mentionsIn(r: Reading, first: number, last: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (let k = first; k <= last; k++) {
    const m = r.mentionAt[k];
    if (m && out[out.length - 1] !== m) out.push(m);
  }
  return out;
}

function resolvePhrase(r: Reading, p: Phrase, genders: Map<string, Gender>): Entity | null {
  const t = r.tokens[p.headFirst];
  if (p.first === p.last && PERSONAL_PRONOUNS.has(t.norm)) {
    const linked = r.mentionAt[p.first];
    if (linked) return linked.entity;
    if (t.norm === 'he' || t.norm === 'she') {
      const want: Gender = t.norm === 'he' ? 'm' : 'f';
      return nearestBefore(r, p.first, (m) => m.entity.type === 'PERSON' && genderOf(m.entity, genders) !== (want === 'm' ? 'f' : 'm'));
    }
    if (t.norm === 'it') return nearestBefore(r, p.first, (m) => m.entity.type === 'ORG');
    return null;
  }
  const inHead = mentionsIn(r, p.headFirst, p.headLast);
  const all = p.last > p.headLast ? mentionsIn(r, p.headFirst, p.last) : inHead;
  // The last person of the head: a noun phrase ends on its head ("Lifelong Learning Minister Jim Wallace").
  let last: MentionRef | undefined;
  for (const m of inHead) if (m.entity.type === 'PERSON') last = m;
  const person = last
    ?? all.find((m) => m.entity.type === 'PERSON' && (m.last === p.last || r.tokens[m.first - 1]?.norm === ','));
  if (person) return person.entity;
  const named = inHead.find((m) => m.last === p.headLast || (m.first <= p.headLast && m.last >= p.headLast));
  if (named && named.entity.type !== 'NORP') return named.entity;
  const head = r.tokens[p.headLast];
  if (r.tokens[p.headFirst].norm === 'the' && ORGANIZATION_WORDS.has(head.lemma)) {
    return nearestBefore(r, p.first, (m) => m.entity.type === 'ORG' && m.entity.name.toLowerCase().includes(head.lemma));
  }
  return null;
}

/** The speaker a phrase names; a relative pronoun standing for it is quoted instead when the phrase resolves. */
function speakerOf(r: Reading, p: Phrase, genders: Map<string, Gender>, pronoun: Phrase | null = null): Speaker {
  const entity = resolvePhrase(r, p, genders)?.id ?? null;
  const words = entity && pronoun ? pronoun : p;
  const span = { start: r.tokens[words.first].start, end: r.tokens[words.last].end };
  return { entity, text: r.text.slice(span.start, span.end), span, phrase: p };
}

/**
 * The subject of the clause a participle continues: the first noun phrase followed by its verb, at the sentence
 * start or after a comma before the participle ("In a speech on Monday, Smith attacked the plan, saying …").
 */
function clauseSubject(r: Reading, sentence: number, before: number): Phrase | null {
  const s = r.sentences[sentence];
  for (let at = s.tokenStart; at < before; at++) {
    if (at > s.tokenStart && r.tokens[at - 1].norm !== ',') continue;
    const p = phraseAfter(r, at, before);
    if (!p) continue;
    let k = p.last + 1;
    while (k < before && (r.tokens[k].pos === 'ADV' || r.tokens[k].pos === 'AUX')) k++;
    const t = r.tokens[k];
    if (t && k < before && t.pos === 'VERB') return p;
  }
  return null;
}

const NOBODY: Speaker = { entity: null, text: null, span: null, phrase: null };

export function refineSpeakers(r: Reading, candidates: readonly Candidate[]): Attributed[] {
  const genders = new Map<string, Gender>();
  const done: Attributed[] = [];
  for (const c of candidates) {
    let attributed = NOBODY;
    if (c.speaker) attributed = speakerOf(r, c.speaker, genders, c.pronoun ?? null);
    else if (c.inherits === 'clause') {
      let before: Attributed | undefined;
      for (let i = done.length - 1; i >= Math.max(0, done.length - 4) && !before; i--) {
        if (done[i].sentence === c.sentence && done[i].attributed.text !== null) before = done[i];
      }
      const subject = before ? null : clauseSubject(r, c.sentence, c.cue ? c.cue.first : r.sentences[c.sentence].tokenEnd);
      attributed = before ? before.attributed : subject ? speakerOf(r, subject, genders) : NOBODY;
    }
    done.push({ ...c, attributed });
  }
  return done;
}
