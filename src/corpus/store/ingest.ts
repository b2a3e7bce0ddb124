// ingest: a stream of raw inputs → analyzed records → rows, committed in batches. The ingest stage runs first on its
// own (cheap: decoding, furniture, the sha256 id), so an article already stored is skipped before the expensive
// stages run; a re-run over the same files costs little. The new articles of what the source has ready (up to 64) are
// analyzed together, stage by stage (analyzeBatch). Each commit batch is one transaction, so a run killed at any moment
// (SIGKILL included) leaves the database as of the last committed batch, and running it again stores the rest.
import {
  analyze as libraryAnalyze,
  analyzeBatch,
  analyzeCaught,
  createContext,
  DyadFailure,
  emptyArticle,
  STAGES,
  toRecord,
  type Article,
  type ArticleRecord,
  type BatchResult,
  type Context,
  type DyadError,
  type RawInput,
} from '../../index.js';
import type { Stage } from '../../stage.js';
import { batches } from '../../batches.js';
import type { DedupeOptions } from '../dedupe/index.js';
import { insertRecord, recordInput, storedArticle } from './insert.js';
import type { Corpus } from './open.js';

/** An input that could not even be read (a bad JSONL line, an unreadable file): recorded as a failure. */
export interface FailedInput {
  error: DyadError;
  origin: string;
}

export type IngestItem = RawInput | FailedInput;

export interface IngestSummary {
  new: number;
  duplicate: number;
  failed: number;
  failures: { input: string; reason: string }[];
  /** The run was stopped by its signal before every input was read (what was analyzed is stored). */
  stopped?: boolean;
}

export type Outcome = 'new' | 'duplicate' | 'failed';

export interface IngestOptions {
  /** The analysis context (lexicons, --published, --max-bytes); a default one otherwise. */
  context?: Context;
  /** Articles per transaction (default 50). */
  batch?: number;
  dedupe?: DedupeOptions;
  /** Called after each input is decided (a new article is counted when it is analyzed; it is stored at the next commit). */
  onInput?: (item: IngestItem, outcome: Outcome, summary: Readonly<IngestSummary>) => void;
  /** Called after each committed batch with the number of articles it stored. */
  onCommit?: (stored: number, summary: Readonly<IngestSummary>) => void;
  /** The library's analyze(); tests hand in one that throws, to check that one bad input does not end the run. */
  analyze?: typeof libraryAnalyze;
  /** The ingestion time to record (ISO); now by default. */
  now?: () => string;
  /** Stops the run after the batch being analyzed (at most 64 articles): what was analyzed is committed, the rest is left for a re-run. */
  signal?: AbortSignal;
}

import { DEFAULT_BATCH } from './schema.js';
export { DEFAULT_BATCH };

const isFailed = (item: IngestItem): item is FailedInput => 'error' in item && typeof (item as FailedInput).error === 'object';

const nameOf = (item: IngestItem): string =>
  isFailed(item) ? item.origin : (item.origin ?? item.inputId ?? item.url ?? 'the input');

function internalReason(origin: string, e: unknown): string {
  const reason = e instanceof Error ? e.message : String(e);
  return `dyad: internal error while analyzing ${origin} (${reason}); this is a bug in dyad: please report it with the input`;
}

const INGEST_STAGE = STAGES[0]!;

interface Pending {
  record: ArticleRecord;
  input: string;
}

