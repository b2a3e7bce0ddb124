// --actors FILE and --dictionaries DIR: the CLI reads the files (I/O belongs here) and hands their text to the
// parsers in src/lexicons/, which validate them into the entry types the stages read.
import type { DyadError, Lexicons } from '../index.js';
import { dyadError } from '../index.js';

export interface LexiconOptions {
  actors?: string;
  dictionaries?: string;
}

export async function loadLexicons(options: LexiconOptions): Promise<Lexicons | DyadError | null> {
  if (options.dictionaries) return dyadError('usage', 'dyad: --dictionaries is not available in this build');
  if (options.actors) return dyadError('usage', 'dyad: --actors is not available in this build');
  return null;
}
