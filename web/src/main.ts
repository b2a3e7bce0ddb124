// The page's shell: a hash router over the views, one tooltip for every highlighted span (hover or keyboard focus),
// and the token form when the server asks for one.
import './style.css';
import { AuthNeeded, article, onAuthNeeded, setToken } from './api.js';
import { h } from './dom.js';
import { renderAnalyze } from './views/analyze.js';
import { renderArticle } from './views/article.js';
import { renderEntity } from './views/entity.js';
import { renderArticles, renderEvents, renderQuotes } from './views/lists.js';
import { renderRelations } from './views/relations.js';
import { renderTriangle } from './views/triangle.js';

const main = document.getElementById('main')!;
const tip = document.getElementById('tip')!;

const go = (hash: string) => {
  if (location.hash === hash) void route();
  else location.hash = hash;
};

function tokenForm(): HTMLElement {
  const input = h('input', { type: 'password', id: 'token', autocomplete: 'off' });
  const form = h('form', { class: 'filters note', 'aria-label': 'Token' }, h('label', { for: 'token' }, 'This server needs a token', input), h('button', { type: 'submit' }, 'Use token'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setToken(input.value.trim());
    form.remove();
    void route();
  });
  return form;
}

onAuthNeeded(() => {
  if (!document.getElementById('token')) main.before(tokenForm());
  document.getElementById('token')?.focus();
});

async function route(): Promise<void> {
  hideTip();
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?', 2) as [string, string?];
  const [view, arg] = path.split('/', 2);
  const query = new URLSearchParams(search);
  for (const link of document.querySelectorAll('nav a')) {
    const target = link.getAttribute('href')!.replace(/^#\/?/, '');
    if (target === (view ?? '')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    switch (view) {
      case '':
      case undefined:
        await renderAnalyze(main, go);
        break;
      case 'article':
        main.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
        renderArticle(main, await article(decodeURIComponent(arg ?? '')));
        break;
      case 'entity':
        await renderEntity(main, query);
        break;
      case 'articles':
        await renderArticles(main, query, go);
        break;
      case 'quotes':
        await renderQuotes(main, query, go);
        break;
      case 'events':
        await renderEvents(main, query, go);
        break;
      case 'relations':
        await renderRelations(main, query, go);
        break;
      case 'triangle':
        await renderTriangle(main, query, go);
        break;
      default:
        main.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Analyze an article')));
    }
  } catch (err) {
    if (err instanceof AuthNeeded) main.replaceChildren(h('p', { class: 'muted' }, 'Enter the token above to continue.'));
    else main.replaceChildren(h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
  }
  if (view && view !== '') main.focus({ preventScroll: true });
}

// One tooltip: filled from the data-tip of whatever is hovered or focused. Moving the mouse away hides only a tip the
// mouse opened, so scrolling under a still pointer does not take a keyboard user's tip away.
let shownBy: 'hover' | 'focus' | null = null;
function showTip(el: HTMLElement, by: 'hover' | 'focus'): void {
  tip.textContent = el.dataset.tip ?? '';
  tip.hidden = false;
  shownBy = by;
  const box = el.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(8, box.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
  tip.style.left = `${left}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  el.setAttribute('aria-describedby', 'tip');
}
function hideTip(): void {
  tip.hidden = true;
  shownBy = null;
}
const tipTarget = (e: Event) => (e.target instanceof Element ? (e.target.closest('[data-tip]') as HTMLElement | null) : null);
document.addEventListener('mouseover', (e) => {
  const el = tipTarget(e);
  if (el) showTip(el, 'hover');
  else if (shownBy === 'hover') hideTip();
});
document.addEventListener('focusin', (e) => {
  const el = tipTarget(e);
  if (el) showTip(el, 'focus');
  else if (shownBy === 'focus') hideTip();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hideTip();
});

window.addEventListener('hashchange', () => void route());
void route();
