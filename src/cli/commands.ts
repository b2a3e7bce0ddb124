// The commands beyond `extract`: each module registers its own subcommands on the program. One line a module;
// `buildProgram` calls them in this order, so `dyad --help` lists them in this order.
import type { Command } from 'commander';
import { registerServe } from './serve.js';
import { registerIngest } from './ingest.js';
import { registerQuery } from './query.js';
import { registerWatch } from './watch.js';
import { registerRelations } from './relations.js';

/** Adds one or more subcommands to `program`; an action reports its exit code through `setExit`. */
export type RegisterCommands = (program: Command, setExit: (code: number) => void) => void;

export const COMMANDS: RegisterCommands[] = [registerIngest, registerWatch, registerQuery, registerRelations, registerServe];
