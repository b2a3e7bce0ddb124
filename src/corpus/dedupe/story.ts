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
  const members = db.prepare('SELECT outlet, url FROM articles WHERE story = ?').all(story) as {
    outlet: string | null;
    url: string | null;
  }[];
  const outlets = new Set(members.map((m) => outletKey(m.outlet, m.url)));
  db.prepare('UPDATE stories SET articles = ?, outlets = ? WHERE id = ?').run(members.length, Math.max(1, outlets.size), story);
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
  const run = db.transaction((): number => {
    const current = db.prepare('SELECT story FROM articles WHERE rowid = ?').get(article) as { story: number | null } | undefined;
    if (!current) throw new Error(`dyad: assignStory: no article with rowid ${article}`);
    if (current.story !== null) return current.story;

    const threshold = dupThreshold(options);
    const sig = textSignature(record.text);
    let best: { story: number; score: number; article: number } | null = null;
    let bands: number[] = [];
    if (sig) {
      bands = bandHashes(sig);
      const lookup = db.prepare('SELECT article FROM minhash_bands WHERE band = ? AND hash = ?').pluck();
      const seen = new Set<number>([article]);
      const getCandidate = db.prepare(
        'SELECT a.rowid AS article, a.story AS story, s.signature AS signature FROM articles a JOIN minhash_signatures s ON s.article = a.rowid WHERE a.rowid = ?',
      );
      for (let band = 0; band < bands.length; band++) {
        for (const other of lookup.all(band, bands[band]) as number[]) {
          if (seen.has(other)) continue;
          seen.add(other);
          const candidate = getCandidate.get(other) as Candidate | undefined;
          if (!candidate || candidate.story === null) continue;
          const score = estimateJaccard(sig, signatureFromBlob(candidate.signature));
          if (score < threshold) continue;
          if (!best || score > best.score || (score === best.score && candidate.article < best.article)) {
            best = { story: candidate.story, score, article: candidate.article };
          }
        }
      }
    }

    let story: number;
    if (best) {
      story = best.story;
      db.prepare('UPDATE articles SET story = ? WHERE rowid = ?').run(story, article);
      recountStory(db, story);
    } else {
      story = Number(db.prepare('INSERT INTO stories (first_article, articles, outlets) VALUES (?, 1, 1)').run(article).lastInsertRowid);
      db.prepare('UPDATE articles SET story = ? WHERE rowid = ?').run(story, article);
    }
    if (sig) {
      db.prepare('INSERT OR REPLACE INTO minhash_signatures (article, signature) VALUES (?, ?)').run(article, signatureToBlob(sig));
      const insertBand = db.prepare('INSERT OR IGNORE INTO minhash_bands (band, hash, article) VALUES (?, ?, ?)');
      for (let band = 0; band < bands.length; band++) insertBand.run(band, bands[band], article);
    }
    return story;
  });
  return run();
}
