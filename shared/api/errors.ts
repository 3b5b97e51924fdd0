import { z } from 'zod';

/** Error codes every transport returns in the same {code, message} shape. */
export const ErrorCode = z.enum([
  'BAD_INPUT', // argument failed the method's schema
  'NOT_FOUND',
  'CONFLICT', // a write based on a stale revision: refused, nothing changed
  'LOCKED', // a submitted application's text: read-only until 「提出後に修正する」
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'DB_NEWER_VERSION', // database written by a newer Banso
  'DB_INVALID', // the file is not a Banso database
  'DB_EMPTY', // a zero-byte database file (never re-seeded silently)
  'DB_CORRUPT', // a SQLite file that cannot be read
  'DB_READONLY', // the file or its folder cannot be written
  'DB_LOCKED', // another program holds the database
  'DB_IN_USE', // another copy of Banso has this data folder open
  'DB_OUTDATED', // the chamber's database needs a migration its owner must run (an advisor's login cannot)
  'OFFLINE', // the chamber's database server cannot be reached: nothing was saved, the editor keeps the typing
  'FORBIDDEN', // the login may not do this (e.g. rule packs are the manager's)
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({ code: ErrorCode, message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside handlers; the dispatcher turns it into {ok:false, error}. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
