import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLine, readFurniture, type ClassifiedLine, type FurnitureKind } from './find-furniture.js';

// An article written for this test, with the furniture news sites glue together.
const ARTICLE = [
  'Icelandic PM\'s stop in Ottawa "deepens Arctic partnership"',
  'Published: Mar 11, 2025 08:05 AMIn this photo released by the Prime Minister\'s Office on Monday, March 10, 2025, Icelandic Prime Minister Helga Sigurdardottir, right, greets Canadian officials in Ottawa, Canada.Photo:Reykjavik Daily ',
  '',
  'In this photo released by the Prime Minister\'s Office on March 10, 2025, Icelandic Prime Minister Helga Sigurdardottir (right) greets Canadian officials in Ottawa, Canada. Photo:Reykjavik Daily',
  '',
  'Icelandic Prime Minister Helga Sigurdardottir arrived in Ottawa on Monday for two days of talks on Arctic shipping.\u00a0 ',
  '',
  'She said the visit "deepens a partnership that matters more every winter."',
].join('\n');

test('ingest: headline, published line with a glued caption, and the caption again', () => {
  const f = readFurniture(ARTICLE);
  assert.deepEqual(f.title, { value: 'Icelandic PM\'s stop in Ottawa "deepens Arctic partnership"', rule: 'headline-first-line' });
  assert.deepEqual(
    f.items.map((i) => [i.kind, i.rule]),
    [
      ['published', 'published-label'],
      ['caption', 'in-this-photo'],
      ['caption', 'in-this-photo'],
    ],
  );
  assert.equal(f.items[0].value, '2025-03-11T08:05');
  assert.ok(f.items[1].value.startsWith('In this photo released by the Prime Minister\'s Office on Monday'));
  assert.ok(f.items[1].value.endsWith('Canada.Photo:Reykjavik Daily'));
  const body = f.bodyLines.join('\n').trim();
  assert.ok(body.startsWith('Icelandic Prime Minister Helga Sigurdardottir arrived in Ottawa'), body);
  assert.ok(!body.includes('In this photo'));
  assert.ok(!body.includes('Published'));
});

type Row = [string, ClassifiedLine | null];
const item = (kind: FurnitureKind, value: string, rule: string) => ({ kind, value, rule });

test('ingest: furniture lines and what they hold', () => {
  const rows: Row[] = [
    ['Published: Mar 14, 2023 09:15 PM', { items: [item('published', '2023-03-14T21:15', 'published-label')], leftover: null }],
    ['PUBLISHED 14 March 2023', { items: [item('published', '2023-03-14', 'published-label')], leftover: null }],
    ['First published on 2023-03-14 21:15', { items: [item('published', '2023-03-14T21:15', 'published-label')], leftover: null }],
    ['Posted on March 14, 2023 at 9:15 pm', { items: [item('published', '2023-03-14T21:15', 'posted-label')], leftover: null }],
    ['Updated: 2023-03-14 18:02 GMT', { items: [item('updated', '2023-03-14T18:02Z', 'updated-label')], leftover: null }],
    [
      'Published: March 14, 2023 | Updated: March 15, 2023 10:00',
      { items: [item('published', '2023-03-14', 'published-label'), item('updated', '2023-03-15T10:00', 'updated-label')], leftover: null },
    ],
    ['Tuesday, 14 March 2023 21:15 GMT', { items: [item('published', '2023-03-14T21:15Z', 'date-only-line')], leftover: null }],
    ['By Jane Roe', { items: [item('byline', 'Jane Roe', 'by-line')], leftover: null }],
    ['By JANE ROE and TOMÁS FERREIRA', { items: [item('byline', 'JANE ROE and TOMÁS FERREIRA', 'by-line')], leftover: null }],
    ['By Jane Roe, Senior Correspondent', { items: [item('byline', 'Jane Roe, Senior Correspondent', 'by-line')], leftover: null }],
    ['By Ludwig van der Berg in Oslo', { items: [item('byline', 'Ludwig van der Berg in Oslo', 'by-line')], leftover: null }],
    [
      'By Jane Roe | March 14, 2023 9:15 AM EDT',
      { items: [item('byline', 'Jane Roe', 'by-line'), item('published', '2023-03-14T09:15-04:00', 'by-line')], leftover: null },
    ],
    ['Reporter: Jane Roe, Oslo', { items: [item('byline', 'Jane Roe, Oslo', 'author-label-line')], leftover: null }],
    [
      'Published: Mar 14, 2023 09:15 PMThe harbour reopened on Tuesday after a week of repairs, officials said.',
      { items: [item('published', '2023-03-14T21:15', 'published-label')], leftover: 'The harbour reopened on Tuesday after a week of repairs, officials said.' },
    ],
    [
      'Boats in the harbour of Piraeus. (Photo: Nikos Papadopoulos/Reuters)',
      { items: [item('caption', 'Boats in the harbour of Piraeus. (Photo: Nikos Papadopoulos/Reuters)', 'parenthesized-photo-credit')], leftover: null },
    ],
    [
      'A handout photo made available by the navy shows the frigate at sea.',
      { items: [item('caption', 'A handout photo made available by the navy shows the frigate at sea.', 'file-photo-label')], leftover: null },
    ],
    ['Protesters march in Lima. AFP/Getty Images', { items: [item('caption', 'Protesters march in Lima. AFP/Getty Images', 'photographer-agency-credit')], leftover: null }],
    ['Photo credit: Jane Roe', { items: [item('caption', 'Photo credit: Jane Roe', 'trailing-photo-credit')], leftover: null }],
    ['April 8, 2024 / 10:38 PM / CBS News', { items: [item('published', '2024-04-08T22:38', 'date-only-line')], leftover: null }],
    ['Monday 8 April 2024 22.38 BST', { items: [item('published', '2024-04-08T22:38+01:00', 'date-only-line')], leftover: null }],
    ['Updated 10:38 PM EDT, Mon April 8, 2024', { items: [item('updated', '2024-04-08T22:38-04:00', 'updated-label')], leftover: null }],
    ['Published an hour ago', { items: [item('boilerplate', 'Published an hour ago', 'relative-time-line')], leftover: null }],
  ];
  for (const [line, expected] of rows) assert.deepEqual(classifyLine(line), expected, line);
});

