// Words for what the page shows: entity types, quad classes, and the hover text of each highlighted span.
import type { DateMention, DyadEvent, Entity, Quote } from '../../src/article.js';

export const TYPE_NAMES: Record<string, string> = {
  PERSON: 'person',
  ORG: 'organization',
  GPE: 'country or city',
  LOC: 'place',
  NORP: 'group',
};

export const QUADS: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export function entityLink(entity: Pick<Entity, 'name'>, article?: string, local?: string): string {
  const q = new URLSearchParams({ name: entity.name });
  if (article) q.set('article', article);
  if (local) q.set('e', local);
  return `#/entity?${q}`;
}

export function entityTip(entity: Entity): string {
  const lines = [`${entity.name} — ${TYPE_NAMES[entity.type] ?? entity.type}`];
  if (entity.roles.length) lines.push(`Role: ${entity.roles.join('; ')}`);
  if (entity.actor) lines.push(`Actor code: ${entity.actor}`);
  if (entity.country) lines.push(`Country: ${entity.country}`);
  if (entity.affiliation) lines.push(`Affiliation: ${entity.affiliation}`);
  lines.push('Enter or click: its page');
  return lines.join('\n');
}

export function sideName(side: DyadEvent['source'] | null, entities: readonly Entity[]): string {
  if (!side) return '—';
  const entity = side.entity ? entities.find((e) => e.id === side.entity) : undefined;
  const name = entity?.name ?? side.text ?? '';
  return [name, side.actor ? `(${side.actor})` : ''].filter(Boolean).join(' ') || '—';
}

export function eventTip(event: DyadEvent, cameo: Record<string, string>, entities: readonly Entity[]): string {
  const lines = [`Event ${event.code} ${cameo[event.code] ?? ''}`.trim()];
  lines.push(`${sideName(event.source, entities)} → ${sideName(event.target, entities)}`);
  if (event.date) lines.push(`Date: ${event.date}${event.dateEnd ? ` to ${event.dateEnd}` : ''}`);
  lines.push(`Modality: ${event.modality} · Goldstein ${event.goldstein} · ${QUADS[event.quad] ?? ''}`);
  if (event.location) lines.push(`Place: ${event.location.name}`);
  return lines.join('\n');
}

export function dateTip(date: DateMention): string {
  if (!date.value) return `“${date.text}”: not resolved to a date`;
  return `Resolved date: ${date.value}${date.valueEnd ? ` to ${date.valueEnd}` : ''}${date.grain ? ` (${date.grain})` : ''}`;
}

export function quoteTip(quote: Quote, entities: readonly Entity[]): string {
  const speaker = (quote.speaker && entities.find((e) => e.id === quote.speaker)?.name) || quote.speakerText || 'unnamed';
  const via = quote.via ? entities.find((e) => e.id === quote.via)?.name ?? quote.via : null;
  return [`Quote (${quote.kind}) by ${speaker}`, quote.cue ? `Cue: ${quote.cue}` : '', via ? `Via: ${via}` : ''].filter(Boolean).join('\n');
}
