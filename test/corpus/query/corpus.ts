// A small hand-written corpus for the query tests: four short articles (quotes by named speakers, some through a
// news agency; events between countries on different dates; two wire copies of one story sharing a corpus event),
// stored as rows of the current schema. Offsets are found in each text, so every span slices to its text.
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../../../src/article.js';
import { MIGRATIONS } from '../../../src/corpus/store/schema.js';

interface EntitySpec {
  id: string;
  name: string;
  type: string;
  country: string | null;
  actor: string | null;
  /** Mention texts, found in order in the article text. */
  mentions: string[];
  acronym?: string;
}
interface QuoteSpec {
  id: string;
  kind: string;
  text: string;
  speaker: string | null;
  speakerText?: string;
  via: string | null;
  cue: string;
  /** Entities the quote's text mentions. */
  about: string[];
}
interface EventSpec {
  id: string;
  code: string;
  quad: number;
  goldstein: number;
  modality: string;
  date: string | null;
  source: string;
  target: string;
  sentence: string;
  /** Corpus event key: events with the same key are one corpus event. */
  same: string;
}
interface ArticleSpec {
  id: string;
  title: string;
  published: string;
  outlet: string;
  story: string;
  text: string;
  entities: EntitySpec[];
  quotes: QuoteSpec[];
  events: EventSpec[];
}

const hex = (seed: string) => seed.repeat(64).slice(0, 64);

