// Finds proper names in running text: runs of capitalized words ("chunks"), extended over the inner "of/for/and"
// of long organization names, then read: a lexicon name, a hyphen compound of places, a title and a person,
// an organization with its head word, or a name still to be typed. ALL-CAPS lines are left to the lexicons.
import type { Cand, Hit, Work } from './work.js';
import { makeCand, textOf } from './work.js';
import { DEPARTMENT_WORDS, endingAt, ORG_HEAD_INDEX, TITLE_INDEX } from './lexicon/heads.js';
import { ORG_HEADS } from './lexicon/org-heads.js';
import { LETTER_START, type Piece } from './pieces.js';
import { CITY_NEEDS_CONTEXT, CITY_STOP_WORDS } from './lexicon/cities.js';
import type { Known } from './lexicon/gazetteer.js';

const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADV', 'NUM', 'INTJ', 'SYM', 'PUNCT', 'VERB']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Capitalized only because they open a sentence. */
const SENTENCE_STARTERS = new Set(`the a an but and or so yet as at in on for with by from after before when while if this that these
those it its he she they we i you there here what which who whom whose why how some many most all both each every no not
also however meanwhile still then now today yesterday tomorrow last next apart despite since during under over
according asked speaking following amid earlier later only even just more such other another one two three first
second instead indeed thus though although because unless until whether where let please our my your their his her
him them us me nor once than toward towards about above across against along among around behind below beneath beside
between beyond into like near off onto out outside through throughout upon via within without`.split(/\s+/));
/** Lower-case words that join the parts of one name ("Charles de Gaulle", "Bashar al-Assad"). */
const PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'y', 'bint', 'abu']);
/** All-caps words that are not names. */
export const NOT_NAMES = new Set(['i', 'ok', 'tv', 'ceo', 'cfo', 'gdp', 'pm', 'am', 'ai', 'vip', 'covid', 'aids', 'hiv', 'usd', 'eur', 'faq', 'pdf', 'dna', 'rna', 'ipo', 'ppp', 'vat', 'etc', 'id', 'pc', 'ps', 'cd', 'dvd']);

/** Company suffixes end a name: "Kia Motor Corp of South Korea" is the company and where it is from. */
const COMPANY_SUFFIXES = new Set(['corp', 'corporation', 'inc', 'ltd', 'plc', 'co', 'llc', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'holdings', 'group']);
const ROMAN = /^(II|III|IV|VI|VII|VIII|IX|XI|XII|I)$/;

interface Chunk {
  p0: number;
  p1: number;
  /** Extended over "of/for" after an organization head or a title. */
  extended: boolean;
}

function isHyphen(p: Piece): boolean {
  return /^[-\u2010\u2011]$/.test(p.text);
}

function touching(a: Piece, b: Piece): boolean {
  return a.end === b.start;
}

export class NameReader {
  constructor(private readonly w: Work) {}

  private get pieces(): Piece[] {
    return this.w.view.pieces;
  }

  /** A capitalized word that can continue a name. */
  nameWord(i: number): boolean {
    const p = this.pieces[i];
    if (!p || !p.cap || p.shout || !LETTER_START.test(p.text)) return false;
    if (DAYS.has(p.lower) || NOT_NAMES.has(p.key)) return false;
    return true;
  }

  /** A capitalized word that can open a name. */
  nameStart(i: number, sentEnd: number): boolean {
    const p = this.pieces[i];
    if (!this.nameWord(i) || MONTHS.has(p.key) || p.text === 'I') return false;
    if (!p.initial) return true;
    if (SENTENCE_STARTERS.has(p.lower)) return false;
    const nextIsName = i + 1 < sentEnd && this.nameWord(i + 1) && !MONTHS.has(this.pieces[i + 1].key);
    if (nextIsName && !FUNCTION_POS.has(p.pos)) return true;
    if (FUNCTION_POS.has(p.pos)) return false;
    // "Mao said ...": a proper noun the article never writes in lower case.
    return !this.w.view.lowerSeen.has(p.lower) && (p.pos === 'PROPN' || p.pos === 'NOUN' || p.pos === 'ADJ' || p.pos === 'X');
  }

