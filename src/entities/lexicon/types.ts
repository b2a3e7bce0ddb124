// Entry shapes of the entity stage's built-in lexicons. Every entry has an id (cited as `rule` in the output)
// and an example sentence that fires it (checked by lexicon.test.ts).
import type { EntityType, Geo } from '../../article.js';

export interface LexiconEntry {
  /** kebab-case id, cited as the `rule` of what the entry finds. */
  id: string;
  /** A sentence of our own in which the entry fires. */
  example: string;
}

/** Country names the ISO lists lack or spell otherwise ("US", "Britain", "South Korea"). */
export interface CountryAliasEntry extends LexiconEntry {
  names: string[];
  /** ISO 3166-1 alpha-3 (or a CAMEO code for states that no longer exist: SUN, YUG). */
  country: string;
  /** Match only with the exact capitals written ("US" but never "us"). */
  exactCase?: boolean;
}

/** Nationality and group adjectives ("Swiss", "Kurdish"): NORP, with the country where there is one. */
export interface DemonymEntry extends LexiconEntry {
  names: string[];
  country: string | null;
}

/** Regions, seas, continents (LOC) and sub-national units (GPE) no city list holds. */
export interface RegionEntry extends LexiconEntry {
  names: string[];
  type: Extract<EntityType, 'LOC' | 'GPE'>;
  country: string | null;
  /** CAMEO region code (CAS, MEA, ...) where there is one. */
  code: string | null;
  /** Centroid of the whole entry, or null where each name carries its own in `geos`. */
  geo: Geo | null;
  /** Rough centroid per name, [lat, lon], for entries that group several places. */
  geos?: Record<string, [number, number]>;
}

/** Old or other spellings of a city the gazetteer knows under one name ("Kiev" → Kyiv). */
export interface CityAliasEntry extends LexiconEntry {
  names: string[];
  /** The gazetteer's name of the city. */
  city: string;
  /** ISO alpha-2 of its country, to pick the right one. */
  country: string;
}

/** A title written before a name ("President Putin", "spokesperson Mao Ning"): the title becomes a role. */
export interface TitleEntry extends LexiconEntry {
  /** Lower-case head words; dotted abbreviations as written ("gen."). */
  words: string[];
  /** Honorifics (Mr., Dr.) are not roles. */
  honorific?: boolean;
  gender?: 'female' | 'male';
  /** What a nominal description ("the Kremlin chief", "the top diplomat") may refer to. */
  kind: RoleKind;
}

export type RoleKind = 'leader' | 'minister' | 'diplomat' | 'spokesperson' | 'military' | 'legislator' | 'judge' | 'academic' | 'media' | 'business' | 'religious' | 'royal' | 'official' | 'sport' | 'other';

/** A head word that makes a capitalized phrase an organization ("... University", "Ministry of ..."). */
export interface OrgHeadEntry extends LexiconEntry {
  words: string[];
  /** CAMEO agent the organization acts as (GOV, EDU, ...), or null. */
  agent: string | null;
}

/** Named organizations: news outlets, international bodies, seats of power ("the Kremlin"), companies. */
export interface KnownOrgEntry extends LexiconEntry {
  /** The names of one organization ("United Nations", "UN"). */
  names?: string[];
  /** Several organizations of one kind, each with its names (["BBC"], ["Guardian", "The Guardian"]). */
  each?: (string | string[])[];
  country: string | null;
  /** Full CAMEO actor code (RUSMED, IGOUNO, RUSGOV) or agent alone (MED). */
  actor: string | null;
  /** Match only with the exact capitals written ("WHO", "AP"). */
  exactCase?: boolean;
}
