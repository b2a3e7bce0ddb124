// Inputs in batches for analyzeBatch (dyad extract, dyad ingest, a feed): as many as the source has ready, up to a
// count and a byte budget. A batch never waits for a unit that is not there yet: when the source has nothing ready (a
// person typing JSONL into stdin, a producer that writes a line and waits for its record), the batch goes as it is,
// so each record still comes out as soon as its input is in. A file or a pipe with data waiting fills whole batches.

export interface BatchLimits {
  /** Units per batch. */
  count: number;
  /** A batch closes once its units hold this many bytes (a few large inputs are not kept in memory together). */
  bytes: number;
}

/** 64 units: the gain of stage-by-stage runs levels off there on the BBC corpus (16: about half of it). */
export const BATCH_LIMITS: BatchLimits = { count: 64, bytes: 8 << 20 };

const NOT_READY = Symbol('not ready');

/** The next turn of the event loop, after pending I/O callbacks: what the source has not produced by then is not ready. */
function nextTurn(): Promise<typeof NOT_READY> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_READY)));
}

/** Groups `source` into batches in order; `sizeOf` gives a unit's bytes. Errors of the source propagate as they would. */
export async function* batches<T>(source: AsyncIterable<T> | Iterable<T>, sizeOf: (unit: T) => number, limits: BatchLimits = BATCH_LIMITS): AsyncGenerator<T[]> {
  const units: Iterator<T> | AsyncIterator<T> = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  let pending: Promise<IteratorResult<T>> | IteratorResult<T> | null = null;
  for (;;) {
    // The first unit of a batch is waited for as long as it takes.
    const first = await (pending ?? units.next());
    pending = null;
    if (first.done) return;
    const batch = [first.value];
    let bytes = sizeOf(first.value);
    let done = false;
    // An error of the source while a batch fills: the units before it go out first, then the error.
    let failure: { error: unknown } | null = null;
    while (batch.length < limits.count && bytes < limits.bytes) {
      const next = units.next();
      let ready: IteratorResult<T> | typeof NOT_READY;
      try {
        ready = await Promise.race([next, nextTurn()]);
      } catch (error) {
        failure = { error };
        break;
      }
      if (ready === NOT_READY) {
        pending = next;
        break;
      }
      if (ready.done) {
        done = true;
        break;
      }
      batch.push(ready.value);
      bytes += sizeOf(ready.value);
    }
    yield batch;
    if (failure) throw failure.error;
    if (done) return;
  }
}
