// Types the names no lexicon, title or head word explained: the trained tagger's label where it has one, a city
// from the gazetteer where the sentence says it is a place or the city is big enough to need no context, a person
// for given-name + surname shapes, an organization for unknown acronyms. Names left untyped are dropped.
import { CITY_NEEDS_CONTEXT, CITY_STOP_WORDS } from './lexicon/cities.js';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/first-names.js';
import type { Known } from './lexicon/gazetteer.js';
import { nameWords } from './refine-coref.js';
import type { Cand, Work } from './work.js';
import { LETTER } from './pieces.js';

/** Words before a place: "in Moscow", "from Beijing", "visited Kyiv". */
const PLACE_WORDS = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'into', 'across', 'around', 'toward', 'towards', 'via', 'throughout', 'visited', 'visiting', 'visit', 'reached', 'left', 'leaving', 'entered', 'captured', 'struck', 'shelled', 'bombed', 'hit', 'between', 'capital', 'city', 'town', 'village', 'province', 'state', 'region', 'near', 'northern', 'southern', 'eastern', 'western', 'central', 'downtown', 'suburban']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'warned', 'wrote', 'noted', 'argued', 'insisted', 'explained', 'asked', 'replied', 'claimed', 'stressed', 'urged']);
/** Population above which a city needs no context ("Moscow", "Beijing"). */
const BIG_CITY = 1_000_000;
/** Population below which a city is never taken without the tagger agreeing. */
const SMALL_CITY = 15_000;

/** Words a picture credit opens with: "Photo: Antara", "Picture by Reuters", "Image courtesy of Xinhua". */
const CREDIT_WORDS = new Set(['photo', 'photos', 'photograph', 'picture', 'pictures', 'image', 'images', 'credit']);

/**
 * A name in a picture credit ("Photo: Antara", "Photo by AFP"): it took or supplied the picture, so it is no place,
 * whatever the tagger read; it is an agency or an outlet. (A photographer's name is a PER to the tagger already.)
 */
function isCredit(w: Work, c: Cand): boolean {
  const { pieces } = w.view;
  const at = (k: number) => (k >= 0 && pieces[k].sent === c.sentence ? pieces[k].lower : '');
  const link = at(c.p0 - 1);
  if (link === ':' || link === 'by') return CREDIT_WORDS.has(at(c.p0 - 2));
  // "Image courtesy of Xinhua", not "his motto, courtesy of Michelangelo" nor "a photo of Jakarta".
  return link === 'of' && at(c.p0 - 2) === 'courtesy' && CREDIT_WORDS.has(at(c.p0 - 3));
}

/** Lower-case words after a name that say it is a news outlet: "Antara news agency reported", "Kompas daily". */
const OUTLET_NOUNS = new Set(['agency', 'newspaper', 'daily', 'weekly', 'broadcaster', 'tabloid', 'newswire', 'wire']);
const NEWS_NOUNS = new Set(['agency', 'channel', 'service', 'outlet', 'website', 'portal', 'network']);

/** "Antara news agency", "Kompas daily": the words after the name make it an outlet, not the place the tagger read. */
function namesOutlet(w: Work, c: Cand): boolean {
  const { pieces } = w.view;
  const next = pieces[c.p1], after = pieces[c.p1 + 1];
  if (!next || next.sent !== c.sentence || next.cap) return false;
  if (OUTLET_NOUNS.has(next.lower)) return true;
  return next.lower === 'news' && after !== undefined && after.sent === c.sentence && NEWS_NOUNS.has(after.lower);
}

