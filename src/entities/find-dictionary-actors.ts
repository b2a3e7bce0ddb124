// entities: the actors of the dictionaries a user brought (PETRARCH actors, `ctx.lexicons.actors`): a mention for each
// name found in a sentence, and its actor code on the article's publication date (date-restricted PETRARCH codes).
import type { Article, Entity, EntityType } from '../article.js';
import { findActorNames } from '../events/petrarch/index.js';
import type { ActorEntry, Lexicons } from '../lexicons/types.js';

export interface DictionaryActorMention {
  entry: ActorEntry;
  /** Character offsets of the name as written. */
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  /** The actor code on the publication date, or null (no code then, or PETRARCH's null code `---`). */
  actor: string | null;
  /** Every code of a group name (PETRARCH `[FRO/BIL/SAM]`); `[actor]` otherwise. */
  codes: string[];
  /** The dictionary entry's id. */
  rule: string;
}

/** Every dictionary actor named in the article, sentence by sentence, longest name first, without overlaps. */
export function findDictionaryActors(
  doc: Pick<Article, 'text' | 'tokens' | 'sentences' | 'meta'>,
  lexicons: Lexicons,
): DictionaryActorMention[] {
  const out: DictionaryActorMention[] = [];
  if (!lexicons.actors.length) return out;
  const date = doc.meta.published;
  for (const s of doc.sentences) {
    for (const name of findActorNames(doc.tokens, s.tokenStart, s.tokenEnd, lexicons, date)) {
      const start = doc.tokens[name.start]!.start;
      const end = doc.tokens[name.end - 1]!.end;
      out.push({
        entry: name.entry,
        start,
        end,
        text: doc.text.slice(start, end),
        tokenStart: name.start,
        tokenEnd: name.end,
        actor: name.codes[0] ?? null,
        codes: name.codes,
        rule: name.entry.id,
      });
    }
  }
  return out;
}

/**
 * One entity per dictionary entry named, its mentions in text order. The type is the entry's, else a guess from the
 * code: a bare three-letter code (ARN, USA) names a place, anything else an organization.
 */
export function dictionaryActorEntities(mentions: readonly DictionaryActorMention[], idPrefix = 'd'): Entity[] {
  const byEntry = new Map<string, DictionaryActorMention[]>();
  for (const m of mentions) {
    const list = byEntry.get(m.entry.id);
    if (list) list.push(m);
    else byEntry.set(m.entry.id, [m]);
  }
  const out: Entity[] = [];
  for (const list of byEntry.values()) {
    const entry = list[0]!.entry;
    const longest = list.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const actor = list.find((m) => m.actor)?.actor ?? null;
    const type: EntityType = entry.type ?? (actor && /^[A-Z]{3}$/.test(actor) ? 'GPE' : 'ORG');
    out.push({
      id: `${idPrefix}${out.length + 1}`,
      name: longest.text,
      type,
      country: entry.country ?? null,
      actor,
      roles: entry.roles ?? [],
      affiliation: entry.affiliation ?? null,
      geo: null,
      mentions: list.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: 'name' as const, rule: m.rule })),
      rule: entry.id,
    });
  }
  return out;
}
