// Corpus lists with the CLI's filters: articles, the quotes explorer (speaker, channel, topic, date) and the events
// table (CAMEO names, Goldstein, modality, evidence sentence). Filters live in the URL, so a view can be linked.
import { api, corpusStats, type List } from '../api.js';
import { formQuery, h, num, table } from '../dom.js';
import { entityLink, QUADS } from '../describe.js';

export interface QuoteRow {
  article: string;
  quote: string;
  kind: string;
  text: string;
  speaker: string | null;
  speakerActor: string | null;
  cue: string | null;
  via: string | null;
  date: string | null;
  title: string | null;
  outlet: string | null;
}

export interface EventRow {
  article: string;
  event: string;
  code: string;
  name: string | null;
  quad: number;
  goldstein: number;
  modality: string;
  date: string | null;
  sourceActor: string | null;
  sourceName: string | null;
  targetActor: string | null;
  targetName: string | null;
  sentence: string;
  title: string | null;
  articles: number | null;
  sources: number | null;
}

interface ArticleRow {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  entities: number;
  quotes: number;
  events: number;
}

interface Field {
  name: string;
  label: string;
  placeholder?: string;
  options?: readonly string[];
}

interface ListSpec<T> {
  title: string;
  path: string;
  view: string;
  fields: readonly Field[];
  head: string[];
  row(item: T): (Node | string | number)[];
}

const PAGE = 50;

async function renderList<T>(root: HTMLElement, query: URLSearchParams, spec: ListSpec<T>, go: (hash: string) => void): Promise<void> {
  const stats = await corpusStats();
  const heading = h('h1', {}, spec.title);
  if (!stats.corpus) {
    root.replaceChildren(heading, h('p', { class: 'note' }, 'No corpus is open: start dyad serve with --db PATH to browse stored articles.'));
    return;
  }
  const inputs = spec.fields.map((f) => {
    const id = `f-${f.name}`;
    const control = f.options
      ? h('select', { id, name: f.name }, h('option', { value: '' }, 'any'), ...f.options.map((o) => h('option', { value: o, selected: query.get(f.name) === o }, o)))
      : h('input', { type: 'text', id, name: f.name, placeholder: f.placeholder ?? '', value: query.get(f.name) ?? '' });
    return h('label', { for: id }, f.label, control);
  });
  const form = h('form', { class: 'filters', 'aria-label': `Filter ${spec.title.toLowerCase()}` }, ...inputs, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(`#/${spec.view}?${formQuery(form)}`);
  });
  const results = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  root.replaceChildren(heading, form, results);

  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const request = new URLSearchParams(query);
  request.set('limit', String(PAGE));
  request.set('offset', String(offset));
  try {
    const list = await api<List<T>>(`${spec.path}?${request}`);
    const page = (to: number) => {
      const q = new URLSearchParams(query);
      q.set('offset', String(to));
      return `#/${spec.view}?${q}`;
    };
    results.replaceChildren(
      h('p', { class: 'muted' }, list.total ? `${offset + 1}–${offset + list.items.length} of ${list.total}` : 'Nothing matches.'),
      list.items.length ? table(spec.head, list.items.map((item) => spec.row(item)), spec.title) : h('span'),
      h(
        'div',
        { class: 'pager' },
        offset > 0 ? h('a', { href: page(Math.max(0, offset - PAGE)) }, '← Previous') : null,
        offset + list.items.length < list.total ? h('a', { href: page(offset + PAGE) }, 'Next →') : null,
      ),
    );
  } catch (err) {
    results.replaceChildren(h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
  }
}

const articleLink = (id: string, title: string | null) => h('a', { href: `#/article/${id}` }, title ?? id.slice(0, 12));

export const renderQuotes = (root: HTMLElement, query: URLSearchParams, go: (hash: string) => void) =>
  renderList<QuoteRow>(root, query, {
    title: 'Quotes',
    path: '/quotes',
    view: 'quotes',
    fields: [
      { name: 'speaker', label: 'Speaker', placeholder: 'Lavrov' },
      { name: 'via', label: 'Channel', placeholder: 'TASS' },
      { name: 'about', label: 'Topic', placeholder: 'Ukraine' },
      { name: 'since', label: 'Since', placeholder: '2024-04' },
      { name: 'until', label: 'Until', placeholder: '2024-12-31' },
    ],
    head: ['Date', 'Speaker', 'Quote', 'Cue', 'Channel', 'Article'],
    row: (q) => [
      q.date ?? '',
      q.speaker ? h('a', { href: entityLink({ name: q.speaker }) }, q.speaker) : '',
      h('td', { class: 'sentence' }, q.text),
      q.cue ?? '',
      q.via ?? '',
      articleLink(q.article, q.title),
    ],
  }, go);

export const renderEvents = (root: HTMLElement, query: URLSearchParams, go: (hash: string) => void) =>
  renderList<EventRow>(root, query, {
    title: 'Events',
    path: '/events',
    view: 'events',
    fields: [
      { name: 'source', label: 'Source code', placeholder: 'RUS' },
      { name: 'target', label: 'Target code', placeholder: 'CHN' },
      { name: 'actor', label: 'Either side', placeholder: 'Lavrov' },
      { name: 'root', label: 'CAMEO root', placeholder: '04' },
      { name: 'quad', label: 'Quad class', options: ['1', '2', '3', '4'] },
      { name: 'modality', label: 'Modality', options: ['asserted', 'reported', 'planned', 'hypothetical', 'negated'] },
      { name: 'since', label: 'Since', placeholder: '2024-04' },
      { name: 'until', label: 'Until', placeholder: '2024-12-31' },
    ],
    head: ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Quad', 'Modality', 'Evidence', 'Reports', 'Article'],
    row: (e) => [
      e.date ?? '',
      [e.sourceName, e.sourceActor && `(${e.sourceActor})`].filter(Boolean).join(' '),
      `${e.code} ${e.name ?? ''}`,
      [e.targetName, e.targetActor && `(${e.targetActor})`].filter(Boolean).join(' '),
      num(e.goldstein),
      QUADS[e.quad] ?? String(e.quad),
      e.modality,
      h('td', { class: 'sentence' }, e.sentence),
      num(e.articles, 0),
      articleLink(e.article, e.title),
    ],
  }, go);

export const renderArticles = (root: HTMLElement, query: URLSearchParams, go: (hash: string) => void) =>
  renderList<ArticleRow>(root, query, {
    title: 'Articles',
    path: '/articles',
    view: 'articles',
    fields: [
      { name: 'since', label: 'Since', placeholder: '2024-04' },
      { name: 'until', label: 'Until', placeholder: '2024-12-31' },
    ],
    head: ['Published', 'Title', 'Outlet', 'Entities', 'Quotes', 'Events'],
    row: (a) => [a.published ?? '', articleLink(a.id, a.title), a.outlet ?? '', num(a.entities, 0), num(a.quotes, 0), num(a.events, 0)],
  }, go);