  /** Extends [i, j) over capitalized words, lexicon names, inner hyphens, "&" and name particles. */
  private run(i: number, end: number): number {
    const { pieces } = this;
    let j = i;
    for (;;) {
      if (j >= end) return j;
      const hit = this.w.hitAt[j];
      if (hit && hit.p1 <= end && (pieces[j].cap || j === i)) {
        j = hit.p1;
        continue;
      }
      if (this.nameWord(j)) {
        j++;
        continue;
      }
      // "Elizabeth I", "John Paul II"
      if (j > i && ROMAN.test(pieces[j].text) && touching(pieces[j - 1], pieces[j]) === false && this.nameWord(j - 1) && !pieces[j - 1].upper) {
        j++;
        continue;
      }
      const p = pieces[j];
      const next = j + 1 < end ? j + 1 : -1;
      if (j > i && next > 0 && isHyphen(p) && touching(pieces[j - 1], p) && touching(p, pieces[next]) && (this.nameWord(next) || this.w.hitAt[next])) {
        j = next;
        continue;
      }
      if (j > i && next > 0 && p.text === '&' && this.nameWord(next)) {
        j = next;
        continue;
      }
      if (j > i && next > 0 && PARTICLES.has(p.text) && (this.nameWord(next) || (isHyphen(pieces[next]) && this.nameWord(next + 1)))) {
        j = isHyphen(pieces[next]) ? next + 1 : next;
        continue;
      }
      return j;
    }
  }

  /** Organization head or title ending at piece k, that can take an "of" ("Bank of", not "Corp of"). */
  private headAt(keys: string[], k: number, from: number): boolean {
    if (COMPANY_SUFFIXES.has(keys[k])) return false;
    return !!endingAt(ORG_HEAD_INDEX, keys, k + 1, from) || !!endingAt(TITLE_INDEX, keys, k + 1, from);
  }

  /**
   * "Institute" + "of Russian, Eastern European and Central Asian Studies": the complement after "of"/"for",
   * with its inner "and" and comma lists. Returns the end of the complement, or -1.
   */
  private complement(k: number, end: number): number {
    const { pieces } = this;
    if (k >= end || !this.nameWord(k)) return -1;
    let j = this.run(k, end);
    for (;;) {
      // "... Exchange and Judicial Cooperation"
      if (j + 1 < end && pieces[j].lower === 'and' && this.nameWord(j + 1) && !this.standalonePlace(j + 1, end)) {
        j = this.run(j + 1, end);
        continue;
      }
      // "Russian, Eastern European and Central Asian Studies": a list is kept only when "and" closes it.
      if (j + 1 < end && pieces[j].text === ',' && this.nameWord(j + 1)) {
        let m = j;
        while (m + 1 < end && pieces[m].text === ',' && this.nameWord(m + 1)) m = this.run(m + 1, end);
        if (m + 1 < end && pieces[m].lower === 'and' && this.nameWord(m + 1)) {
          j = this.run(m + 1, end);
          continue;
        }
      }
      return j;
    }
  }

  /** A place name standing alone after "and" ("the Ministry of Defence and Russia"): not part of the name. */
  private standalonePlace(k: number, end: number): boolean {
    const hit = this.w.hitAt[k];
    if (!hit || hit.known.type === 'ORG') return false;
    return hit.p1 >= end || !this.nameWord(hit.p1);
  }

  /** The chunks of one sentence. */
  chunks(p0: number, p1: number): Chunk[] {
    const out: Chunk[] = [];
    const { pieces } = this;
    const keys = this.w.view.keys;
    for (let i = p0; i < p1; ) {
      if (!(this.w.hitAt[i] && pieces[i].cap) && !this.nameStart(i, p1)) {
        i++;
        continue;
      }
      let j = this.run(i, p1);
      let extended = false;
      // "Ministry" + "of Foreign Affairs", "Secretary" + "of State": a head word takes an of/for complement.
      while (j + 1 < p1 && (pieces[j].lower === 'of' || pieces[j].lower === 'for') && this.headAt(keys, j - 1, i)) {
        const c = this.complement(j + 1, p1);
        if (c < 0) break;
        j = c;
        extended = true;
      }
      // A chunk never ends on a hyphen ("Shanghai-" of "Shanghai-based").
      while (j > i + 1 && isHyphen(pieces[j - 1])) j--;
      out.push({ p0: i, p1: j, extended });
      i = j;
    }
    return out;
  }
}

/** Reads a chunk into candidate mentions (appended to w.cands). */
export class ChunkReader {
  private readonly keys: string[];

  constructor(private readonly w: Work) {
    this.keys = w.view.keys;
  }

  private hitCovering(p0: number, p1: number): Hit | undefined {
    const hit = this.w.hitAt[p0];
    return hit && hit.p1 === p1 ? hit : undefined;
  }

  private push(c: Cand): Cand {
    this.w.cands.push(c);
    return c;
  }

