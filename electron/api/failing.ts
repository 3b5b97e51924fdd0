import { ApiFailure } from '../../shared/api/errors';
import { METHOD_NAMES } from '../../shared/api/contract';
import type { Handlers } from './handlers';

/**
 * Handlers for when the database cannot be opened (a newer version, not a database): every call
 * answers with that error, so the renderer can show a clear screen while the file stays untouched.
 */
export function failingHandlers(failure: ApiFailure): Handlers {
  const fail = () => {
    throw failure;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, fail])) as unknown as Handlers;
}
