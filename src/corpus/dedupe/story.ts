// Groups a stored article with its near-duplicates: signs its text, looks up LSH candidates in minhash_bands, checks
// each candidate's estimated Jaccard against its stored signature, and sets articles.story (joining or starting a story).
import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../article.js';
import {
  bandHashes,
  estimateJaccard,
  signatureFromBlob,
  signatureToBlob,
  textSignature,
} from './minhash.js';
import { dupThreshold, type DedupeOptions } from './options.js';
import { inTransaction, statementsFor, type Statements } from './statements.js';

/**
 * The outlet an article counts for: its outlet name (trimmed, lower case), else its URL's host without `www.`, else
 * the empty string, "unknown", which counts as ONE outlet however many articles lack one: dyad never claims two
 * independent sources it cannot name.
 */
export function outletKey(outlet: string | null | undefined, url: string | null | undefined): string {
  const name = outlet?.trim().toLowerCase();
  if (name) return name;
  if (url) {
    const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim())?.[1];
    if (host) return host.toLowerCase().replace(/^www\./, '');
  }
  return '';
}

interface Candidate {
  article: number;
  story: number | null;
  signature: Buffer;
}

/** Recomputes a story's article and outlet counts from its members. */
export function recountStory(db: Database.Database, story: number): void {
  recount(statementsFor(db), story);
}

function recount(st: Statements, story: number): void {
  const members = st.storyMembers.all(story) as { outlet: string | null; url: string | null }[];
  const outlets = new Set(members.map((m) => outletKey(m.outlet, m.url)));
  st.storyCounts.run(members.length, Math.max(1, outlets.size), story);
}

/**
 * Sets `articles.story` for a stored article and writes its MinHash rows; returns the story id. The article joins the
 * story of its most similar earlier article whose estimated Jaccard is at least `options.threshold` (ties: the
 * earliest stored), else starts a story of its own. Stories are never merged afterwards. Called again for an article
 * that already has a story, it returns that story unchanged.
 */
export function assignStory(
  db: Database.Database,
  article: number,
  record: ArticleRecord,
  options?: DedupeOptions,
): number {
  const st = statementsFor(db);
  return inTransaction(db, (): number => {
    const current = st.storyOf.get(article) as { story: number | null } | undefined;
    if (!current) throw new Error(`dyad: assignStory: no article with rowid ${article}`);
    if (current.story !== null) return current.story;

    const threshold = dupThreshold(options);
    const sig = textSignature(record.text);
    let best: { story: number; score: number; article: number } | null = null;
    const bands = sig ? bandHashes(sig) : [];
    if (sig) {
      const candidates = st.bandArticles.pluck().all(JSON.stringify(bands), article) as number[];
      for (const other of candidates) {
        const candidate = st.candidate.get(other) as Candidate | undefined;
        if (!candidate || candidate.story === null) continue;
        const score = estimateJaccard(sig, signatureFromBlob(candidate.signature));
        if (score < threshold) continue;
        if (!best || score > best.score || (score === best.score && candidate.article < best.article)) {
          best = { story: candidate.story, score, article: candidate.article };
        }
      }
    }

    const story = best ? best.story : Number(st.newStory.run(article).lastInsertRowid);
    st.setStory.run(story, article);
    if (best) recount(st, story);
    if (sig) {
      st.putSignature.run(article, signatureToBlob(sig));
      st.putBands.run(article, JSON.stringify(bands));
    }
    return story;
  });
}
