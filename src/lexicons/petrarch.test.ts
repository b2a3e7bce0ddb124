// Tests of the PETRARCH dictionary adapter, on small dictionaries written here in PETRARCH's formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDyadError } from '../errors.js';
import {
  actorCodeOn,
  dictionaryKind,
  displayName,
  namePattern,
  parsePetrarchDictionaries,
  petrarchDate,
  pluralOf,
  readPetrarchDictionaries,
  regularForms,
} from './petrarch.js';
import type { Lexicons } from './types.js';

const ACTORS = [
  '<!-- a test actor dictionary',
  '     over two lines -->',
  'ARNOR_  [ARN]  # a comment',
  '+ARNORIAN',
  'MINAS_TIRITH [GON]',
  'ITHILEN TELEVISION  [ITHTV]',
  'GOLLUM  # no default code',
  '+SMEAGOL',
  '\t[HOB < 950601]',
  '\t[HOBGOV 19950601 - 19990815]',
  '#\t[HOBXXX 950601-990815]  commented out',
  '\t[HOBREB > 990816]',
  'THE_SHIRE  [FRO/BIL/SAM]',
  'ZIMBABWE',
  '\t[RHO <790606]',
  '\t[ZBW]',
  'BOROMIR [---]',
  'U.S.S.R',
  '+USSR',
  '\t[USR <911226]',
  'PALESTINE [pal] ; a legacy comment',
].join('\n');

const AGENTS = [
  '!PERSON! = MAN, MEN, WOMAN',
  'POLICE {} [ ~COP]',
  'GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]',
  'SECURITY SERVICE [~GOV]',
  'AUTHORITY [~GOV]',
  'CONGRESS!PERSON! [~LEG]',
  'MSF {}  [NGO~]',
  'NO CODE HERE',
].join('\n');

const DISCARDS = ['# sports', '+World Golf Championships', 'BASEBALL', 'AFRICAN NATIONS CUP_'].join('\n');

const VERBS = [
  '&CURRENCY',
  '+DOLLARS',
  '+SWISS FRANCS',
  '+GOLDEN_GOBLIN_GALLEONS_',
  '',
  '&NEGAUX_  # no plurals',
  '+DID N\'T',
  '+WILL NOT',
  '',
  '--- GRANT  [070] ---',
  'GRANT',
  'GIVE {GAVE GIVEN GIVING}',
  'CONTRIBUTE [071]',
  '- * &CURRENCY  [903]',
  '- &NEGAUX * RUPEES_ [904]',
  '- + WAS_ * TO $  [071:072]',
  '- SAID_* %  [042]',
  '',
  '--- BREAK  [1717] ---',
  'BREAK {BROKE BROKEN}',
  '+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}',
  'WIRE_+TAP',
  '- IN_ *  [075]',
  '- * TREATY [---]',
].join('\n');

function lexicons(): Lexicons {
  const r = parsePetrarchDictionaries([
    { name: 'Test.actors.txt', text: ACTORS },
    { name: 'Test.agents.txt', text: AGENTS },
    { name: 'Test.discards.txt', text: DISCARDS },
    { name: 'Test.verbs.txt', text: VERBS },
  ]);
  assert.ok(!isDyadError(r), isDyadError(r) ? r.message : '');
  return r as Lexicons;
}

test('petrarch: which file is which, by name then by content', () => {
  const rows: [string, string, string | null][] = [
    ['PETR.Validate.actors.txt', 'X [Y]', 'actors'],
    ['my.agents', 'X [~Y]', 'agents'],
    ['Phoenix.discards.txt', 'BASEBALL', 'discards'],
    ['CAMEO.verbs', '--- A [010] ---', 'verbs'],
    ['CAMEO.2.0.txt', '--- ACCELERATE [---] ---\nRUSH', 'verbs'],
    ['people.txt', 'POLICE [~COP]', 'agents'],
    ['names.txt', 'ARNOR [ARN]', 'actors'],
    ['Phoenix.IssueCoding.txt', 'n:genocide [ID_ATROCITY]', null],
    ['README', 'just words', null],
  ];
  for (const [name, text, kind] of rows) assert.equal(dictionaryKind({ name, text }), kind, name);
});

