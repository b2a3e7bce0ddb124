// Links each stored event report of an article to a corpus event: an existing one when `sameEvent` says the report
// tells the same event (near-duplicate story first, then any article), else a new one; then recounts the corpus
// events it touched (mentions, articles, sources, stories).
import type Database from 'better-sqlite3';
import { candidateDateRange, sameEvent, type EventReport } from './event-rule.js';
import type { DedupeOptions } from './options.js';
import { inTransaction, statementsFor, type Statements } from './statements.js';
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

/**
 * Did the record give this event a date of its own? Read from the stored record; when the record does not list the
 * event, a date equal to the publication day is taken for the fallback.
 */
function ownDateOf(st: Statements, row: EventRow): boolean {
  const own = st.recordDateOf.pluck().get(row.article, row.local_id) as number | undefined;
  return own !== undefined ? own === 1 : fallbackOwnDate(row);
}

/** Without the record's word, a date other than the publication day is taken for the event's own. */
function fallbackOwnDate(row: EventRow): boolean {
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
    ? (st.corpusCandidates.pluck().all(row.code, row.source_actor, row.target_actor, range[0], range[1]) as number[])
    : (st.undatedCandidates.pluck().all(row.article, row.code, row.source_actor, row.target_actor) as number[]);
  for (const id of ids) {
    if (refused.has(id)) continue;
    const rep = st.representative.get(id) as EventRow | undefined;
    if (rep && sameEvent(mine, report(rep, ownDateOf(st, rep))).same) return id;
  }
  return null;
}

function recount(st: Statements, id: number): void {
  const c = st.corpusEventCounts.get(id) as { mentions: number; articles: number; stories: number };
  const outlets = new Set(
    (st.corpusEventOutlets.all(id) as { outlet: string | null; url: string | null }[]).map((o) => outletKey(o.outlet, o.url)),
  );
  st.putCorpusEventCounts.run(c.mentions, c.articles, Math.max(1, outlets.size), c.stories, id);
}

/**
 * Links every not-yet-linked `events` row of a stored article to a `corpus_events` row and updates the counts of the
 * corpus events it joined. Call after `assignStory` so near-duplicates fold. Idempotent: linked rows are left alone.
 */
export function linkEvents(db: Database.Database, article: number, _options?: DedupeOptions): void {
  const st = statementsFor(db);
  inTransaction(db, () => {
    const rows = st.articleEvents.all(article) as EventRow[];
    if (rows.length === 0) return;
    const own = ownDates(st, article);
    const touched = new Set<number>();
    for (const row of rows) {
      const mine = report(row, own.get(row.local_id) ?? fallbackOwnDate(row));
      let id = findCorpusEvent(st, row, mine);
      if (id === null) {
        id = Number(
          st.newCorpusEvent.run({
            code: row.code,
            root: row.root,
            quad: row.quad,
            goldstein: row.goldstein,
            source_actor: row.source_actor,
            target_actor: row.target_actor,
            source_country: row.source_country,
            target_country: row.target_country,
            date: row.date,
            first_event: row.rowid,
          }).lastInsertRowid,
        );
      }
      st.setCorpusEvent.run(id, row.rowid);
      touched.add(id);
    }
    for (const id of touched) recount(st, id);
  });
}

/** Which of the article's record events have a date of their own (by local id), read from the stored record. */
function ownDates(st: Statements, article: number): Map<string, boolean> {
  const json = st.recordEvents.pluck().get(article) as string | null | undefined;
  const own = new Map<string, boolean>();
  if (!json) return own;
  const events = JSON.parse(json) as unknown;
  if (!Array.isArray(events)) return own;
  for (const e of events as { id?: unknown; date?: unknown }[]) {
    if (typeof e?.id === 'string') own.set(e.id, e.date !== null && e.date !== undefined);
  }
  return own;
}
