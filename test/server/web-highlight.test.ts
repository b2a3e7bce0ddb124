// The page's highlighting (web/src/highlight.ts, pure): quotes outermost, events inside, entities and dates innermost;
// overlaps within a layer resolved by the earlier start; segments tile the text exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleRecord, DyadEvent, Entity, Quote } from '../../src/article.js';
import { segments } from '../../web/src/highlight.js';

const TEXT = 'At the invitation of Wang Yi, Lavrov said "we will meet on Monday" in Beijing.';
const at = (part: string, from = 0) => {
  const start = TEXT.indexOf(part, from);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length };
};
const entity = (id: string, name: string, type: Entity['type'], ...texts: string[]): Entity => ({
  id, name, type, country: null, actor: null, roles: [], affiliation: null, geo: null,
  mentions: texts.map((t) => ({ ...at(t), text: t })),
});
const event = (id: string, evidence: string): DyadEvent => ({
  id, source: { entity: null, actor: 'CHN' }, target: null, code: '043', root: '04', quad: 1, goldstein: 2.8,
  modality: 'asserted', date: null, dateEnd: null, location: null, sentence: 0, evidence: at(evidence),
});
const quote: Quote = { id: 'q1', kind: 'direct', ...at('we will meet on Monday'), text: 'we will meet on Monday', speaker: 'e2', speakerText: 'Lavrov', cue: 'said', via: null };

const record: ArticleRecord = {
  schema: 'dyad.article/1', id: 'x', text: TEXT, captions: [], paragraphs: [], sentences: [{ start: 0, end: TEXT.length }],
  meta: { title: null, published: null, outlet: null, byline: null, url: null, language: 'en' },
  entities: [entity('e1', 'Wang Yi', 'PERSON', 'Wang Yi'), entity('e2', 'Lavrov', 'PERSON', 'Lavrov'), entity('e3', 'Beijing', 'GPE', 'Beijing'), entity('e4', 'Yi', 'PERSON', 'Yi')],
  quotes: [quote],
  events: [event('v1', 'At the invitation of Wang Yi'), event('v2', 'invitation'), event('v3', 'meet')],
  dates: [{ ...at('Monday'), text: 'Monday', value: '2024-04-08', valueEnd: null, grain: 'day', rule: 'weekday' }],
};

test('web: highlight segments tile the text and nest quote > event > entity/date', () => {
  const segs = segments(record);
  assert.equal(segs.map((s) => TEXT.slice(s.start, s.end)).join(''), TEXT);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.start, segs[i - 1]!.end);
  const find = (text: string) => segs.find((s) => TEXT.slice(s.start, s.end) === text);
  const cases: [text: string, quote: string | null, event: string | null, inline: string | null][] = [
    ['At the invitation of ', null, 'v1', null],
    ['Wang Yi', null, 'v1', 'e1'], // the mention inside the event's evidence keeps its highlight
    ['Lavrov', null, null, 'e2'],
    ['we will ', 'q1', null, null],
    ['meet', 'q1', 'v3', null],
    ['Monday', 'q1', null, 'date'],
    ['Beijing', null, null, 'e3'],
  ];
  for (const [text, q, ev, inline] of cases) {
    const seg = find(text);
    assert.ok(seg, `no segment "${text}": ${JSON.stringify(segs.map((s) => TEXT.slice(s.start, s.end)))}`);
    assert.equal(seg.quote?.id ?? null, q, text);
    assert.equal(seg.event?.id ?? null, ev, text);
    assert.equal(seg.inline ? (seg.inline.kind === 'entity' ? seg.inline.entity.id : 'date') : null, inline, text);
  }
  assert.ok(!segs.some((s) => s.event?.id === 'v2'), 'an event inside a kept one is dropped');
  assert.ok(!segs.some((s) => s.inline?.kind === 'entity' && s.inline.entity.id === 'e4'), 'a mention inside a kept one is dropped');
});
