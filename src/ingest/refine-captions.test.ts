import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeCaptions, isNearDuplicate } from './refine-captions.js';

test('ingest: near-duplicate captions are one caption, the first one found stays', () => {
  const first = 'In this photo released on Monday, March 10, 2025, Prime Minister Helga Sigurdardottir, right, greets officials in Ottawa, Canada.Photo:Reykjavik Daily';
  const second = 'In this photo released on March 10, 2025, Prime Minister Helga Sigurdardottir (right) greets officials in Ottawa, Canada. Photo:Reykjavik Daily';
  const other = 'Fishing boats wait in the harbour of Reykjavik on Tuesday. Photo: Reykjavik Daily';
  const kept = dedupeCaptions([
    { value: first, rule: 'in-this-photo' },
    { value: `  ${second}\n`, rule: 'in-this-photo' },
    { value: other, rule: 'trailing-photo-credit' },
    { value: 'Fishing   boats wait in the harbour of Reykjavik on Tuesday. Photo: Reykjavik Daily', rule: 'figcaption' },
    { value: '   ', rule: 'figcaption' },
  ]);
  assert.deepEqual(kept, [
    { value: first, rule: 'in-this-photo' },
    { value: other, rule: 'trailing-photo-credit' },
  ]);
});

test('ingest: must-not: captions that share words but not a photo are kept apart', () => {
  const cases: [string, string][] = [
    ['Photo: Reuters', 'Prime Minister Helga Sigurdardottir greets officials in Ottawa. Photo: Reuters'],
    ['The prime minister arrives in Ottawa on Monday.', 'The prime minister leaves Ottawa for Toronto on Tuesday evening.'],
    ['Ferries in Piraeus. Photo: AFP', 'Trawlers in Lima. Photo: AFP'],
  ];
  for (const [a, b] of cases) assert.equal(isNearDuplicate(a, b), false, `${a} / ${b}`);
});
