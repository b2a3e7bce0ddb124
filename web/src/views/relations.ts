// The relation timeline of a pair: per period, event counts by quad class and the Goldstein mean (chart and table).
import { api, corpusStats } from '../api.js';
import { timeChart } from '../chart.js';
import { formQuery, h, num, table } from '../dom.js';
import { QUADS } from '../describe.js';
import type { Counts, RelationSeries } from './relation-types.js';

const QUAD_COLORS = ['#1d4ed8', '#15803d', '#b45309', '#b91c1c'];

export function pairForm(view: string, query: URLSearchParams, names: string[], go: (hash: string) => void, extra: HTMLElement[] = []): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', 'aria-label': view === 'triangle' ? 'Three actors' : 'A pair of actors' },
    ...names.map((name, i) =>
      h('label', { for: `f-${name}` }, `Actor ${name.toUpperCase()}`, h('input', { type: 'text', id: `f-${name}`, name, required: true, placeholder: ['CHN', 'USA', 'RUS'][i] ?? '', value: query.get(name) ?? '', autocapitalize: 'characters' })),
    ),
    ...extra,
    h('label', { for: 'f-since' }, 'Since', h('input', { type: 'text', id: 'f-since', name: 'since', placeholder: '2024-01', value: query.get('since') ?? '' })),
    h('label', { for: 'f-until' }, 'Until', h('input', { type: 'text', id: 'f-until', name: 'until', placeholder: '2024-12', value: query.get('until') ?? '' })),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(`#/${view}?${formQuery(form)}`);
  });
  return form;
}

export async function renderRelations(root: HTMLElement, query: URLSearchParams, go: (hash: string) => void): Promise<void> {
  const by = query.get('by') ?? 'month';
  const select = h('select', { id: 'f-by', name: 'by' }, ...['day', 'week', 'month'].map((p) => h('option', { value: p, selected: p === by }, p)));
  root.replaceChildren(h('h1', {}, 'Relation over time'), pairForm('relations', query, ['a', 'b'], go, [h('label', { for: 'f-by' }, 'By', select)]));
  if (!(await corpusStats()).corpus) {
    root.append(h('p', { class: 'note' }, 'No corpus is open: start dyad serve with --db PATH.'));
    return;
  }
  if (!query.get('a') || !query.get('b')) {
    root.append(h('p', { class: 'muted' }, 'Name two actors by CAMEO or country code (CHN and USA, RUSGOV and UKR).'));
    return;
  }
  const out = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  root.append(out);
  try {
    const q = new URLSearchParams(query);
    q.set('by', by);
    const series = await api<RelationSeries>(`/relations?${q}`);
    const rows = series.periods;
    if (!rows.length) {
      out.replaceChildren(h('p', { class: 'note' }, `No dated events or quotes between ${series.a.label} and ${series.b.label} in the corpus.`));
      return;
    }
    const periods = rows.map((r) => r.period);
    const quads = (c: Counts) => [c.verbalCooperation, c.materialCooperation, c.verbalConflict, c.materialConflict];
    const a = series.a.label;
    const b = series.b.label;
    const t = series.totals.total;
    out.replaceChildren(
      h('p', {}, `${a} and ${b}: ${t.events} events (${series.totals.ab.events} ${a}→${b}, ${series.totals.ba.events} ${b}→${a}), Goldstein mean ${t.goldsteinMean ?? 'n/a'}${t.nonFactual ? `; ${t.nonFactual} planned, hypothetical or negated left out` : ''}${series.unplaced.events ? `; ${series.unplaced.events} without a ${by}` : ''}.`),
      timeChart(
        periods,
        [
          ...[1, 2, 3, 4].map((quad, i) => ({ label: QUADS[quad]!, values: rows.map((r) => quads(r.total)[i]!), color: QUAD_COLORS[i]! })),
          { label: 'Goldstein mean', values: rows.map((r) => r.total.goldsteinMean), color: '#111827', right: true, dash: [6, 4] },
        ],
        `${a} – ${b} by ${by}`,
      ),
      table(
        ['Period', ...[1, 2, 3, 4].map((q) => QUADS[q]!), 'Events', 'Goldstein sum', 'Goldstein mean', `Quotes ${a} on ${b}`, `Quotes ${b} on ${a}`],
        rows.map((r) => [r.period, ...quads(r.total).map((n) => num(n, 0)), num(r.total.events, 0), num(r.total.goldsteinSum), num(r.total.goldsteinMean, 2), num(r.ab.quotes, 0), num(r.ba.quotes, 0)]),
        'Relation by period',
      ),
    );
  } catch (err) {
    out.replaceChildren(h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
  }
}
