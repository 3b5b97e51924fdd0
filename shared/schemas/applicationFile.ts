import { z } from 'zod';
import { Application } from './application';
import { Client } from './client';

/**
 * The application as a file: what the app exports (application.json inside a package, or alone for
 * the CLI) and imports. `schemaVersion` rises when the shape changes; a newer file is refused.
 */
export const APPLICATION_FILE_FORMAT = 'banso.application';
export const APPLICATION_FILE_VERSION = 1;

export const ApplicationFile = z.object({
  format: z.literal(APPLICATION_FILE_FORMAT),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  appVersion: z.string(),
  client: Client,
  application: Application,
});
export type ApplicationFile = z.infer<typeof ApplicationFile>;

/** Reads the version first, so a newer file gets a clear message rather than a schema error. */
export function parseApplicationFile(raw: unknown): { ok: true; file: ApplicationFile } | { ok: false; message: string } {
  const head = z.object({ format: z.string(), schemaVersion: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== APPLICATION_FILE_FORMAT) return { ok: false, message: '伴走の申請ファイルではありません。' };
  if (head.data.schemaVersion > APPLICATION_FILE_VERSION) {
    return { ok: false, message: `新しいバージョンの伴走で書き出されたファイルです（形式 ${head.data.schemaVersion}、このアプリは ${APPLICATION_FILE_VERSION} まで対応）。アプリを更新してください。` };
  }
  const parsed = ApplicationFile.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, message: `申請ファイルの内容が正しくありません（${i ? `${i.path.join('.')}: ${i.message}` : '不明'}）。` };
  }
  return { ok: true, file: parsed.data };
}
