// Answers of the read routes kept by URL, for as long as the corpus does not change: `PRAGMA data_version` moves
// when another connection commits (dyad ingest running beside the server), and the server drops everything itself
// when /extract stores. Least recently used answers go first once `size` is reached.
import type Database from 'better-sqlite3';

export const DEFAULT_CACHE_ENTRIES = 1000;
/** Answers larger than this are not kept (a 500-row page of events is about 300 kB). */
const MAX_BODY = 512 * 1024;

export interface AnswerCache {
  get(key: string): string | undefined;
  set(key: string, body: string): void;
  clear(): void;
}

export function answerCache(db: Database.Database, size: number): AnswerCache {
  const answers = new Map<string, string>();
  let version: unknown = null;
  const current = () => {
    const now = db.pragma('data_version', { simple: true });
    if (now !== version) {
      answers.clear();
      version = now;
    }
  };
  return {
    get(key) {
      current();
      const body = answers.get(key);
      if (body !== undefined) {
        answers.delete(key);
        answers.set(key, body);
      }
      return body;
    },
    set(key, body) {
      if (body.length > MAX_BODY || size <= 0) return;
      answers.set(key, body);
      if (answers.size > size) answers.delete(answers.keys().next().value!);
    },
    clear() {
      answers.clear();
    },
  };
}
