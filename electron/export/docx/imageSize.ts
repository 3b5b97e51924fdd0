/** Pixel size of PNG and JPEG images, read from their headers (no decoding). */

export interface ImageInfo {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function u16(data: Uint8Array, at: number): number {
  return ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);
}

function u32(data: Uint8Array, at: number): number {
  return (((data[at] ?? 0) << 24) | ((data[at + 1] ?? 0) << 16) | ((data[at + 2] ?? 0) << 8) | (data[at + 3] ?? 0)) >>> 0;
}

function readPng(data: Uint8Array): ImageInfo | undefined {
  // Signature, then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
  if (data.length < 24 || !PNG_SIGNATURE.every((b, i) => data[i] === b)) return undefined;
  if (String.fromCharCode(data[12] ?? 0, data[13] ?? 0, data[14] ?? 0, data[15] ?? 0) !== 'IHDR') return undefined;
  const width = u32(data, 16);
  const height = u32(data, 20);
  return width > 0 && height > 0 ? { format: 'png', width, height } : undefined;
}

/** Start-of-frame markers carry the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpeg(data: Uint8Array): ImageInfo | undefined {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 3 < data.length) {
    if (data[at] !== 0xff) return undefined;
    let marker = data[at + 1] ?? 0;
    // Fill bytes: any number of 0xFF before the marker.
    while (marker === 0xff && at + 2 < data.length) {
      at += 1;
      marker = data[at + 1] ?? 0;
    }
    // Markers without a length: TEM, RST0–7, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // EOI / SOS before any frame header
    const length = u16(data, at + 2);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (at + 9 > data.length) return undefined;
      const height = u16(data, at + 5);
      const width = u16(data, at + 7);
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : undefined;
    }
    at += 2 + length;
  }
  return undefined;
}

/** The image's format and pixel size from its bytes, whatever it claims to be; undefined if neither PNG nor JPEG. */
export function readImageInfo(data: Uint8Array): ImageInfo | undefined {
  return readPng(data) ?? readJpeg(data);
}
