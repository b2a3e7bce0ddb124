// A dyad.article/1 record → the rows of the corpus tables. Pure: entity rowids come from the caller (`rowidOf`),
// since they exist only once the entities are inserted. Column names are those of schema.ts.
import type { ArticleRecord, DyadEvent, Entity, EventActor, Quote, Span } from '../../article.js';
import { AGENTS } from '../../lexicons/agents.js';

type Value = string | number | null;

export interface ArticleRow {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  language: string;
  input_id: string | null;
  text: string;
  record: string;
  ingested_at: string;
}

export function articleRow(record: ArticleRecord, input: string | null, now: string): ArticleRow {
  const { meta } = record;
  return {
    id: record.id,
    title: meta.title,
    published: meta.published,
    outlet: meta.outlet,
    byline: meta.byline,
    url: meta.url,
    language: meta.language,
    input_id: meta.inputId ?? input,
    text: record.text,
    record: JSON.stringify(record),
    ingested_at: now,
  };
}

export function entityRow(entity: Entity): Record<string, Value> {
  return {
    local_id: entity.id,
    name: entity.name,
    type: entity.type,
    country: entity.country,
    actor: entity.actor,
    roles: JSON.stringify(entity.roles ?? []),
    affiliation: entity.affiliation,
    nationality: entity.nationality ?? null,
    acronym: entity.acronym ?? null,
    lat: entity.geo?.lat ?? null,
    lon: entity.geo?.lon ?? null,
    mentions: entity.mentions.length,
  };
}

export type RowidOf = (localId: string | null | undefined) => number | null;

export function quoteRow(quote: Quote, record: ArticleRecord, entities: ReadonlyMap<string, Entity>, rowidOf: RowidOf): Record<string, Value> {
  const speaker = quote.speaker ? entities.get(quote.speaker) : undefined;
  const via = quote.via ? entities.get(quote.via) : undefined;
  return {
    local_id: quote.id,
    kind: quote.kind,
    text: quote.text,
    speaker: rowidOf(quote.speaker),
    speaker_name: speaker?.name ?? quote.speakerText ?? null,
    speaker_actor: speaker?.actor ?? null,
    speaker_country: speaker?.country ?? null,
    cue: quote.cue,
    via: via?.name ?? null,
    date: record.meta.published,
    start: quote.start,
    end: quote.end,
  };
}

const inside = (m: Span, spans: readonly Span[]): boolean => spans.some((s) => m.start >= s.start && m.end <= s.end);

/**
 * The entities a quote talks about: those with a mention inside its content (inside its pieces when a cue splits it).
 * Pronouns do not count: "we" inside a quote is the speaker's own voice, not a topic.
 */
export function quoteTopics(quote: Quote, entities: readonly Entity[]): string[] {
  const spans: readonly Span[] = quote.parts?.length ? quote.parts : [quote];
  const topics: string[] = [];
  for (const entity of entities) {
    if (entity.mentions.some((m) => m.kind !== 'pronoun' && inside(m, spans))) topics.push(entity.id);
  }
  return topics;
}

/**
 * Three-letter CAMEO codes that name a kind of actor, not a place: a code that starts with one (GOVMIL, BUS, TERREB)
 * has no country. dyad's own agents, plus the codebook's actor types and religions a PETRARCH dictionary may use.
 * IGO stays a "country" (a bloc), as CAMEO region codes (EUR, AFR) do.
 */
export const ACTOR_TYPE_CODES: ReadonlySet<string> = new Set([
  ...AGENTS.map((a) => a.code.slice(0, 3)),
  ...['COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI', 'ENV'],
  ...['HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'UIS', 'PTY', 'TER', 'REL'],
  ...['CHR', 'CTH', 'DOX', 'PRO', 'JEW', 'MOS', 'SHI', 'SUN', 'BUD', 'HIN', 'SIK', 'ATH', 'JAN', 'BAH', 'CON', 'ITH', 'TAO', 'ZRO'],
].filter((c) => c !== 'IGO'));

/** An actor's country: its entity's, else the first three letters of its CAMEO code when they are a country, bloc or IGO. */
export function actorCountry(actor: EventActor | null, entity: Entity | undefined): string | null {
  if (entity?.country) return entity.country;
  const code = actor?.actor;
  if (!code || code.length < 3) return null;
  const head = code.slice(0, 3);
  return ACTOR_TYPE_CODES.has(head) ? null : head;
}

export function eventRow(event: DyadEvent, record: ArticleRecord, entities: ReadonlyMap<string, Entity>, rowidOf: RowidOf): Record<string, Value> {
  const source = event.source.entity ? entities.get(event.source.entity) : undefined;
  const target = event.target?.entity ? entities.get(event.target.entity) : undefined;
  const sentence = record.sentences[event.sentence];
  return {
    local_id: event.id,
    code: event.code,
    root: event.root,
    quad: event.quad,
    goldstein: event.goldstein,
    modality: event.modality,
    date: event.date ?? record.meta.published,
    date_end: event.dateEnd,
    source_entity: rowidOf(event.source.entity),
    source_actor: event.source.actor,
    source_name: source?.name ?? event.source.text ?? null,
    source_country: actorCountry(event.source, source),
    target_entity: rowidOf(event.target?.entity),
    target_actor: event.target?.actor ?? null,
    target_name: target?.name ?? event.target?.text ?? null,
    target_country: actorCountry(event.target, target),
    place: event.location?.name ?? null,
    place_country: event.location?.country ?? null,
    lat: event.location?.lat ?? null,
    lon: event.location?.lon ?? null,
    sentence: sentence ? record.text.slice(sentence.start, sentence.end) : record.text.slice(event.evidence.start, event.evidence.end),
    start: event.evidence.start,
    end: event.evidence.end,
  };
}
