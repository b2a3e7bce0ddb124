// Tells direct, mixed and indirect apart by the quotation marks inside the content: content that is one
// quotation is direct (and loses its marks: "told … that "Lavrov could …"" → Lavrov could …); reported speech
// holding quoted fragments is mixed; quotation marks that only name something ("so-called "peace"", "in the
// name of "…"") do not make it mixed.
import type { Span } from '../article.js';
import type { Attributed } from './refine-speakers.js';
import type { QuotedSpan } from './find-quotation-marks.js';
import { tokenAfter, type Reading } from './reading.js';
import { SOURCE_WORDS } from './lexicon/sources.js';

const NAMING = new Set<string>(SOURCE_WORDS.filter((w) => w.kind === 'naming').map((w) => w.word));
const LEFTOVER = /^[\s,.;:!?"“”'‘’`«»()\-–—]*(that)?[\s,.;:!?"“”'‘’`«»()\-–—]*$/i;

/** Quotation marks after a naming word mention a phrase rather than quote a speaker. */
function isNaming(r: Reading, q: QuotedSpan): boolean {
  const k = tokenAfter(r.tokens, q.open) - 1;
  const one = r.tokens[k]?.norm.replace(/^-/, '');
  const two = `${r.tokens[k - 1]?.norm ?? ''} ${one}`;
  return (one !== undefined && NAMING.has(one)) || NAMING.has(two) || (r.tokens[k]?.norm === '-' && NAMING.has(`${r.tokens[k - 1]?.norm}-${r.tokens[k + 1]?.norm}`));
}

function quotationsIn(r: Reading, parts: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  for (const p of parts) {
    for (let k = tokenAfter(r.tokens, p.start); k < r.tokens.length && r.tokens[k].start < p.end; k++) {
      const qi = r.quotedAt[k];
      const q = qi >= 0 ? r.quoted[qi] : undefined;
      if (q && found[found.length - 1] !== q) found.push(q);
    }
  }
  return found;
}

export function refineKinds(r: Reading, quotes: readonly Attributed[]): Attributed[] {
  return quotes.map((c) => {
    if (c.kind) return c;
    const inside = quotationsIn(r, c.parts);
    if (inside.length === 1 && c.parts.length === 1) {
      const q = inside[0], p = c.parts[0];
      const before = r.text.slice(p.start, Math.max(p.start, q.open)), after = r.text.slice(Math.min(q.close, p.end), p.end);
      if (q.start >= p.start - 1 && LEFTOVER.test(before) && LEFTOVER.test(after)) return { ...c, kind: 'direct', parts: q.parts };
    }
    return { ...c, kind: inside.some((q) => !isNaming(r, q)) ? 'mixed' : 'indirect' };
  });
}
