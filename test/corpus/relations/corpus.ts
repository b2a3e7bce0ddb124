// A hand-built corpus for the relation tests: rows of schema migration 1 written directly, so each test states the
// exact events (code, quad, Goldstein, modality, date, sides) and corpus-event links it counts.
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../src/corpus/store/schema.js';

export interface EventSpec {
  /** Source and target CAMEO actor codes; their first three letters are the countries. */
  source: string;
  target: string;
  code: string;
  quad: number;
  goldstein: number;
  date: string | null;
  modality?: string;
  sentence?: string;
  /** Reports of the same corpus event: this many more articles (one story each) carry it. */
  copies?: number;
  outlet?: string;
  url?: string;
}

export interface QuoteSpec {
  speakerActor: string;
  speakerCountry: string;
  /** Countries (and actors) of the entities the quote mentions. */
  about: { country: string | null; actor: string | null }[];
  text: string;
  date: string;
  /** The near-duplicate story; quotes of one story with the same text count once. */
  story?: number;
}

export class TestCorpus {
  readonly db: Database.Database;
  private articles = 0;

  /** In memory, or in a file (for the command-line tests). */
  constructor(path = ':memory:') {
    this.db = new Database(path);
    this.db.exec(MIGRATIONS[0]!.sql);
    this.db.pragma(`user_version = ${MIGRATIONS[0]!.version}`);
  }

  article(published: string | null, story: number | null = null, outlet = 'Test News', url: string | null = null): number {
    const n = ++this.articles;
    if (story !== null) this.db.prepare('INSERT OR IGNORE INTO stories (id, first_article) VALUES (?, ?)').run(story, n);
    return Number(
      this.db
        .prepare(`INSERT INTO articles (id, title, published, outlet, url, language, text, record, story, ingested_at) VALUES (?, ?, ?, ?, ?, 'en', ?, '{}', ?, '2024-05-01T10:00:00Z')`)
        .run(`art${String(n).padStart(4, '0')}`, `Article ${n}`, published, outlet, url, `Lead paragraph of article ${n}.\n\nMore text.`, story)
        .lastInsertRowid,
    );
  }

  /** One corpus event and its reports (1 + copies); returns the corpus event id. */
  event(spec: EventSpec): number {
    const reports = 1 + (spec.copies ?? 0);
    let corpusEvent = 0;
    for (let i = 0; i < reports; i++) {
      const article = this.article(spec.date, null, spec.outlet ?? `Outlet ${i}`, spec.url ?? null);
      const sentence = spec.sentence ?? `${spec.source} did ${spec.code} to ${spec.target}.`;
      const rowid = Number(
        this.db
          .prepare(
            `INSERT INTO events (article, local_id, code, root, quad, goldstein, modality, date, source_actor, source_name, source_country,
               target_actor, target_name, target_country, sentence, start, "end", place, place_country, lat, lon)
             VALUES (?, 'v1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 5, 'Paris', 'FRA', 48.86, 2.35)`,
          )
          .run(article, spec.code, spec.code.slice(0, 2), spec.quad, spec.goldstein, spec.modality ?? 'asserted', spec.date,
            spec.source, `${spec.source} name`, spec.source.slice(0, 3), spec.target, `${spec.target} name`, spec.target.slice(0, 3), sentence).lastInsertRowid,
      );
      if (i === 0) {
        corpusEvent = Number(
          this.db
            .prepare(
              `INSERT INTO corpus_events (code, root, quad, goldstein, source_actor, target_actor, source_country, target_country, date, first_event, mentions, articles, sources, stories)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(spec.code, spec.code.slice(0, 2), spec.quad, spec.goldstein, spec.source, spec.target, spec.source.slice(0, 3), spec.target.slice(0, 3), spec.date, rowid, reports, reports, reports, reports).lastInsertRowid,
        );
      }
      this.db.prepare('UPDATE events SET corpus_event = ? WHERE rowid = ?').run(corpusEvent, rowid);
    }
    return corpusEvent;
  }

  quote(spec: QuoteSpec): void {
    const article = this.article(spec.date, spec.story ?? null);
    const speaker = Number(
      this.db
        .prepare(`INSERT INTO entities (article, local_id, name, type, country, actor, mentions) VALUES (?, 'e1', 'Speaker', 'PERSON', ?, ?, 1)`)
        .run(article, spec.speakerCountry, spec.speakerActor).lastInsertRowid,
    );
    const quote = Number(
      this.db
        .prepare(`INSERT INTO quotes (article, local_id, kind, text, speaker, speaker_name, speaker_actor, speaker_country, date, start, "end") VALUES (?, 'q1', 'direct', ?, ?, 'Speaker', ?, ?, ?, 0, 1)`)
        .run(article, spec.text, speaker, spec.speakerActor, spec.speakerCountry, spec.date).lastInsertRowid,
    );
    spec.about.forEach((t, i) => {
      const entity = Number(
        this.db
          .prepare(`INSERT INTO entities (article, local_id, name, type, country, actor, mentions) VALUES (?, ?, 'Topic', 'GPE', ?, ?, 1)`)
          .run(article, `e${i + 2}`, t.country, t.actor).lastInsertRowid,
      );
      this.db.prepare('INSERT INTO quote_mentions (quote, entity) VALUES (?, ?)').run(quote, entity);
    });
  }
}
