import { z } from 'zod';
import { ApiError } from '../../shared/api/errors';

/**
 * Messages between the Electron main process and the back end (store + handlers), which runs in its
 * own process (Electron's utilityProcess) so that no import, export or Excel parse can block the
 * window. Main only relays: the back end parses every argument with the contract, as always.
 */
export const BackendConfig = z.object({
  dataDir: z.string().min(1),
  appRoot: z.string().min(1),
  version: z.string(),
  seed: z.enum(['demo', 'empty']),
  nativeBinding: z.string().optional(),
  /** The chamber's server (設定 →「商工会議所のサーバーに接続」), password included: passed in memory, never written. */
  databaseUrl: z.string().optional(),
});
export type BackendConfig = z.infer<typeof BackendConfig>;

export const ToBackend = z.discriminatedUnion('type', [
  /** The first message: what to open (sent, not put in the environment: it may hold the chamber's password). */
  z.object({ type: z.literal('start'), config: BackendConfig }),
  z.object({ type: z.literal('call'), id: z.number().int(), method: z.string().max(100), input: z.unknown() }),
  z.object({ type: z.literal('shutdown') }),
]);
export type ToBackend = z.infer<typeof ToBackend>;

const Result = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: ApiError })]);

export const FromBackend = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), dbPath: z.string(), failure: ApiError.optional() }),
  z.object({ type: z.literal('result'), id: z.number().int(), result: Result }),
]);
export type FromBackend = z.infer<typeof FromBackend>;
