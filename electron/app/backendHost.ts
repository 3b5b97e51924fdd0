import type { ApiResult } from '../../shared/api/errors';
import { FromBackend, type ToBackend } from './backendProtocol';

/** The back-end process as the host sees it (Electron's UtilityProcess, or a Node ChildProcess in tests). */
export interface BackendChild {
  postMessage(msg: ToBackend): void;
  onMessage(fn: (msg: unknown) => void): void;
  onExit(fn: (code: number | null) => void): void;
  kill(): void;
}

export interface BackendHost {
  /** Resolves with the start-up result (the database opened, or why not). */
  ready: Promise<{ dbPath: string; failure?: { code: string; message: string } }>;
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  close(): void;
}

const LOST = { ok: false as const, error: { code: 'INTERNAL' as const, message: '処理中にアプリの内部処理が停止しました。この操作は保存されていません。もう一度お試しください。' } };

/**
 * Runs the back end and relays calls to it. A back end that stops unexpectedly is started again
 * (calls in flight are answered "not saved", never left hanging); after three stops in a minute it is
 * left stopped and every call says so.
 */
export function startBackendHost(spawn: () => BackendChild, log: (m: string) => void = console.error): BackendHost {
  let child: BackendChild;
  let nextId = 1;
  let closing = false;
  const pending = new Map<number, (r: ApiResult<unknown>) => void>();
  const crashes: number[] = [];
  let resolveReady: (r: { dbPath: string; failure?: { code: string; message: string } }) => void = () => undefined;
  const ready = new Promise<{ dbPath: string; failure?: { code: string; message: string } }>((r) => (resolveReady = r));

  const start = () => {
    child = spawn();
    child.onMessage((raw) => {
      const msg = FromBackend.safeParse(raw);
      if (!msg.success) return log('[banso] unreadable message from the back end');
      if (msg.data.type === 'ready') return resolveReady({ dbPath: msg.data.dbPath, ...(msg.data.failure ? { failure: msg.data.failure } : {}) });
      pending.get(msg.data.id)?.(msg.data.result as ApiResult<unknown>);
      pending.delete(msg.data.id);
    });
    child.onExit((code) => {
      for (const done of pending.values()) done(LOST);
      pending.clear();
      if (closing) return;
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0]! > 60_000) crashes.shift();
      log(`[banso] the back end stopped (exit ${code}); ${crashes.length <= 3 ? 'starting it again' : 'giving up'}`);
      if (crashes.length <= 3) start();
      else resolveReady({ dbPath: '', failure: { code: 'INTERNAL', message: '伴走の内部処理が繰り返し停止したため、保存できません。アプリを終了して起動し直してください。' } });
    });
  };
  start();

  return {
    ready,
    call(method, input) {
      if (closing || crashes.length > 3) return Promise.resolve(LOST);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        child.postMessage({ type: 'call', id, method, input });
      });
    },
    close() {
      closing = true;
      child.postMessage({ type: 'shutdown' });
      setTimeout(() => child.kill(), 5000).unref();
    },
  };
}
