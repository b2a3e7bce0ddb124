// Lexicon self-test: every entry's example sentence fires that entry (its id is cited as a rule in the output).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../context.js';
import { agentAt, AGENTS, BUILTIN_AGENT_INDEX } from '../lexicons/agents.js';
import { entitiesStage } from './index.js';
import { CITY_ALIASES } from './lexicon/cities.js';
import { COUNTRY_ALIASES } from './lexicon/countries.js';
import { DEMONYMS } from './lexicon/demonyms.js';
import { COMPANIES, INSTITUTIONS, INTERNATIONAL_BODIES, OUTLETS } from './lexicon/known-orgs.js';
import { ORG_HEADS } from './lexicon/org-heads.js';
import { REGIONS } from './lexicon/regions.js';
import { TITLES } from './lexicon/titles.js';
import type { LexiconEntry } from './lexicon/types.js';
import { tokenizedArticle } from './test-tokens.js';

function rulesFired(example: string): Set<string> {
  const out = entitiesStage.run(tokenizedArticle(example), createContext()).entities;
  const rules = new Set<string>();
  for (const e of out) {
    if (e.rule) rules.add(e.rule);
    for (const m of e.mentions) if (m.rule) rules.add(m.rule);
  }
  return rules;
}

const LEXICONS: [string, readonly LexiconEntry[]][] = [
  ['country aliases', COUNTRY_ALIASES],
  ['demonyms', DEMONYMS],
  ['regions', REGIONS],
  ['city aliases', CITY_ALIASES],
  ['titles', TITLES],
  ['organization heads', ORG_HEADS],
  ['news outlets', OUTLETS],
  ['seats of power', INSTITUTIONS],
  ['international bodies', INTERNATIONAL_BODIES],
  ['companies and universities', COMPANIES],
];

for (const [name, entries] of LEXICONS) {
  test(`entities: lexicon self-test — ${name}: each example fires its entry`, () => {
    const ids = new Set<string>();
    for (const entry of entries) {
      assert.ok(!ids.has(entry.id), `duplicate id ${entry.id}`);
      ids.add(entry.id);
      assert.match(entry.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');
      const fired = rulesFired(entry.example);
      assert.ok(fired.has(entry.id), `${entry.id}: "${entry.example}" fired ${JSON.stringify([...fired])}`);
    }
  });
}

test('entities: lexicon self-test — agents: each example names its agent', () => {
  const ids = new Set<string>();
  for (const entry of AGENTS) {
    assert.ok(!ids.has(entry.id), `duplicate id ${entry.id}`);
    ids.add(entry.id);
    const words = entry.example.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const found = words.some((_, i) => agentAt(BUILTIN_AGENT_INDEX, words, i + 1)?.entry === entry);
    assert.ok(found, `${entry.id}: "${entry.example}"`);
  }
});

test('entities: agents read plurals and the longest phrase', () => {
  const rows: [string, string | null][] = [
    ['terrorists', 'TER'],
    ['the police', 'COP'],
    ['rebel leader', 'REB'],
    ['opposition leader', 'OPP'],
    ['foreign ministry spokeswoman', 'GOV'],
    ['associate research fellows', 'EDU'],
    ['companies', 'BUS'],
    ['weather', null],
  ];
  for (const [phrase, code] of rows) {
    const words = phrase.split(' ');
    assert.equal(agentAt(BUILTIN_AGENT_INDEX, words, words.length)?.entry.code ?? null, code, phrase);
  }
});
