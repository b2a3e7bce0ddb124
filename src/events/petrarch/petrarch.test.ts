// Tests of PETRARCH's coding rules on dyad tokens, with small dictionaries written here in PETRARCH's formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../article.js';
import { isDyadError } from '../../errors.js';
import { parsePetrarchDictionaries } from '../../lexicons/petrarch.js';
import type { AgentEntry, Lexicons } from '../../lexicons/types.js';
import {
  codePetrarchSentence,
  findDiscards,
  matchVerbPatterns,
  resolveNounPhraseActor,
  resolveNounPhraseActors,
  type ActorSlot,
} from './index.js';
import { tokenIndex, tokensOf } from './test-tokens.js';
import { namePatternAt, wordAt } from './words.js';

const ACTORS = `
ARNOR [ARN]
GONDOR [GON]
+MINAS_TIRITH
FORNOST [FOR]
ITHILEN [ITH]
ITHILEN TELEVISION [ITHTV]
DENMARK [DNK]
+DANISH
WASHINGTON [USAGOV]
AMNESTY_INTERNATIONAL [NGM]
BARAD-DUR [MOR]
THE_SHIRE [FRO/BIL/SAM]
BOROMIR [---]
GOLLUM
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
`;

const AGENTS = `
POLICE {} [~COP]
GOVERNMENT [~GOV]
OFFICIAL [~GOV]
SECURITY_OFFICIALS [~GOV]
REBEL [~REB]
LAWMAKER [~LEG]
PROSECUTOR [~JUD]
MEDIA {} [~MED]
ISLAMIST [~MUS]
HUMAN_RIGHTS_ACTIVIST [~OPP]
MSF {} [NGO~]
DIPLOMAT [~GOV]
MINISTER [~GOV]
`;

const DISCARDS = `
+TYPHOON
BASEBALL
AFRICAN NATIONS CUP_
`;

const VERBS = `
&MONEY
+DOLLARS
+SWISS FRANCS

&NOTAUX_
+DID N'T
+WILL NOT

--- RESTORE [064] ---
RESTORE
- * FULL TIES [065]
- * THE FULL [xxy]
- NOT_* [112]

--- GRANT [070] ---
GRANT
CONTRIBUTE [071]
- * &MONEY [073]
- &NOTAUX * &MONEY [074]

--- CLASH [190] ---
CLASH
- * OVER EFFORTS [121]
- &NOTAUX * OVER EFFORTS [904]

--- FREE [066] ---
FREE
- + * FROM $ [065]

--- AGREE [081] ---
AGREE
- % * [030:030]

--- ARRIVE [032:033] ---
ARRIVE

--- CONDEMN [122] ---
CONDEMN

--- PROMISE [050] ---
PROMISE

--- ABANDON [345] ---
ABANDON

--- STOP [190] ---
STOP

--- ATTACK [190] ---
ATTACK

--- SAY [023] ---
SAY {SAID SAYING}

--- BURN [---] ---
BURN
- * DOWN [222]

--- EXCLUDE [172] ---
EXCLUDE
+CORDON_OFF
WIRE_+TAP
LASH OUT [122]
- * FOR CONSTRUCTION [071]

--- RIOT [145] ---
RIOT
- *_POLICE [---]

--- WARN [160] ---
WARN
- * THEIR ^ ABOUT + [162]

--- SAYS [025?] ---
SAYS
`;

function lexicons(): Lexicons {
  const r = parsePetrarchDictionaries([
    { name: 't.actors.txt', text: ACTORS },
    { name: 't.agents.txt', text: AGENTS },
    { name: 't.discards.txt', text: DISCARDS },
    { name: 't.verbs.txt', text: VERBS },
  ]);
  assert.ok(!isDyadError(r), isDyadError(r) ? r.message : '');
  return r as Lexicons;
}
const LEX = lexicons();

