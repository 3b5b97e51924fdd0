import type { ApiError, ApiResult } from '../../../shared/api/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { BansoBridge } from '../../../shared/api/bridge';

/**
 * The renderer's only way to the Node side: the typed contract, over Electron IPC (window.api)
 * or, in browser mode, over the loopback HTTP bridge with the per-start token.
 */
declare global {
  interface Window {
    api?: BansoBridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get code() {
    return this.error.code;
  }
}

const TOKEN_KEY = 'banso.token';

/** Browser mode: the token arrives once in the URL fragment (#token=…) and is kept for the tab only. */
function httpToken(): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    window.history.replaceState(null, '', window.location.pathname + '#/');
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const httpBridge: BansoBridge = {
  async invoke(method, input) {
    try {
      const res = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${httpToken()}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'アプリ本体に接続できません。ブラウザーモードのサーバーが動いているか確認してください。' } };
    }
  },
};

export function initTransport(): void {
  if (!window.api) httpToken();
}

const bridge = (): BansoBridge => window.api ?? httpBridge;

/** Whether the chamber's database server answers: the last call that reached it says so. */
let online = true;
const listeners = new Set<(online: boolean) => void>();
const setOnline = (up: boolean) => {
  if (up === online) return;
  online = up;
  for (const fn of listeners) fn(up);
};
export function onConnection(fn: (online: boolean) => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}
/** Calls answered without the database (they say nothing about the server). */
const LOCAL = new Set<string>(['getAppInfo', 'getChamberConnection', 'listTemplates', 'readKessanExcel', 'kessanExcelTemplate']);

/**
 * This window's calls still waiting for an answer (long polls aside). A change heard from the back
 * end while one of ours is under way may be that very call: `settled()` lets a listener wait for
 * our own answers before deciding what is news.
 */
let inFlight = 0;
let idle: (() => void)[] = [];
const LISTENING = new Set<string>(['waitForChanges']);
export function settled(): Promise<void> {
  return inFlight === 0 ? Promise.resolve() : new Promise((res) => idle.push(res));
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const counted = !LISTENING.has(method);
  if (counted) inFlight++;
  let result: ApiResult<unknown>;
  try {
    result = await bridge().invoke(method, input);
  } finally {
    if (counted && --inFlight === 0) {
      const waiting = idle;
      idle = [];
      // After the caller's own continuation has run (it may record the revision as ours).
      setTimeout(() => waiting.forEach((res) => res()), 0);
    }
  }
  if (!result.ok) {
    if (result.error.code === 'OFFLINE') setOnline(false);
    throw new ApiCallError(result.error);
  }
  if (!LOCAL.has(method)) setOnline(true);
  return result.value as MethodOutput<M>;
}
