// The article view: the text with entities, quotes, event triggers and dates highlighted by type (hover or focus
// shows role, actor code, resolved date; an entity opens its page), then tables of its entities, quotes and events.
import type { ArticleRecord } from '../../../src/article.js';
import type { Held } from '../api.js';
import { h, num, table } from '../dom.js';
import { dateTip, entityLink, entityTip, eventTip, QUADS, quoteTip, sideName, TYPE_NAMES } from '../describe.js';
import { segments } from '../highlight.js';

export function highlightedText(record: ArticleRecord, cameo: Record<string, string>): HTMLElement {
  const box = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  // The open quote and event elements; a segment continues them or closes them and opens its own.
  let quoteEl: HTMLElement | null = null;
  let quoteOf: unknown = null;
  let eventEl: HTMLElement | null = null;
  let eventOf: unknown = null;
  for (const seg of segments(record)) {
    const piece = record.text.slice(seg.start, seg.end);
    const x = seg.inline;
    let node: Node;
    if (!x) node = document.createTextNode(piece);
    else if (x.kind === 'entity') {
      node = h(
        'a',
        {
          class: `mark ent ent-${x.entity.type}`,
          href: entityLink(x.entity, record.id, x.entity.id),
          'data-entity': x.entity.id,
          'data-type': x.entity.type,
          'data-role': x.entity.roles.join('; ') || null,
          'data-actor': x.entity.actor,
          'data-tip': entityTip(x.entity),
        },
        piece,
      );
    } else {
      node = h('span', { class: 'mark date', tabindex: 0, 'data-value': x.date.value, 'data-tip': dateTip(x.date) }, piece);
    }
    if (seg.quote !== quoteOf) {
      quoteOf = seg.quote;
      quoteEl = seg.quote ? h('span', { class: 'quote', 'data-quote': seg.quote.id, 'data-tip': quoteTip(seg.quote, record.entities) }) : null;
      if (quoteEl) box.append(quoteEl);
      eventOf = null;
      eventEl = null;
    }
    if (seg.event !== eventOf) {
      eventOf = seg.event;
      eventEl = seg.event
        ? h('span', { class: 'mark trigger', tabindex: 0, 'data-event': seg.event.id, 'data-code': seg.event.code, 'data-tip': eventTip(seg.event, cameo, record.entities) })
        : null;
      if (eventEl) (quoteEl ?? box).append(eventEl);
    }
    (eventEl ?? quoteEl ?? box).append(node);
  }
  return box;
}

function legend(): HTMLElement {
  const item = (cls: string, label: string) => h('li', {}, h('span', { class: cls }, label));
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    ...Object.entries(TYPE_NAMES).map(([type, name]) => item(`mark ent ent-${type}`, name)),
    item('quote', 'quote'),
    item('mark trigger', 'event trigger'),
    item('mark date', 'date'),
  );
}

export function renderArticle(root: HTMLElement, held: Held): void {
  const { record, cameo } = held;
  const meta = record.meta;
  const sentences = record.sentences;
  const sentenceText = (i: number) => (sentences[i] ? record.text.slice(sentences[i]!.start, sentences[i]!.end) : '');
  const nameOf = (id: string | null) => (id ? record.entities.find((e) => e.id === id)?.name ?? id : null);
  root.replaceChildren(
    h('h1', {}, meta.title ?? 'Untitled article'),
    h(
      'p',
      { class: 'muted' },
      [meta.published ? `Published ${meta.published}` : 'No publication date', meta.outlet, `id ${record.id.slice(0, 12)}…`, held.stored ? 'stored in the corpus' : 'not stored']
        .filter(Boolean)
        .join(' · '),
    ),
    ...(record.warnings ?? []).map((w) => h('p', { class: 'note' }, w)),
    legend(),
    h(
      'div',
      { class: 'layout' },
      h('section', { 'aria-label': 'Article text' }, highlightedText(record, cameo)),
      h(
        'section',
        { 'aria-labelledby': 'entities-h' },
        h('h2', { id: 'entities-h', style: 'margin-top:0' }, `Entities (${record.entities.length})`),
        table(
          ['Name', 'Type', 'Role', 'Actor', 'Mentions'],
          record.entities.map((e) => [
            h('a', { href: entityLink(e, record.id, e.id) }, e.name),
            TYPE_NAMES[e.type] ?? e.type,
            e.roles.join('; '),
            e.actor ?? '',
            h('td', { class: 'num' }, e.mentions.length),
          ]),
          'Entities',
        ),
      ),
    ),
    h('h2', {}, `Quotes (${record.quotes.length})`),
    record.quotes.length
      ? h(
          'div',
          { class: 'cards' },
          ...record.quotes.map((q) =>
            h(
              'div',
              { class: 'card' },
              h('blockquote', {}, q.text),
              h('div', { class: 'muted' }, `— ${nameOf(q.speaker) ?? q.speakerText ?? 'unnamed'}${q.cue ? `, ${q.cue}` : ''}${q.via ? ` (via ${nameOf(q.via)})` : ''} · ${q.kind}`),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No quotes found.'),
    h('h2', {}, `Events (${record.events.length})`),
    record.events.length
      ? table(
          ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Modality', 'Evidence'],
          record.events.map((e) => [
            e.date ?? '',
            sideName(e.source, record.entities),
            `${e.code} ${cameo[e.code] ?? ''}`,
            sideName(e.target, record.entities),
            num(e.goldstein),
            e.modality,
            h('td', { class: 'sentence' }, sentenceText(e.sentence)),
          ]),
          'Events',
        )
      : h('p', { class: 'muted' }, 'No events found.'),
    h('p', { class: 'muted' }, `Quad classes: ${Object.entries(QUADS).map(([k, v]) => `${k} ${v}`).join(', ')}.`),
  );
}
