/**
 * Preload (sandboxed): exposes exactly one object, window.api, with one function. Everything the
 * renderer can ask for is the typed contract in shared/api/contract.ts, checked again in main.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from '../shared/api/channel';
import type { BansoBridge } from '../shared/api/bridge';

const api = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(API_CHANNEL, method, input),
} satisfies BansoBridge;

contextBridge.exposeInMainWorld('api', api);
