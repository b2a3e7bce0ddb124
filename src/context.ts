// What a run of the pipeline knows besides the document: options and the lexicons the user brought.
// It is read-only data; loading files into it is the CLI's job, never a stage's.
import { EMPTY_LEXICONS, type Lexicons } from './lexicons/types.js';

export interface Context {
  /** Inputs larger than this are refused (bytes). */
  maxBytes: number;
  /** Publication time to use when the input gives none (the CLI's --published). */
  published: string | null;
  lexicons: Lexicons;
  /** Analyze text that does not look like English anyway (marked in meta.language and warnings). */
  forceEnglish: boolean;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function createContext(options: Partial<Context> = {}): Context {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    published: options.published ?? null,
    lexicons: options.lexicons ?? EMPTY_LEXICONS,
    forceEnglish: options.forceEnglish ?? false,
  };
}
