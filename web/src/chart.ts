// Time series drawn with uPlot: periods on the x axis (labels as the server gives them), one line per series, an
// optional second axis on the right. The numbers are always in a table next to the chart as well.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h } from './dom.js';

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
  /** Draw against the right-hand axis. */
  right?: boolean;
  dash?: number[];
}

export function timeChart(periods: readonly string[], series: readonly Series[], title: string): HTMLElement {
  const box = h('figure', { class: 'chart', 'aria-label': title, style: 'margin:0' });
  const xs = periods.map((_, i) => i);
  const label = (i: number) => periods[Math.round(i)] ?? '';
  const opts: uPlot.Options = {
    title,
    width: 600,
    height: 260,
    // Half a period of room at each end, so one period is a point in the middle rather than on the axis.
    scales: { x: { time: false, range: () => [-0.5, Math.max(0.5, periods.length - 0.5)] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] }, y2: {} },
    axes: [
      { values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? label(s) : '')), gap: 4 },
      { scale: 'y', label: 'events' },
      { scale: 'y2', side: 1, grid: { show: false }, label: series.some((s) => s.right) ? 'Goldstein' : '' },
    ],
    series: [
      { label: 'period', value: (_u, v) => (v === null ? '' : label(v)) },
      ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, scale: s.right ? 'y2' : 'y', dash: s.dash, points: { show: periods.length < 40 } })),
    ],
  };
  const data = [xs, ...series.map((s) => s.values)] as uPlot.AlignedData;
  // uPlot measures its container: draw once the box is in the document, and follow its width.
  requestAnimationFrame(() => {
    const width = () => Math.max(280, box.clientWidth || 600);
    const plot = new uPlot({ ...opts, width: width() }, data, box);
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: 260 }));
    observer.observe(box);
  });
  return box;
}
