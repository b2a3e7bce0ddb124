// A stage is a small object: it declares the fields it reads and writes, and returns a new document.
import type { Article, ArticleField } from './article.js';
import type { Context } from './context.js';

export interface Stage {
  name: string;
  reads: readonly ArticleField[];
  writes: readonly ArticleField[];
  /** Pure: returns `{ ...doc, <its fields> }` and never mutates `doc`. */
  run(doc: Article, ctx: Context): Article;
}
