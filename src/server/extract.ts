// POST /extract: a JSON body ({text|html|jsonl, published?, store?}) or a raw text/plain, text/html or JSONL body
// → RawInputs → analyzeBatch() → dyad.article/1 records (a dyad.error/1 record in the place of an input that fails).
// Records are stored only when the request asks (store: true) and the server has a corpus open.
import { analyzeBatch, createContext, toErrorRecord, toRecord, type ArticleRecord, type Context, type ErrorRecord, type RawInput } from '../index.js';
import { parseJsonlLine } from '../cli/jsonl.js';
import { cameoName } from '../events/index.js';
import type { Corpus } from '../corpus/store/index.js';
import { ApiError } from './api-error.js';
import { describeIssues, ExtractBody, ExtractQuery } from './schemas.js';

export interface ExtractRequest {
  inputs: { input: RawInput; inputId: string }[];
  /** Units that failed before analysis (a bad JSONL line), as error records in their place. */
  failed: Map<number, ErrorRecord>;
  published: string | null;
  store: boolean;
}

export interface ExtractResponse {
  records: (ArticleRecord | ErrorRecord)[];
  /** One entry per stored record, when the request asked to store them. */
  stored?: { id: string; status: 'new' | 'duplicate'; article: number }[];
  /** CAMEO names of the event codes in the records, so the page needs no CAMEO table of its own. */
  cameo: Record<string, string>;
}

const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines'];
const encoder = new TextEncoder();

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function jsonlInputs(jsonl: string, maxBytes: number, request: ExtractRequest): void {
  const lines = jsonl.split('\n');
  let unit = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    const bytes = encoder.encode(raw);
    const parsed = parseJsonlLine({ number: i + 1, bytes, size: bytes.length + 1 }, 'body', maxBytes);
    if ('error' in parsed) request.failed.set(unit, toErrorRecord(parsed.error, parsed.inputId));
    else request.inputs.push(parsed);
    unit++;
  }
  if (unit === 0) throw new ApiError(400, 'dyad: the JSONL body holds no article (one JSON object a line: {"id": ..., "text": ...})');
}

/** Reads the request body into inputs; malformed or mistyped bodies are ApiErrors (400, 415). */
export function readExtractRequest(contentType: string | undefined, body: string, query: Record<string, string>, maxBytes: number): ExtractRequest {
  const type = mediaType(contentType);
  const request: ExtractRequest = { inputs: [], failed: new Map(), published: null, store: false };
  if (type === 'application/json' || type === '') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      throw new ApiError(400, `dyad: the request body is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const parsed = ExtractBody.safeParse(value);
    if (!parsed.success) throw new ApiError(400, `dyad: bad /extract body: ${describeIssues(parsed.error)}`);
    const b = parsed.data;
    request.published = b.published ?? null;
    request.store = b.store;
    if (b.jsonl !== undefined) {
      jsonlInputs(b.jsonl, maxBytes, request);
    } else {
      const input: RawInput = { origin: 'body', inputId: 'body' };
      if (b.text !== undefined) input.text = b.text;
      if (b.html !== undefined) input.html = b.html;
      if (b.title !== undefined) input.title = b.title;
      if (b.url !== undefined) input.url = b.url;
      if (b.outlet !== undefined) input.outlet = b.outlet;
      request.inputs.push({ input, inputId: 'body' });
    }
    return request;
  }
  const q = ExtractQuery.safeParse(query);
  if (!q.success) throw new ApiError(400, `dyad: bad /extract query: ${describeIssues(q.error)}`);
  request.published = q.data.published ?? null;
  request.store = q.data.store;
  if (!body.trim()) throw new ApiError(400, 'dyad: the request body is empty; send an article');
  if (type === 'text/plain') request.inputs.push({ input: { text: body, origin: 'body', inputId: 'body' }, inputId: 'body' });
  else if (type === 'text/html') request.inputs.push({ input: { html: body, origin: 'body', inputId: 'body' }, inputId: 'body' });
  else if (JSONL_TYPES.includes(type)) jsonlInputs(body, maxBytes, request);
  else {
    throw new ApiError(415, `dyad: unsupported content type ${type}; send application/json, text/plain, text/html or application/x-ndjson`);
  }
  return request;
}

/** Analyzes the inputs in order and stores the records when asked. */
export async function runExtract(request: ExtractRequest, base: Context, corpus: Corpus | null): Promise<ExtractResponse> {
  if (request.store && !corpus) {
    throw new ApiError(409, 'dyad: "store" needs a corpus database; start the server with dyad serve --db PATH');
  }
  const ctx = request.published ? createContext({ ...base, published: request.published }) : base;
  const records: (ArticleRecord | ErrorRecord)[] = [];
  // The inputs of one request go through the pipeline together, stage by stage (the same records as one by one).
  const results = analyzeBatch(request.inputs.map((i) => i.input), ctx);
  let next = 0;
  const total = request.inputs.length + request.failed.size;
  for (let unit = 0; unit < total; unit++) {
    const failed = request.failed.get(unit);
    if (failed) {
      records.push(failed);
      continue;
    }
    const { inputId } = request.inputs[next]!;
    const result = results[next++]!;
    // A bug in dyad: the request fails as a whole with a 500, as it did input by input.
    if ('thrown' in result) throw result.thrown;
    if (!result.ok) {
      records.push(toErrorRecord(result.error, inputId));
      continue;
    }
    const record = toRecord(result.article);
    if (record.meta.inputId === undefined) record.meta = { ...record.meta, inputId };
    records.push(record);
  }
  const response: ExtractResponse = { records, cameo: cameoNames(records) };
  if (request.store && corpus) {
    // Loaded on first use: a server that only extracts never loads the store.
    const { insertRecord } = await import('../corpus/store/index.js');
    response.stored = [];
    for (const record of records) {
      if (record.schema !== 'dyad.article/1') continue;
      const result = insertRecord(corpus, record, { input: 'dyad serve' });
      response.stored.push({ id: record.id, status: result.status, article: result.article });
    }
  }
  return response;
}

export function cameoNames(records: readonly (ArticleRecord | ErrorRecord)[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const record of records) {
    if (record.schema !== 'dyad.article/1') continue;
    for (const event of record.events) {
      const name = cameoName(event.code);
      if (name) names[event.code] = name;
    }
  }
  return names;
}
