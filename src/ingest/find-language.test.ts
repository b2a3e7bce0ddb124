import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../context.js';
import { makeArticle } from '../../test/helpers/make-article.js';
import { startDraft } from './draft.js';
import { detectLanguage, englishShare, findLanguage, isAnalyzable } from './find-language.js';
import { ENGLISH_FUNCTION_WORDS } from './lexicon/languages.js';

// Paragraphs written for these tests.
const FRENCH =
  "La ministre des Affaires étrangères est arrivée lundi à Ottawa pour une visite de deux jours. Elle doit rencontrer son homologue canadien afin de discuter de la sécurité dans l'Arctique et du commerce maritime, a indiqué mardi un porte-parole du ministère. Les deux pays souhaitent signer un accord sur la pêche avant la fin de l'année.";
const GERMAN =
  'Die Außenministerin ist am Montag zu einem zweitägigen Besuch in Ottawa eingetroffen. Sie will mit ihrem kanadischen Amtskollegen über die Sicherheit in der Arktis und den Handel auf See sprechen, teilte ein Sprecher des Ministeriums am Dienstag mit. Beide Länder wollen noch in diesem Jahr ein Fischereiabkommen unterzeichnen.';
const ENGLISH =
  'The foreign minister arrived in Ottawa on Monday for a two-day visit. She is due to meet her Canadian counterpart to discuss Arctic security and maritime trade, a ministry spokesperson said on Tuesday. The two countries hope to sign a fisheries agreement before the end of the year.';
// English with few function words: a list of names and figures.
const ENGLISH_LIST =
  'Results: Oslo Harbour Rowing Cup. Men eights: Norway 5:31.2, Denmark 5:33.9, Sweden 5:35.0, Finland 5:36.4. Women fours: Denmark 6:02.1, Norway 6:03.7, Iceland 6:09.9. Mixed doubles: Sweden 6:40.2, Norway 6:41.8. Coxless pairs: Finland 6:55.5, Estonia 6:58.0, Latvia 7:01.3. Veterans: Norway 7:10.0. ' +
  'Lightweight single sculls: Jonas Berg, Norway, 7:02.3; Mikael Lind, Sweden, 7:04.8; Pekka Salo, Finland, 7:09.1. Women single sculls: Anna Holm, Denmark, 7:40.2; Sara Nyberg, Sweden, 7:42.9.';
const DUTCH =
  'De minister van Buitenlandse Zaken is maandag in Ottawa aangekomen voor een bezoek van twee dagen. Zij wil met haar Canadese collega praten over de veiligheid in het noordpoolgebied en over de handel op zee, zei een woordvoerder van het ministerie dinsdag. Beide landen willen nog dit jaar een visserijakkoord ondertekenen.';

test('ingest: the language of a body', () => {
  const cases: [string, string, string][] = [
    [ENGLISH, 'en', 'english-function-words'],
    [FRENCH, 'fr', 'franc-trigrams'],
    [GERMAN, 'de', 'franc-trigrams'],
    [DUTCH, 'nl', 'franc-trigrams'],
    [ENGLISH_LIST, 'en', 'franc-close-to-english'],
    ['Ferries sail again', 'en', 'short-ascii-text'],
    ['La ministre est arrivée lundi à Ottawa pour une visite de deux jours, a indiqué un porte-parole.', 'fr', 'franc-short-text'],
    ['Die Ministerin ist am Montag zu einem Besuch in Ottawa eingetroffen, teilte ein Sprecher mit.', 'de', 'franc-short-text'],
    ['The minister arrived in Ottawa on Monday for a two-day visit, a spokesperson said.', 'en', 'short-ascii-text'],
    ['Oslo Harbour Rowing Cup results: Norway first, Denmark second, Sweden third.', 'en', 'short-ascii-text'],
    // One line that is mostly names: trigrams of "Joko Widodo", "Mark Rutte", "Jakarta" are not evidence of a language.
    ['Indonesian President Joko Widodo met Dutch Prime Minister Mark Rutte in Jakarta on Friday.', 'en', 'short-ascii-text'],
    ['Kenyan Foreign Minister Musalia Mudavadi met Dutch Trade Minister Geoffrey van Leeuwen in Nairobi.', 'en', 'short-ascii-text'],
    ['De minister is maandag in Ottawa aangekomen voor een bezoek van twee dagen, zei een woordvoerder.', 'nl', 'franc-short-text'],
    ['Паромы снова ходят', 'und', 'too-few-letters'],
    ['12 345 — 67,8 %', 'und', 'too-few-letters'],
  ];
  for (const [body, value, rule] of cases) assert.deepEqual(detectLanguage(body), { value, rule }, body.slice(0, 40));
});

