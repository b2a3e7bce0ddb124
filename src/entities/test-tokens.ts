// Test-only: sentences and tokens for a hand-written text, from wink-nlp as the text stage produces them,
// so that entity tests never run the text stage itself. Not imported by the stage.
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Sentence, Token } from '../article.js';
import { makeArticle } from '../../test/helpers/make-article.js';

const nlp = winkNLP(model);
const its = nlp.its;

export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  const doc = nlp.readDoc(text);
  doc.sentences().each((s: ItemSentence) => {
    const tokenStart = tokens.length;
    s.tokens().each((t: ItemToken) => {
      const surface = t.out();
      if (!surface.trim()) return;
      const at = text.indexOf(surface, cursor);
      if (at < 0) return;
      cursor = at + surface.length;
      const norm = surface.toLowerCase();
      tokens.push({ start: at, end: cursor, pos: String(t.out(its.pos)), norm, lemma: norm });
    });
    // The text stage ends a sentence at a line break; so does this.
    let from = tokenStart;
    for (let t = tokenStart; t < tokens.length; t++) {
      const last = t + 1 === tokens.length || text.slice(tokens[t].end, tokens[t + 1].start).includes('\n');
      if (!last) continue;
      sentences.push({ start: tokens[from].start, end: tokens[t].end, tokenStart: from, tokenEnd: t + 1, paragraph: 0 });
      from = t + 1;
    }
  });
  return { sentences, tokens };
}

/** A frozen Article for `text` with wink tokens: the input the entities stage expects. */
export function tokenizedArticle(text: string, meta: Partial<Article['meta']> = {}): Article {
  const { sentences, tokens } = tokenize(text);
  return makeArticle({ text, sentences, tokens, meta: { title: null, published: '2024-04-08T10:00', outlet: null, byline: null, url: null, language: 'en', ...meta } });
}