test('ingest: must-not: story lines that look a little like furniture', () => {
  const lines = [
    'By Monday, the strike had ended and ferries were sailing again.',
    'By the end of the year, exports had doubled.',
    'By Tuesday afternoon',
    'Published in 1999, the report was ignored for a decade.',
    'Published reports said the minister would resign.',
    'Updated figures show exports rose 4 percent.',
    'March 2023 was the warmest month on record in Oslo.',
    'May 4, 2023 will be remembered as the day the talks collapsed.',
    'The photo shows nothing new, the minister said.',
    'Interest on consumer credit: rates rose to 5 percent.',
    'The minister cited a report by the agency/AFP and others in his speech to parliament last week.',
    'Reporting by the BBC showed that the ministry had known about the leak.',
    'Related: nothing here is lower-case furniture',
    'In this context, the talks matter.',
    'Posted guards stood at every gate.',
    'Date palms line the avenue.',
    'April 8, 2024 - the day the talks collapsed - will be remembered.',
    'March 2023 / a month of storms and floods across the north of the country.',
    'Updated figures came out 2 hours ago and showed a fall.',
  ];
  for (const line of lines) assert.equal(classifyLine(line), null, line);
});

test('ingest: headline rules and their absence', () => {
  const cases: [string, string | null, string][] = [
    ['Ferry strike ends after talks\n\nThe strike that kept ferries in port ended on Monday.', 'headline-first-line', 'The strike that kept ferries'],
    ['Ferry strike ends after talks\nBy Jane Roe\n\nThe strike ended on Monday.', 'headline-first-line', 'The strike ended'],
    ['Ferry strike ends\nPIRAEUS, Greece (Reuters) - The strike ended on Monday.', 'headline-before-dateline', 'PIRAEUS, Greece (Reuters)'],
    ['Why did the ferry strike end?\n\nBecause the two sides agreed on pay.', 'headline-first-line', 'Because the two sides'],
    // must-not: a first paragraph that ends like a sentence, or runs straight on, or stands alone.
    ['The strike ended on Monday.\n\nFerries sailed again on Tuesday.', null, 'The strike ended on Monday.'],
    ['Ferry strike ends after talks\nThe strike that kept ferries in port ended on Monday.', null, 'Ferry strike ends'],
    ['Ferry strike ends after talks', null, 'Ferry strike ends after talks'],
    ['The minister said:\n\n"We will sail again."', null, 'The minister said:'],
  ];
  for (const [text, rule, bodyStart] of cases) {
    const f = readFurniture(text);
    assert.equal(f.title?.rule ?? null, rule, text);
    assert.ok(f.bodyLines.join('\n').trim().startsWith(bodyStart), text);
  }
});

test('ingest: captions and sign-offs further down come out only as paragraphs of their own', () => {
  const text = [
    'Talks resume in Geneva',
    '',
    'Delegates returned to the table on Monday.',
    '',
    'Delegates arrive at the Palais des Nations. Photo: Xinhua',
    '',
    'READ MORE: Ministers meet in Brussels over fishing quotas',
    '',
    'The talks are expected to last a week.',
    'They were shown a photo: Reuters',
    '',
    '(Reporting by Jane Roe; Editing by John Doe)',
  ].join('\n');
  const f = readFurniture(text);
  assert.deepEqual(
    f.items.map((i) => [i.kind, i.rule]),
    [
      ['caption', 'trailing-photo-credit'],
      ['boilerplate', 'read-more-link'],
      ['boilerplate', 'agency-reporting-credit'],
    ],
  );
  const body = f.bodyLines.filter(Boolean);
  assert.deepEqual(body, ['Delegates returned to the table on Monday.', 'The talks are expected to last a week.', 'They were shown a photo: Reuters']);
});

test('ingest: a repeated page title is dropped, but not taken as a headline', () => {
  const f = readFurniture('Harbour reopens\n\nBy Jane Roe\n\nThe harbour reopened on Tuesday.', { headline: false, knownTitle: 'Harbour  reopens' });
  assert.equal(f.title?.rule, 'title-repeated');
  assert.deepEqual(f.bodyLines.filter(Boolean), ['The harbour reopened on Tuesday.']);
  const g = readFurniture('Harbour reopens\n\nThe harbour reopened on Tuesday.', { headline: false });
  assert.equal(g.title, null);
  assert.deepEqual(g.bodyLines.filter(Boolean), ['Harbour reopens', 'The harbour reopened on Tuesday.']);
});