/** Analyzes and stores every input; never throws for a bad input (it becomes a failure), only for a broken database. */
export async function ingest(corpus: Corpus, inputs: AsyncIterable<IngestItem> | Iterable<IngestItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const ctx = options.context ?? createContext();
  const batchSize = Math.max(1, options.batch ?? DEFAULT_BATCH);
  const now = options.now ?? (() => new Date().toISOString());
  const summary: IngestSummary = { new: 0, duplicate: 0, failed: 0, failures: [] };
  let pending: Pending[] = [];
  let pendingFailures: { input: string; reason: string }[] = [];
  // Exact copies (same text, so same article id) that came in under their own input id: recorded with the batch.
  let pendingInputs: { id: string; inputId: string }[] = [];
  const pendingIds = new Set<string>();
  const insertFailure = corpus.db.prepare('INSERT INTO failures (input, reason, at) VALUES (?, ?, ?)');

  const flush = () => {
    if (!pending.length && !pendingFailures.length && !pendingInputs.length) return;
    let stored = 0;
    const at = now();
    corpus.db.transaction(() => {
      for (const p of pending) {
        try {
          const result = insertRecord(corpus, p.record, { input: p.input, now: at, dedupe: options.dedupe });
          if (result.status === 'new') stored++;
          else {
            // Counted as new when analyzed; another process stored it meanwhile.
            summary.new--;
            summary.duplicate++;
          }
        } catch (e) {
          // insertRecord's savepoint is rolled back: this record left no rows.
          summary.new--;
          summary.failed++;
          const failure = { input: p.input, reason: `dyad: ${p.input} could not be stored: ${e instanceof Error ? e.message : String(e)}` };
          summary.failures.push(failure);
          pendingFailures.push(failure);
        }
      }
      for (const f of pendingFailures) insertFailure.run(f.input, f.reason, at);
      for (const p of pendingInputs) {
        const rowid = storedArticle(corpus, p.id);
        if (rowid !== null) recordInput(corpus, rowid, p.inputId, at);
      }
    }).immediate();
    pending = [];
    pendingFailures = [];
    pendingInputs = [];
    pendingIds.clear();
    options.onCommit?.(stored, summary);
  };

  const fail = (item: IngestItem, reason: string) => {
    const failure = { input: nameOf(item), reason: reason.startsWith('dyad:') ? reason : `dyad: ${reason}` };
    summary.failed++;
    summary.failures.push(failure);
    pendingFailures.push(failure);
  };

  /** The ingest stage alone, then the duplicate check: the document to analyze, or the item's outcome. */
  const settle = (item: IngestItem): Article | Outcome => {
    if (isFailed(item)) {
      fail(item, item.error.message);
      return 'failed';
    }
    let doc: Article;
    try {
      doc = INGEST_STAGE.run(emptyArticle(item), ctx);
    } catch (e) {
      fail(item, e instanceof DyadFailure ? e.error.message : internalReason(nameOf(item), e));
      return 'failed';
    }
    if (pendingIds.has(doc.id) || storedArticle(corpus, doc.id) !== null) {
      summary.duplicate++;
      pendingInputs.push({ id: doc.id, inputId: doc.meta.inputId ?? nameOf(item) });
      return 'duplicate';
    }
    // Claimed now, so a copy later in the same batch is a duplicate.
    pendingIds.add(doc.id);
    return doc;
  };

  /** The outcome of an analyzed item: its record pending for the next commit, or its failure. */
  const conclude = (item: IngestItem, doc: Article, result: BatchResult): Outcome => {
    if (!result.ok) {
      pendingIds.delete(doc.id);
      fail(item, 'thrown' in result ? internalReason(nameOf(item), result.thrown) : result.error.message);
      return 'failed';
    }
    const record = toRecord(result.article);
    if (record.meta.inputId === undefined && !isFailed(item) && item.inputId != null) record.meta = { ...record.meta, inputId: item.inputId };
    pending.push({ record, input: nameOf(item) });
    // Again: a commit earlier in this batch cleared the ids it claimed.
    pendingIds.add(record.id);
    summary.new++;
    return 'new';
  };

  try {
    // Items in batches of what the source has ready; the new articles of a batch are analyzed together, stage by
    // stage (analyzeBatch: the same records as one by one).
    for await (const batch of batches(inputs, () => 1)) {
      if (options.signal?.aborted) {
        summary.stopped = true;
        break;
      }
      const settled = batch.map(settle);
      const docs = settled.filter((s): s is Article => typeof s !== 'string');
      const ingested = new Map(docs.map((doc) => [doc.input, doc]));
      // The ingest stage already ran: it hands back each document it produced.
      const stages: Stage[] = [{ ...INGEST_STAGE, run: (doc) => ingested.get(doc.input)! }, ...STAGES.slice(1)];
      const results = options.analyze ? docs.map((doc) => analyzeCaught(doc.input, ctx, stages, options.analyze)) : analyzeBatch(docs.map((doc) => doc.input), ctx, stages);
      let next = 0;
      batch.forEach((item, k) => {
        const s = settled[k];
        const outcome = typeof s === 'string' ? s : conclude(item, s, results[next++]);
        options.onInput?.(item, outcome, summary);
        if (pending.length + pendingFailures.length + pendingInputs.length >= batchSize) flush();
      });
      // Analysis is synchronous and a JSONL chunk holds many articles: let timers, signals (Ctrl-C) and requests of
      // the same process run between two batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    // Also when the input stream fails: what was analyzed is kept.
    flush();
  }
  return summary;
}
