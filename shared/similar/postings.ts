/**
 * The inverted index of fingerprints, in typed arrays (12 bytes a posting; a Map entry per hash would
 * cost ~40 bytes and millions of objects): `main`, sorted by hash and searched by bisection, and `tail`,
 * the postings added since the last compaction, scanned once per query against the query's own hashes.
 * A removed or re-indexed document only marks its slot dead; compaction (a radix sort) drops its
 * postings and folds the tail into main once the tail outgrows COMPACT_MIN and a tenth of main.
 */

/** Tail size below which a query scans the tail rather than sorting it in (≈ 1 ms per 100,000). */
export const COMPACT_MIN = 100_000;

class Column {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

export interface Posting {
  slot: number;
  pos: number;
}

export class PostingStore {
  private mainHash = new Uint32Array(0);
  private mainSlot = new Uint32Array(0);
  private mainPos = new Uint32Array(0);
  private tailHash = new Column();
  private tailSlot = new Column();
  private tailPos = new Column();
  /** 1 = the slot's postings are current. */
  private alive = new Uint8Array(1024);
  private deadPostings = 0;
  private slotSize: number[] = [];

  add(slot: number, hashes: Uint32Array, positions: Uint32Array): void {
    if (slot >= this.alive.length) {
      const next = new Uint8Array(Math.max(slot + 1, this.alive.length * 2));
      next.set(this.alive);
      this.alive = next;
    }
    this.alive[slot] = 1;
    this.slotSize[slot] = hashes.length;
    for (let i = 0; i < hashes.length; i++) {
      this.tailHash.push(hashes[i]!);
      this.tailSlot.push(slot);
      this.tailPos.push(positions[i]!);
    }
  }

  kill(slot: number): void {
    if (this.alive[slot] !== 1) return;
    this.alive[slot] = 0;
    this.deadPostings += this.slotSize[slot] ?? 0;
  }

  isAlive(slot: number): boolean {
    return this.alive[slot] === 1;
  }

  get size(): { main: number; tail: number; dead: number; bytes: number } {
    return { main: this.mainHash.length, tail: this.tailHash.length, dead: this.deadPostings, bytes: 12 * (this.mainHash.length + this.tailHash.data.length) + this.alive.length };
  }

  /** Compacts when the tail or the dead postings have grown past what a query should scan. */
  maybeCompact(): void {
    const limit = Math.max(COMPACT_MIN, this.mainHash.length / 10);
    if (this.tailHash.length > limit || this.deadPostings > limit) this.compact();
  }

  /** Main ∪ tail, without dead slots, sorted by hash (LSD radix sort on two 16-bit digits). */
  compact(): void {
    const count = this.mainHash.length + this.tailHash.length;
    let h = new Uint32Array(count);
    let s = new Uint32Array(count);
    let p = new Uint32Array(count);
    let n = 0;
    const copy = (hs: Uint32Array, ss: Uint32Array, ps: Uint32Array) => {
      for (let i = 0; i < hs.length; i++) {
        if (this.alive[ss[i]!] !== 1) continue;
        h[n] = hs[i]!;
        s[n] = ss[i]!;
        p[n] = ps[i]!;
        n++;
      }
    };
    copy(this.mainHash, this.mainSlot, this.mainPos);
    copy(this.tailHash.view(), this.tailSlot.view(), this.tailPos.view());
    let h2 = new Uint32Array(n);
    let s2 = new Uint32Array(n);
    let p2 = new Uint32Array(n);
    const counts = new Uint32Array(0x10000);
    for (const shift of [0, 16]) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[(h[i]! >>> shift) & 0xffff]!++;
      let sum = 0;
      for (let b = 0; b < 0x10000; b++) {
        const c = counts[b]!;
        counts[b] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const d = counts[(h[i]! >>> shift) & 0xffff]!++;
        h2[d] = h[i]!;
        s2[d] = s[i]!;
        p2[d] = p[i]!;
      }
      [h, h2] = [h2, h];
      [s, s2] = [s2, s];
      [p, p2] = [p2, p];
    }
    this.mainHash = h.subarray(0, n);
    this.mainSlot = s.subarray(0, n);
    this.mainPos = p.subarray(0, n);
    this.tailHash = new Column();
    this.tailSlot = new Column();
    this.tailPos = new Column();
    this.deadPostings = 0;
  }

  /**
   * Where the postings of each wanted hash are: a range of main (found by bisection) and the tail's
   * (one scan). Hashes with no posting are left out. Dead slots are skipped when iterating.
   */
  lookup(wanted: Iterable<number>): Map<number, HashPostings> {
    const out = new Map<number, HashPostings>();
    const mh = this.mainHash;
    for (const hash of wanted) {
      if (out.has(hash)) continue;
      let lo = 0;
      let hi = mh.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (mh[mid]! < hash) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < mh.length && mh[end] === hash) end++;
      out.set(hash, { lo, hi: end, tail: [] });
    }
    const th = this.tailHash.view();
    const ts = this.tailSlot.view();
    const tp = this.tailPos.view();
    for (let i = 0; i < th.length; i++) {
      const hp = out.get(th[i]!);
      if (hp && this.alive[ts[i]!] === 1) hp.tail.push({ slot: ts[i]!, pos: tp[i]! });
    }
    for (const [hash, hp] of out) if (hp.lo === hp.hi && hp.tail.length === 0) out.delete(hash);
    return out;
  }

  /** At least the number of live postings (dead ones in main are counted until compaction). */
  static count(hp: HashPostings): number {
    return hp.hi - hp.lo + hp.tail.length;
  }

  /** Each live posting; stops when `fn` returns false. */
  each(hp: HashPostings, fn: (slot: number, pos: number) => boolean | void): void {
    for (let i = hp.lo; i < hp.hi; i++) {
      const slot = this.mainSlot[i]!;
      if (this.alive[slot] === 1 && fn(slot, this.mainPos[i]!) === false) return;
    }
    for (const p of hp.tail) if (fn(p.slot, p.pos) === false) return;
  }
}

export interface HashPostings {
  lo: number;
  hi: number;
  tail: Posting[];
}