test('petrarch: actor names, synonyms and codes', () => {
  const { actors } = lexicons();
  const rows: [string, string[], string | null, string[] | undefined][] = [
    ['Arnor', ['Arnor', 'Arnorian'], 'ARN', undefined],
    ['Minas Tirith', ['Minas Tirith'], 'GON', undefined],
    ['The Shire', ['The Shire'], 'FRO', ['FRO', 'BIL', 'SAM']],
    ['Boromir', ['Boromir'], '---', undefined],
    ['Palestine', ['Palestine'], 'PAL', undefined],
    ['Zimbabwe', ['Zimbabwe'], 'ZBW', undefined],
  ];
  for (const [first, names, code, group] of rows) {
    const a = actors.find((x) => x.names[0] === first);
    assert.ok(a, first);
    assert.deepEqual(a.names, names);
    assert.equal(a.code, code);
    assert.deepEqual(a.group, group);
    assert.equal(a.source, 'petrarch');
  }
  const tv = actors.find((x) => x.code === 'ITHTV')!;
  assert.deepEqual(tv.patterns, [{ words: ['ithilen', 'television'], open: [true] }]);
  const tirith = actors.find((x) => x.code === 'GON')!;
  assert.deepEqual(tirith.patterns, [{ words: ['minas', 'tirith'], open: [false] }]);
  assert.equal(actors.length, 9);
});