test('petrarch: dictionary words over split tokens', () => {
  const text = "Smeagol didn't leave Barad-dur or U.S. soil";
  const tokens = tokensOf(text);
  const w = { tokens, start: 0, end: tokens.length };
  const at = (word: string) => tokenIndex(text, tokens, word);
  const rows: [number, string, number][] = [
    [at('Barad'), 'barad-dur', 3],
    [at('did'), "didn't", 2],
    [at('did'), 'did', 1],
    [at('U.S.'), 'u.s.', 1],
    [at('Barad'), 'barad', 1],
    [at('Barad'), 'baradur', 0],
    [at('leave'), 'leaves', 0],
  ];
  for (const [i, word, n] of rows) assert.equal(wordAt(w, i, word), n, word);
  const tv = 'Ithilen state-run television';
  const t2 = tokensOf(tv);
  const w2 = { tokens: t2, start: 0, end: t2.length };
  assert.equal(namePatternAt(w2, 0, { words: ['ithilen', 'television'], open: [true] }), t2.length);
  assert.equal(namePatternAt(w2, 0, { words: ['ithilen', 'television'], open: [false] }), -1);
});

type ActorRow = [text: string, date: string, codes: string[], firstName: string | null];

test('petrarch: actors of noun phrases, agents composed', () => {
  const rows: ActorRow[] = [
    ['Gondor police', '1995-01-01', ['GONCOP'], 'Gondor'],
    ['the Arnor government', '1995-01-01', ['ARNGOV'], 'Arnor'],
    ["Gondor's government", '1995-01-01', ['GONGOV'], 'Gondor'],
    ['rebels', '1995-01-01', ['REB'], 'rebels'],
    ['An MSF Arnor diplomat', '1995-01-01', ['NGOARNGOV'], 'Arnor'],
    ['Washington security officials', '1995-01-01', ['USAGOV'], 'Washington'],
    ['Human rights activists in Arnor', '1995-01-01', ['ARNOPP'], 'Arnor'],
    ['The human rights activists of Amnesty International', '1995-01-01', ['NGMOPP'], 'Amnesty International'],
    ['Minas Tirith police', '1995-01-01', ['GONCOP'], 'Minas Tirith'],
    ['Barad-dur', '1995-01-01', ['MOR'], 'Barad-dur'],
    ['Ithilen state-run television', '1995-01-01', ['ITHTV'], 'Ithilen state-run television'],
    ['The Shire', '1995-01-01', ['FRO', 'BIL', 'SAM'], 'The Shire'],
  ];
  check(rows);
});

test('petrarch: date-restricted actors resolve on the date given', () => {
  check([
    ['Smeagol', '1995-01-01', ['HOB'], 'Smeagol'],
    ['Smeagol', '1995-11-01', ['HOBGOV'], 'Smeagol'],
    ['Gollum', '2001-01-01', ['HOBREB'], 'Gollum'],
    ['the Gollum government', '2001-01-01', ['HOBREBGOV'], 'Gollum'],
  ]);
});

test('petrarch: coordinated noun phrases give one actor per member', () => {
  check([
    ['Fornost and Gondor', '1995-01-01', ['FOR', 'GON'], 'Fornost'],
    ['Lawmakers and officials in Fornost and Gondor', '1995-01-01', ['FORLEG', 'GONLEG', 'FORGOV', 'GONGOV'], 'Fornost'],
    ['The ambassadors of Arnor, Ithilen and Gondor', '1995-01-01', [], null],
    ['The diplomats of Arnor, Ithilen and Gondor', '1995-01-01', ['ARNGOV', 'ITHGOV', 'GONGOV'], 'Arnor'],
    ['Ithilen and the government of Gondor', '1995-01-01', ['ITH', 'GONGOV'], 'Ithilen'],
    ['Danish media and government', '1995-01-01', ['DNKMED', 'DNKGOV'], 'Danish'],
    ['The Danish Islamist media and government', '1995-01-01', ['DNKMUSMED', 'DNKMUSGOV'], 'Danish'],
    ['Gondor, the evil Arnor', '1995-01-01', ['GON', 'ARN'], 'Gondor'],
    ["Ithilen's awful and evil minister", '1995-01-01', ['ITHGOV'], 'Ithilen'],
  ].filter((r) => (r[2] as string[]).length) as ActorRow[]);
});

