import { createHash, type Hash } from 'node:crypto';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { parseApplicationFile, type ApplicationFile } from '../../shared/schemas/applicationFile';
import { readZip, type ZipRefusal } from '../zip/readZip';

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

/** Zip entry attributes: host system Unix (3), regular file rw-r--r-- in the high 16 bits of the external attributes. */
export const UNIX_ENTRY = { os: 3, attrs: (0o100644 << 16) >>> 0 } as const;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function writePackage(data: ApplicationFile, documents: Record<string, Uint8Array>, at = new Date()): Uint8Array {
  const files: Record<string, Uint8Array> = { ...documents, [DATA_FILE]: strToU8(JSON.stringify(data, null, 2)) };
  const manifest = {
    format: PACKAGE_FORMAT,
    packageVersion: PACKAGE_VERSION,
    createdAt: at.toISOString(),
    files: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, { sha256: sha256(bytes) }])),
  };
  // Entries are marked as made on Unix (mode 0644) with UTF-8 names (fflate sets the flag for non-ASCII
  // names): unzip on Linux and macOS then shows 「B縫製_もの補助_事業計画書.pdf」 instead of mojibake.
  const zip: Zippable = { [MANIFEST]: [strToU8(JSON.stringify(manifest, null, 2)), { ...UNIX_ENTRY }] };
  // Stored documents (PDF, DOCX) are already compressed; compress the text files.
  for (const [name, bytes] of Object.entries(files)) zip[name] = [bytes, { ...UNIX_ENTRY, level: /\.(pdf|docx|zip|png|jpe?g)$/i.test(name) ? 0 : 6 }];
  return zipSync(zip, { mtime: at });
}

export type ReadPackageResult = { ok: true; data: ApplicationFile; files: string[] } | { ok: false; message: string };

/**
 * Caps for reading a package (a real one is a few MB: DOCX, PDFs, CSV, application.json). Only the
 * manifest and the files it lists are inflated; the documents are hashed as they inflate, never kept.
 */
export const PACKAGE_LIMITS = {
  manifestBytes: 1024 * 1024,
  /** application.json: every section at its limit (50,000-character texts) is well under this. */
  dataBytes: 32 * 1024 * 1024,
  /** One document (補足資料.pdf with photos is the largest). */
  documentBytes: 128 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  entries: 1000,
} as const;

const NOT_A_ZIP = 'ZIPファイルとして読めません。ファイルが壊れているか、申請パッケージではありません。';
const NOT_JSON = '申請パッケージの中身が壊れています（JSONとして読めません）。';

function refused(r: { reason: ZipRefusal; message: string }): ReadPackageResult {
  return { ok: false, message: r.reason === 'notZip' || r.reason === 'corrupt' ? NOT_A_ZIP : `申請パッケージを読み込めません。${r.message}` };
}

/** Reads and verifies a package; every failure is a Japanese message, never an exception. */
export function readPackage(bytes: Uint8Array): ReadPackageResult {
  // First the manifest alone (small cap): it says which files to inflate at all.
  const head = readZip(bytes, { allow: (n) => n === MANIFEST, maxEntryBytes: PACKAGE_LIMITS.manifestBytes, maxTotalBytes: PACKAGE_LIMITS.manifestBytes, maxEntries: PACKAGE_LIMITS.entries });
  if (!head.ok) return refused(head);
  const manifestBytes = head.entries.get(MANIFEST);
  if (!manifestBytes || !head.names.includes(DATA_FILE)) return { ok: false, message: '伴走の申請パッケージではありません（manifest.json または application.json がありません）。' };
  let manifestRaw: unknown;
  try {
    manifestRaw = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return { ok: false, message: NOT_JSON };
  }
  const manifest = Manifest.safeParse(manifestRaw);
  if (!manifest.success) return { ok: false, message: '伴走の申請パッケージではありません。' };
  if (manifest.data.packageVersion > PACKAGE_VERSION) return { ok: false, message: '新しいバージョンの伴走で作られたパッケージです。アプリを更新してから読み込んでください。' };
  const listed = new Map(Object.entries(manifest.data.files).map(([name, { sha256: want }]) => [name, want]));
  if (!listed.has(DATA_FILE)) return { ok: false, message: '伴走の申請パッケージではありません（manifest.json に application.json がありません）。' };
  const present = new Set(head.names);
  for (const name of listed.keys()) if (!present.has(name)) return { ok: false, message: `パッケージから ${name} が欠けています。` };

  // Then only the listed files, under caps; the documents stream into their hash.
  const hashes = new Map<string, Hash>();
  const body = readZip(bytes, {
    allow: (n) => listed.has(n),
    maxEntryBytes: (n) => (n === DATA_FILE ? PACKAGE_LIMITS.dataBytes : PACKAGE_LIMITS.documentBytes),
    maxTotalBytes: PACKAGE_LIMITS.totalBytes,
    maxEntries: PACKAGE_LIMITS.entries,
    sink: (n) => {
      if (n === DATA_FILE) return undefined;
      const h = createHash('sha256');
      hashes.set(n, h);
      return (chunk) => h.update(chunk);
    },
  });
  if (!body.ok) return refused(body);
  const dataBytes = body.entries.get(DATA_FILE)!;
  for (const [name, want] of listed) {
    const got = name === DATA_FILE ? sha256(dataBytes) : hashes.get(name)?.digest('hex');
    if (got !== want) return { ok: false, message: `パッケージの ${name} が書き出し後に変更されています。書き出した元のファイルを使ってください。` };
  }
  let dataRaw: unknown;
  try {
    dataRaw = JSON.parse(strFromU8(dataBytes));
  } catch {
    return { ok: false, message: NOT_JSON };
  }
  const parsed = parseApplicationFile(dataRaw);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  return { ok: true, data: parsed.file, files: head.names };
}