test('petrarch: date-restricted actor codes, first restriction first, bounds inclusive', () => {
  const { actors } = lexicons();
  const gollum = actors.find((x) => x.names[0] === 'Gollum')!;
  const zimbabwe = actors.find((x) => x.names[0] === 'Zimbabwe')!;
  const ussr = actors.find((x) => x.names.includes('Ussr'))!;
  assert.deepEqual(gollum.dated, [
    { code: 'HOB', from: null, to: '1995-06-01' },
    { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' },
    { code: 'HOBREB', from: '1999-08-16', to: null },
  ]);
  const rows: [typeof gollum, string | null, string | null][] = [
    [gollum, '1995-01-01', 'HOB'],
    [gollum, '1995-06-01', 'HOB'],
    [gollum, '1995-06-02', 'HOBGOV'],
    [gollum, '1999-08-15T10:00', 'HOBGOV'],
    [gollum, '2001-01-01', 'HOBREB'],
    [gollum, null, null],
    [zimbabwe, '1978-12-23', 'RHO'],
    [zimbabwe, '2001-01-01', 'ZBW'],
    [ussr, '1990-01-01', 'USR'],
    [ussr, '1995-01-01', null],
    [actors.find((x) => x.names[0] === 'Boromir')!, '1995-01-01', null],
  ];
  for (const [entry, date, code] of rows) assert.equal(actorCodeOn(entry, date), code, `${entry.names[0]} on ${date}`);
  // user lexicons may give years or months: bounds hold at their grain
  const user = { code: 'X', dated: [{ code: 'XGOV', from: '2010-05', to: '2012' }] };
  const grains: [string, string][] = [
    ['2010-04-30', 'X'],
    ['2010-05-01', 'XGOV'],
    ['2012-12-31', 'XGOV'],
    ['2013-01-01', 'X'],
  ];
  for (const [date, code] of grains) assert.equal(actorCodeOn(user, date), code, date);
});

test('petrarch: PETRARCH dates, six and eight digits', () => {
  const rows: [string, string | null][] = [
    ['950601', '1995-06-01'],
    ['300101', '2030-01-01'],
    ['310101', '1931-01-01'],
    ['20121109', '2012-11-09'],
    ['20100931', null],
    ['9008223', null],
    ['2012', null],
  ];
  for (const [s, iso] of rows) assert.equal(petrarchDate(s), iso, s);
});

test('petrarch: agents with plurals, prefixes and substitution markers', () => {
  const { agents } = lexicons();
  const rows: [string, string[], boolean][] = [
    ['COP', ['police'], false],
    ['GGS', ['golden goose', 'golden geese'], false],
    ['LEG', ['congressman', 'congressmen', 'congresswoman'], false],
    ['NGO', ['msf'], true],
  ];
  for (const [code, names, prefix] of rows) {
    const a = agents.find((x) => x.code === code);
    assert.ok(a, code);
    assert.deepEqual(a.names, names);
    assert.equal(a.prefix === true, prefix, code);
  }
  const gov = agents.filter((x) => x.code === 'GOV').map((x) => x.names);
  assert.deepEqual(gov, [['security service', 'security services'], ['authority', 'authorities']]);
  assert.deepEqual(agents.find((x) => x.names[0] === 'security service')!.patterns![0], { words: ['security', 'service'], open: [true] });
  assert.equal(agents.length, 6);
});

test('petrarch: discards by story and by sentence, stems and whole words', () => {
  const { discards, discard } = lexicons();
  assert.deepEqual(
    discards!.map((d) => [d.words.join(' '), d.scope, d.stem]),
    [
      ['world golf championships', 'story', true],
      ['baseball', 'sentence', true],
      ['african nations cup', 'sentence', false],
    ],
  );
  assert.deepEqual(discard, ['world golf championships', 'baseball', 'african nations cup']);
});

test('petrarch: verbs, their forms, particles and codes', () => {
  const { verbs } = lexicons();
  const heads = verbs.filter((v) => v.kind === 'verb');
  const rows: [string, string[], string, string[] | undefined, string[] | undefined][] = [
    ['grant', ['grant', 'grants', 'granted', 'granting'], '070', undefined, undefined],
    ['give', ['give', 'gave', 'given', 'giving'], '070', undefined, undefined],
    ['contribute', ['contribute', 'contributes', 'contributed', 'contributing'], '071', undefined, undefined],
    ['break', ['break', 'broke', 'broken'], '1717', undefined, undefined],
    ['tap', ['tap', 'taps', 'taped', 'taping', 'tapped', 'tapping'], '1717', ['wire'], undefined],
  ];
  for (const [verb, forms, code, before, after] of rows) {
    const v = heads.find((x) => x.verb === verb);
    assert.ok(v, verb);
    assert.deepEqual(v.forms, forms, verb);
    assert.equal(v.code, code, verb);
    assert.deepEqual(v.particlesBefore, before, verb);
    assert.deepEqual(v.particlesAfter, after, verb);
  }
  const down = heads.find((x) => x.particlesAfter?.[0] === 'down')!;
  assert.deepEqual(down.forms, ['break', 'breaks', 'broke']);
  assert.equal(down.group, 'BREAK');
});

test('petrarch: verb patterns as steps, connectors facing the verb', () => {
  const { verbs } = lexicons();
  const pat = (p: string) => verbs.find((v) => v.kind === 'pattern' && v.pattern === p)!;
  const w = (word: string) => ({ kind: 'word' as const, word });
  assert.deepEqual(pat('* &CURRENCY').after, [{ element: { kind: 'synset', name: '&CURRENCY' }, open: true }]);
  assert.equal(pat('* &CURRENCY').code, '903');
  assert.equal(pat('* &CURRENCY').group, 'GRANT');
  assert.equal(pat('* &CURRENCY').verb, 'grant');
  assert.deepEqual(pat('&NEGAUX * RUPEES_').before, [{ element: { kind: 'synset', name: '&NEGAUX' }, open: true }]);
  assert.deepEqual(pat('&NEGAUX * RUPEES_').after, [{ element: w('rupees'), open: true }]);
  const was = pat('+ WAS_ * TO $');
  assert.deepEqual(was.before, [
    { element: w('was'), open: true },
    { element: { kind: 'target' }, open: true },
  ]);
  assert.deepEqual(was.after, [
    { element: w('to'), open: true },
    { element: { kind: 'source' }, open: true },
  ]);
  assert.equal(was.code, '071');
  assert.equal(was.pairedCode, '072');
  assert.deepEqual(pat('SAID_* %').before, [{ element: w('said'), open: false }]);
  assert.deepEqual(pat('SAID_* %').after, [{ element: { kind: 'compound' }, open: true }]);
  // PETRARCH reads "IN_ *" as an open match
  assert.deepEqual(pat('IN_ *').before, [{ element: w('in'), open: true }]);
  assert.equal(pat('* TREATY').code, '---');
});

test('petrarch: synsets with plurals unless closed', () => {
  const { synsets } = lexicons();
  const phrases = (name: string) => synsets!.find((s) => s.name === name)!.phrases.map((p) => p.join(' '));
  assert.deepEqual(phrases('&CURRENCY'), ['dollars', 'swiss francs', 'golden goblin galleons']);
  assert.deepEqual(phrases('&NEGAUX'), ["did n't", 'will not']);
});

test('petrarch: words, names and plurals', () => {
  const rows: [string, string, string][] = [
    ['ARNOR_', 'Arnor', 'ARNORS'],
    ['U.S.', 'U.S.', 'U.S.'],
    ['PRINCE OF DOL AMROTH', 'Prince of Dol Amroth', 'PRINCE OF DOL AMROTHS'],
    ['BARAD-DUR', 'Barad-Dur', 'BARAD-DURS'],
    ['IMF', 'IMF', 'IMFS'],
    ['AUTHORITY', 'Authority', 'AUTHORITIES'],
    ['CONGRESS', 'Congress', 'CONGRESSES'],
    ['SECURITY_OFFICIALS', 'Security Officials', 'SECURITY_OFFICIALS'],
  ];
  for (const [phrase, name, plural] of rows) {
    assert.equal(displayName(namePattern(phrase)!), name, phrase);
    assert.equal(pluralOf(phrase), plural, phrase);
  }
  assert.deepEqual(regularForms('DEPART'), ['DEPART', 'DEPARTS', 'DEPARTED', 'DEPARTING']);
  assert.deepEqual(regularForms('DEPLORE'), ['DEPLORE', 'DEPLORES', 'DEPLORED', 'DEPLORING']);
  assert.deepEqual(regularForms('CLASH'), ['CLASH', 'CLASHES', 'CLASHED', 'CLASHING']);
  assert.deepEqual(regularForms('BAN'), ['BAN', 'BANS', 'BANED', 'BANING', 'BANNED', 'BANNING']);
  assert.deepEqual(regularForms('DENY'), ['DENY', 'DENYS', 'DENYED', 'DENYING', 'DENIES', 'DENIED']);
  assert.deepEqual(regularForms('VISIT'), ['VISIT', 'VISITS', 'VISITED', 'VISITING']);
});

test('petrarch: warnings for lines it cannot use, errors when nothing is usable', () => {
  const r = readPetrarchDictionaries([
    { name: 'a.agents.txt', text: AGENTS },
    { name: 'b.actors.txt', text: 'X [Y 2012]\n\t[Z 20121207-20120802]' },
    { name: 'notes.md', text: 'hello' },
  ]);
  assert.ok(!isDyadError(r));
  assert.deepEqual((r as { warnings: string[] }).warnings, [
    'a.agents.txt:8: agent without a [code]; skipped',
    'b.actors.txt:1: cannot read date restriction "2012"; code ignored',
    'b.actors.txt:2: date range "20121207-20120802" ends before it starts; skipped',
    'notes.md: not a PETRARCH actors, agents, discards or verbs dictionary; ignored',
  ]);
  const none = parsePetrarchDictionaries([{ name: 'notes.md', text: 'hello' }]);
  assert.ok(isDyadError(none));
  assert.equal(none.code, 'bad-lexicon');
  assert.match(none.message, /^dyad: no PETRARCH dictionary found among the files given \(notes\.md\)/);
  assert.ok(isDyadError(parsePetrarchDictionaries([])));
});

test('petrarch: must-not — comments and bad lines never become entries', () => {
  const rows: [string, string][] = [
    ['c.actors.txt', '<!-- ARNOR [ARN] -->\n# GONDOR [GON]\n<! -- ROHAN [ROH] -->'],
    ['c.agents.txt', '# POLICE [~COP]\n<!-- ARMY [~MIL]\n SOLDIER [~MIL] -->'],
    ['c.verbs.txt', '# --- MEET [031] ---\n<!-- MEET -->'],
    ['c.discards.txt', '# BASEBALL\n<!-- CRICKET -->'],
  ];
  for (const [name, text] of rows) {
    const r = parsePetrarchDictionaries([{ name, text }]);
    assert.ok(!isDyadError(r), name);
    const l = r as Lexicons;
    assert.equal(l.actors.length + l.agents.length + l.verbs.length + l.discard.length, 0, name);
  }
});
