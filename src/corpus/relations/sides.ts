// A side of a relation as the user names it: a country (ISO 3166-1 alpha-3 "CHN", alpha-2 "CN", or an English name
// "China", "Britain") or a CAMEO actor code prefix ("RUSGOV", "IGOUNO", "NGO"). Resolved to the code prefix the
// corpus columns are matched against, and the SQL condition that matches it.
import { createRequire } from 'node:module';
import { COUNTRY_ALIASES } from '../../entities/lexicon/countries.js';
import { DyadFailure, dyadError } from '../../errors.js';

const require = createRequire(import.meta.url);
type Iso = typeof import('i18n-iso-countries');
let isoModule: Iso | null = null;
/** i18n-iso-countries with its English names, loaded on first use (a read-only table once loaded). */
function iso(): Iso {
  if (!isoModule) {
    const module = require('i18n-iso-countries') as Iso;
    module.registerLocale(require('i18n-iso-countries/langs/en.json'));
    isoModule = module;
  }
  return isoModule;
}

export interface Side {
  /** What the user wrote. */
  input: string;
  /** The CAMEO code or prefix matched: "CHN", "RUSGOV". */
  code: string;
  /** The ISO alpha-3 country when the side is a country, else null. */
  country: string | null;
  /** A readable name: "China", "RUSGOV". */
  label: string;
}

export function usage(message: string): never {
  throw new DyadFailure(dyadError('usage', message));
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[.\s]+/g, ' ').trim().toLowerCase();

const ALIASES = new Map<string, string>(COUNTRY_ALIASES.flatMap((e) => e.names.map((n): [string, string] => [fold(n), e.country])));

/** The ISO alpha-3 code of a country name or code, or null. */
export function countryOf(input: string): string | null {
  const text = input.trim();
  const countries = iso();
  if (/^[A-Za-z]{3}$/.test(text) && countries.isValid(text.toUpperCase())) return text.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(text) && countries.isValid(text.toUpperCase())) return countries.alpha2ToAlpha3(text.toUpperCase()) ?? null;
  const alias = ALIASES.get(fold(text));
  if (alias) return alias;
  const a2 = countries.getAlpha2Code(text, 'en');
  return a2 ? (countries.alpha2ToAlpha3(a2) ?? null) : null;
}

/** The English name of an ISO alpha-3 country, else the code. */
export function countryName(code: string): string {
  return iso().getName(code, 'en', { select: 'alias' }) ?? iso().getName(code, 'en') ?? code;
}

const CAMEO_PREFIX = /^[A-Z0-9]{3,}$/;

/** Resolves what the user wrote; a usage error (dyad: …) when it is neither a country nor a CAMEO code. */
export function parseSide(input: string): Side {
  const text = input.trim();
  if (!text) usage('dyad: a side must be a country (CHN, CN, China) or a CAMEO actor code such as RUSGOV, not an empty string');
  const country = countryOf(text);
  if (country) return { input, code: country, country, label: countryName(country) };
  const code = text.toUpperCase();
  if (CAMEO_PREFIX.test(code) && text === code) return { input, code, country: null, label: code };
  return usage(`dyad: "${input}" is neither a country (ISO code such as CHN or CN, or a name such as China) nor a CAMEO actor code such as RUSGOV`);
}

/** Two sides overlap when one code is a prefix of the other (USA and USAGOV): an event could be on both. */
export function overlap(a: Side, b: Side): boolean {
  return a.code.startsWith(b.code) || b.code.startsWith(a.code);
}

/**
 * SQL matching a side against an actor-code column and a country column: the code's prefix, or (for a three-letter
 * code: a country, bloc or IGO) the country column. Parameters are pushed onto `params`.
 */
export function sideSql(side: Side, actorColumn: string, countryColumn: string, params: unknown[]): string {
  params.push(side.code.length, side.code);
  if (side.code.length !== 3) return `substr(${actorColumn}, 1, ?) = ?`;
  params.push(side.code);
  return `(substr(${actorColumn}, 1, ?) = ? OR ${countryColumn} = ?)`;
}

/** The same test in JavaScript, for rows already read. */
export function sideMatches(side: Side, actor: string | null, country: string | null): boolean {
  if (actor && actor.startsWith(side.code)) return true;
  return side.code.length === 3 && country === side.code;
}
