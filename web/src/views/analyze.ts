// Paste or drop an article (or pick a file), POST /extract, and show it at once.
import { api, corpusStats, hold, type ArticleRecord, type Extracted } from '../api.js';
import { h } from '../dom.js';

export async function renderAnalyze(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  const stats = await corpusStats();
  const text = h('textarea', { id: 'article-input', name: 'text', placeholder: 'Paste an article here, or drop a .txt or .html file on this box.', required: true, 'aria-describedby': 'paste-help' });
  const file = h('input', { type: 'file', id: 'article-file', accept: '.txt,.md,.html,.htm,text/plain,text/html' });
  const published = h('input', { type: 'text', name: 'published', id: 'published', placeholder: '2024-04-08', inputmode: 'numeric' });
  const store = h('input', { type: 'checkbox', id: 'store', name: 'store', disabled: !stats.corpus });
  const button = h('button', { type: 'submit', id: 'analyze' }, 'Analyze');
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'muted' });
  let html = false;

  const load = async (f: File) => {
    text.value = await f.text();
    html = /\.html?$/i.test(f.name) || f.type === 'text/html';
    status.textContent = `Loaded ${f.name} (${Math.round(f.size / 1024)} kB)`;
  };
  file.addEventListener('change', () => file.files?.[0] && void load(file.files[0]));
  text.addEventListener('input', () => (html = /^\s*<(!doctype|html)/i.test(text.value)));
  text.addEventListener('dragover', (e) => {
    e.preventDefault();
    text.classList.add('dragging');
  });
  text.addEventListener('dragleave', () => text.classList.remove('dragging'));
  text.addEventListener('drop', (e) => {
    text.classList.remove('dragging');
    const dropped = e.dataTransfer?.files?.[0];
    if (dropped) {
      e.preventDefault();
      void load(dropped);
    }
  });

  const form = h(
    'form',
    { class: 'paste-form', 'aria-label': 'Analyze an article' },
    h('label', { class: 'wide', for: 'article-input' }, 'Article (headline, a “Published:” line and the body, as a news page gives it)', text),
    h('p', { id: 'paste-help', class: 'muted wide', style: 'margin:0' }, 'Plain text or HTML. Ctrl+Enter analyzes.'),
    h('label', { for: 'article-file' }, 'Or open a file', file),
    h('label', { for: 'published' }, 'Published (if the text gives none)', published),
    h('label', { class: 'inline', for: 'store', title: stats.corpus ? '' : 'start dyad serve with --db to store articles' }, store, stats.corpus ? 'Store in the corpus' : 'Store (no corpus open)'),
    button,
  );
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!text.value.trim()) return;
    button.disabled = true;
    status.className = 'muted';
    status.textContent = 'Analyzing…';
    try {
      const body: Record<string, unknown> = { [html ? 'html' : 'text']: text.value, store: store.checked };
      if (published.value.trim()) body.published = published.value.trim();
      const result = await api<Extracted>('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const record = result.records[0];
      if (!record || record.schema !== 'dyad.article/1') {
        status.className = 'error';
        status.textContent = record && 'error' in record ? record.error : 'dyad: no record came back';
        return;
      }
      hold({ record: record as ArticleRecord, cameo: result.cameo, stored: Boolean(result.stored?.length) });
      if (result.stored?.length) void corpusStats(true);
      go(`#/article/${record.id}`);
    } catch (err) {
      status.className = 'error';
      status.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      button.disabled = false;
    }
  });
  root.replaceChildren(
    h('h1', {}, 'Analyze an article'),
    h('p', { class: 'muted' }, stats.corpus ? `Corpus open: ${stats.articles ?? 0} articles, ${stats.events ?? 0} events.` : 'No corpus open: articles are analyzed, not stored.'),
    form,
    status,
  );
  text.focus();
}
