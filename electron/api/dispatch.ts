import { z, ZodError } from 'zod';
import { ApiFailure, type ApiResult } from '../../shared/api/errors';
import { contract, isMethodName } from '../../shared/api/contract';
import type { Handlers } from './handlers';
import { formatIssuePath } from '../../shared/format/issuePath';

// Messages of refused input reach the user in the UI: in Japanese. (The CLI does not load this module.)
z.config(z.locales.ja());

/** Formats a zod error as "path: message; …" so a bad argument names what was wrong. */
export function describeZodError(e: ZodError): string {
  return e.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? formatIssuePath(i.path) : '(入力)'}: ${i.message}`)
    .join('; ');
}

/**
 * The single entry point of every transport: checks the method name, parses the argument with the
 * contract's schema, runs the handler, and turns any failure into {code, message}. Never throws.
 */
export async function dispatch(handlers: Handlers, method: string, rawInput: unknown, log: (msg: string) => void = console.error): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${method}` } };
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'BAD_INPUT', message: `入力が正しくありません（${describeZodError(parsed.error)}）` } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ApiFailure) return { ok: false, error: { code: e.code, message: e.message } };
    if (e instanceof ZodError) return { ok: false, error: { code: 'BAD_INPUT', message: `入力が正しくありません（${describeZodError(e)}）` } };
    log(`[banso] ${method} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return { ok: false, error: { code: 'INTERNAL', message: '内部エラーが発生しました。操作は保存されていません。' } };
  }
}
