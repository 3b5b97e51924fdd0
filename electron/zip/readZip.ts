import { readCentralDirectory, type DirectoryRefusal } from './centralDirectory';
import { inflateEntry, type InflateRefusal } from './inflateEntry';

/**
 * A guarded .zip reader for files that come from outside (application packages, .xlsx): only the
 * names the caller allows are inflated, each under a per-entry cap and all under a total cap,
 * counted while inflating — a zip bomb is refused after a few MB of work, never unpacked. Entries
 * that are not allowed are listed by name and never inflated. Every refusal has a reason and a
 * Japanese message the caller can show (or replace with its own wording).
 */
export interface ZipLimits {
  /** Names to inflate; every other entry is only listed. */
  allow(name: string): boolean;
  /** Largest inflated size of one entry (bytes); per name where that differs. */
  maxEntryBytes: number | ((name: string) => number);
  /** Largest inflated size of all allowed entries together (bytes). */
  maxTotalBytes: number;
  /** Most entries (files and folders) the archive may list. */
  maxEntries: number;
  /** Entries streamed into a sink (e.g. a hash) chunk by chunk instead of kept in memory. */
  sink?(name: string): ((chunk: Uint8Array) => void) | undefined;
}

export type ZipRefusal = DirectoryRefusal | Exclude<InflateRefusal, 'tooLarge'> | 'entryTooLarge' | 'totalTooLarge';

export type ReadZipResult =
  /** `names`: every file in the archive (folders left out); `entries`: the allowed ones without a sink (stored ones are views into the input). */
  | { ok: true; names: string[]; entries: Map<string, Uint8Array> }
  | { ok: false; reason: ZipRefusal; name?: string; message: string };

const mb = (n: number) => `${Math.max(1, Math.round(n / (1024 * 1024)))} MB`;
const BOMB = '圧縮爆弾（zip bomb）の可能性があるため、読み込みを中止しました。';

function messageOf(reason: ZipRefusal, limits: ZipLimits, name?: string, detail?: string): string {
  const entryCap = name === undefined ? 0 : typeof limits.maxEntryBytes === 'number' ? limits.maxEntryBytes : limits.maxEntryBytes(name);
  switch (reason) {
    case 'notZip':
      return 'ZIPファイルとして読めません。ファイルが壊れているか、ZIP形式ではありません。';
    case 'corrupt':
      return `ZIPファイルが壊れています${name ? `（${name}${detail ? `の${detail}` : ''}）` : detail ? `（${detail}）` : ''}。`;
    case 'unsupported':
      return `対応していない形式のZIPです（${detail ?? '不明な形式'}${name ? `: ${name}` : ''}）。`;
    case 'unsafeName':
      return `ZIPの中に使えないファイル名があります（${name ?? ''}）。`;
    case 'duplicateName':
      return `ZIPの中に同じ名前のファイルが複数あります（${name ?? ''}）。`;
    case 'tooManyEntries':
      return `ZIPの中のファイルが多すぎます（${limits.maxEntries}個まで）。`;
    case 'overlapping':
      return `ZIPの中の複数のファイルが同じデータを共有しています（${name ?? ''}）。${BOMB}`;
    case 'sizeMismatch':
      return `ZIPの中の ${name ?? ''} を展開すると、ZIPに記録された大きさを超えます。${BOMB}`;
    case 'entryTooLarge':
      return `ZIPの中の ${name ?? ''} は展開すると大きすぎます（${mb(entryCap)}まで）。${BOMB}`;
    case 'totalTooLarge':
      return `ZIPの中身は展開すると大きすぎます（合計 ${mb(limits.maxTotalBytes)}まで）。${BOMB}`;
  }
}

export function readZip(bytes: Uint8Array, limits: ZipLimits): ReadZipResult {
  const refuse = (reason: ZipRefusal, name?: string, detail?: string): ReadZipResult => ({ ok: false, reason, ...(name === undefined ? {} : { name }), message: messageOf(reason, limits, name, detail) });
  const directory = readCentralDirectory(bytes, limits.maxEntries);
  if (!directory.ok) return refuse(directory.reason, directory.name, directory.detail);
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of directory.entries) {
    if (entry.isDirectory || !limits.allow(entry.name)) continue;
    const entryCap = typeof limits.maxEntryBytes === 'number' ? limits.maxEntryBytes : limits.maxEntryBytes(entry.name);
    const left = limits.maxTotalBytes - total;
    const r = inflateEntry(bytes, entry, Math.min(entryCap, left), limits.sink?.(entry.name));
    if (!r.ok) return refuse(r.reason === 'tooLarge' ? (entry.declaredSize > entryCap ? 'entryTooLarge' : 'totalTooLarge') : r.reason, entry.name, r.detail);
    total += r.size;
    if (r.bytes) entries.set(entry.name, r.bytes);
  }
  return { ok: true, names: directory.entries.filter((e) => !e.isDirectory).map((e) => e.name), entries };
}
