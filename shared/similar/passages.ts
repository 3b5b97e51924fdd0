import { GUARANTEE_CHARS, SHINGLE_CHARS } from './fingerprint';
import { originalSpan } from './normalize';
import type { PreparedField } from './prepare';
import { MERGE_GAP, MIN_PASSAGE_CHARS, MIN_SHARED_FINGERPRINTS, MIN_SIMILARITY } from './thresholds';
import type { PassageMatch, PassageSide } from './types';

/** A shared fingerprint: its position in the query document and in the other one. */
export interface Hit {
  q: number;
  o: number;
}

export interface Cluster {
  qMin: number;
  qMax: number;
  oMin: number;
  oMax: number;
  /** Distinct query positions (a phrase repeated on the other side counts once). */
  count: number;
}

/** Three distinct query positions within 2 × MERGE_GAP: without them no cluster can reach MIN_SHARED_FINGERPRINTS. */
function dense(sorted: Hit[]): boolean {
  const qs: number[] = [];
  for (const h of sorted) if (qs.length === 0 || qs[qs.length - 1] !== h.q) qs.push(h.q);
  for (let i = 0; i + MIN_SHARED_FINGERPRINTS - 1 < qs.length; i++) if (qs[i + MIN_SHARED_FINGERPRINTS - 1]! - qs[i]! <= 2 * MERGE_GAP) return true;
  return false;
}

/** Clusters still open to a hit are among the most recent few (they are made in query order). */
const OPEN_CLUSTERS = 8;

/**
 * Groups hits into passages: a hit joins a passage when it is within MERGE_GAP of it on both sides
 * (not necessarily in the same order, so two swapped sentences stay one passage).
 */
export function clusterHits(hits: Hit[]): Cluster[] {
  let sorted = hits;
  for (let i = 1; i < hits.length; i++) {
    if (hits[i]!.q < hits[i - 1]!.q) {
      sorted = [...hits].sort((a, b) => a.q - b.q || a.o - b.o);
      break;
    }
  }
  if (!dense(sorted)) return [];
  const clusters: (Cluster & { lastQ: number })[] = [];
  for (const h of sorted) {
    let c: (Cluster & { lastQ: number }) | undefined;
    for (let k = clusters.length - 1; k >= 0 && k >= clusters.length - OPEN_CLUSTERS; k--) {
      const x = clusters[k]!;
      if (x.qMax >= h.q - MERGE_GAP && h.o >= x.oMin - MERGE_GAP && h.o <= x.oMax + MERGE_GAP) {
        c = x;
        break;
      }
    }
    if (c) {
      if (c.lastQ !== h.q) c.count++;
      c.lastQ = h.q;
      c.qMax = Math.max(c.qMax, h.q);
      c.oMin = Math.min(c.oMin, h.o);
      c.oMax = Math.max(c.oMax, h.o);
    } else clusters.push({ qMin: h.q, qMax: h.q, oMin: h.o, oMax: h.o, count: 1, lastQ: h.q });
  }
  // A lone hit the first pass left alone cannot make a passage; joining the others is what matters.
  return mergeNear(clusters.filter((c) => c.count > 1).map(({ lastQ: _lastQ, ...c }) => c));
}

/** Joins passages within MERGE_GAP of each other on both sides (a swapped sentence seen whole). */
function mergeNear(clusters: Cluster[]): Cluster[] {
  const gap = (aMin: number, aMax: number, bMin: number, bMax: number) => Math.max(0, Math.max(aMin, bMin) - Math.min(aMax, bMax));
  let out = clusters;
  for (let merged = out.length > 1; merged; ) {
    merged = false;
    const next: Cluster[] = [];
    for (const c of [...out].sort((a, b) => a.qMin - b.qMin)) {
      const near = next.find((x) => gap(x.qMin, x.qMax, c.qMin, c.qMax) <= MERGE_GAP && gap(x.oMin, x.oMax, c.oMin, c.oMax) <= MERGE_GAP);
      if (!near) {
        next.push({ ...c });
        continue;
      }
      merged = true;
      near.qMin = Math.min(near.qMin, c.qMin);
      near.qMax = Math.max(near.qMax, c.qMax);
      near.oMin = Math.min(near.oMin, c.oMin);
      near.oMax = Math.max(near.oMax, c.oMax);
      near.count += c.count;
    }
    out = next;
  }
  return out;
}

/** Clusters that may become a passage: enough shared fingerprints over enough text. */
export const promising = (c: Cluster) => c.count >= MIN_SHARED_FINGERPRINTS && c.qMax - c.qMin + SHINGLE_CHARS >= MIN_PASSAGE_CHARS / 2;

const GRAM = 4;

/** Dice coefficient of the sets of character 4-grams: order of sentences does not matter, edits cost 4 grams each. */
export function diceSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const set = new Set<string>();
    for (let i = 0; i + GRAM <= s.length; i++) set.add(s.slice(i, i + GRAM));
    return set;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size + gb.size === 0) return a === b ? 1 : 0;
  let common = 0;
  for (const g of ga) if (gb.has(g)) common++;
  return (2 * common) / (ga.size + gb.size);
}

/** Marks shown with the passage they open or end (「【概要】…減らす。」 rather than 「概要…減らす」). */
const OPENING = /^[「『（(【〔]$/u;
const CLOSING = /^[。．.！!？?」』）)】〕]$/u;

function side(f: PreparedField, from: number, to: number): PassageSide {
  const { start: first, end: last } = originalSpan(f.norm, from, to);
  let start = first;
  while (start > 0 && start > first - 2 && OPENING.test(f.field.text[start - 1]!)) start--;
  let end = last;
  while (end < f.field.text.length && end < last + 2 && CLOSING.test(f.field.text[end]!)) end++;
  return { sectionId: f.field.sectionId, fieldId: f.field.fieldId, start, end, text: f.field.text.slice(start, end) };
}

/**
 * The passage of a cluster: from the first to the last shared n-gram, extended while both texts go on
 * alike, kept when long and similar enough.
 */
export function passageOf(qf: PreparedField, of: PreparedField, c: Cluster): Omit<PassageMatch, 'otherId' | 'otherKind'> | undefined {
  if (c.oMax >= of.offset + of.norm.text.length || c.qMax >= qf.offset + qf.norm.text.length) return undefined;
  const qt = qf.norm.text;
  const ot = of.norm.text;
  let qs = c.qMin - qf.offset;
  let qe = Math.min(qt.length, c.qMax - qf.offset + SHINGLE_CHARS);
  let os = c.oMin - of.offset;
  let oe = Math.min(ot.length, c.oMax - of.offset + SHINGLE_CHARS);
  for (let k = 0; k < GUARANTEE_CHARS && qs > 0 && os > 0 && qt[qs - 1] === ot[os - 1]; k++) {
    qs--;
    os--;
  }
  for (let k = 0; k < GUARANTEE_CHARS && qe < qt.length && oe < ot.length && qt[qe] === ot[oe]; k++) {
    qe++;
    oe++;
  }
  if (Math.min(qe - qs, oe - os) < MIN_PASSAGE_CHARS) return undefined;
  const similarity = diceSimilarity(qt.slice(qs, qe), ot.slice(os, oe));
  if (similarity < MIN_SIMILARITY) return undefined;
  return { here: side(qf, qs, qe), there: side(of, os, oe), similarity, chars: qe - qs };
}