test('petrarch: a former office holder is an elite', () => {
  check([
    ['Arnor former security officials', '1995-01-01', ['ARNELI'], 'Arnor'],
    ['former Gondor prosecutors', '1995-01-01', ['GONELI'], 'Gondor'],
    ['Former security officials in Washington', '1995-01-01', ['USAGOVELI'], 'Washington'],
  ]);
});

test('petrarch: entities of the article supply codes where the dictionaries have none', () => {
  const text = 'Kremlin officials';
  const tokens = tokensOf(text);
  const entity: Entity = {
    id: 'e1',
    name: 'Kremlin',
    type: 'ORG',
    country: 'RUS',
    actor: 'RUSGOV',
    roles: [],
    affiliation: null,
    geo: null,
    mentions: [{ start: 0, end: 7, text: 'Kremlin' }],
  };
  const got = resolveNounPhraseActor(tokens, 0, tokens.length, LEX, '2024-01-01', [entity]);
  assert.deepEqual(got && { code: got.code, entity: got.entity, text: text.slice(tokens[got.start]!.start, tokens[got.end - 1]!.end) }, {
    code: 'RUSGOV',
    entity: 'e1',
    text: 'Kremlin',
  });
  // the built-in agents are used only when the dictionaries bring none
  const builtin: AgentEntry[] = [
    { id: 'agent-spokesman', names: ['spokesman'], code: 'GOV', source: 'builtin' },
    { id: 'agent-rebel', names: ['rebel group', 'rebel'], code: 'REB', source: 'builtin' },
  ];
  const bare = { ...LEX, agents: [] };
  const rows: [string, Lexicons, string | null][] = [
    ['a Gondor spokesman', bare, 'GONGOV'],
    ['two Gondor spokesmen', bare, 'GONGOV'],
    ['the rebels', bare, 'REB'],
    ['Arnor rebel groups', bare, 'ARNREB'],
    ['a Gondor spokesman', LEX, 'GON'],
  ];
  for (const [text, lex, code] of rows) {
    const t = tokensOf(text);
    assert.equal(resolveNounPhraseActor(t, 0, t.length, lex, '1995-01-01', [], builtin)?.code ?? null, code, text);
  }
  // a pronoun stands for its entity when it is the whole phrase, not as a possessive inside one
  const sam: Entity = { ...entity, id: 'e2', actor: 'HOB', mentions: [{ start: 0, end: 3, text: 'his', kind: 'pronoun' }] };
  const t3 = tokensOf('his licence');
  assert.equal(resolveNounPhraseActor(t3, 0, t3.length, LEX, '1995-01-01', [sam]), null);
  assert.equal(resolveNounPhraseActor(t3, 0, 1, LEX, '1995-01-01', [sam])?.code, 'HOB');
  // a group name's members keep no entity: the group is none of them
  const shire: Entity = { ...entity, id: 'e3', actor: 'FRO', mentions: [{ start: 0, end: 9, text: 'The Shire' }] };
  const t4 = tokensOf('The Shire');
  assert.deepEqual(
    resolveNounPhraseActors(t4, 0, t4.length, LEX, '1995-01-01', [shire]).map((a) => [a.code, a.entity ?? null]),
    [['FRO', null], ['BIL', null], ['SAM', null]],
  );
});

test('petrarch: must-not — phrases with no actor, null codes and unformed plurals', () => {
  const rows: [string, string][] = [
    ['the crowds', '1995-01-01'],
    ['Boromir', '1995-01-01'],
    ['Smeagol', ''],
    ['a volleyball team', '1995-01-01'],
    ['polices', '1995-01-01'],
  ];
  for (const [text, date] of rows) {
    const tokens = tokensOf(text);
    assert.deepEqual(resolveNounPhraseActors(tokens, 0, tokens.length, LEX, date || null), [], text);
  }
});

