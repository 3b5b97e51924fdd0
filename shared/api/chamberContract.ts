import { z } from 'zod';
import { Id } from '../schemas/common';
import { method } from './method';

/**
 * Seeing each other in a chamber: who changed which part of an open application since the revision
 * the window has. On the chamber's PostgreSQL the back end hears other machines' saves (LISTEN/NOTIFY);
 * on SQLite, the other windows of the same data folder.
 */
export const ApplicationChange = z.object({
  revision: z.number().int(),
  /** Parts written: `section:<id>`, `plan`, `expenses`, `title`, `pipeline`, `attachments`, or `*` (the whole body). */
  parts: z.array(z.string()),
  /** The login (or PC user) who wrote it. */
  user: z.string(),
  /** Their name as the chamber knows it (people.name), else the login. */
  userName: z.string(),
  at: z.string(),
});
export type ApplicationChange = z.infer<typeof ApplicationChange>;

/** 設定 →「商工会議所のサーバーに接続」: where the chamber's PostgreSQL is (the password is never part of it). */
export const ChamberConnection = z.object({
  host: z.string().trim().min(1, 'サーバー名（ホスト）を入力してください').max(255).regex(/^[A-Za-z0-9.\-:\[\]]+$/, 'サーバー名に使えない文字があります'),
  port: z.number().int().min(1).max(65535).default(5432),
  database: z.string().trim().min(1, 'データベース名を入力してください').max(63),
  user: z.string().trim().min(1, 'ユーザー名を入力してください').max(63),
  /** disable: none (the chamber's LAN only); require: encrypted; verify-full: encrypted, and the server's certificate checked. */
  tls: z.enum(['disable', 'require', 'verify-full']).default('require'),
});
export type ChamberConnection = z.infer<typeof ChamberConnection>;

export const ChamberConnectionState = z.object({
  /** What is saved (null: this PC's own SQLite file). */
  connection: ChamberConnection.nullable(),
  /** The app is working on the chamber's server now. */
  active: z.boolean(),
  /** Saving a connection here is possible (the desktop app, with the OS's encrypted storage); browser mode uses BANSO_DATABASE_URL. */
  canStore: z.boolean(),
});
export type ChamberConnectionState = z.infer<typeof ChamberConnectionState>;

export const chamberContract = {
  getChamberConnection: method(z.object({}), ChamberConnectionState),
  /** Tries the connection, then keeps it (password encrypted with the OS's safeStorage) and restarts the data side on it. */
  setChamberConnection: method(z.object({ connection: ChamberConnection, password: z.string().min(1, 'パスワードを入力してください').max(1000) }), ChamberConnectionState),
  /** Back to this PC's own SQLite file (the chamber's data stays on its server). */
  clearChamberConnection: method(z.object({}), ChamberConnectionState),
  /**
   * The changes after `afterRevision`, oldest first. With `waitMs`, waits that long for one when there
   * is none yet (a long poll the editor keeps open), and answers as soon as one is committed.
   */
  waitForChanges: method(
    z.object({ applicationId: Id, afterRevision: z.number().int().min(0), waitMs: z.number().int().min(0).max(30_000).default(0) }),
    z.object({ changes: z.array(ApplicationChange) }),
  ),
} as const;
