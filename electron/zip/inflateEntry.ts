import { crc32, inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import type { ZipEntryRecord } from './centralDirectory';

/**
 * Inflates one entry with a hard limit on what it may produce, counted while inflating, so a bomb
 * stops after its declared size (itself at most `limit`) plus one chunk, however small its header
 * claims to be. The sizes in the header are an upper bound, never a promise: an entry that produces
 * more than declared is refused as a lying header (sizeMismatch), one that produces less or has a
 * wrong CRC-32 as damaged.
 * Kept entries inflate with node:zlib (native; maxOutputLength stops it mid-stream); entries for a
 * sink inflate with fflate's streaming Inflate, a few KB of input at a time, so they are never held.
 */
export type InflateRefusal = 'unsupported' | 'tooLarge' | 'sizeMismatch' | 'corrupt';
export type InflateResult = { ok: true; bytes?: Uint8Array; size: number } | { ok: false; reason: InflateRefusal; detail?: string };

/** Compressed bytes per push: a deflate stream expands at most ~1032×, so one output chunk stays ≤ ~4 MB. */
const SLICE = 4096;

class Overflow extends Error {}

/**
 * `limit` is the most this entry may produce (its cap, or what is left of the archive's total).
 * With `sink`, the inflated chunks are handed over one by one and not kept (e.g. to a hash).
 */
export function inflateEntry(archive: Uint8Array, entry: ZipEntryRecord, limit: number, sink?: (chunk: Uint8Array) => void): InflateResult {
  if (entry.flags & 0x41) return { ok: false, reason: 'unsupported', detail: '暗号化されたファイル' };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'unsupported', detail: `圧縮方式 ${entry.method}` };
  if (entry.declaredSize > limit) return { ok: false, reason: 'tooLarge' };
  const data = archive.subarray(entry.dataStart, entry.dataEnd);

  if (entry.method === 0) {
    if (data.length !== entry.declaredSize) return { ok: false, reason: 'corrupt', detail: '大きさ' };
    if (crc32(data) >>> 0 !== entry.crc32) return { ok: false, reason: 'corrupt', detail: 'CRC' };
    if (sink) {
      sink(data);
      return { ok: true, size: data.length };
    }
    return { ok: true, bytes: data, size: data.length };
  }

  if (!sink) return inflateKept(data, entry);

  let produced = 0;
  let crc = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    // More than declared is a lying header: stop here, before the chunk goes anywhere.
    if (produced > entry.declaredSize) throw new Overflow();
    crc = crc32(chunk, crc);
    sink(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch (e) {
    return e instanceof Overflow ? { ok: false, reason: 'sizeMismatch' } : { ok: false, reason: 'corrupt', detail: '圧縮データ' };
  }
  if (produced !== entry.declaredSize) return { ok: false, reason: 'corrupt', detail: '大きさ' }; // less than declared
  if (crc >>> 0 !== entry.crc32) return { ok: false, reason: 'corrupt', detail: 'CRC' };
  return { ok: true, size: produced };
}

/** Native inflate into memory, stopped by zlib as soon as it passes the declared size. */
function inflateKept(data: Uint8Array, entry: ZipEntryRecord): InflateResult {
  let bytes: Uint8Array;
  try {
    bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.declaredSize), chunkSize: 64 * 1024 });
  } catch (e) {
    const tooLarge = e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    return tooLarge ? { ok: false, reason: 'sizeMismatch' } : { ok: false, reason: 'corrupt', detail: '圧縮データ' };
  }
  if (bytes.length !== entry.declaredSize) return { ok: false, reason: 'corrupt', detail: '大きさ' }; // less than declared
  if (crc32(bytes) >>> 0 !== entry.crc32) return { ok: false, reason: 'corrupt', detail: 'CRC' };
  return { ok: true, bytes, size: bytes.length };
}