function check(rows: ActorRow[]): void {
  for (const [text, date, codes, firstName] of rows) {
    const tokens = tokensOf(text);
    const got = resolveNounPhraseActors(tokens, 0, tokens.length, LEX, date);
    assert.deepEqual(
      got.map((a) => a.code),
      codes,
      text,
    );
    const first = resolveNounPhraseActor(tokens, 0, tokens.length, LEX, date);
    assert.equal(first && text.slice(tokens[first.start]!.start, tokens[first.end - 1]!.end), firstName, text);
    assert.ok(first?.rule, text);
  }
}

type VerbRow = [sentence: string, verb: string, code: string | null, rule: RegExp | null, extra?: { paired?: string; verb?: string; source?: string; target?: string; compound?: string }];

/** Phrase slots for a test sentence: each listed phrase, found by its text; `?phrase` names no actor. */
function slots(text: string, tokens: ReturnType<typeof tokensOf>, phrases: string[]): ActorSlot[] {
  return phrases.map((q) => {
    const p = q.replace(/^\?/, '');
    const at = text.indexOf(p);
    const start = tokens.findIndex((t) => t.start === at);
    const end = tokens.findIndex((t) => t.end === at + p.length) + 1;
    return q.startsWith('?') ? { start, end, actor: false } : { start, end, compound: / and /.test(p) };
  });
}

function checkVerbs(rows: VerbRow[], actorsOf: (s: string) => string[] = () => []): void {
  for (const [sentence, verb, code, rule, extra] of rows) {
    const tokens = tokensOf(sentence);
    const i = tokenIndex(sentence, tokens, verb);
    const got = matchVerbPatterns(tokens, i, LEX, { actors: slots(sentence, tokens, actorsOf(sentence)) });
    const span = (s?: { start: number; end: number }) => s && sentence.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end);
    assert.equal(got?.code ?? null, code, sentence);
    if (rule) assert.match(got!.patternId, rule, sentence);
    if (extra?.paired) assert.equal(got?.pairedCode, extra.paired, sentence);
    if (extra?.verb) assert.equal(span(got ? { start: got.verbStart, end: got.verbEnd } : undefined), extra.verb, sentence);
    if (extra?.source) assert.equal(span(got?.sourceSpan), extra.source, sentence);
    if (extra?.target) assert.equal(span(got?.targetSpan), extra.target, sentence);
    if (extra?.compound) assert.equal(span(got?.compoundSpan), extra.compound, sentence);
  }
}

test('petrarch: verb codes and the most specific pattern', () => {
  checkVerbs([
    ['Arnor will restore diplomatic ties with Gondor.', 'restore', '064', /petrarch-verb-restore/],
    ['Arnor restored full diplomatic ties with Gondor.', 'restored', '065', /petrarch-pattern-restore/],
    ['Arnor will not restore ties.', 'restore', '112', /petrarch-pattern-restore/],
    ['Arnor will contribute a million swiss francs to Gondor.', 'contribute', '073', /petrarch-pattern-grant/],
    ['Arnor will contribute a million rupees to Gondor.', 'contribute', '071', /petrarch-verb-contribute/],
    ['Arnor will not contribute a million dollars to Gondor.', 'contribute', '074', /petrarch-pattern-grant/],
    ['Arnor clashed over the efforts of Gondor.', 'clashed', '121', /petrarch-pattern-clash/],
    ["Arnor didn't clash over the efforts of Gondor.", 'clash', '904', /petrarch-pattern-clash/],
    ['Arnor clashes with Gondor.', 'clashes', '190', /petrarch-verb-clash/],
    ['Arnor will restore the full treaty.', 'restore', '064', /petrarch-verb-restore/],
    ['The president arrived in Gondor.', 'arrived', '032', /petrarch-verb-arrive/, { paired: '033' }],
  ]);
});