export function isPlaceContext(w: Work, c: Cand): boolean {
  const { pieces, sentences } = w.view;
  const s = sentences[c.sentence];
  const prev = c.p0 - 1 >= s.p0 ? pieces[c.p0 - 1] : null;
  if (prev && PLACE_WORDS.has(prev.lower)) return true;
  const next = pieces[c.p1];
  // "Shanghai-based", "Moscow-born"
  if (next && next.sent === c.sentence && /^[-\u2010\u2011]$/.test(next.text) && /^(based|born|headquartered|bound)$/.test(pieces[c.p1 + 1]?.lower ?? '')) return true;
  // "Beijing, China": a city before its country.
  if (next && next.text === ',' && w.hitAt[c.p1 + 1]?.known.country && w.hitAt[c.p1 + 1]?.known.type === 'GPE') return true;
  // A dateline: "MOSCOW (Reuters) -", "LONDON 1996-08-30".
  if (c.p0 === s.p0 && pieces[c.p0].upper && (!next || next.sent !== c.sentence || /^[(\-\u2013\u2014,]$/.test(next.text) || /^\d/.test(next.text))) return true;
  return false;
}

/** The city a name refers to, if any: capital or most populous, unless "X, Country" says which. */
export function cityFor(w: Work, c: Cand, context: boolean): Known | null {
  const words = nameWords(w, c);
  const name = words.join(' ');
  if (!name || CITY_STOP_WORDS.has(name)) return null;
  const list = w.gaz.cities.byName.get(name);
  if (!list?.length) return null;
  const next = w.view.pieces[c.p1];
  const country = next?.text === ',' ? w.hitAt[c.p1 + 1]?.known : undefined;
  let city = list[0];
  // "Paris, Texas", "London, Ontario": the place after the comma says which.
  if (country?.type === 'GPE' && country.country) city = list.find((k) => k.country === country.country) ?? city;
  // "Westminster" in an article about the UK: a town of the article's countries, if one is near the top in size.
  else if (city.feature !== 'PPLC' && !articleCountries(w).has(city.country ?? '')) {
    const local = list.find((k) => articleCountries(w).has(k.country ?? '') && (k.population ?? 0) * 20 >= (city.population ?? 0));
    if (local) city = local;
  }
  const pop = city.population ?? 0;
  if (context) return pop >= 1000 || city.feature === 'PPLC' ? city : null;
  if (CITY_NEEDS_CONTEXT.has(name)) return null;
  if (c.tagged === 'LOC') return pop >= SMALL_CITY || city.feature === 'PPLC' ? city : null;
  return pop >= BIG_CITY || city.feature === 'PPLC' ? city : null;
}

const countriesOf = new WeakMap<Work, Set<string>>();

/** Countries the article names. */
function articleCountries(w: Work): Set<string> {
  let set = countriesOf.get(w);
  if (!set) {
    set = new Set();
    for (const hit of w.hitAt) if (hit && hit.known.source === 'country' && hit.known.country) set.add(hit.known.country);
    countriesOf.set(w, set);
  }
  return set;
}

function personShape(w: Work, c: Cand, givenNameOnly: boolean): boolean {
  const words = nameWords(w, c);
  if (words.length < 2 || words.length > 4) return false;
  const pieces = w.view.pieces.slice(c.p0, c.p1).filter((p) => LETTER.test(p.text));
  if (pieces.some((p) => p.upper && p.text.length > 1)) return false;
  if (FEMALE_NAMES.has(words[0]) || MALE_NAMES.has(words[0])) return words.length <= 3;
  return !givenNameOnly && pieces.every((p) => p.pos === 'PROPN');
}

/**
 * Types untyped names: those of several words first (`single` false), so that full names are known before single
 * words are read (a lone "Scholz" after "Olaf Scholz" is his surname, not a name to guess at).
 */
export function refineTypes(w: Work, single: boolean): void {
  for (const c of w.cands) {
    if (c.dropped || c.type || c.kind === 'title') continue;
    if ((c.p1 - c.p0 === 1) !== single) continue;
    const context = isPlaceContext(w, c);
    if (context) c.placeContext = true;
    if (c.tagged === 'PER') {
      c.type = 'PERSON';
      c.rule = 'tagger-person';
      continue;
    }
    if (c.tagged === 'ORG') {
      c.type = 'ORG';
      c.rule = 'tagger-org';
      continue;
    }
    const city = cityFor(w, c, context || !!c.placeContext);
    if (city) {
      c.type = 'GPE';
      c.known = city;
      c.rule = context ? 'city-in-context' : city.rule;
      continue;
    }
    if (c.tagged === 'LOC' && isCredit(w, c)) {
      c.type = 'ORG';
      c.rule = 'photo-credit-name';
      continue;
    }
    if (c.tagged === 'LOC' && namesOutlet(w, c)) {
      c.type = 'ORG';
      c.rule = 'outlet-descriptor';
      continue;
    }
    if (c.tagged === 'LOC') {
      c.type = 'LOC';
      c.rule = 'tagger-location';
      continue;
    }
    if (c.tagged === 'MISC') {
      c.dropped = true;
      continue;
    }
    // With the trained tagger, a name it left untagged is no name; the guesses below are for the rules alone.
    if (personShape(w, c, !!w.tagger)) {
      c.type = 'PERSON';
      c.rule = 'person-name-shape';
      continue;
    }
    if (w.tagger) {
      c.dropped = true;
      continue;
    }
    const p = w.view.pieces[c.p0];
    if (c.p1 - c.p0 === 1 && p.upper && p.text.length >= 2 && p.text.length <= 6) {
      c.type = 'ORG';
      c.rule = 'acronym-name';
      continue;
    }
    const next = w.view.pieces[c.p1];
    if (next && SPEECH_VERBS.has(next.lower)) {
      c.type = 'PERSON';
      c.rule = 'speaker-name';
      continue;
    }
    c.dropped = true;
  }
}
