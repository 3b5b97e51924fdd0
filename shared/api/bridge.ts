import type { ApiResult } from './errors';

/** What the Electron preload exposes as window.api. Browser mode uses HTTP instead. */
export interface BansoBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}
