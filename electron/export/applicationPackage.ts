import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { parseApplicationFile, type ApplicationFile } from '../../shared/schemas/applicationFile';

/**
 * The application package: one .zip with the DOCX, the PDF, the 転記シート, the check report and the
 * application's data (application.json) — plus manifest.json listing every file with its SHA-256,
 * so a package altered by hand is recognised on import.
 */
export const PACKAGE_FORMAT = 'banso.package';
export const PACKAGE_VERSION = 1;
export const DATA_FILE = 'application.json';
const MANIFEST = 'manifest.json';

const Manifest = z.object({
  format: z.literal(PACKAGE_FORMAT),
  packageVersion: z.number().int(),
  createdAt: z.string(),
  files: z.record(z.string(), z.object({ sha256: z.string() })),
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function writePackage(data: ApplicationFile, documents: Record<string, Uint8Array>, at = new Date()): Uint8Array {
  const files: Record<string, Uint8Array> = { ...documents, [DATA_FILE]: strToU8(JSON.stringify(data, null, 2)) };
  const manifest = {
    format: PACKAGE_FORMAT,
    packageVersion: PACKAGE_VERSION,
    createdAt: at.toISOString(),
    files: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, { sha256: sha256(bytes) }])),
  };
  const zip: Zippable = { [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)) };
  // Stored documents (PDF, DOCX) are already compressed; compress the text files.
  for (const [name, bytes] of Object.entries(files)) zip[name] = [bytes, { level: /\.(pdf|docx|zip|png|jpe?g)$/i.test(name) ? 0 : 6 }];
  return zipSync(zip, { mtime: at });
}

export type ReadPackageResult = { ok: true; data: ApplicationFile; files: string[] } | { ok: false; message: string };

/** Reads and verifies a package; every failure is a Japanese message, never an exception. */
export function readPackage(bytes: Uint8Array): ReadPackageResult {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return { ok: false, message: 'ZIPファイルとして読めません。ファイルが壊れているか、申請パッケージではありません。' };
  }
  const manifestBytes = entries[MANIFEST];
  const dataBytes = entries[DATA_FILE];
  if (!manifestBytes || !dataBytes) return { ok: false, message: '伴走の申請パッケージではありません（manifest.json または application.json がありません）。' };
  let manifestRaw: unknown;
  let dataRaw: unknown;
  try {
    manifestRaw = JSON.parse(strFromU8(manifestBytes));
    dataRaw = JSON.parse(strFromU8(dataBytes));
  } catch {
    return { ok: false, message: '申請パッケージの中身が壊れています（JSONとして読めません）。' };
  }
  const manifest = Manifest.safeParse(manifestRaw);
  if (!manifest.success) return { ok: false, message: '伴走の申請パッケージではありません。' };
  if (manifest.data.packageVersion > PACKAGE_VERSION) return { ok: false, message: '新しいバージョンの伴走で作られたパッケージです。アプリを更新してから読み込んでください。' };
  for (const [name, { sha256: want }] of Object.entries(manifest.data.files)) {
    const b = entries[name];
    if (!b) return { ok: false, message: `パッケージから ${name} が欠けています。` };
    if (sha256(b) !== want) return { ok: false, message: `パッケージの ${name} が書き出し後に変更されています。書き出した元のファイルを使ってください。` };
  }
  const parsed = parseApplicationFile(dataRaw);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  return { ok: true, data: parsed.file, files: Object.keys(entries) };
}
