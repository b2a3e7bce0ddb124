// Lexicon self-test: every predicate entry's example sentence fires that entry, and every code is a CAMEO code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../context.js';
import { extractEvents } from './index.js';
import { isCameoCode } from './cameo.js';
import { VERBS } from './lexicon/verbs.js';
import { CAMEO_CODES } from './lexicon/cameo-codes.js';
import { eventArticle } from './test-article.js';

const ctx = createContext();

test('events: every lexicon entry fires on its own example', () => {
  const failures: string[] = [];
  for (const entry of VERBS) {
    const doc = eventArticle(entry.example);
    const events = extractEvents(doc, ctx);
    const mine = events.filter((v) => v.rule === entry.id || v.evidenceAll?.some((e) => e.rule === entry.id));
    if (!mine.length) failures.push(`${entry.id}: ${entry.example} → ${events.map((v) => `${v.rule}:${v.code}`).join(', ') || 'nothing'}`);
  }
  assert.deepEqual(failures, []);
});

test('events: lexicon ids are unique and every code is in the CAMEO table', () => {
  const ids = VERBS.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const e of VERBS) {
    assert.ok(isCameoCode(e.code), `${e.id}: ${e.code}`);
    if (e.intentCode) assert.ok(isCameoCode(e.intentCode), `${e.id}: ${e.intentCode}`);
  }
});

test('events: the lexicon covers all 20 CAMEO roots', () => {
  const roots = new Set(VERBS.map((e) => e.code.slice(0, 2)));
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r}`);
});

test('events: the CAMEO table has every code with its Goldstein weight and quad class', () => {
  const byCode = new Map<string, { goldstein: number; quad: number }>(CAMEO_CODES.map((c) => [c.code, c]));
  assert.equal(CAMEO_CODES.length, 312);
  assert.deepEqual(byCode.get('042'), { ...byCode.get('042'), goldstein: 1.9, quad: 1 });
  assert.equal(byCode.get('190')?.goldstein, -10);
  assert.equal(byCode.get('1213')?.goldstein, -4);
  for (const c of CAMEO_CODES) {
    const root = Number(c.code.slice(0, 2));
    const quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    assert.equal(c.quad, quad, c.code);
  }
});
