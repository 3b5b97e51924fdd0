/**
 * The table of contents of a .zip (End of Central Directory + central directory + each entry's
 * local header), read without inflating anything. Every structural trick a zip bomb uses is refused
 * here: zip64 and split archives (unsupported), more entries than allowed, names that climb out of
 * a folder, duplicate names, and entries whose data overlap (one compressed stream reused by many
 * entries). Sizes are read but not trusted: the inflater checks them while it inflates.
 */

export interface ZipEntryRecord {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused when the entry is read. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** As declared in the central directory: an upper bound the inflater enforces, never trusted. */
  declaredSize: number;
  /** The compressed bytes: [dataStart, dataEnd) of the archive. */
  dataStart: number;
  dataEnd: number;
  isDirectory: boolean;
}

export type DirectoryRefusal = 'notZip' | 'corrupt' | 'unsupported' | 'unsafeName' | 'duplicateName' | 'tooManyEntries' | 'overlapping';

export type CentralDirectory = { ok: true; entries: ZipEntryRecord[] } | { ok: false; reason: DirectoryRefusal; name?: string; detail?: string };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** UTF-8 when the archive says so (bit 11) or when the bytes are valid UTF-8; otherwise Latin-1, as fflate reads it. */
function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  try {
    return utf8.decode(raw);
  } catch {
    return utf8Flag ? new TextDecoder('utf-8').decode(raw) : latin1.decode(raw);
  }
}

/** A name that could escape the folder it is extracted to, or that no file system accepts. */
export function isUnsafeName(name: string): boolean {
  if (name === '' || name.includes('\0')) return true;
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

function findEndOfCentralDirectory(b: Uint8Array, view: DataView): number {
  const last = b.length - EOCD_SIZE;
  for (let p = last; p >= 0 && p >= last - MAX_COMMENT; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE && p + EOCD_SIZE + view.getUint16(p + 20, true) === b.length) return p;
  }
  return -1;
}

export function readCentralDirectory(b: Uint8Array, maxEntries: number): CentralDirectory {
  if (b.length < EOCD_SIZE) return { ok: false, reason: 'notZip' };
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eocd = findEndOfCentralDirectory(b, view);
  if (eocd < 0) return { ok: false, reason: 'notZip' };
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const onDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if ((eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) || count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return { ok: false, reason: 'unsupported', detail: 'ZIP64形式' };
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) return { ok: false, reason: 'unsupported', detail: '分割されたZIP' };
  if (count > maxEntries) return { ok: false, reason: 'tooManyEntries' };
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) return { ok: false, reason: 'notZip' };

  const entries: (ZipEntryRecord & { localOffset: number })[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_HEADER_SIZE > cdEnd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'corrupt', detail: '目次' };
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const nameEnd = p + CENTRAL_HEADER_SIZE + nameLength;
    if (nameEnd > cdEnd) return { ok: false, reason: 'corrupt', detail: '目次' };
    const rawName = b.subarray(p + CENTRAL_HEADER_SIZE, nameEnd);
    const name = decodeName(rawName, (flags & 0x800) !== 0);
    p = nameEnd + extraLength + commentLength;
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localOffset === 0xffffffff) return { ok: false, reason: 'unsupported', name, detail: 'ZIP64形式' };
    if (isUnsafeName(name)) return { ok: false, reason: 'unsafeName', name };
    if (seen.has(name)) return { ok: false, reason: 'duplicateName', name };
    seen.add(name);

    // The local header repeats the name; its own lengths decide where the data starts.
    if (localOffset + LOCAL_HEADER_SIZE > cdOffset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return { ok: false, reason: 'corrupt', name };
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const localName = b.subarray(localOffset + LOCAL_HEADER_SIZE, localOffset + LOCAL_HEADER_SIZE + localNameLength);
    if (localName.length !== rawName.length || !localName.every((x, k) => x === rawName[k])) return { ok: false, reason: 'corrupt', name };
    const dataStart = localOffset + LOCAL_HEADER_SIZE + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) return { ok: false, reason: 'corrupt', name };
    entries.push({ name, method, flags, crc32, compressedSize, declaredSize, dataStart, dataEnd, isDirectory: name.endsWith('/'), localOffset });
  }

  // Each entry owns its bytes: a second entry pointing into the same data is the overlapping-bomb trick.
  const byOffset = [...entries].sort((x, y) => x.localOffset - y.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    const entry = byOffset[i]!;
    if (entry.localOffset < before.dataEnd) return { ok: false, reason: 'overlapping', name: entry.name };
  }
  return { ok: true, entries: entries.map(({ localOffset: _, ...e }) => e) };
}
