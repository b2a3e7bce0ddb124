// The GDELT 2.0 event table ("export" files): 61 tab-separated columns, one event a line, no header. dyad fills what
// it knows and leaves the rest empty: dates, actors (code, name, country, known group, religion and type codes parsed
// from the CAMEO actor code), the event code hierarchy, quad class, Goldstein scale, the mention/source/article
// counts of the corpus event, the action's place (name, type, coordinates), DATEADDED and SOURCEURL. Left empty:
// Actor*EthnicCode, AvgTone, Actor1Geo_* and Actor2Geo_*, and the FIPS-coded ActionGeo_CountryCode/ADM1/ADM2/FeatureID.
import { countryOf } from '../relations/sides.js';
import type { ExportRow } from './rows.js';

/** The GDELT 2.0 event table's columns, in order (GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

// CAMEO actor-code pieces (three letters each) by the GDELT column they go to. Regions stand where a country would.
const CAMEO_REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'BAL', 'CAS', 'CAU', 'CFR', 'CRB', 'EAF', 'EEU', 'EIN', 'EUR', 'LAM', 'MDE', 'MEA', 'NAF', 'NAM',
  'NMR', 'PGS', 'SAF', 'SAM', 'SAS', 'SCN', 'SEA', 'WAF', 'WST', 'WSB', 'CEU', 'SAR',
]);
const TYPES = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'IGO', 'NGO', 'NGM', 'MNC', 'CVL', 'BUS', 'MED', 'EDU', 'HLH',
  'LEG', 'ELI', 'LAB', 'REF', 'CRM', 'AGR', 'ENV', 'HRI', 'RAD', 'MOD', 'UAF', 'INS', 'SET', 'REL', 'IMG', 'DEV', 'TER',
]);
const RELIGIONS = new Set([
  'CHR', 'CTH', 'PRO', 'ORT', 'MOS', 'SUN', 'SHI', 'ITH', 'JEW', 'BUD', 'HIN', 'JAN', 'SIK', 'ZRO', 'CON', 'TAO', 'SHN',
  'ATH', 'BAH', 'DOX', 'ALE', 'DRZ', 'SFI', 'MRM', 'JHW', 'NRM', 'ADR',
]);

export interface ActorFields {
  code: string;
  countryCode: string;
  knownGroup: string;
  religion1: string;
  religion2: string;
  types: [string, string, string];
}

const isCountryCode = (c: string) => CAMEO_REGIONS.has(c) || (/^[A-Z]{3}$/.test(c) && countryOf(c) === c);

/**
 * A CAMEO actor code broken into GDELT's actor columns: "RUSGOV" → country RUS, type GOV; "IGOUNO" → type IGO,
 * known group UNO; "USAMILREB" → country USA, types MIL and REB. `country` (the entity's) fills the country when the
 * code has none ("MED" for a British journalist).
 */
export function actorFields(code: string | null, country: string | null): ActorFields {
  const out: ActorFields = { code: code ?? '', countryCode: '', knownGroup: '', religion1: '', religion2: '', types: ['', '', ''] };
  const pieces = (code ?? '').match(/.{3}/g) ?? [];
  let i = 0;
  if (pieces[0] && isCountryCode(pieces[0])) {
    out.countryCode = pieces[0];
    i = 1;
  } else if (country && isCountryCode(country)) out.countryCode = country;
  const types: string[] = [];
  const religions: string[] = [];
  for (; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (TYPES.has(p)) types.push(p);
    else if (RELIGIONS.has(p)) religions.push(p);
    else if (!out.knownGroup) out.knownGroup = p;
  }
  out.types = [types[0] ?? '', types[1] ?? '', types[2] ?? ''];
  [out.religion1 = '', out.religion2 = ''] = religions;
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * GDELT's date columns from an ISO date at any grain: a month-grained date ("2024-04") takes its first day, as a
 * day is required. FractionDate = YEAR + ((MONTH − 1) × 30 + DAY) / 365, four decimals, as GDELT's files give it.
 */
export function gdeltDates(date: string | null): { sqlDate: string; monthYear: string; year: string; fraction: string } {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (!m) return { sqlDate: '', monthYear: '', year: '', fraction: '' };
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  return {
    sqlDate: `${pad(y, 4)}${pad(mo)}${pad(d)}`,
    monthYear: `${pad(y, 4)}${pad(mo)}`,
    year: pad(y, 4),
    fraction: (y + ((mo - 1) * 30 + d) / 365).toFixed(4),
  };
}

/** DATEADDED: YYYYMMDDHHMMSS in UTC, from an ISO time. */
export function dateAdded(iso: string | null): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}

/** GDELT geo types: 1 country, 4 world city (any named place that is not a country; dyad does not tell US states). */
function geoType(place: string | null, placeCountry: string | null): string {
  if (!place) return '';
  return placeCountry && countryOf(place) === placeCountry ? '1' : '4';
}

/** A field as one tab-free line. */
const field = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** One corpus event as GDELT's 61 fields, in GDELT_COLUMNS order. */
export function gdeltFields(row: ExportRow): string[] {
  const dates = gdeltDates(row.date);
  const a1 = actorFields(row.sourceActor, row.sourceCountry);
  const a2 = actorFields(row.targetActor, row.targetCountry);
  const actor = (a: ActorFields, name: string | null) => [a.code, name ? name.toUpperCase() : '', a.countryCode, a.knownGroup, '', a.religion1, a.religion2, ...a.types];
  const emptyGeo = ['', '', '', '', '', '', '', ''];
  const fields = [
    row.id, dates.sqlDate, dates.monthYear, dates.year, dates.fraction,
    ...actor(a1, row.sourceName),
    ...actor(a2, row.targetName),
    row.isRoot ? 1 : 0, row.code, row.code.length >= 3 ? row.code.slice(0, 3) : row.code, row.root, row.quad, row.goldstein,
    row.mentions, row.sources, row.articles, '',
    ...emptyGeo,
    ...emptyGeo,
    geoType(row.place, row.placeCountry), row.place, '', '', '', row.lat, row.lon, '',
    dateAdded(row.added), row.url,
  ];
  return fields.map(field);
}

export const gdeltLine = (row: ExportRow): string => gdeltFields(row).join('\t') + '\n';
