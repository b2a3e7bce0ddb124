// The strategic triangle of three actors, drawn in SVG: each side coloured by amity, enmity or mixed (grey and dashed
// where there is no evidence), the pivot ringed, and a side's deciding events listed when it is clicked or chosen by
// keyboard (Tab to a side, Enter or Space).
import { api, corpusStats } from '../api.js';
import { h, num, s, table } from '../dom.js';
import { pairForm } from './relations.js';
import type { Side, Triangle, TriangleSide } from './relation-types.js';

const STATE_WORDS: Record<string, string> = { amity: 'amity', enmity: 'enmity', mixed: 'mixed', unknown: 'no evidence' };
const CONFIGURATIONS: Record<string, string> = {
  'menage-a-trois': 'Ménage à trois',
  'romantic-triangle': 'Romantic triangle',
  'stable-marriage': 'Stable marriage',
  'unit-veto': 'Unit veto',
  undetermined: 'Undetermined',
};

const ends = (side: TriangleSide) => `${side.ends[0].label} – ${side.ends[1].label}`;

function evidenceOf(side: TriangleSide): HTMLElement {
  return h(
    'section',
    { 'aria-live': 'polite', 'data-testid': 'side-evidence' },
    h('h2', {}, `${ends(side)}: ${STATE_WORDS[side.state] ?? side.state}`),
    h('p', {}, side.reason),
    side.evidence.length
      ? table(
          // Who did what to whom in one cell, so the evidence sentence keeps its width in a half-page panel.
          ['Date', 'Event', 'Goldstein', 'Reports', 'Evidence'],
          side.evidence.map((e) => [
            e.date ?? '',
            h('td', {}, `${e.source ?? '?'} → ${e.target ?? '?'}`, h('br'), `${e.code} ${e.name ?? ''}`),
            num(e.goldstein),
            num(e.mentions, 0),
            h('td', { class: 'sentence' }, e.sentence, ' ', h('a', { href: `#/article/${e.article}` }, 'article')),
          ]),
          `Evidence for ${ends(side)}`,
        )
      : h('p', { class: 'note' }, 'No events between these two in the corpus decide this side.'),
  );
}

export function pivotOf(view: Triangle): Side | null {
  return view.configuration.kind === 'romantic-triangle' ? view.configuration.pivot : null;
}

export function triangleSvg(view: Triangle, onSide: (side: TriangleSide, el: SVGElement) => void): SVGSVGElement {
  const [ab, bc] = view.sides;
  const actors = [ab.ends[0], ab.ends[1], bc.ends[1]] as const;
  const spots: [number, number][] = [[260, 50], [60, 390], [460, 390]];
  const at = new Map(actors.map((actor, i) => [actor.code, spots[i]!]));
  const pivot = pivotOf(view);
  const svg = s('svg', { class: 'triangle', viewBox: '0 0 520 440', role: 'group', 'aria-label': `Triangle of ${actors.map((x) => x.label).join(', ')}: ${view.summary}` });
  for (const side of view.sides) {
    const [x1, y1] = at.get(side.ends[0].code) ?? [0, 0];
    const [x2, y2] = at.get(side.ends[1].code) ?? [0, 0];
    const label = `${ends(side)}: ${STATE_WORDS[side.state] ?? side.state} (${side.cooperation} cooperation, ${side.conflict} conflict)`;
    const line = s('line', { class: `side ${side.state}`, x1, y1, x2, y2, tabindex: 0, role: 'button', 'aria-label': label, 'data-side': side.name }, s('title', {}, label));
    const choose = () => onSide(side, line);
    line.addEventListener('click', choose);
    line.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
        e.preventDefault();
        choose();
      }
    });
    svg.append(line);
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    svg.append(s('text', { x: mx + (mx < 250 ? -14 : mx > 270 ? 14 : 0), y: my + (my > 300 ? 28 : 0), 'text-anchor': mx < 250 ? 'end' : mx > 270 ? 'start' : 'middle', 'aria-hidden': 'true' }, STATE_WORDS[side.state] ?? side.state));
  }
  actors.forEach((actor, i) => {
    const [x, y] = spots[i]!;
    const isPivot = pivot?.code === actor.code;
    if (isPivot) svg.append(s('circle', { class: 'pivot-ring', cx: x, cy: y, r: 31, 'data-pivot': actor.code }));
    svg.append(s('circle', { cx: x, cy: y, r: 24, fill: '#fff', stroke: '#1a1a1a', 'stroke-width': 2 }));
    svg.append(s('text', { x, y: y + 5, 'text-anchor': 'middle' }, actor.code));
    svg.append(s('text', { x, y: i === 0 ? y - 36 : y + 44, 'text-anchor': 'middle' }, isPivot ? `${actor.label} (pivot)` : actor.label));
  });
  return svg;
}

export async function renderTriangle(root: HTMLElement, query: URLSearchParams, go: (hash: string) => void): Promise<void> {
  root.replaceChildren(h('h1', {}, 'Strategic triangle'), pairForm('triangle', query, ['a', 'b', 'c'], go));
  if (!(await corpusStats()).corpus) {
    root.append(h('p', { class: 'note' }, 'No corpus is open: start dyad serve with --db PATH.'));
    return;
  }
  if (!query.get('a') || !query.get('b') || !query.get('c')) {
    root.append(h('p', { class: 'muted' }, 'Name three actors by CAMEO or country code, e.g. CHN, RUS and USA.'));
    return;
  }
  const out = h('div', { class: 'triangle-wrap' }, h('p', { class: 'muted' }, 'Loading…'));
  root.append(out);
  try {
    const view = await api<Triangle>(`/triangle?${query}`);
    const detail = h('div', {}, h('p', { class: 'muted' }, 'Choose a side (click, or Tab and Enter) to see the events that decided it.'));
    const svg = triangleSvg(view, (side, el) => {
      for (const other of svg.querySelectorAll('.side.selected')) other.classList.remove('selected');
      el.classList.add('selected');
      detail.replaceChildren(evidenceOf(side));
    });
    out.replaceChildren(
      h(
        'div',
        {},
        h('p', { 'data-testid': 'configuration' }, h('strong', {}, CONFIGURATIONS[view.configuration.kind] ?? view.configuration.kind), pivotOf(view) ? ` · pivot: ${pivotOf(view)!.label}` : ''),
        h('p', { class: 'muted' }, view.summary),
        svg,
        h('p', { class: 'muted' }, ...(['amity', 'enmity', 'mixed', 'unknown'] as const).flatMap((k) => [h('span', { class: `swatch ${k}` }), `${STATE_WORDS[k]}  `])),
      ),
      detail,
    );
  } catch (err) {
    out.replaceChildren(h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
  }
}
