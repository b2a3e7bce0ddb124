// Builds a stage's input by hand, deep-frozen, so a stage test never runs earlier stages
// and a stage that mutates its input fails loudly.
import { emptyArticle, type Article } from '../../src/article.js';

export function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}

export function makeArticle(fields: Partial<Article> & { text: string }): Article {
  const base = emptyArticle({ text: fields.text, trusted: true });
  const doc: Article = { ...base, ...fields, meta: { ...base.meta, language: 'en', ...(fields.meta ?? {}) } };
  if (!fields.paragraphs) doc.paragraphs = [{ start: 0, end: fields.text.length }];
  return deepFreeze(doc);
}