  private known(hit: Hit, rule?: string): Cand {
    return this.push(makeCand(this.w, hit.p0, hit.p1, { type: hit.known.type, known: hit.known, rule: rule ?? hit.known.rule, kind: 'name' }));
  }

  private orgHeadEnding(p0: number, p1: number) {
    return endingAt(ORG_HEAD_INDEX, this.keys, p1, p0);
  }

  /** Splits a chunk at its joining hyphens. */
  private segments(p0: number, p1: number): [number, number][] {
    const out: [number, number][] = [];
    let s = p0;
    for (let k = p0; k < p1; k++) {
      const p = this.w.view.pieces[k];
      if (/^[-\u2010\u2011]$/.test(p.text) && k > s) {
        // A lexicon name spanning the hyphen ("Asia-Pacific", "Guinea-Bissau") keeps it.
        const hit = this.w.hitAt[s];
        if (hit && hit.p1 > k) continue;
        out.push([s, k]);
        s = k + 1;
      }
    }
    if (s < p1) out.push([s, p1]);
    return out;
  }

  read(chunk: { p0: number; p1: number; extended: boolean }): void {
    const { p0, p1 } = chunk;
    const w = this.w;
    const whole = this.hitCovering(p0, p1);
    if (whole) {
      this.known(whole);
      return;
    }
    // "China-Russia-US trilateral relations": a hyphen compound of places names each of them.
    const segs = this.segments(p0, p1);
    if (segs.length > 1) {
      const placeLike = segs.filter(([a, b]) => {
        const h = this.hitCovering(a, b);
        return h && h.known.type !== 'ORG';
      });
      if (placeLike.length >= 1 && segs.every(([a, b]) => b - a <= 4)) {
        for (const [a, b] of segs) {
          const h = this.hitCovering(a, b);
          if (h) this.known(h, h.known.type === 'ORG' ? undefined : 'hyphen-compound');
          else this.read({ p0: a, p1: b, extended: false });
        }
        return;
      }
    }
    if (this.readTitle(p0, p1)) return;
    // A head word alone ("United", "Association") is no name by itself; the tagger may still read it as one.
    const head = p1 - p0 > 1 ? this.orgHeadEnding(p0, p1) : null;
    if (head || (chunk.extended && this.mainHead(p0, p1))) {
      this.readOrg(p0, p1, head?.entry);
      return;
    }
    if (chunk.extended) {
      // "Archbishop of Cape Town", "Emperor of Brazil": a title and its place, not an organization.
      const of = this.firstConnector(p0, p1);
      this.read({ p0, p1: of, extended: false });
      this.read({ p0: of + 1, p1, extended: false });
      return;
    }
    // "Beijing Lavrov": a place or nationality in front of another name is a mention of its own,
    // unless the whole is a city ("Kansas City", "Mexico City").
    const lead = w.hitAt[p0];
    // The city list is large: asked only when a lexicon name opens a longer chunk.
    if (lead && lead.p1 < p1 && !w.gaz.cities.byName.get(this.keys.slice(p0, p1).join(' '))?.length) {
      this.known(lead).splitLead = true;
      this.read({ p0: lead.p1, p1, extended: false });
      return;
    }
    this.push(makeCand(w, p0, p1, { rule: 'capitalized-name' }));
  }

  /** An organization: head word, country from a leading place or from "of <Country>". */
  readOrg(p0: number, p1: number, head: Cand['head']): Cand {
    const w = this.w;
    let countryHint: string | null = null;
    const lead = w.hitAt[p0];
    if (lead && lead.known.type !== 'ORG' && lead.known.country) countryHint = lead.known.country;
    // "Moscow State University", "Tokyo Electric": a big city in front gives the country.
    if (!countryHint && !lead) countryHint = leadingCity(w, p0, p1)?.country ?? null;
    if (!countryHint) {
      for (let k = p0; k < p1 - 1; k++) {
        const p = w.view.pieces[k];
        if (p.lower !== 'of') continue;
        const h = w.hitAt[k + 1];
        // "Communist Party of China" names a country; "Institute of Russian ... Studies" names a subject.
        if (h && h.known.source === 'country') countryHint = h.known.country;
        break;
      }
    }
    // The head of "Communist Party of China Central Committee" is "Party": the noun before the first of/for.
    let orgHead = this.mainHead(p0, p1) ?? head ?? this.firstHead(p0, p1);
    // "Bank of Japan", "Bank of England": a bank named after a country alone is its central bank.
    if (orgHead?.id === 'org-head-business' && p1 - p0 >= 3 && w.view.pieces[p0].key === 'bank' && w.view.pieces[p0 + 1].lower === 'of') {
      const place = w.hitAt[p0 + 2];
      if (place && place.p1 === p1 && place.known.type === 'GPE') orgHead = ORG_HEADS.find((e) => e.id === 'org-head-central-bank');
    }
    return this.push(makeCand(w, p0, p1, { type: 'ORG', rule: orgHead?.id ?? 'org-long-name', head: orgHead, countryHint }));
  }

