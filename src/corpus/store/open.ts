// Opening a corpus database: better-sqlite3 in WAL mode with foreign keys and a busy timeout, and the schema brought
// up to date by running the missing migrations of schema.ts (PRAGMA user_version counts those that ran). A database
// made by a newer dyad, a SQLite file that is not a dyad corpus, and a file that is not SQLite at all are refused with
// one line each, never a stack trace.
import Database from 'better-sqlite3';
import { DyadFailure, dyadError } from '../../errors.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './schema.js';

export interface Corpus {
  db: Database.Database;
  /** The path the corpus was opened from (':memory:' for an in-memory one). */
  path: string;
  close(): void;
}

export interface OpenOptions {
  /** Open for reading only: no migration runs, and a database that needs one is refused. */
  readonly?: boolean;
  /** How long a statement waits for another process's write lock before failing (ms). */
  busyTimeout?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;
/** Page cache per connection, KiB. */
export const CACHE_KIB = 32 * 1024;

const errnoOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '');
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function fail(message: string, path: string): never {
  throw new DyadFailure(dyadError('bad-input', message, path));
}

/**
 * Opens (creating it when missing, unless read-only) the corpus at `path` and migrates it. Throws a `DyadFailure`
 * whose message is one line starting `dyad:` when the file cannot be used.
 */
export function openCorpus(path: string, options: OpenOptions = {}): Corpus {
  const readonly = options.readonly ?? false;
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: options.busyTimeout ?? DEFAULT_BUSY_TIMEOUT_MS });
  } catch (e) {
    if (readonly && /unable to open|does not exist/i.test(messageOf(e))) {
      fail(`dyad: ${path}: no such corpus database; build one first with: dyad ingest FILES --db ${path}`, path);
    }
    fail(`dyad: cannot open the corpus database ${path}: ${messageOf(e)}`, path);
  }
  try {
    configure(db, path, readonly);
    migrate(db, path, readonly, MIGRATIONS);
  } catch (e) {
    db.close();
    throw e;
  }
  const close = () => {
    if (!db.open) return;
    // Keeps the query planner's statistics current for the query commands (cheap; SQLite's recommendation on close).
    if (!readonly) db.pragma('optimize');
    db.close();
  };
  return { db, path, close };
}

function configure(db: Database.Database, path: string, readonly: boolean): void {
  try {
    // The first statement reads the file header: a file that is not SQLite fails here.
    db.pragma('schema_version', { simple: true });
  } catch (e) {
    if (errnoOf(e) === 'SQLITE_NOTADB' || /not a database/i.test(messageOf(e))) {
      fail(`dyad: ${path} is not a SQLite database (is --db pointing at the wrong file?)`, path);
    }
    fail(`dyad: cannot read the corpus database ${path}: ${messageOf(e)}`, path);
  }
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no committed data on a process crash, only on a power cut, and is much faster.
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  // A bigger page cache than SQLite's 2 MB default: the name, date and band indexes of a corpus of some thousand
  // articles outgrow it, and every insert then reads index pages back from the file.
  db.pragma(`cache_size = -${CACHE_KIB}`);
}

function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/** Runs the migrations after the database's user_version, each in one IMMEDIATE transaction that re-reads the version. */
export function migrate(db: Database.Database, path: string, readonly: boolean, migrations: readonly Migration[]): void {
  const known = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const current = userVersion(db);
  if (current > known) {
    fail(
      `dyad: ${path} has corpus schema version ${current}, newer than this dyad knows (${known}); upgrade dyad to read it`,
      path,
    );
  }
  if (current === 0 && hasTables(db)) {
    fail(`dyad: ${path} is a SQLite database but not a dyad corpus (it has tables and no dyad schema version); give --db a new file`, path);
  }
  if (current === known) return;
  if (readonly) {
    fail(
      current === 0
        ? `dyad: ${path} is an empty database, not a dyad corpus; build one first with: dyad ingest FILES --db ${path}`
        : `dyad: ${path} has corpus schema version ${current} and this dyad needs ${known}; run any writing command (dyad ingest) on it once to upgrade it`,
      path,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      // Another process may have run it between our read and our lock.
      if (userVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

/** The schema version of an open corpus (PRAGMA user_version). */
export function schemaVersion(db: Database.Database): number {
  return userVersion(db);
}

export { SCHEMA_VERSION };
