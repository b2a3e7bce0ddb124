// text: `dash-bullet`: a list flattened into running text ("...on 58 minutes. - The Londoners have...") starts a
// new sentence at the dash that follows a bare . ? ! when a capitalised word comes after the dash.
import { surface, type BreakView, type Fired, type Refined } from './breaks.js';

const BARE_TERMINAL = /^[.?!]$/;
const DASHES = '-–—•';
const CAPITAL = /^[\p{Lu}\p{N}]/u;

export function refineSplitBullets(view: BreakView, starts: readonly number[]): Refined {
  const out: number[] = [];
  const fired: Fired[] = [];
  let k = 0;
  for (let i = 0; i < view.tokens.length; i++) {
    const isStart = k < starts.length && starts[k] === i;
    if (isStart) k++;
    const bullet =
      !isStart &&
      i > 0 &&
      i + 1 < view.tokens.length &&
      isDash(view, i) &&
      BARE_TERMINAL.test(surface(view, i - 1)) &&
      view.tokens[i - 1].end < view.tokens[i].start &&
      CAPITAL.test(surface(view, i + 1));
    if (isStart || bullet) out.push(i);
    if (bullet) fired.push({ token: i, rule: 'dash-bullet', action: 'split' });
  }
  return { starts: out, fired };
}

/** True when token `i` is a single dash or bullet character (checked without slicing: most tokens fail on length). */
function isDash(view: BreakView, i: number): boolean {
  const t = view.tokens[i];
  return t.end - t.start === 1 && DASHES.includes(view.text[t.start]);
}