test('petrarch: multi-word verbs with their particles', () => {
  checkVerbs([
    ['Soldiers from Gondor have cordoned off the roads.', 'cordoned', '172', /petrarch-verb-cordon-off/, { verb: 'cordoned off' }],
    ['Soldiers from Gondor wire tapped the lines.', 'tapped', '172', /petrarch-verb-wire-tap/, { verb: 'wire tapped' }],
    ['Soldiers have cordoned off for construction the roads.', 'cordoned', '071', /petrarch-pattern-exclude/],
    ['Gondor lashed out at Arnor.', 'lashed', '122', /petrarch-verb-lash-out/, { verb: 'lashed out' }],
  ]);
});

test('petrarch: source, target and compound slots of a pattern', () => {
  checkVerbs(
    [
      ["Ithilen's palace guard was freed from Barad-dur.", 'freed', '065', /petrarch-pattern-free/, { target: "Ithilen's palace guard", source: 'Barad-dur' }],
      ['Gondor and Arnor agree that disputes should end.', 'agree', '030', /petrarch-pattern-agree/, { paired: '030', compound: 'Gondor and Arnor' }],
      ['Gondor agrees that disputes should end.', 'agrees', '081', /petrarch-verb-agree/],
      ['Gondor warned their people about Barad-dur.', 'warned', '162', /petrarch-pattern-warn/, { target: 'Barad-dur' }],
      ['Gondor warned their Arnor allies about Barad-dur.', 'warned', '162', /petrarch-pattern-warn/, { target: 'Barad-dur' }],
      ['Gondor warned Arnor about Barad-dur.', 'warned', '160', /petrarch-verb-warn/],
    ],
    (s) =>
      s.startsWith('Ithilen')
        ? ["Ithilen's palace guard", 'Barad-dur']
        : s.startsWith('Gondor and')
          ? ['Gondor and Arnor']
          : s.includes('people')
            ? ['Gondor', '?their people', 'Barad-dur']
            : s.includes('allies')
              ? ['Gondor', 'their Arnor allies', 'Barad-dur']
              : s.includes('warned')
                ? ['Gondor', 'Arnor', 'Barad-dur']
                : ['Gondor'],
  );
});

test('petrarch: must-not — no verb, a null-code pattern, unusable codes', () => {
  checkVerbs([
    ['Ethiopia departes from Libya.', 'departes', null, null],
    ['Crowds will riot police lines.', 'riot', null, null],
    ['Gondor lashed Arnor.', 'lashed', null, null],
    ['Gondor says it is ready.', 'says', null, null],
    ['Gondor will tap the lines.', 'tap', null, null],
    ['The restoration of ties matters.', 'restoration', null, null],
  ]);
});

test('petrarch: discards stop a sentence, story discards the whole article', () => {
  const rows: [string, (string | null)[], string | null][] = [
    ['Arnor restored ties. A baseball game followed.', [null, 'baseball'], null],
    ['Arnor restored ties. The baseballs were lost.', [null, 'baseballs'], null],
    ['Arnor restored ties. A typhoon hit Gondor.', [null, 'typhoon'], 'typhoon'],
    ['Typhoons hit Gondor. Arnor sent aid.', ['Typhoons', null], 'Typhoons'],
    ['Gondor hosts the African Nations Cup. Arnor protests.', ['African Nations Cup', null], null],
  ];
  for (const [text, perSentence, story] of rows) {
    const tokens = tokensOf(text);
    const sentences = sentencesOf(text, tokens);
    const got = findDiscards({ tokens, sentences }, LEX);
    const span = (h: { start: number; end: number } | null) => h && text.slice(tokens[h.start]!.start, tokens[h.end - 1]!.end);
    assert.deepEqual(got.sentences.map(span), perSentence, text);
    assert.equal(span(got.story), story, text);
  }
});

