import zlib from 'node:zlib';

/**
 * Hand-built zip archives for the zip-bomb tests (and the bench): real deflate bombs that stay light
 * to build. A deflate stream of N MB of zeros is one sync-flushed block for 1 MB of zeros (~1 KB)
 * repeated N times plus an empty final block — valid deflate, built without ever holding N MB.
 */
const MB = 1024 * 1024;
let zerosBlock: Buffer | undefined;

/** Raw deflate that inflates to `mb` MB of zeros (~1 KB compressed per MB). */
export function zerosDeflate(mb: number): Buffer {
  zerosBlock ??= zlib.deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array<Buffer>(mb).fill(zerosBlock), zlib.deflateRawSync(Buffer.alloc(0))]);
}

/** CRC-32 of `mb` MB of zeros, computed 1 MB at a time. */
export function zerosCrc(mb: number): number {
  const block = Buffer.alloc(MB);
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = zlib.crc32(block, crc);
  return crc;
}

export interface RawEntry {
  name: string;
  /** The bytes as stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  crc32: number;
  /** What the headers claim the entry inflates to (a bomb lies here). */
  declaredSize: number;
  flags?: number;
  /**
   * The overlapping trick: this entry's local record is not written on its own but found at the
   * start of the named (stored) entry's data — build that data with localRecord(this entry).
   */
  insideDataOf?: string;
}

export function storedEntry(name: string, content: string | Uint8Array): RawEntry {
  const data = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data, method: 0, crc32: zlib.crc32(data), declaredSize: data.length };
}

export function deflatedEntry(name: string, content: string | Uint8Array): RawEntry {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data: zlib.deflateRawSync(raw), method: 8, crc32: zlib.crc32(raw), declaredSize: raw.length };
}

/** An entry that inflates to `mb` MB of zeros; `declaredSize` defaults to the truth. */
export function zerosEntry(name: string, mb: number, declaredSize = mb * MB, crc = zerosCrc(mb)): RawEntry {
  return { name, data: zerosDeflate(mb), method: 8, crc32: crc, declaredSize };
}

function headerFields(e: RawEntry, h: Buffer, at: number): void {
  h.writeUInt16LE(20, at);
  h.writeUInt16LE((e.flags ?? 0) | 0x800, at + 2);
  h.writeUInt16LE(e.method, at + 4);
  h.writeUInt32LE(0, at + 6); // time, date
  h.writeUInt32LE(e.crc32 >>> 0, at + 10);
  h.writeUInt32LE(e.data.length, at + 14);
  h.writeUInt32LE(e.declaredSize, at + 18);
  h.writeUInt16LE(Buffer.byteLength(e.name), at + 22);
  h.writeUInt16LE(0, at + 24);
}

/** Local file header + name + data of one entry. */
export function localRecord(e: RawEntry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  headerFields(e, h, 4);
  return Buffer.concat([h, Buffer.from(e.name), Buffer.from(e.data)]);
}

/** Writes local records, central directory and End of Central Directory, exactly as given. */
export function buildZip(entries: RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const e of entries) {
    if (e.insideDataOf !== undefined) continue;
    const record = localRecord(e);
    offsets.set(e.name, offset);
    parts.push(record);
    offset += record.length;
  }
  const central = entries.map((e) => {
    const outer = e.insideDataOf;
    const at = outer === undefined ? offsets.get(e.name)! : offsets.get(outer)! + 30 + Buffer.byteLength(outer);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    headerFields(e, c, 6);
    c.writeUInt32LE(at, 42);
    return Buffer.concat([c, Buffer.from(e.name)]);
  });
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, eocd]));
}

export const rssMb = () => process.memoryUsage().rss / MB;
