/**
 * Fingerprints of a normalised text: hashes of character n-grams, thinned by winnowing (Schleimer,
 * Wilkerson & Aiken 2003) so that any common run of at least GUARANTEE_CHARS normalised characters
 * yields at least one common fingerprint, at a density of about 2 / (WINDOW + 1) per character.
 */

/**
 * n-gram length in normalised characters. Japanese carries a word in 2–3 characters, so 8 characters
 * are 3–4 words: long enough that two unrelated plans on the same topic rarely share one by chance
 * (「売上高の増加を」 is 7), short enough that a copy with a word changed every 15–20 characters still
 * shares runs of this length.
 */
export const SHINGLE_CHARS = 8;
/** Winnowing window (in n-grams): one fingerprint per window at least, ≈ 0.15 per character. */
export const WINDOW = 12;
/** A common run of this many normalised characters always yields a common fingerprint. */
export const GUARANTEE_CHARS = SHINGLE_CHARS + WINDOW - 1;

const BASE = 0x01000193; // odd multiplier of the polynomial rolling hash (FNV prime)

/** murmur3's finaliser: spreads the rolling hash so that "minimum in a window" is a fair pick. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of every n-gram starting at 0 … length − SHINGLE_CHARS (deterministic, 32-bit). */
export function shingleHashes(text: string, k = SHINGLE_CHARS): Uint32Array {
  const n = text.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  let pow = 1; // BASE^(k-1) mod 2^32
  for (let i = 1; i < k; i++) pow = Math.imul(pow, BASE);
  const out = new Uint32Array(n);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  out[0] = mix(h);
  for (let i = 1; i < n; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), pow), BASE) + text.charCodeAt(i + k - 1)) | 0;
    out[i] = mix(h);
  }
  return out;
}

export interface Fingerprints {
  hashes: Uint32Array;
  /** Start of the n-gram in the normalised text. */
  positions: Uint32Array;
}

/**
 * Robust winnowing: in each window of WINDOW consecutive n-gram hashes, the minimum (the rightmost
 * one on a tie) is selected; a selection is recorded once. Texts shorter than one window give their
 * minimum.
 */
export function winnow(hashes: Uint32Array, w = WINDOW): Fingerprints {
  const n = hashes.length;
  const hs: number[] = [];
  const ps: number[] = [];
  if (n === 0) return { hashes: new Uint32Array(0), positions: new Uint32Array(0) };
  const width = Math.min(w, n);
  let min = -1;
  for (let right = width - 1; right < n; right++) {
    const left = right - width + 1;
    if (min < left) {
      // The previous minimum left the window: scan it again (amortised O(1) for random hashes).
      min = left;
      for (let i = left + 1; i <= right; i++) if (hashes[i]! <= hashes[min]!) min = i;
      hs.push(hashes[min]!);
      ps.push(min);
    } else if (hashes[right]! <= hashes[min]!) {
      min = right;
      hs.push(hashes[min]!);
      ps.push(min);
    }
  }
  return { hashes: Uint32Array.from(hs), positions: Uint32Array.from(ps) };
}

export function fingerprint(normalized: string): Fingerprints {
  return winnow(shingleHashes(normalized));
}
