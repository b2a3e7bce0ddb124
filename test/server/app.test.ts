// The API through app.request() (no socket): /extract in each body kind, storing on request, /openapi.json, and every
// kind of bad request answered with its status and a one-line JSON message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, bearerMatches, openApiDocument, ROUTES } from '../../src/server/index.js';
import type { ArticleRecord, ErrorRecord } from '../../src/index.js';

const TEXT =
  'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Beijing on Monday.\n\n' +
  '"We will deepen our cooperation," Lavrov told reporters after the talks.\n';

type Extracted = { records: (ArticleRecord | ErrorRecord)[]; stored?: { id: string; status: string }[]; cameo: Record<string, string> };

const post = (app: ReturnType<typeof createApp>, body: string, type = 'application/json', path = '/extract', headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': type, ...headers } });

async function errorOf(res: Response): Promise<string> {
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as { error: string };
  assert.equal(typeof body.error, 'string');
  assert.match(body.error, /^dyad: /);
  assert.doesNotMatch(body.error, /\n|    at /, 'one line, no stack');
  return body.error;
}

test('server: /extract analyzes a JSON text body and returns its record', async () => {
  const app = createApp();
  const res = await post(app, JSON.stringify({ text: TEXT, published: '2024-04-08' }));
  assert.equal(res.status, 200);
  const body = (await res.json()) as Extracted;
  assert.equal(body.records.length, 1);
  const record = body.records[0] as ArticleRecord;
  assert.equal(record.schema, 'dyad.article/1');
  assert.equal(body.stored, undefined, 'nothing stored unless asked');
  const lavrov = record.entities.find((e) => e.name === 'Sergey Lavrov');
  assert.ok(lavrov, JSON.stringify(record.entities.map((e) => e.name)));
  assert.equal(lavrov.type, 'PERSON');
  const first = lavrov.mentions[0]!;
  assert.equal(record.text.slice(first.start, first.end), first.text);
  for (const event of record.events) assert.equal(typeof body.cameo[event.code], 'string', `CAMEO name of ${event.code}`);
});

test('server: /extract takes raw text/plain, text/html and JSONL bodies', async () => {
  const app = createApp();
  const cases: [type: string, body: string, expect: (records: (ArticleRecord | ErrorRecord)[]) => void][] = [
    ['text/plain; charset=utf-8', TEXT, (r) => assert.match((r[0] as ArticleRecord).text, /Sergey Lavrov in Beijing/)],
    ['text/html', `<html><body><article><p>${TEXT.split('\n\n')[0]}</p></article></body></html>`, (r) => assert.match((r[0] as ArticleRecord).text, /Wang Yi met/)],
    [
      'application/x-ndjson',
      `{"id":"a","text":${JSON.stringify(TEXT)}}\nnot json\n\n{"id":"c","html":"<p>Lavrov arrived in Beijing.</p>"}\n`,
      (r) => {
        assert.deepEqual(r.map((x) => x.schema), ['dyad.article/1', 'dyad.error/1', 'dyad.article/1']);
        assert.equal((r[0] as ArticleRecord).meta.inputId, 'a');
        assert.match((r[1] as ErrorRecord).error, /^dyad: body:line 2 is not valid JSON/);
      },
    ],
  ];
  for (const [type, body, expect] of cases) {
    const res = await post(app, body, type);
    assert.equal(res.status, 200, `${type}: ${await res.clone().text()}`);
    expect(((await res.json()) as Extracted).records);
  }
});

test('server: /extract stores only with store: true, and a second time as a duplicate', async () => {
  const { openCorpus } = await import('../../src/corpus/store/index.js');
  const corpus = openCorpus(':memory:');
  try {
    const app = createApp({ corpus });
    const count = () => (corpus.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    await post(app, JSON.stringify({ text: TEXT }));
    assert.equal(count(), 0);
    const first = (await (await post(app, JSON.stringify({ text: TEXT, store: true }))).json()) as Extracted;
    assert.deepEqual(first.stored?.map((s) => s.status), ['new']);
    assert.equal(first.stored?.[0]?.id, (first.records[0] as ArticleRecord).id);
    const again = (await (await post(app, TEXT, 'text/plain', '/extract?store=true')).json()) as Extracted;
    assert.deepEqual(again.stored?.map((s) => s.status), ['duplicate']);
    assert.equal(count(), 1);
  } finally {
    corpus.close();
  }
});

test('server: bad requests get a 4xx status and a one-line message', async () => {
  const app = createApp({ bodyLimit: 5 * 1024 * 1024 });
  const big = 'x'.repeat(6 * 1024 * 1024);
  const cases: [name: string, request: () => Response | Promise<Response>, status: number, message: RegExp][] = [
    ['malformed JSON', () => post(app, '{"text": "Lavrov said', 'application/json'), 400, /not valid JSON/],
    ['wrong type', () => post(app, JSON.stringify({ text: 5 }), 'application/json'), 400, /text: Invalid input: expected string/],
    ['no article field', () => post(app, JSON.stringify({ published: '2024-04-08' })), 400, /exactly one of "text", "html" or "jsonl"/],
    ['two article fields', () => post(app, JSON.stringify({ text: 'a', html: '<p>a</p>' })), 400, /exactly one of/],
    ['unknown field', () => post(app, JSON.stringify({ text: 'a', txet: 'b' })), 400, /txet/],
    ['bad published', () => post(app, JSON.stringify({ text: 'a', published: 'Monday' })), 400, /published: expected an ISO 8601 date/],
    ['store not a boolean', () => post(app, JSON.stringify({ text: 'a', store: 'yes' })), 400, /store: Invalid input: expected boolean/],
    ['a JSON array', () => post(app, '[1,2]'), 400, /expected object/],
    ['6 MB body', () => post(app, JSON.stringify({ text: big })), 413, /larger than the 5 MB limit/],
    ['6 MB raw body', () => post(app, big, 'text/plain'), 413, /larger than the 5 MB limit/],
    ['empty raw body', () => post(app, '  \n', 'text/plain'), 400, /body is empty/],
    ['unsupported type', () => post(app, 'a=b', 'application/x-www-form-urlencoded'), 415, /unsupported content type/],
    ['store without a corpus', () => post(app, JSON.stringify({ text: TEXT, store: true })), 409, /needs a corpus database/],
    ['unknown route', () => app.request('/nothing/here'), 404, /no route GET \/nothing\/here/],
    ['wrong method', () => app.request('/extract'), 404, /no route GET \/extract/],
    ['asset that does not exist', () => app.request('/assets/..%2F..%2Fpackage.json'), 404, /no file/],
  ];
  for (const [name, request, status, message] of cases) {
    const res = await request();
    assert.equal(res.status, status, `${name}: ${await res.clone().text()}`);
    assert.match(await errorOf(res), message, name);
  }
});

test('server: a 6 MB body streamed without a length is cut at the limit', async () => {
  const app = createApp({ bodyLimit: 5 * 1024 * 1024 });
  const chunk = new Uint8Array(1024 * 1024).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 6) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const res = await app.request('/extract', { method: 'POST', body, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit);
  assert.equal(res.status, 413);
  assert.match(await errorOf(res), /larger than the 5 MB limit/);
});

test('server: with a token, requests without the right bearer header get 401', async () => {
  const app = createApp({ token: 's3cret-token' });
  const cases: [name: string, headers: Record<string, string>, status: number][] = [
    ['no header', {}, 401],
    ['wrong token', { authorization: 'Bearer nope' }, 401],
    ['token as basic auth', { authorization: 'Basic s3cret-token' }, 401],
    ['right token', { authorization: 'Bearer s3cret-token' }, 200],
  ];
  for (const [name, headers, status] of cases) {
    const res = await post(app, JSON.stringify({ text: 'Lavrov arrived in Beijing on Monday.' }), 'application/json', '/extract', headers);
    assert.equal(res.status, status, name);
    if (status === 401) {
      assert.match(await errorOf(res), /needs a token: send the header "Authorization: Bearer <token>"/, name);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="dyad"');
    }
  }
  assert.equal((await app.request('/openapi.json')).status, 401, 'the API description is behind the token too');
  assert.notEqual((await app.request('/')).status, 401, 'the page itself holds no data');
});

test('server: bearerMatches compares the whole token', () => {
  const cases: [header: string | undefined, token: string, expected: boolean][] = [
    ['Bearer abc', 'abc', true],
    ['bearer abc', 'abc', true],
    ['Bearer abcd', 'abc', false],
    ['Bearer ab', 'abc', false],
    ['Bearer ', 'abc', false],
    ['abc', 'abc', false],
    [undefined, 'abc', false],
    ['Bearer abc def', 'abc', false],
  ];
  for (const [header, token, expected] of cases) assert.equal(bearerMatches(header, token), expected, `${header}`);
});

test('server: /openapi.json describes every route with the schemas it validates with', async () => {
  const res = await createApp().request('/openapi.json');
  assert.equal(res.status, 200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string }[]; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> };
  assert.equal(doc.openapi, '3.1.0');
  for (const route of ROUTES) assert.ok(doc.paths[route.path]?.[route.method], `${route.method} ${route.path}`);
  const extract = doc.paths['/extract']!.post!;
  assert.deepEqual(Object.keys(extract.requestBody!.content).sort(), ['application/json', 'application/x-ndjson', 'text/html', 'text/plain']);
  assert.deepEqual(Object.keys(extract.requestBody!.content['application/json']!.schema.properties ?? {}).sort(), ['html', 'jsonl', 'outlet', 'published', 'store', 'text', 'title', 'url']);
  assert.deepEqual(openApiDocument(ROUTES), doc);
});