test('petrarch: must-not — discard phrases cut short or inside words do not stop a sentence', () => {
  for (const text of ['Gondor hosts the African Nations Cups.', 'Gondor hosts the African Nations.', 'Arnor played nonbaseball.']) {
    const tokens = tokensOf(text);
    const got = findDiscards({ tokens, sentences: sentencesOf(text, tokens) }, LEX);
    assert.deepEqual(got, { story: null, sentences: [null] }, text);
  }
});

function sentencesOf(text: string, tokens: ReturnType<typeof tokensOf>) {
  const out: { start: number; end: number; tokenStart: number; tokenEnd: number; paragraph: number }[] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (text.slice(t.start, t.end) === '.' || i === tokens.length - 1) {
      out.push({ start: tokens[from]!.start, end: t.end, tokenStart: from, tokenEnd: i + 1, paragraph: 0 });
      from = i + 1;
    }
  });
  return out;
}

type SentenceRow = [sentence: string, phrases: string[], events: string[]];

/** Runs the sentence coder with the phrases given as slots; each event as "source -> target code" by phrase text. */
function checkSentences(rows: SentenceRow[]): void {
  for (const [sentence, phrases, want] of rows) {
    const tokens = tokensOf(sentence);
    const slotList = slots(sentence, tokens, phrases);
    const text = (s: ActorSlot) => sentence.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end);
    const got = codePetrarchSentence(tokens, 0, tokens.length, LEX, slotList).map(
      (e) => `${text(e.source)} -> ${e.reciprocal ? 'each other' : text(e.target)} ${e.code}${e.pairedCode ? ':' + e.pairedCode : ''}`,
    );
    assert.deepEqual(got, want, sentence);
  }
}

test("petrarch: a sentence coded PETRARCH's way — subject, first target, passive, pattern slots", () => {
  checkSentences([
    ['Gondor condemned Arnor.', ['Gondor', 'Arnor'], ['Gondor -> Arnor 122']],
    ['Gondor was condemned by Arnor.', ['Gondor', 'Arnor'], ['Arnor -> Gondor 122']],
    ['The president arrived in Gondor on Monday.', ['The president', 'Gondor'], ['The president -> Gondor 032:033']],
    ["Ithilen's palace guard was freed from Barad-dur.", ["Ithilen's palace guard", 'Barad-dur'], ["Barad-dur -> Ithilen's palace guard 065"]],
    ['Gondor and Arnor agree that disputes should end.', ['Gondor and Arnor', '?disputes'], ['Gondor and Arnor -> each other 030']],
    ['Arnor will restore complete, full diplomatic ties with Gondor.', ['Arnor', '?complete, full diplomatic ties', 'Gondor'], ['Arnor -> Gondor 065']],
  ]);
});

test('petrarch: a coordinated verb keeps its subject, a coded verb takes in the verbs of its phrase', () => {
  checkSentences([
    [
      'The Arnor government condemned an attack by Gondor soldiers in Ithilen and promised aid to Fornost.',
      ['The Arnor government', '?an attack', 'Gondor soldiers', 'Ithilen', '?aid', 'Fornost'],
      ['The Arnor government -> Gondor soldiers 122', 'The Arnor government -> Fornost 050'],
    ],
    ['Gollum abandoned efforts to stop a Gondor parade.', ['Gollum', '?efforts', 'a Gondor parade'], ['Gollum -> a Gondor parade 345']],
  ]);
});

test('petrarch: must-not — no target in the clause, an unknown subject, no dictionary verb', () => {
  checkSentences([
    ['Arnor restored ties with Gxndor, five years after crowds burned down its embassy, Bree officials said.', ['Arnor', '?ties', '?Gxndor', '?crowds', '?its embassy', 'Bree officials'], []],
    ['On Monday he said Gondor attacked Arnor.', ['Gondor', 'Arnor'], []],
    ['Gondor met Arnor.', ['Gondor', 'Arnor'], []],
    ['Gondor condemned the weather.', ['Gondor', '?the weather'], []],
  ]);
});
