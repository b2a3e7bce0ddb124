// text: breaks a sentence wherever a paragraph starts (`paragraph-start`: sentences never cross paragraphs), and
// at a single line break (`line-break`: one sentence or headline per line, as in CoNLL documents) unless the line
// looks hard-wrapped: the next line starts with a lower-case letter, or the line ends with , ; or a hyphen.
import type { Paragraph } from '../article.js';
import { newlineBefore, surface, type BreakView, type Fired, type Refined } from './breaks.js';

const LOWER = /^\p{Ll}/u;
const WRAPS = /^[,;\-–—]$/;

/** For each token, the index of the paragraph that holds it (paragraphs cover every non-space character). */
export function paragraphOfTokens(tokens: BreakView['tokens'], paragraphs: readonly Paragraph[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p < paragraphs.length - 1 && tokens[i].start >= paragraphs[p].end) p++;
    out[i] = p;
  }
  return out;
}

export function refineSplitParagraphs(view: BreakView, starts: readonly number[], paragraphOf: Int32Array): Refined {
  const out: number[] = [];
  const fired: Fired[] = [];
  let k = 0;
  for (let i = 0; i < view.tokens.length; i++) {
    const isStart = k < starts.length && starts[k] === i;
    if (isStart) k++;
    let rule: string | null = null;
    if (i === 0) rule = 'text-start';
    else if (paragraphOf[i] !== paragraphOf[i - 1]) rule = 'paragraph-start';
    else if (newlineBefore(view, i) && !LOWER.test(surface(view, i)) && !WRAPS.test(surface(view, i - 1))) rule = 'line-break';
    if (isStart || rule) out.push(i);
    if (!isStart && rule && i > 0) fired.push({ token: i, rule, action: 'split' });
  }
  return { starts: out, fired };
}
