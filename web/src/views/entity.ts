// An entity's page: who it is, its mentions, quotes and events in the article it was opened from, and across the
// corpus (when one is open) its quotes and its events over time.
import type { Entity } from '../../../src/article.js';
import { api, article, corpusStats, type Held, type List } from '../api.js';
import { timeChart } from '../chart.js';
import { h, num, table } from '../dom.js';
import { sideName, TYPE_NAMES } from '../describe.js';
import type { EventRow, QuoteRow } from './lists.js';

function snippet(text: string, start: number, end: number): HTMLElement {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 60)));
  const to = text.indexOf(' ', Math.min(text.length, end + 60));
  return h('span', {}, `${from > 0 ? '…' : ''}${text.slice(from, start)}`, h('mark', {}, text.slice(start, end)), `${text.slice(end, to < 0 ? text.length : to)}${to >= 0 ? '…' : ''}`);
}

function byMonth(dates: readonly (string | null)[]): { periods: string[]; counts: number[] } {
  const counts = new Map<string, number>();
  for (const d of dates) if (d) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  const periods = [...counts.keys()].sort();
  return { periods, counts: periods.map((p) => counts.get(p)!) };
}

function inArticle(held: Held, entity: Entity): HTMLElement[] {
  const { record, cameo } = held;
  const quotes = record.quotes.filter((q) => q.speaker === entity.id);
  const events = record.events.filter((e) => e.source.entity === entity.id || e.target?.entity === entity.id);
  return [
    h('h2', {}, 'In this article'),
    h('p', {}, h('a', { href: `#/article/${record.id}` }, record.meta.title ?? 'the article'), ` · ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`),
    h('ol', { class: 'mentions' }, ...entity.mentions.map((m) => h('li', {}, snippet(record.text, m.start, m.end), m.kind ? h('span', { class: 'muted' }, ` (${m.kind})`) : null))),
    h('h2', {}, `Quotes by ${entity.name} here (${quotes.length})`),
    quotes.length ? h('div', { class: 'cards' }, ...quotes.map((q) => h('div', { class: 'card' }, h('blockquote', {}, q.text), h('div', { class: 'muted' }, q.cue ?? '')))) : h('p', { class: 'muted' }, 'None.'),
    h('h2', {}, `Events with ${entity.name} here (${events.length})`),
    events.length
      ? table(
          ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Modality'],
          events.map((e) => [e.date ?? '', sideName(e.source, record.entities), `${e.code} ${cameo[e.code] ?? ''}`, sideName(e.target, record.entities), num(e.goldstein), e.modality]),
          'Events in this article',
        )
      : h('p', { class: 'muted' }, 'None.'),
  ];
}

export async function renderEntity(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const name = query.get('name') ?? '';
  const articleId = query.get('article');
  const local = query.get('e');
  const held = articleId ? await article(articleId).catch(() => null) : null;
  const entity = held?.record.entities.find((e) => e.id === local || (!local && e.name === name)) ?? null;
  const parts: (HTMLElement | null)[] = [
    h('h1', { id: 'entity-name' }, name || entity?.name || 'Entity'),
    entity
      ? h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Type'),
          h('dd', { 'data-testid': 'entity-type' }, TYPE_NAMES[entity.type] ?? entity.type),
          ...(entity.roles.length ? [h('dt', {}, 'Role'), h('dd', { 'data-testid': 'entity-role' }, entity.roles.join('; '))] : []),
          ...(entity.actor ? [h('dt', {}, 'Actor code'), h('dd', {}, entity.actor)] : []),
          ...(entity.country ? [h('dt', {}, 'Country'), h('dd', {}, entity.country)] : []),
          ...(entity.affiliation ? [h('dt', {}, 'Affiliation'), h('dd', {}, entity.affiliation)] : []),
        )
      : null,
  ];
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  if (held && entity) root.append(...inArticle(held, entity));

  const stats = await corpusStats();
  if (!stats.corpus) {
    if (held && entity) {
      const dated = byMonth(held.record.events.filter((e) => e.source.entity === entity.id || e.target?.entity === entity.id).map((e) => e.date));
      if (dated.periods.length) root.append(h('h2', {}, 'Events over time (this article)'), timeChart(dated.periods, [{ label: 'events', values: dated.counts, color: '#1d4ed8' }], `Events with ${entity.name} by month`));
    }
    root.append(h('p', { class: 'note' }, 'No corpus is open, so this page shows this article only (start dyad serve with --db to see every article).'));
    return;
  }
  const section = h('section', { 'aria-label': 'Across the corpus' }, h('h2', {}, 'Across the corpus'), h('p', { class: 'muted' }, 'Loading…'));
  root.append(section);
  try {
    const who = encodeURIComponent(name);
    const [found, quotes, events] = await Promise.all([
      api<List<{ name: string; type: string; articles: number; mentions: number; first: string | null; last: string | null }>>(`/entities?name=${who}&limit=5`),
      api<List<QuoteRow>>(`/quotes?speaker=${who}&limit=50`),
      api<List<EventRow>>(`/events?actor=${who}&limit=500`),
    ]);
    const top = found.items[0];
    const dated = byMonth(events.items.map((e) => e.date));
    section.replaceChildren(
      h('h2', {}, 'Across the corpus'),
      h('p', {}, top ? `Named in ${top.articles} article${top.articles === 1 ? '' : 's'} (${top.mentions} mentions)${top.first ? `, from ${top.first} to ${top.last}` : ''}.` : 'Not found under this name in the corpus.'),
      h('h3', {}, `Events over time (${events.total})`),
      dated.periods.length ? timeChart(dated.periods, [{ label: 'events', values: dated.counts, color: '#1d4ed8' }], `Events with ${name} by month`) : h('p', { class: 'muted' }, 'No dated events.'),
      events.items.length
        ? table(
            ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Evidence'],
            events.items.slice(0, 50).map((e) => [e.date ?? '', e.sourceName ?? e.sourceActor ?? '', `${e.code} ${e.name ?? ''}`, e.targetName ?? e.targetActor ?? '', num(e.goldstein), h('td', { class: 'sentence' }, e.sentence)]),
            'Events across the corpus',
          )
        : h('p', { class: 'muted' }, 'No events.'),
      h('h3', {}, `Quotes (${quotes.total})`),
      quotes.items.length
        ? h('div', { class: 'cards' }, ...quotes.items.map((q) => h('div', { class: 'card' }, h('blockquote', {}, q.text), h('div', { class: 'muted' }, `${q.date ?? ''} `, h('a', { href: `#/article/${q.article}` }, q.title ?? 'article')))))
        : h('p', { class: 'muted' }, 'No quotes.'),
      h('p', {}, h('a', { href: `#/quotes?speaker=${who}` }, 'All quotes'), ' · ', h('a', { href: `#/events?actor=${who}` }, 'All events')),
    );
  } catch (err) {
    section.replaceChildren(h('h2', {}, 'Across the corpus'), h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
  }
}