  private firstConnector(p0: number, p1: number): number {
    for (let k = p0 + 1; k < p1; k++) {
      const lower = this.w.view.pieces[k].lower;
      if (lower === 'of' || lower === 'for') return k;
    }
    return p1;
  }

  private mainHead(p0: number, p1: number): Cand['head'] {
    for (let k = p0 + 1; k < p1; k++) {
      const lower = this.w.view.pieces[k].lower;
      if (lower === 'of' || lower === 'for') return this.orgHeadEnding(p0, k)?.entry;
    }
    return undefined;
  }

  private firstHead(p0: number, p1: number): Cand['head'] {
    for (let k = p0 + 1; k <= p1; k++) {
      const h = this.orgHeadEnding(p0, k);
      if (h) return h.entry;
    }
    return undefined;
  }

  /**
   * "Russian Foreign Minister Sergey Lavrov", "US Secretary of Treasury Janet Yellen", "President Putin",
   * "Russian Foreign Ministry Spokeswoman Maria Zakharova": nationality, role (with any organization in it), name.
   */
  private readTitle(p0: number, p1: number): boolean {
    const w = this.w;
    const { pieces } = w.view;
    let best: { titleStart: number; titleEnd: number; nameStart: number; entry: import('./lexicon/types.js').TitleEntry } | null = null;
    for (let h = p0; h < p1 - 1; h++) {
      const m = endingAt(TITLE_INDEX, this.keys, h + 1, p0);
      if (!m) continue;
      let nameStart = h + 1;
      // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Wang Yi", "President of Russia Vladimir Putin"
      if (pieces[nameStart].lower === 'of' || pieces[nameStart].lower === 'for') {
        let k = nameStart + 1;
        const hit = w.hitAt[k];
        if (hit && hit.known.source === 'country') k = hit.p1;
        else while (k < p1 - 1 && DEPARTMENT_WORDS.has(pieces[k].key)) k++;
        if (k === nameStart + 1) continue;
        nameStart = k;
      }
      if (nameStart >= p1 || !this.personName(nameStart, p1)) continue;
      best = { titleStart: h + 1 - m.length, titleEnd: nameStart, nameStart, entry: m.entry };
    }
    if (!best) return false;
    const { entry } = best;
    let roleStart = best.titleStart;
    // Words before the title inside the chunk: nationality, organization, modifiers ("Deputy", "Foreign Ministry").
    let nationality: string | null = null;
    let nationalityWord: string | undefined;
    const lead = w.hitAt[p0];
    let modStart = p0;
    if (lead && lead.p1 <= best.titleStart && lead.known.type !== 'ORG' && (lead.known.source === 'demonym' || lead.known.source === 'country')) {
      nationality = lead.known.country;
      if (lead.known.source === 'demonym') nationalityWord = lead.known.name;
      modStart = lead.p1;
    }
    let org: Cand | undefined;
    if (modStart < best.titleStart) {
      roleStart = modStart;
      const known = w.hitAt[modStart];
      if (known && known.known.type === 'ORG' && known.p1 <= best.titleStart) {
        org = this.push(makeCand(w, modStart, known.p1, { type: 'ORG', known: known.known, rule: known.known.rule }));
      } else {
        for (let k = best.titleStart; k > modStart; k--) {
          const head = this.orgHeadEnding(modStart, k);
          if (head) {
            // The organization includes the nationality: "Russian Foreign Ministry".
            org = this.readOrg(p0, k, head.entry);
            break;
          }
        }
      }
    }
    if (nationality && !org && lead) this.known(lead);
    const role = entry.honorific
      ? undefined
      : { text: textOf(w, roleStart, best.titleEnd), ...spanFor(w, roleStart, best.titleEnd), title: entry };
    const name = this.push(makeCand(w, best.nameStart, p1, { type: 'PERSON', rule: entry.id, role, nationality, nationalityWord, org, gender: entry.gender }));
    if (role) name.kind = 'name';
    // "President Putin": the title and a bare surname together are how the article names him.
    if (p1 - best.nameStart === 1) {
      const titled = makeCand(w, best.titleStart, p1, { type: 'PERSON', rule: entry.id, kind: 'title', role, nationality, org, gender: entry.gender });
      titled.antecedent = name;
      this.push(titled);
    }
    return true;
  }

