// Output of `dyad extract`: records written as they are done, waiting for the stream to drain (memory stays flat).
// json: one object for a single-article command, else an array opened at the first record and closed at the end.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { ArticleRecord, ErrorRecord } from '../index.js';
import { prettyRecord, type PrettyOptions } from './pretty.js';

export type Format = 'json' | 'jsonl' | 'pretty';
export const FORMATS: readonly Format[] = ['json', 'jsonl', 'pretty'];

export type OutputRecord = ArticleRecord | ErrorRecord;

export interface RecordWriter {
  write(record: OutputRecord): Promise<void>;
  end(): Promise<void>;
}

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

const indent = (json: string) => json.replace(/\n/g, '\n  ');

/**
 * `array` decides the json shape: false prints the one record as an object (a single file or stdin article);
 * true prints an array, `[]` when no record came.
 */
export function createWriter(format: Format, out: Writable, array: () => boolean, pretty: PrettyOptions): RecordWriter {
  if (format === 'jsonl') {
    return { write: (r) => put(out, JSON.stringify(r) + '\n'), end: async () => {} };
  }
  if (format === 'pretty') {
    let n = 0;
    return {
      async write(r) {
        if (r.schema !== 'dyad.article/1') return; // errors are on stderr already
        await put(out, (n++ ? '\n' : '') + prettyRecord(r, pretty));
      },
      end: async () => {},
    };
  }
  let n = 0;
  let asArray: boolean | null = null;
  return {
    async write(r) {
      asArray ??= array();
      const json = JSON.stringify(r, null, 2);
      if (!asArray) await put(out, (n ? '\n' : '') + json + '\n');
      else await put(out, `${n ? ',\n' : '[\n'}  ${indent(json)}`);
      n++;
    },
    async end() {
      asArray ??= array();
      if (asArray) await put(out, n ? '\n]\n' : '[]\n');
    },
  };
}
