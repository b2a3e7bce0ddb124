// Links each stored event report of an article to a corpus event: an existing one when `sameEvent` says the report
// tells the same event (near-duplicate story first, then any article), else a new one; then recounts the corpus
// events it touched (mentions, articles, sources, stories).
import type Database from 'better-sqlite3';
import { candidateDateRange, sameEvent, type EventReport } from './event-rule.js';
import type { DedupeOptions } from './options.js';
import { outletKey } from './story.js';

interface EventRow {
  rowid: number;
  article: number;
  local_id: string;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  modality: string;
  date: string | null;
  date_end: string | null;
  source_actor: string | null;
  target_actor: string | null;
  source_country: string | null;
  target_country: string | null;
  corpus_event: number | null;
  story: number | null;
  published: string | null;
}

const EVENT_COLUMNS = `e.rowid AS rowid, e.article, e.local_id, e.code, e.root, e.quad, e.goldstein, e.modality, e.date,
  e.date_end, e.source_actor, e.target_actor, e.source_country, e.target_country, e.corpus_event, a.story, a.published`;

/** The statements one linkEvents call uses (prepared once per call, not kept between calls). */
function statements(db: Database.Database) {
  return {
    articleEvents: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.rowid = e.article WHERE e.article = ? AND e.corpus_event IS NULL ORDER BY e.rowid`,
    ),
    undatedIds: db
      .prepare(
        `SELECT j.value ->> 'id' FROM articles a, json_each(a.record, '$.events') j WHERE a.rowid = ? AND j.value ->> 'date' IS NULL`,
      )
      .pluck(),
    hasRecordEvent: db
      .prepare(`SELECT 1 FROM articles a, json_each(a.record, '$.events') j WHERE a.rowid = ? AND j.value ->> 'id' = ?`)
      .pluck(),
    recordDateOf: db
      .prepare(
        `SELECT j.value ->> 'date' IS NOT NULL FROM articles a, json_each(a.record, '$.events') j WHERE a.rowid = ? AND j.value ->> 'id' = ?`,
      )
      .pluck(),
    storyMates: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.rowid = e.article
       WHERE a.story = ? AND e.article <> ? AND e.code = ? AND e.source_actor IS ? AND e.target_actor IS ? AND e.corpus_event IS NOT NULL
       ORDER BY e.corpus_event, e.rowid`,
    ),
    corpusCandidates: db
      .prepare(
        `SELECT id FROM corpus_events WHERE code = ? AND source_actor = ? AND target_actor IS ? AND date >= ? AND date <= ? ORDER BY id`,
      )
      .pluck(),
    undatedCandidates: db
      .prepare(`SELECT DISTINCT corpus_event FROM events WHERE article = ? AND code = ? AND source_actor = ? AND target_actor IS ? AND corpus_event IS NOT NULL ORDER BY corpus_event`)
      .pluck(),
    representative: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM corpus_events c JOIN events e ON e.rowid = c.first_event JOIN articles a ON a.rowid = e.article WHERE c.id = ?`,
    ),
    insertCorpusEvent: db.prepare(
      `INSERT INTO corpus_events (code, root, quad, goldstein, source_actor, target_actor, source_country, target_country, date, first_event)
       VALUES (@code, @root, @quad, @goldstein, @source_actor, @target_actor, @source_country, @target_country, @date, @rowid)`,
    ),
    setCorpusEvent: db.prepare('UPDATE events SET corpus_event = ? WHERE rowid = ?'),
    counts: db.prepare(
      `SELECT COUNT(*) AS mentions, COUNT(DISTINCT e.article) AS articles, COUNT(DISTINCT COALESCE(a.story, -a.rowid)) AS stories
       FROM events e JOIN articles a ON a.rowid = e.article WHERE e.corpus_event = ?`,
    ),
    outlets: db.prepare(
      `SELECT DISTINCT a.outlet, a.url FROM events e JOIN articles a ON a.rowid = e.article WHERE e.corpus_event = ?`,
    ),
    updateCounts: db.prepare('UPDATE corpus_events SET mentions = ?, articles = ?, sources = ?, stories = ? WHERE id = ?'),
  };
}
type Statements = ReturnType<typeof statements>;

/**
 * Did the record give this event a date of its own? Read from the stored record; when the record does not list the
 * event, a date equal to the publication day is taken for the fallback.
 */
function ownDateOf(st: Statements, row: EventRow): boolean {
  const own = st.recordDateOf.get(row.article, row.local_id) as number | undefined;
  if (own !== undefined) return own === 1;
  return row.date !== null && row.date.slice(0, 10) !== (row.published ?? '').slice(0, 10);
}

function report(row: EventRow, ownDate: boolean): EventReport {
  return {
    article: row.article,
    story: row.story,
    code: row.code,
    sourceActor: row.source_actor,
    targetActor: row.target_actor,
    modality: row.modality,
    date: row.date,
    dateEnd: row.date_end,
    ownDate,
  };
}

/** The corpus event this report joins, or null for a new one. */
function findCorpusEvent(st: Statements, row: EventRow, mine: EventReport): number | null {
  const refused = new Set<number>();
  if (row.story !== null) {
    // A corpus event of the story is joined only when every report of it from the story agrees with this one, so
    // two copies with clashing own dates do not meet through a third, undated copy.
    const byCorpusEvent = new Map<number, EventRow[]>();
    for (const mate of st.storyMates.all(row.story, row.article, row.code, row.source_actor, row.target_actor) as EventRow[]) {
      const list = byCorpusEvent.get(mate.corpus_event!);
      if (list) list.push(mate);
      else byCorpusEvent.set(mate.corpus_event!, [mate]);
    }
    for (const [id, mates] of byCorpusEvent) {
      if (mates.every((mate) => sameEvent(mine, report(mate, ownDateOf(st, mate))).same)) return id;
      refused.add(id);
    }
  }
  if (row.source_actor === null) return null;
  const range = candidateDateRange(mine);
  const ids = range
    ? (st.corpusCandidates.all(row.code, row.source_actor, row.target_actor, range[0], range[1]) as number[])
    : (st.undatedCandidates.all(row.article, row.code, row.source_actor, row.target_actor) as number[]);
  for (const id of ids) {
    if (refused.has(id)) continue;
    const rep = st.representative.get(id) as EventRow | undefined;
    if (rep && sameEvent(mine, report(rep, ownDateOf(st, rep))).same) return id;
  }
  return null;
}

function recount(st: Statements, id: number): void {
  const c = st.counts.get(id) as { mentions: number; articles: number; stories: number };
  const outlets = new Set(
    (st.outlets.all(id) as { outlet: string | null; url: string | null }[]).map((o) => outletKey(o.outlet, o.url)),
  );
  st.updateCounts.run(c.mentions, c.articles, Math.max(1, outlets.size), c.stories, id);
}

/**
 * Links every not-yet-linked `events` row of a stored article to a `corpus_events` row and updates the counts of the
 * corpus events it joined. Call after `assignStory` so near-duplicates fold. Idempotent: linked rows are left alone.
 */
export function linkEvents(db: Database.Database, article: number, _options?: DedupeOptions): void {
  const run = db.transaction(() => {
    const st = statements(db);
    const rows = st.articleEvents.all(article) as EventRow[];
    if (rows.length === 0) return;
    const recordKnown = st.hasRecordEvent.get(article, rows[0]!.local_id) !== undefined;
    const undated = new Set(st.undatedIds.all(article) as string[]);
    const touched = new Set<number>();
    for (const row of rows) {
      const own = recordKnown
        ? !undated.has(row.local_id)
        : row.date !== null && row.date.slice(0, 10) !== (row.published ?? '').slice(0, 10);
      const mine = report(row, own);
      let id = findCorpusEvent(st, row, mine);
      if (id === null) {
        id = Number(
          st.insertCorpusEvent.run({
            code: row.code,
            root: row.root,
            quad: row.quad,
            goldstein: row.goldstein,
            source_actor: row.source_actor,
            target_actor: row.target_actor,
            source_country: row.source_country,
            target_country: row.target_country,
            date: row.date,
            rowid: row.rowid,
          }).lastInsertRowid,
        );
      }
      st.setCorpusEvent.run(id, row.rowid);
      touched.add(id);
    }
    for (const id of touched) recount(st, id);
  });
  run();
}
