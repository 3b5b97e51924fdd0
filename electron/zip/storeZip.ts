import { crc32 } from 'node:zlib';

/**
 * A .zip of already-inflated entries, stored (no compression): how the .xlsx reader hands exceljs a
 * clean archive of just the parts it allows. Native CRC-32, one allocation; no zip64 (the callers'
 * caps keep every archive far below 4 GB).
 */
export function storeZip(entries: Map<string, Uint8Array>): Buffer {
  const names = [...entries.keys()].map((n) => Buffer.from(n, 'utf8'));
  const datas = [...entries.values()];
  const size = datas.reduce((sum, d, i) => sum + 30 + names[i]!.length + d.length + 46 + names[i]!.length, 22);
  const out = Buffer.alloc(size);
  const central: { offset: number; crc: number }[] = [];
  let at = 0;
  datas.forEach((data, i) => {
    const name = names[i]!;
    const crc = crc32(data) >>> 0;
    central.push({ offset: at, crc });
    at = out.writeUInt32LE(0x04034b50, at);
    at = out.writeUInt16LE(20, at); // version needed
    at = out.writeUInt16LE(0x800, at); // UTF-8 names
    at = out.writeUInt16LE(0, at); // stored
    at = out.writeUInt32LE(0, at); // time, date
    at = out.writeUInt32LE(crc, at);
    at = out.writeUInt32LE(data.length, at);
    at = out.writeUInt32LE(data.length, at);
    at = out.writeUInt16LE(name.length, at);
    at = out.writeUInt16LE(0, at);
    at += name.copy(out, at);
    out.set(data, at);
    at += data.length;
  });
  const cdOffset = at;
  datas.forEach((data, i) => {
    const name = names[i]!;
    at = out.writeUInt32LE(0x02014b50, at);
    at = out.writeUInt16LE(20, at); // version made by
    at = out.writeUInt16LE(20, at); // version needed
    at = out.writeUInt16LE(0x800, at);
    at = out.writeUInt16LE(0, at);
    at = out.writeUInt32LE(0, at);
    at = out.writeUInt32LE(central[i]!.crc, at);
    at = out.writeUInt32LE(data.length, at);
    at = out.writeUInt32LE(data.length, at);
    at = out.writeUInt16LE(name.length, at);
    at = out.writeUInt32LE(0, at); // extra and comment lengths
    at = out.writeUInt32LE(0, at); // disk, internal attributes
    at = out.writeUInt32LE(0, at); // external attributes
    at = out.writeUInt32LE(central[i]!.offset, at);
    at += name.copy(out, at);
  });
  const cdSize = at - cdOffset;
  at = out.writeUInt32LE(0x06054b50, at);
  at = out.writeUInt32LE(0, at); // disk numbers
  at = out.writeUInt16LE(datas.length, at);
  at = out.writeUInt16LE(datas.length, at);
  at = out.writeUInt32LE(cdSize, at);
  at = out.writeUInt32LE(cdOffset, at);
  out.writeUInt16LE(0, at); // comment length
  return out;
}
