// Errors are values: { code, message, where }. Messages start with "dyad:" and say what the user can do.
// User errors never carry stack traces; programming errors are thrown and crash loudly in tests.
import { ERROR_SCHEMA } from './article.js';

export type ErrorCode =
  | 'empty-input'
  | 'binary-input'
  | 'too-large'
  | 'unreadable'
  | 'bad-json'
  | 'bad-input'
  | 'bad-html'
  | 'not-found'
  | 'usage'
  | 'bad-lexicon'
  | 'timeout'
  | 'internal';

export interface DyadError {
  code: ErrorCode;
  message: string;
  where?: string;
}

export function dyadError(code: ErrorCode, message: string, where?: string): DyadError {
  const text = message.startsWith('dyad:') ? message : `dyad: ${message}`;
  return where === undefined ? { code, message: text } : { code, message: text, where };
}

export function isDyadError(x: unknown): x is DyadError {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x && !('schema' in x);
}

/** Thrown inside the library to abort one article with a user-facing error; the pipeline turns it into a value. */
export class DyadFailure extends Error {
  constructor(readonly error: DyadError) {
    super(error.message);
  }
}

export interface ErrorRecord {
  schema: typeof ERROR_SCHEMA;
  inputId?: string;
  error: string;
  code: ErrorCode;
  where?: string;
}

export function toErrorRecord(error: DyadError, inputId?: string | null): ErrorRecord {
  const rec: ErrorRecord = { schema: ERROR_SCHEMA, error: error.message, code: error.code };
  if (inputId != null) rec.inputId = inputId;
  if (error.where) rec.where = error.where;
  return rec;
}
