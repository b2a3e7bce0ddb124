// Keeps name labels consistent within one document: the tagger labels each sentence alone, but a name keeps its type
// throughout an article ("Sergey Lavrov" is PER, so a later bare "Lavrov" is PER too, never ORG).
import type { NameLabel, NameSpan } from './decode.js';

const LABELS: NameLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * Two rules, both from the document's own spans:
 * - `same-name-same-type`: spans with the same words take the type with the highest summed score;
 * - `surname-of-person`: a one-word span equal to the last word of a longer PER span becomes PER.
 */
export function refineConsistentLabels(
  sentences: readonly { words: readonly string[] }[],
  spans: readonly NameSpan[][],
): NameSpan[][] {
  const votes = new Map<string, number[]>();
  const surnames = new Set<string>();
  sentences.forEach((s, si) => {
    for (const span of spans[si]) {
      const key = s.words.slice(span.start, span.end).join(' ');
      const v = votes.get(key) ?? [0, 0, 0, 0];
      v[LABELS.indexOf(span.label)] += span.score;
      votes.set(key, v);
      if (span.label === 'PER' && span.end - span.start > 1) surnames.add(s.words[span.end - 1]);
    }
  });
  return sentences.map((s, si) =>
    spans[si].map((span) => {
      const key = s.words.slice(span.start, span.end).join(' ');
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
}
