import { call } from './client';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

/**
 * Start-up calls made at once, before React renders (main.tsx), instead of one after another as each
 * screen mounts: the screen that needs one takes it with callPrefetched, which makes the call itself
 * when nothing was prefetched (or it was taken already: a reload asks again).
 */
const pending = new Map<string, Promise<unknown>>();

const keyOf = (method: string, input: unknown) => `${method}:${JSON.stringify(input)}`;

export function prefetch<M extends MethodName>(method: M, input: MethodInput<M>): void {
  const p = call(method, input);
  p.catch(() => undefined); // whoever takes it handles the error
  pending.set(keyOf(method, input), p);
}

export function callPrefetched<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const key = keyOf(method, input);
  const p = pending.get(key) as Promise<MethodOutput<M>> | undefined;
  if (!p) return call(method, input);
  pending.delete(key);
  return p;
}
