import { z } from 'zod';

/** Error codes every transport returns in the same {code, message} shape. */
export const ErrorCode = z.enum([
  'BAD_INPUT', // argument failed the method's schema
  'NOT_FOUND',
  'CONFLICT', // e.g. a stale revision
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'DB_NEWER_VERSION', // database written by a newer Banso
  'DB_INVALID', // the file is not a Banso database
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
