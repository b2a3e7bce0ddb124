// --actors FILE and --dictionaries DIR: the CLI reads the files (I/O belongs here) and hands their text to the
// parsers in src/lexicons/, which validate them into the entry types the stages read. Any problem is a usage error.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { dyadError, type DyadError } from '../errors.js';
import type { Lexicons } from '../lexicons/types.js';
import { EMPTY_LEXICONS } from '../lexicons/types.js';
import { readPetrarchDictionaries, type DictionaryFile } from '../lexicons/petrarch.js';
import { parseUserActors } from '../lexicons/user-actors.js';

export interface LexiconOptions {
  actors?: string;
  dictionaries?: string;
}

const reason = (e: unknown) => (e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e));

/** The files of a dictionary folder (not recursive, sorted, dot-files left out), or the one file named. */
async function dictionaryFiles(path: string): Promise<DictionaryFile[] | DyadError> {
  try {
    if (!(await stat(path)).isDirectory()) return [{ name: path, text: await readFile(path, 'utf8') }];
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    const files: DictionaryFile[] = [];
    for (const name of names) {
      const full = join(path, name);
      if ((await stat(full)).isFile()) files.push({ name, text: await readFile(full, 'utf8') });
    }
    return files;
  } catch (e) {
    return dyadError('bad-lexicon', `dyad: --dictionaries ${path} cannot be read (${reason(e)}); give a folder of PETRARCH dictionary files`);
  }
}

/**
 * The lexicons the options ask for, null when they ask for none. User actors come before PETRARCH's, so a user's
 * entry for a name is found first. `note` receives one line per source that had lines skipped.
 */
export async function loadLexicons(options: LexiconOptions, note: (line: string) => void): Promise<Lexicons | DyadError | null> {
  if (!options.actors && !options.dictionaries) return null;
  let lexicons: Lexicons = EMPTY_LEXICONS;
  if (options.dictionaries) {
    const files = await dictionaryFiles(options.dictionaries);
    if ('code' in files) return files;
    const reading = readPetrarchDictionaries(files);
    if ('code' in reading) return reading;
    lexicons = reading.lexicons;
    if (reading.warnings.length) {
      note(`dyad: --dictionaries ${options.dictionaries}: ${reading.warnings.length} line(s) skipped (first: ${reading.warnings[0]})`);
    }
  }
  if (options.actors) {
    let text: string;
    try {
      text = await readFile(options.actors, 'utf8');
    } catch (e) {
      return dyadError('bad-lexicon', `dyad: --actors ${options.actors} cannot be read (${reason(e)}); give a dyad.lexicon/1 YAML or JSON file`);
    }
    const actors = parseUserActors(text, options.actors);
    if ('code' in actors) return actors;
    lexicons = { ...lexicons, actors: [...actors, ...lexicons.actors] };
  }
  return lexicons;
}