  /** Pieces [a, b) can be a person's name: capitalized words, no organization head, not a lexicon place. */
  personName(a: number, b: number): boolean {
    const w = this.w;
    if (b - a > 5) return false;
    // "General Workers": words the article also writes in lower case are no name.
    let common = true;
    for (let k = a; k < b; k++) if (w.view.pieces[k].alpha && !w.view.lowerSeen.has(w.view.pieces[k].lower)) common = false;
    if (common) return false;
    const hit = w.hitAt[a];
    if (hit && hit.p1 === b && hit.known.source !== 'user') return false;
    if (this.orgHeadEnding(a, b)) return false;
    for (let k = a; k < b; k++) {
      const p = w.view.pieces[k];
      if (!p.cap && !PARTICLES.has(p.text) && !/^[-\u2010\u2011.]$/.test(p.text)) return false;
      if (endingAt(TITLE_INDEX, this.keys, k + 1, k)) return false;
    }
    return true;
  }
}

/** A city of 100,000 people or more named by the first one or two words of [p0, p1). */
export function leadingCity(w: Work, p0: number, p1: number): Known | null {
  const { pieces } = w.view;
  for (let n = Math.min(2, p1 - p0 - 1); n >= 1; n--) {
    const name = pieces.slice(p0, p0 + n).map((p) => p.key).join(' ');
    if (CITY_STOP_WORDS.has(name)) continue;
    const city = w.gaz.cities.byName.get(name)?.[0];
    if (city && ((city.population ?? 0) >= 100_000 || city.feature === 'PPLC')) return city;
  }
  return null;
}

/**
 * A city in an ALL-CAPS line: a dateline's ("LONDON 1996-08-30", "MOSCOW (Reuters) -") whatever its size, else
 * only a capital or a city of a million.
 */
function capsCity(w: Work, i: number, p0: number, p1: number): { end: number; known: Known } | null {
  const { pieces } = w.view;
  if (!LETTER_START.test(pieces[i].text)) return null;
  const max = Math.min(w.gaz.cities.maxWords.get(pieces[i].key) ?? 0, p1 - i);
  for (let n = max; n >= 1; n--) {
    const name = pieces.slice(i, i + n).map((p) => p.key).join(' ');
    if (CITY_STOP_WORDS.has(name) || CITY_NEEDS_CONTEXT.has(name)) continue;
    const city = w.gaz.cities.byName.get(name)?.[0];
    if (!city) continue;
    const next = pieces[i + n];
    // "LONDON 1996-08-30", "MOSCOW (Reuters) -"; but "CRICKET - LEICESTERSHIRE TAKE OVER" is a sports heading.
    const dateline = i === p0 && (i + n === p1 || next.text === '(' || /^\d/.test(next.text) || (/^[-\u2013\u2014,]$/.test(next.text) && (city.population ?? 0) >= 100_000));
    if (dateline || (city.population ?? 0) >= 1_000_000 || city.feature === 'PPLC') return { end: i + n, known: city };
  }
  return null;
}

function spanFor(w: Work, p0: number, p1: number): { start: number; end: number } {
  return { start: w.view.pieces[p0].start, end: w.view.pieces[p1 - 1].end };
}

export function findNames(w: Work): void {
  const names = new NameReader(w);
  const reader = new ChunkReader(w);
  for (const s of w.view.sentences) {
    if (s.caseless) {
      // ALL-CAPS and Title Case lines: only what the lexicons know ("LONDON 1996-08-30", "JAPAN").
      for (let i = s.p0; i < s.p1; ) {
        const hit = w.hitAt[i];
        if (hit) {
          w.cands.push(makeCand(w, hit.p0, hit.p1, { type: hit.known.type, known: hit.known, rule: hit.known.rule }));
          i = hit.p1;
          continue;
        }
        const city = capsCity(w, i, s.p0, s.p1);
        if (city) {
          w.cands.push(makeCand(w, i, city.end, { type: 'GPE', known: city.known, rule: i === s.p0 ? 'dateline-city' : 'caps-city', placeContext: true }));
          i = city.end;
          continue;
        }
        i++;
      }
      continue;
    }
    for (const chunk of names.chunks(s.p0, s.p1)) reader.read(chunk);
  }
}