export const ARTICLES: ArticleSpec[] = [
  {
    id: hex('a1'),
    title: 'Lavrov calls China talks useful',
    published: '2024-04-08',
    outlet: 'Wire One',
    story: 's1',
    text:
      'Russian Foreign Minister Sergey Lavrov said on Monday that talks with China on Ukraine were useful, TASS reported. ' +
      '"We will not accept NATO expansion," Lavrov said. Russia consulted China in Beijing.',
    entities: [
      { id: 'e1', name: 'Sergey Lavrov', type: 'PERSON', country: 'RUS', actor: 'RUSGOV', mentions: ['Sergey Lavrov', 'Lavrov'] },
      { id: 'e2', name: 'China', type: 'GPE', country: 'CHN', actor: 'CHN', mentions: ['China', 'China'] },
      { id: 'e3', name: 'Ukraine', type: 'GPE', country: 'UKR', actor: 'UKR', mentions: ['Ukraine'] },
      { id: 'e4', name: 'TASS', type: 'ORG', country: 'RUS', actor: 'RUSMED', mentions: ['TASS'] },
      { id: 'e5', name: 'North Atlantic Treaty Organization', type: 'ORG', country: null, actor: 'NATO', mentions: ['NATO'], acronym: 'NATO' },
      { id: 'e6', name: 'Russia', type: 'GPE', country: 'RUS', actor: 'RUS', mentions: ['Russia'] },
    ],
    quotes: [
      { id: 'q1', kind: 'indirect', text: 'talks with China on Ukraine were useful', speaker: 'e1', via: 'e4', cue: 'said', about: ['e2', 'e3'] },
      { id: 'q2', kind: 'direct', text: 'We will not accept NATO expansion', speaker: 'e1', via: null, cue: 'said', about: ['e5'] },
    ],
    events: [
      { id: 'v1', code: '040', quad: 1, goldstein: 1, modality: 'asserted', date: '2024-04-08', source: 'e6', target: 'e2', sentence: 'Russia consulted China in Beijing.', same: 'c1' },
    ],
  },
  {
    id: hex('b2'),
    title: 'Wang Yi meets Blinken in Beijing',
    published: '2024-05-02T10:30',
    outlet: 'Daily Two',
    story: 's2',
    text:
      'Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in Beijing. ' +
      'Wang said the United States must stop interfering in Taiwan, according to Reuters. ' +
      'A spokesman said the talks with us were frank, or OR "not".',
    entities: [
      { id: 'e1', name: 'Wang Yi', type: 'PERSON', country: 'CHN', actor: 'CHNGOV', mentions: ['Wang Yi', 'Wang'] },
      { id: 'e2', name: 'Antony Blinken', type: 'PERSON', country: 'USA', actor: 'USAGOV', mentions: ['Antony Blinken'] },
      { id: 'e3', name: 'United States', type: 'GPE', country: 'USA', actor: 'USA', mentions: ['United States'] },
      { id: 'e4', name: 'Taiwan', type: 'GPE', country: 'TWN', actor: 'TWN', mentions: ['Taiwan'] },
      { id: 'e5', name: 'Reuters', type: 'ORG', country: 'GBR', actor: 'GBRMED', mentions: ['Reuters'] },
      { id: 'e6', name: 'Beijing', type: 'GPE', country: 'CHN', actor: null, mentions: ['Beijing'] },
    ],
    quotes: [
      { id: 'q1', kind: 'indirect', text: 'the United States must stop interfering in Taiwan', speaker: 'e1', via: 'e5', cue: 'said', about: ['e3', 'e4'] },
      { id: 'q2', kind: 'indirect', text: 'the talks with us were frank, or OR "not"', speaker: null, speakerText: 'A spokesman', via: null, cue: 'said', about: [] },
    ],
    events: [
      { id: 'v1', code: '043', quad: 1, goldstein: 2.8, modality: 'asserted', date: '2024-05-02', source: 'e1', target: 'e2', sentence: 'Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in Beijing.', same: 'c2' },
      { id: 'v2', code: '1125', quad: 3, goldstein: -2, modality: 'reported', date: null, source: 'e1', target: 'e3', sentence: 'Wang said the United States must stop interfering in Taiwan, according to Reuters.', same: 'c3' },
    ],
  },
  {
    id: hex('c3'),
    title: 'Lavrov accuses Washington',
    published: '2024-12-31',
    outlet: 'Wire One',
    story: 's3',
    text: 'Lavrov said the United States, "deliberately", escalated the war in Ukraine, TASS reported. Lavrov accused the United States.',
    entities: [
      { id: 'e1', name: 'Lavrov', type: 'PERSON', country: 'RUS', actor: 'RUSGOV', mentions: ['Lavrov', 'Lavrov'] },
      { id: 'e2', name: 'United States', type: 'GPE', country: 'USA', actor: 'USA', mentions: ['United States', 'United States'] },
      { id: 'e3', name: 'Ukraine', type: 'GPE', country: 'UKR', actor: 'UKR', mentions: ['Ukraine'] },
      { id: 'e4', name: 'TASS', type: 'ORG', country: 'RUS', actor: 'RUSMED', mentions: ['TASS'] },
    ],
    quotes: [
      { id: 'q1', kind: 'indirect', text: 'the United States, "deliberately", escalated the war in Ukraine', speaker: 'e1', via: 'e4', cue: 'said', about: ['e2', 'e3'] },
    ],
    events: [
      { id: 'v1', code: '112', quad: 3, goldstein: -2, modality: 'asserted', date: '2024-12-31', source: 'e1', target: 'e2', sentence: 'Lavrov accused the United States.', same: 'c4' },
    ],
  },
  {
    id: hex('d4'),
    title: 'Russia accuses Washington',
    published: '2025-01-01T09:15',
    outlet: 'Daily Two',
    story: 's3',
    text: 'Sergey Lavrov said the United States escalated the war in Ukraine, Russian media reported. Lavrov accused the United States.',
    entities: [
      { id: 'e1', name: 'Sergey Lavrov', type: 'PERSON', country: 'RUS', actor: 'RUSGOV', mentions: ['Sergey Lavrov', 'Lavrov'] },
      { id: 'e2', name: 'United States', type: 'GPE', country: 'USA', actor: 'USA', mentions: ['United States', 'United States'] },
      { id: 'e3', name: 'Ukraine', type: 'GPE', country: 'UKR', actor: 'UKR', mentions: ['Ukraine'] },
    ],
    quotes: [
      { id: 'q1', kind: 'indirect', text: 'the United States escalated the war in Ukraine', speaker: 'e1', via: null, cue: 'said', about: ['e2', 'e3'] },
    ],
    events: [
      { id: 'v1', code: '112', quad: 3, goldstein: -2, modality: 'asserted', date: '2025-01-01', source: 'e1', target: 'e2', sentence: 'Lavrov accused the United States.', same: 'c4' },
    ],
  },
];

