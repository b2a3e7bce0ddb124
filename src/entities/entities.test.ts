// Tables of the entities stage, one per rule family, on sentences written for them. Inputs are built by hand
// (wink tokens, as the text stage gives them) and frozen; offsets and matched text are asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../article.js';
import { createContext } from '../context.js';
import { parseUserActors } from '../lexicons/user-actors.js';
import type { ActorEntry } from '../lexicons/types.js';
import { entitiesStage } from './index.js';
import { tokenizedArticle } from './test-tokens.js';

function entities(text: string, actors: ActorEntry[] = [], meta = {}): Entity[] {
  const doc = tokenizedArticle(text, meta);
  const ctx = createContext({ lexicons: { actors, agents: [], discard: [], verbs: [] } });
  const out = entitiesStage.run(doc, ctx).entities;
  for (const e of out) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, `${e.name}: mention offsets`);
  return out;
}

function find(list: Entity[], name: string): Entity {
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${JSON.stringify(list.map((x) => `${x.type} ${x.name}`))}`);
  return e;
}

/** [type, name, country, actor, roles, mentions: the text, "#n" for its n-th occurrence in the input] */
type Row = [string, string, string | null, string | null, string[], string[]];

/** "Lula#2" → "Lula@27": the offset of the n-th occurrence of the text. */
function at(text: string, mention: string): string {
  const [surface, nth] = mention.split('#');
  let from = -1;
  for (let n = Number(nth ?? 1); n > 0; n--) from = text.indexOf(surface, from + 1);
  assert.ok(from >= 0, `"${surface}" not in the input`);
  return `${surface}@${from}`;
}

function check(text: string, rows: Row[], actors: ActorEntry[] = []): Entity[] {
  const got = entities(text, actors);
  for (const [type, name, country, actor, roles, mentions] of rows) {
    const e = find(got, name);
    assert.deepEqual(
      [e.type, e.country, e.actor, e.roles, e.mentions.map((m) => `${m.text}@${m.start}`)],
      [type, country, actor, roles, mentions.map((m) => at(text, m))],
      `${text}\n  → ${name}`,
    );
  }
  return got;
}

test('entities: titles before names become roles, not names', () => {
  check('Russian Foreign Minister Sergey Lavrov landed in Ankara on Friday.', [
    ['PERSON', 'Sergey Lavrov', 'RUS', 'RUSGOV', ['Foreign Minister'], ['Sergey Lavrov']],
    ['NORP', 'Russian', 'RUS', 'RUS', [], ['Russian']],
  ]);
  check('Crowds cheered as President Lula waved. Lula then left.', [
    ['PERSON', 'Lula', null, 'GOV', ['President'], ['President Lula', 'Lula', 'Lula#2']],
  ]);
  check('US Secretary of State Antony Blinken met the press.', [
    ['PERSON', 'Antony Blinken', 'USA', 'USAGOV', ['Secretary of State'], ['Antony Blinken']],
    ['GPE', 'US', 'USA', 'USA', [], ['US']],
  ]);
  check('Kenyan Defence Minister Aden Duale inspected the base.', [
    ['PERSON', 'Aden Duale', 'KEN', 'KENGOV', ['Defence Minister'], ['Aden Duale']],
  ]);
  check('The deal was signed by General Mark Milley and Mr. Tony Blair.', [
    ['PERSON', 'Mark Milley', null, 'MIL', ['General'], ['Mark Milley']],
    ['PERSON', 'Tony Blair', null, null, [], ['Tony Blair']],
  ]);
});

test('entities: an organization inside a title is an entity and the affiliation', () => {
  const got = check('Brazilian Foreign Ministry Spokeswoman Ana Costa denied it.', [
    ['PERSON', 'Ana Costa', 'BRA', 'BRAGOV', ['Foreign Ministry Spokeswoman'], ['Ana Costa']],
    ['ORG', 'Brazilian Foreign Ministry', 'BRA', 'BRAGOV', [], ['Brazilian Foreign Ministry']],
  ]);
  assert.equal(find(got, 'Ana Costa').affiliation, 'Brazilian Foreign Ministry');
});

test('entities: a lower-case role before a name', () => {
  check('The visit is on, Defence Ministry spokesperson Lin Feng said.', [
    ['PERSON', 'Lin Feng', null, 'GOV', ['Defence Ministry spokesperson'], ['Lin Feng']],
  ]);
  check('The plan is risky, economist Paul Krugman wrote.', [['PERSON', 'Paul Krugman', null, 'EDU', ['economist'], ['Paul Krugman']]]);
});

test('entities: appositions give role and affiliation, the outermost organization', () => {
  const got = check(
    'Olga Ivanova, a senior research fellow at the Institute of Slavic Studies at the Russian Academy of Sciences, disagreed.',
    [
      ['PERSON', 'Olga Ivanova', 'RUS', 'RUSEDU', ['senior research fellow'], ['Olga Ivanova']],
      ['ORG', 'Russian Academy of Sciences', 'RUS', 'RUSEDU', [], ['Russian Academy of Sciences']],
      ['ORG', 'Institute of Slavic Studies', 'RUS', 'RUSEDU', [], ['Institute of Slavic Studies']],
    ],
  );
  assert.equal(find(got, 'Olga Ivanova').affiliation, 'Russian Academy of Sciences');
  check('Tom Baker, a lecturer from the Berlin-based Hertie Institute, said it.', [
    ['PERSON', 'Tom Baker', 'DEU', 'DEUEDU', ['lecturer'], ['Tom Baker']],
    ['GPE', 'Berlin', 'DEU', 'DEU', [], ['Berlin']],
  ]);
  check('Ali Khan, Pakistan\'s interior minister, resigned.', [['PERSON', 'Ali Khan', 'PAK', 'PAKGOV', ['interior minister'], ['Ali Khan']]]);
});

test('entities: long organization names keep their inner of, for and and', () => {
  check('Experts at the Korea Institute for Maritime Affairs and Ocean Policy met the Communist Party of Vietnam.', [
    ['ORG', 'Korea Institute for Maritime Affairs and Ocean Policy', 'KOR', 'KOREDU', [], ['Korea Institute for Maritime Affairs and Ocean Policy']],
    ['ORG', 'Communist Party of Vietnam', 'VNM', 'VNMPTY', [], ['Communist Party of Vietnam']],
  ]);
  check('She joined the Centre of German, Austrian and Swiss Law in 2019.', [
    ['ORG', 'Centre of German, Austrian and Swiss Law', null, 'EDU', [], ['Centre of German, Austrian and Swiss Law']],
  ]);
  check('The UK Department of Health issued rules, and the Ministry of Defence and Japan agreed.', [
    ['ORG', 'UK Department of Health', 'GBR', 'GBRGOV', [], ['UK Department of Health']],
    ['GPE', 'Japan', 'JPN', 'JPN', [], ['Japan']],
  ]);
});

test('entities: acronyms are linked to their long form', () => {
  check('The Eurasian Grain Council (EGC) met. Later, EGC members voted.', [
    ['ORG', 'Eurasian Grain Council', null, 'GOV', [], ['Eurasian Grain Council', 'EGC', 'EGC#2']],
  ]);
  check('The Shanghai Cooperation Organization (SCO) grew. SCO states met.', [
    ['ORG', 'Shanghai Cooperation Organization', null, 'IGOCAS', [], ['Shanghai Cooperation Organization', 'SCO', 'SCO#2']],
  ]);
});

test('entities: hyphen compounds name each place; "-based" names the place', () => {
  check('The India-Pakistan-China border is tense, said a Paris-based analyst.', [
    ['GPE', 'India', 'IND', 'IND', [], ['India']],
    ['GPE', 'Pakistan', 'PAK', 'PAK', [], ['Pakistan']],
    ['GPE', 'China', 'CHN', 'CHN', [], ['China']],
    ['GPE', 'Paris', 'FRA', 'FRA', [], ['Paris']],
  ]);
  check('Trade across the Asia-Pacific rose.', [['LOC', 'Asia-Pacific', null, 'ASA', [], ['Asia-Pacific']]]);
});

test('entities: possessives name the possessor', () => {
  check("Germany's exports fell, and Merkel's party lost.", [['GPE', 'Germany', 'DEU', 'DEU', [], ['Germany']]]);
});

test('entities: ALL-CAPS headlines and datelines', () => {
  check('NAIROBI 2024-03-02\nKENYA AND UGANDA SIGN GAS PACT\nKenya signed the pact on Monday.', [
    ['GPE', 'Nairobi', 'KEN', 'KEN', [], ['NAIROBI']],
    ['GPE', 'Kenya', 'KEN', 'KEN', [], ['KENYA', 'Kenya']],
    ['GPE', 'Uganda', 'UGA', 'UGA', [], ['UGANDA']],
  ]);
});

test('entities: a name in a picture credit or before "news agency" is an outlet, not a place', () => {
  const text = 'The ministers met in Jakarta on Monday.Photo:Antara\n\nThe talks went well, Antara news agency reported.';
  const got = check(text, [['ORG', 'Antara', null, null, [], ['Antara#1', 'Antara#2']]]);
  assert.deepEqual(got.filter((e) => e.name === 'Antara').map((e) => e.mentions.map((m) => m.rule)), [['photo-credit-name', 'outlet-descriptor']]);
  check('Leaders met in Jakarta on Monday. Image courtesy of Antara', [['ORG', 'Antara', null, null, [], ['Antara']]]);
  check("Church leaders sided with the council, Uganda's New Vision newspaper reports.", [['ORG', 'New Vision', null, null, [], ['New Vision']]]);
  // must-not: a place after "photo" that is no credit stays a place.
  check('He took a photo in Jakarta.', [['GPE', 'Jakarta', 'IDN', 'IDN', [], ['Jakarta']]]);
  check('He showed a photo of Jakarta.', [['GPE', 'Jakarta', 'IDN', 'IDN', [], ['Jakarta']]]);
});

test('entities: sentence-initial capitals', () => {
  check('Ukraine rejected the offer. Zelensky spoke later.', [['GPE', 'Ukraine', 'UKR', 'UKR', [], ['Ukraine']]]);
  const got = entities('However, the talks failed. Apart from that, nothing changed.');
  assert.deepEqual(got, []);
});

test('entities: a surname, and a title with a surname, refer back to the full name', () => {
  check('Chinese Premier Li Qiang arrived. Li later met Olaf Scholz. Scholz smiled.', [
    ['PERSON', 'Li Qiang', 'CHN', 'CHNGOV', ['Premier'], ['Li Qiang', 'Li#2']],
    ['PERSON', 'Olaf Scholz', null, null, [], ['Olaf Scholz', 'Scholz#2']],
  ]);
});

test('entities: never merge two people who share a surname', () => {
  const got = entities('John Smith met Jane Smith in Leeds. Jane Smith left first.');
  const smiths = got.filter((e) => e.type === 'PERSON');
  assert.deepEqual(smiths.map((e) => [e.name, e.mentions.map((m) => m.start)]), [['John Smith', [0]], ['Jane Smith', [15, 36]]]);
});

test('entities: one word of an organization\'s longer name is its short name, not a person; a given name stays a person', () => {
  check('Kestrel Airways cut fares on Monday. Kestrel Airways flies to Oslo and Bergen. Kestrel said profits rose by a third.', [
    ['ORG', 'Kestrel Airways', null, 'BUS', [], ['Kestrel Airways', 'Kestrel Airways#2', 'Kestrel#3']],
  ]);
  const got = check('The Janet Kestrel Trust raised money this year. The Janet Kestrel Trust will build a school. Janet said the school would open soon.', [
    ['ORG', 'Janet Kestrel Trust', null, null, [], ['Janet Kestrel Trust', 'Janet Kestrel Trust#2']],
  ]);
  assert.equal(find(got, 'Janet').type, 'PERSON');
});

test('entities: descriptions refer back to the person of that nationality and role', () => {
  check(
    'French Foreign Minister Anne Dupont met German Chancellor Olaf Scholz. The French top diplomat praised the talks, and the German leader agreed.',
    [
      ['PERSON', 'Anne Dupont', 'FRA', 'FRAGOV', ['Foreign Minister'], ['Anne Dupont', 'The French top diplomat']],
      ['PERSON', 'Olaf Scholz', 'DEU', 'DEUGOV', ['Chancellor'], ['Olaf Scholz', 'the German leader']],
    ],
  );
  check('Minister of Foreign Affairs Ana Lima landed. The Brazilian diplomat was greeted by Brazilian Ambassador Rui Costa.', [
    ['PERSON', 'Ana Lima', 'BRA', 'BRAGOV', ['Minister of Foreign Affairs'], ['Ana Lima', 'The Brazilian diplomat']],
  ]);
  // Two leaders and a description with no qualifier: which one is not clear.
  const two = entities('President Ruto met President Tokayev. The president left.');
  assert.ok(!two.some((e) => e.mentions.some((m) => m.kind === 'nominal')), 'no description linked');
});

test('entities: "the Kremlin chief" gives the person the Kremlin\'s country', () => {
  check('President Medvedev spoke. The Kremlin chief then left.', [
    ['PERSON', 'Medvedev', 'RUS', 'RUSGOV', ['President'], ['President Medvedev', 'Medvedev', 'The Kremlin chief']],
  ]);
});

test('entities: pronouns take the one person of their gender nearby', () => {
  check('Finance Minister Maria Lopez flew home, and she spoke to reporters. Her plane was late.', [
    ['PERSON', 'Maria Lopez', null, 'GOV', ['Finance Minister'], ['Maria Lopez', 'she', 'Her']],
  ]);
  const got = entities('Ann Lee met Mary Wood. She smiled.');
  for (const e of got) assert.ok(!e.mentions.some((m) => m.kind === 'pronoun'), 'two women: "She" stays unlinked');
  // Short forms of given names have a gender too: "She" is Kate Dunn, not Steve Marlow.
  check('Steve Marlow met Kate Dunn in Leeds. She said the deal was done.', [
    ['PERSON', 'Kate Dunn', null, null, [], ['Kate Dunn', 'She']],
    ['PERSON', 'Steve Marlow', null, null, [], ['Steve Marlow']],
  ]);
});

test('entities: a bare national office is the qualified one of the home country, in any case', () => {
  check(
    'Foreign Ministry spokesperson Lin Jian spoke. The Chinese Foreign Ministry and the Japanese Foreign Ministry disagreed, China said. The Chinese foreign ministry added more. China and Japan met.',
    [
      ['ORG', 'Chinese Foreign Ministry', 'CHN', 'CHNGOV', [], ['Foreign Ministry', 'Chinese Foreign Ministry', 'Chinese foreign ministry']],
      ['ORG', 'Japanese Foreign Ministry', 'JPN', 'JPNGOV', [], ['Japanese Foreign Ministry']],
      ['PERSON', 'Lin Jian', 'CHN', 'CHNGOV', ['Foreign Ministry spokesperson'], ['Lin Jian']],
    ],
  );
});

test('entities: actor codes from roles, organizations and outlets', () => {
  const rows: [string, string, string | null][] = [
    ['Judge Ana Silva of Brazil ruled.', 'Ana Silva', 'JUD'],
    ['Police Chief Tom Ward of the Leeds Police spoke.', 'Leeds Police', 'GBRCOP'],
    ['Kenyan Army General Peter Njoroge spoke.', 'Peter Njoroge', 'KENMIL'],
    ['The Nigerian Supreme Court ruled.', 'Nigerian Supreme Court', 'NGAJUD'],
    ['TASS reported the drill.', 'TASS', 'RUSMED'],
    ['Reuters reported the drill.', 'Reuters', 'MED'],
    ['He told the Global Times so.', 'Global Times', 'CHNMED'],
    ['The Peruvian Socialist Party objected.', 'Peruvian Socialist Party', 'PERPTY'],
    ['The World Health Organization warned.', 'World Health Organization', 'IGOUNOHLH'],
    ['Professor Wei Jun of Fudan University agreed.', 'Wei Jun', 'EDU'],
  ];
  for (const [text, name, actor] of rows) assert.equal(find(entities(text), name).actor, actor, text);
});

test('entities: same-named places resolve to the capital or the most populous, unless the text says which', () => {
  const rows: [string, string, string][] = [
    ['Talks were held in Moscow.', 'Moscow', 'RUS'],
    ['The rally in Paris, Texas drew crowds.', 'Paris', 'USA'],
    ['Air raid sirens sounded in Kiev.', 'Kiev', 'UKR'],
    ['Officials in Washington declined.', 'Washington', 'USA'],
  ];
  for (const [text, name, country] of rows) {
    const e = find(entities(text), name);
    assert.equal(e.country, country, text);
    assert.ok(e.geo && Number.isFinite(e.geo.lat), `${text}: geo`);
  }
  assert.equal(find(entities('Visitors flocked to Moscow.'), 'Moscow').type, 'GPE');
});

test('entities: user lexicon actors override the built-in guesses', () => {
  const actors = parseUserActors(
    'format: dyad.lexicon/1\nactors:\n  - name: Ivo Stark\n    aliases: [Stark]\n    country: EST\n    actor: ESTGOV\n    roles: [Prime Minister]\n  - name: Blue Lantern\n    type: ORG\n    country: EST\n    actor: ESTREB\n',
    'test.yaml',
  );
  assert.ok(Array.isArray(actors));
  const got = check('Blue Lantern fighters fled. Stark said the Blue Lantern would fail.', [
    ['ORG', 'Blue Lantern', 'EST', 'ESTREB', [], ['Blue Lantern', 'Blue Lantern#2']],
    ['PERSON', 'Stark', 'EST', 'ESTGOV', ['Prime Minister'], ['Stark']],
  ], actors);
  assert.equal(find(got, 'Stark').rule, 'user-ivo-stark');
});

test('entities: a user actor\'s dated code is the one covering the publication date', () => {
  const actors = parseUserActors(
    'format: dyad.lexicon/1\nactors:\n  - name: Olga Berg\n    aliases: [Berg]\n    country: NOR\n    actor: NORGOV\n    dated:\n      - { code: NOROPP, from: 2015-01-01, to: 2019-12-31 }\n',
    'dated.yaml',
  );
  assert.ok(Array.isArray(actors));
  const rows: [string, string][] = [['2017-06-01T09:00', 'NOROPP'], ['2022-06-01T09:00', 'NORGOV']];
  for (const [published, actor] of rows) {
    const got = entities('Olga Berg spoke in Oslo. Berg left.', actors, { published });
    assert.equal(find(got, 'Olga Berg').actor, actor, published);
    assert.deepEqual(find(got, 'Olga Berg').mentions.map((m) => m.text), ['Olga Berg', 'Berg']);
  }
});

test('entities: must-not — common words, GeoNames word-places, months and sentence starts are no entities', () => {
  const rows = [
    'The Central bank raised rates.',
    'University fees rose in March.',
    'The meeting ended on Monday, and May was warm.',
    'In particular, the ministers will discuss trade.',
    'I think the Photo is good.',
    'Apart from that, nothing happened.',
    'Mao said nothing, Central said more.',
  ];
  for (const text of rows) {
    const got = entities(text).filter((e) => e.type === 'GPE' || e.type === 'LOC');
    assert.deepEqual(got.map((e) => e.name), [], text);
  }
  assert.deepEqual(entities('the city of the future was quiet.'), []);
});

test('entities: must-not — text marked as not English gets no entities', () => {
  const doc = tokenizedArticle('Le président Macron a rencontré Olaf Scholz à Berlin.', { language: 'fr' });
  assert.deepEqual(entitiesStage.run(doc, createContext()).entities, []);
  assert.ok(entitiesStage.run(doc, createContext({ forceEnglish: true })).entities.length > 0, '--force-english analyzes it');
});

test('entities: the stage never changes its input and numbers entities by first mention', () => {
  const doc = tokenizedArticle('Kenya and Uganda met. Uganda left.');
  const out = entitiesStage.run(doc, createContext());
  assert.notEqual(out, doc);
  assert.deepEqual(out.entities.map((e) => [e.id, e.name]), [['e1', 'Kenya'], ['e2', 'Uganda']]);
});
