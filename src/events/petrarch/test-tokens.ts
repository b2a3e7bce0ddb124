// Test-only: tokens for a hand-written sentence, from wink-nlp as the text stage makes them (lower-case surface as
// `norm`), so the PETRARCH tests see real tokenization ("did n't", "Barad - dur") without running any stage.
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../../article.js';

const nlp = winkNLP(model);
const its = nlp.its;

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  nlp.readDoc(text).tokens().each((t: ItemToken) => {
    const surface = t.out();
    const at = text.indexOf(surface, cursor);
    if (at < 0) return;
    cursor = at + surface.length;
    tokens.push({ start: at, end: cursor, pos: String(t.out(its.pos)), norm: surface.toLowerCase(), lemma: String(t.out(its.lemma as never)) });
  });
  return tokens;
}

/** Index of the first token whose text is `word` (after `from`), for tests that point at a token. */
export function tokenIndex(text: string, tokens: readonly Token[], word: string, from = 0): number {
  const i = tokens.findIndex((t, k) => k >= from && text.slice(t.start, t.end) === word);
  if (i < 0) throw new Error(`no token "${word}" in "${text}"`);
  return i;
}