function find(text: string, piece: string, from: number): { start: number; end: number } {
  const start = text.indexOf(piece, from);
  if (start < 0) throw new Error(`fixture: "${piece}" is not in "${text}"`);
  return { start, end: start + piece.length };
}

/** The fixture article as a dyad.article/1 record (what `dyad show` prints from the articles.record column). */
export function recordOf(a: ArticleSpec): ArticleRecord {
  const sentences = [...a.text.matchAll(/[^ ].*?[.!?]"?(?= |$)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const sentenceOf = (start: number) => Math.max(0, sentences.findIndex((s) => s.start <= start && start < s.end));
  return {
    schema: 'dyad.article/1',
    id: a.id,
    meta: { title: a.title, published: a.published, outlet: a.outlet, byline: null, url: null, language: 'en' },
    text: a.text,
    captions: [],
    paragraphs: [{ start: 0, end: a.text.length }],
    sentences,
    entities: a.entities.map((e) => {
      let from = 0;
      const mentions = e.mentions.map((m) => {
        const span = find(a.text, m, from);
        from = span.end;
        return { ...span, text: m, kind: 'name' as const };
      });
      return { id: e.id, name: e.name, type: e.type as 'PERSON', country: e.country, actor: e.actor, roles: [], affiliation: null, geo: null, mentions, acronym: e.acronym ?? null };
    }),
    quotes: a.quotes.map((q) => ({ id: q.id, kind: q.kind as 'direct', text: q.text, speaker: q.speaker, speakerText: q.speakerText ?? null, cue: q.cue, via: q.via, ...find(a.text, q.text, 0) })),
    events: a.events.map((v) => {
      const evidence = find(a.text, v.sentence, 0);
      const side = (id: string) => ({ entity: id, actor: a.entities.find((e) => e.id === id)!.actor });
      return {
        id: v.id, source: side(v.source), target: side(v.target), code: v.code, root: v.code.slice(0, 2), quad: v.quad, goldstein: v.goldstein,
        modality: v.modality as 'asserted', date: v.date, dateEnd: null, location: null, sentence: sentenceOf(evidence.start), evidence,
      };
    }),
    dates: [],
  };
}

/** Creates the schema in `db` and stores the fixture articles. */
export function fillCorpus(db: Database.Database): Database.Database {
  for (const migration of MIGRATIONS) db.exec(migration.sql);
  db.pragma(`user_version = ${MIGRATIONS[MIGRATIONS.length - 1]!.version}`);
  const stories = new Map<string, number>();
  const corpusEvents = new Map<string, { id: number; articles: Set<number>; outlets: Set<string> }>();
  const put = (sql: string, params: Record<string, unknown>) => Number(db.prepare(sql).run(params).lastInsertRowid);
  db.transaction(() => {
    for (const a of ARTICLES) {
      const record = recordOf(a);
      const article = put(
        `INSERT INTO articles (id, title, published, outlet, language, text, record, ingested_at)
         VALUES (@id, @title, @published, @outlet, 'en', @text, @record, '2025-02-01T00:00:00Z')`,
        { ...a, record: JSON.stringify(record) },
      );
      let story = stories.get(a.story);
      if (story === undefined) {
        story = put(`INSERT INTO stories (first_article, articles, outlets) VALUES (@article, 1, 1)`, { article });
        stories.set(a.story, story);
      } else db.prepare(`UPDATE stories SET articles = articles + 1, outlets = outlets + 1 WHERE id = ?`).run(story);
      db.prepare(`UPDATE articles SET story = ? WHERE rowid = ?`).run(story, article);

      const rowids = new Map<string, number>();
      const spec = new Map(a.entities.map((e) => [e.id, e]));
      for (const e of a.entities) {
        const rowid = put(
          `INSERT INTO entities (article, local_id, name, type, country, actor, acronym, mentions)
           VALUES (@article, @id, @name, @type, @country, @actor, @acronym, @mentions)`,
          { article, ...e, acronym: e.acronym ?? null, mentions: e.mentions.length },
        );
        rowids.set(e.id, rowid);
        let from = 0;
        for (const m of e.mentions) {
          const span = find(a.text, m, from);
          from = span.end;
          put(`INSERT INTO mentions (entity, start, "end", text, kind) VALUES (@entity, @start, @end, @text, 'name')`, { entity: rowid, ...span, text: m });
        }
      }
      for (const q of a.quotes) {
        const speaker = q.speaker ? spec.get(q.speaker)! : null;
        const quote = put(
          `INSERT INTO quotes (article, local_id, kind, text, speaker, speaker_name, speaker_actor, speaker_country, cue, via, date, start, "end")
           VALUES (@article, @id, @kind, @text, @speaker, @speakerName, @speakerActor, @speakerCountry, @cue, @via, @date, @start, @end)`,
          {
            article,
            ...q,
            speaker: q.speaker ? rowids.get(q.speaker)! : null,
            speakerName: speaker?.name ?? q.speakerText ?? null,
            speakerActor: speaker?.actor ?? null,
            speakerCountry: speaker?.country ?? null,
            via: q.via ? spec.get(q.via)!.name : null,
            date: a.published,
            ...find(a.text, q.text, 0),
          },
        );
        for (const t of q.about) db.prepare(`INSERT INTO quote_mentions (quote, entity) VALUES (?, ?)`).run(quote, rowids.get(t));
      }
      for (const v of a.events) {
        const source = spec.get(v.source)!;
        const target = spec.get(v.target)!;
        const side = (e: EntitySpec) => ({ actor: e.actor, name: e.name, country: e.country ?? (e.actor ? e.actor.slice(0, 3) : null) });
        const s = side(source);
        const t = side(target);
        const event = put(
          `INSERT INTO events (article, local_id, code, root, quad, goldstein, modality, date, source_entity, source_actor, source_name,
             source_country, target_entity, target_actor, target_name, target_country, sentence, start, "end")
           VALUES (@article, @id, @code, @root, @quad, @goldstein, @modality, @date, @sourceEntity, @sourceActor, @sourceName,
             @sourceCountry, @targetEntity, @targetActor, @targetName, @targetCountry, @sentence, @start, @end)`,
          {
            article,
            ...v,
            root: v.code.slice(0, 2),
            sourceEntity: rowids.get(v.source),
            sourceActor: s.actor,
            sourceName: s.name,
            sourceCountry: s.country,
            targetEntity: rowids.get(v.target),
            targetActor: t.actor,
            targetName: t.name,
            targetCountry: t.country,
            ...find(a.text, v.sentence, 0),
          },
        );
        let ce = corpusEvents.get(v.same);
        if (!ce) {
          const id = put(
            `INSERT INTO corpus_events (code, root, quad, goldstein, source_actor, target_actor, source_country, target_country, date, first_event)
             VALUES (@code, @root, @quad, @goldstein, @sourceActor, @targetActor, @sourceCountry, @targetCountry, @date, @event)`,
            { ...v, root: v.code.slice(0, 2), sourceActor: s.actor, targetActor: t.actor, sourceCountry: s.country, targetCountry: t.country, event },
          );
          corpusEvents.set(v.same, (ce = { id, articles: new Set(), outlets: new Set() }));
        }
        ce.articles.add(article);
        ce.outlets.add(a.outlet);
        db.prepare(`UPDATE events SET corpus_event = ? WHERE rowid = ?`).run(ce.id, event);
      }
    }
    for (const ce of corpusEvents.values()) {
      db.prepare(`UPDATE corpus_events SET mentions = (SELECT count(*) FROM events WHERE corpus_event = @id), articles = @a, sources = @o WHERE id = @id`).run({
        id: ce.id,
        a: ce.articles.size,
        o: ce.outlets.size,
      });
    }
  })();
  return db;
}

export function memoryCorpus(): Database.Database {
  return fillCorpus(new Database(':memory:'));
}

/** The fixture corpus written to a database file at `path` (for the CLI tests). */
export function fileCorpus(path: string): string {
  fillCorpus(new Database(path)).close();
  return path;
}