test('ingest: non-English text is marked and warned about', () => {
  const draft = findLanguage({ ...startDraft({ text: FRENCH, origin: 'lettre.txt' }), body: FRENCH }, createContext());
  assert.equal(draft.language?.value, 'fr');
  assert.deepEqual(draft.warnings, [
    'dyad: lettre.txt looks like French (fr), not English; it is marked meta.language "fr" and its entities, quotes and events are left empty (--force-english analyzes it anyway)',
  ]);
  const forced = findLanguage({ ...startDraft({ text: GERMAN, origin: 'brief.txt' }), body: GERMAN }, createContext({ forceEnglish: true }));
  assert.deepEqual(forced.warnings, ['dyad: brief.txt looks like German (de), not English; it was analyzed as English anyway, as --force-english asks']);
});

test('ingest: isAnalyzable: English and unknown text, or anything with --force-english', () => {
  const cases: [string, boolean, boolean][] = [
    ['en', false, true],
    ['und', false, true],
    ['fr', false, false],
    ['fr', true, true],
  ];
  for (const [language, forceEnglish, expected] of cases) {
    assert.equal(isAnalyzable(makeArticle({ text: 'x', meta: { title: null, published: null, outlet: null, byline: null, url: null, language } }), createContext({ forceEnglish })), expected, language);
  }
});

test('ingest: must-not: English news is never marked foreign', () => {
  const cases = [
    ENGLISH,
    'Café owners in Montréal said the décor of the new Élysée-style hôtel was "très chic", according to a report by the city council, which will vote on the plan in May.',
    'PARIS (Reuters) - Le Monde and Libération said on Tuesday that the Assemblée nationale would vote on the bill. "C\'est la vie," one deputy told reporters outside the chamber, adding that he would abstain.',
  ];
  for (const body of cases) {
    const draft = findLanguage({ ...startDraft({ text: body }), body }, createContext());
    assert.equal(draft.language?.value, 'en', body.slice(0, 40));
    assert.deepEqual(draft.warnings, []);
  }
});

test('language: the one-scan function-word share equals its definition, runs of a-z in the lower-cased text', () => {
  const definition = (sample: string) => {
    const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
    const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
    return { share: words.length ? hits / words.length : 0, words: words.length };
  };
  const rows = [
    ENGLISH, FRENCH, GERMAN, DUTCH, ENGLISH_LIST, '', '   ', '123 456', 'THE END', 'The.The,the—THE',
    // Characters whose lower case is or holds an ASCII letter: U+0130 (İ → i + combining dot), the Kelvin sign.
    // Every function word, the longest included, as written and in capitals.
    [...ENGLISH_FUNCTION_WORDS].join(' '), [...ENGLISH_FUNCTION_WORDS].join(', ').toUpperCase(),
    'İTHE İt \u212aelvin AND\u212a', 'Straße der İnsel', 'naïve café über ÆTHER', 'a\u0301nd th\u0065 of',
  ];
  // And pseudo-random strings over letters of both cases, digits, marks and the two characters above.
  const alphabet = 'theofandTHEOFAND xyzXYZ 09 -\'.,\u0130\u212a\u00e9\u00df\u0301\n';
  let seed = 7;
  for (let k = 0; k < 300; k++) {
    let s = '';
    for (let i = 0; i < 40; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      s += alphabet[seed % alphabet.length];
    }
    rows.push(s);
  }
  for (const row of rows) assert.deepEqual(englishShare(row), definition(row), JSON.stringify(row));
});
