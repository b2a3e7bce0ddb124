// The `dyad` command (bin/dyad.js runs this file through tsx). Parses the command line with commander and hands
// the work to the command modules; usage errors exit 2 with one line, never a stack trace.
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../context.js';
import { COMMANDS } from './commands.js';
import { parseMaxBytes, parsePublished } from './options.js';
import { EXIT_USAGE } from './exit.js';
import type { ExtractOptions } from './extract.js';
import { formatBytes } from './sizes.js';
import { FORMATS, type Format } from './writers.js';

const EXTRACT_EXAMPLES = `
Inputs:
  FILE        a .txt, .md or .html article (bytes are decoded: UTF-8 with or without BOM, UTF-16 with BOM,
              else windows-1252), or a .jsonl file with one article a line
  DIR         walked recursively in sorted order; picks .txt .html .htm .md .jsonl files, skips the rest
              (one note per directory on stderr) and names and entries starting with "."
  -           standard input: JSONL when its first non-blank character is "{", else one article

JSONL lines: {"id": "...", "text": "..." | "html": "...", "title", "published", "url", "outlet", "byline"}.
A given "text" is analyzed exactly as given. One record per non-blank line, in order, meta.inputId = the id
(or "FILE:line N" where the line has none); a bad line gives a dyad.error/1 record in its place.

Exit codes: 0 every input analyzed; 1 some inputs failed (each named on stderr with its reason);
            2 usage error (unknown option, bad value, a path that does not exist, an unreadable --actors file).

Examples:
  $ dyad extract examples/ --format jsonl > records.jsonl     every article under examples/, one record a line
  $ dyad extract article.html --format json --out record.json
  $ dyad extract note.txt --published 2024-04-08T10:00        resolve "on Monday" against that time
  $ cat articles.jsonl | dyad extract - --format jsonl
  $ dyad extract big.txt --max-bytes 50M                       accept inputs up to 50 MB
  $ dyad extract story.txt --actors my-actors.yaml             code your own actors
  $ dyad extract - --dictionaries petrarch/dictionaries < articles.jsonl
  $ dyad extract lettre.txt --force-english                    analyze text that does not look like English
`;

export function buildProgram(run: (inputs: string[], options: ExtractOptions) => Promise<number>, setExit: (code: number) => void): Command {
  const program = new Command('dyad')
    .description('Reads news articles and writes out who the actors are, who said what, who did what to whom, and when.')
    .addHelpText('after', '\nExample:\n  $ dyad extract article.txt --format pretty\n  $ dyad extract --help')
    .showSuggestionAfterError(true);

  program
    .command('extract')
    .description('Analyze articles: prints one dyad.article/1 record per article (see OUTPUT.md).')
    .argument('<inputs...>', 'files, directories, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'json (one object, or an array for several articles), jsonl (one record a line), or pretty (a terminal view); default: pretty on a terminal, else json')
        .choices(FORMATS as Format[]),
    )
    .addOption(new Option('--published <iso>', 'publication time for inputs that give none, e.g. 2024-04-08T22:38; relative dates ("on Monday") resolve against it').argParser(parsePublished))
    .option('-o, --out <file>', 'write the records to FILE instead of standard output, e.g. --out records.jsonl')
    .addOption(
      new Option('--max-bytes <n>', `refuse any input (file, stdin, or JSONL line) larger than N bytes, checked before reading; k/M/G suffixes, e.g. 50M`)
        .argParser(parseMaxBytes)
        .default(DEFAULT_MAX_BYTES, formatBytes(DEFAULT_MAX_BYTES)),
    )
    .option('--actors <file>', 'your own actor list (names → CAMEO codes) added to the built-in ones, e.g. --actors my-actors.yaml')
    .option('--dictionaries <dir>', 'a folder of PETRARCH dictionaries (actors, agents, verbs, discards), e.g. --dictionaries ./dictionaries')
    .option('--force-english', 'analyze text that does not look like English as English anyway (it stays marked in meta.language)')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], options: ExtractOptions) => setExit(await run(inputs, options)));

  for (const register of COMMANDS) register(program, setExit);

  program.exitOverride();
  program.configureOutput({ outputError: () => {} });
  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput({ outputError: () => {} });
  }
  return program;
}

/** Runs the command line; returns the exit code. Commander's own errors (unknown option, bad value) become exit 2. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram(
    // The pipeline (language models, gazetteers, the tagger) loads only for a command that analyzes, so `dyad stats`
    // or `dyad quotes` start at once.
    async (inputs, options) =>
      (await import('./extract.js')).runExtract(inputs, options, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }),
    (c) => (code = c),
  );
  if (argv.length <= 2) {
    process.stderr.write(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    const command = program.commands.some((c) => c.name() === argv[2]) ? `dyad ${argv[2]}` : 'dyad';
    process.stderr.write(`dyad: ${e.message.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ')} (see ${command} --help)\n`);
    return EXIT_USAGE;
  }
  return code;
}

// `dyad ... | head`: a reader that goes away ends the run quietly, as it does for other command-line tools.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
process.exitCode = await main(process.argv);
