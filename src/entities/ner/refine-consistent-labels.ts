// Keeps name labels consistent within one document: the tagger labels each sentence alone, but a name keeps its type
// throughout an article ("Sergey Lavrov" is PER, so a later bare "Lavrov" is PER too, never ORG).
import type { NameLabel, NameSpan } from './decode.js';

const LABELS: NameLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];
const UPPER_START = /^\p{Lu}/u;

function startsUpper(word: string | undefined): boolean {
  if (!word) return false;
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** Some span covers token i. (A loop, not a closure over i: that would cost a context per word.) */
function inside(spans: readonly NameSpan[], i: number): boolean {
  for (const span of spans) if (span.start <= i && i < span.end) return true;
  return false;
}

/**
 * Two rules, both from the document's own spans:
 * - `same-name-same-type`: spans with the same words take the type with the highest summed score;
 * - `surname-of-person`: a one-word span equal to the last word of a longer PER span becomes PER;
 * - `known-name-untagged`: a capitalized word left out, mid-sentence, that is a one-word name or a person's
 *   surname elsewhere in the document, gets that name's type.
 */
export function refineConsistentLabels(
  sentences: readonly { words: readonly string[] }[],
  spans: readonly NameSpan[][],
): NameSpan[][] {
  const votes = new Map<string, number[]>();
  const surnames = new Set<string>();
  // The words of each span, joined: its key in `votes`.
  const keys = sentences.map((s, si) =>
    spans[si].map((span) => (span.end - span.start === 1 ? s.words[span.start] : s.words.slice(span.start, span.end).join(' '))),
  );
  sentences.forEach((s, si) => {
    spans[si].forEach((span, j) => {
      const key = keys[si][j];
      const v = votes.get(key) ?? [0, 0, 0, 0];
      v[LABELS.indexOf(span.label)] += span.score;
      votes.set(key, v);
      if (span.label === 'PER' && span.end - span.start > 1) surnames.add(s.words[span.end - 1]);
    });
  });
  const relabelled = sentences.map((s, si) =>
    spans[si].map((span, j) => {
      const key = keys[si][j];
      let label = span.label;
      if (span.end - span.start === 1 && surnames.has(key)) label = 'PER';
      else {
        const v = votes.get(key)!;
        let best = LABELS.indexOf(label);
        for (let k = 0; k < 4; k++) if (v[k] > v[best]) best = k;
        label = LABELS[best];
      }
      return label === span.label ? span : { ...span, label };
    }),
  );
  return sentences.map((s, si) => {
    const own = relabelled[si];
    let added: NameSpan[] | null = null;
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i];
      if (!startsUpper(w) || inside(own, i)) continue;
      let label: NameLabel | null = surnames.has(w) ? 'PER' : null;
      const v = label ? null : votes.get(w);
      if (v) {
        const best = v.indexOf(Math.max(...v));
        if (v[best] > 0) label = LABELS[best];
      }
      if (!label) continue;
      // Only a lone word: inside a run of capitals it is part of another name ("Lavrov Street").
      if (startsUpper(s.words[i + 1]) || (i > 1 && startsUpper(s.words[i - 1]))) continue;
      (added ??= []).push({ start: i, end: i + 1, label, score: 0.5 });
    }
    return added ? [...relabelled[si], ...added].sort((a, b) => a.start - b.start) : relabelled[si];
  });
}
