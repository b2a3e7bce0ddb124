// refine-captions: the same photo is often captioned twice (once glued to the date line, once on its own, a word or
// two apart). Captions whose word sets overlap by 80% or more of the smaller one, and are of comparable size, are one
// caption: the first one found stays.
import type { Found, IngestDraft } from './draft.js';

export const NEAR_DUPLICATE = { id: 'near-duplicate-caption', overlap: 0.8, sizeRatio: 0.5 } as const;

const WORD = /[\p{L}\p{N}]+/gu; // a module constant: tsx builds a \p{...} literal anew wherever it is evaluated

function words(caption: string): Set<string> {
  return new Set(caption.toLowerCase().normalize('NFKC').match(WORD) ?? []);
}

export function isNearDuplicate(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return a.trim() === b.trim();
  if (small.size < large.size * NEAR_DUPLICATE.sizeRatio) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= small.size * NEAR_DUPLICATE.overlap;
}

export function dedupeCaptions(captions: readonly Found[]): Found[] {
  const kept: Found[] = [];
  for (const c of captions) {
    const value = c.value.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    if (kept.some((k) => isNearDuplicate(k.value, value))) continue;
    kept.push({ value, rule: c.rule });
  }
  return kept;
}

export function refineCaptions(draft: IngestDraft): IngestDraft {
  return { ...draft, captions: dedupeCaptions(draft.captions) };
}
