import { clusterHits, passageOf, promising, type Cluster, type Hit } from './passages';
import { PostingStore, type HashPostings } from './postings';
import { docFingerprints, fieldAt, fieldByLayout, layoutOf, prepareDoc, type PreparedField } from './prepare';
import { BOILERPLATE_MIN_CLIENTS, BOILERPLATE_SHARE, MAX_CANDIDATES, MAX_MATCHES, MIN_SHARED_FINGERPRINTS } from './thresholds';
import type { PassageMatch, SimilarDoc, SimilarDocKind } from './types';

interface SlotInfo {
  id: string;
  group: string;
  /** The client's number for counting clients; -1 for a template example (never boilerplate evidence). */
  groupNo: number;
  kind: SimilarDocKind;
  /** Where its fields lie in its positions (see prepare.ts). */
  layout: Uint32Array;
}

/**
 * Every document's fingerprints, updated one document at a time, and the query "which passages of
 * this document read like another group's document". The texts themselves are not kept: `load`
 * gives a document back (from the database, or from memory) for the few a query examines closely,
 * and must give the version last passed to `upsert`.
 */
export class SimilarCorpus {
  private store = new PostingStore();
  private slots: SlotInfo[] = [];
  private byId = new Map<string, { slot: number; version: string }>();
  /** Application groups (clients) → number of their documents; its size scales the boilerplate cut. */
  private groups = new Map<string, number>();
  private groupNos = new Map<string, number>();

  constructor(private readonly load: (id: string) => SimilarDoc | undefined) {}

  get size(): number {
    return this.byId.size;
  }

  version(id: string): string | undefined {
    return this.byId.get(id)?.version;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Adds or replaces a document (its old fingerprints stop counting at once). */
  upsert(doc: SimilarDoc, version = ''): void {
    this.remove(doc.id);
    const slot = this.slots.length;
    let groupNo = -1;
    if (doc.kind === 'application') {
      groupNo = this.groupNos.get(doc.group) ?? this.groupNos.size;
      this.groupNos.set(doc.group, groupNo);
    }
    const prepared = prepareDoc(doc);
    this.slots.push({ id: doc.id, group: doc.group, groupNo, kind: doc.kind, layout: layoutOf(prepared) });
    const fp = docFingerprints(prepared);
    this.store.add(slot, fp.hashes, fp.positions);
    this.byId.set(doc.id, { slot, version });
    if (doc.kind === 'application') this.groups.set(doc.group, (this.groups.get(doc.group) ?? 0) + 1);
  }

  remove(id: string): void {
    const e = this.byId.get(id);
    if (!e) return;
    this.store.kill(e.slot);
    this.byId.delete(id);
    const info = this.slots[e.slot]!;
    if (info.kind === 'application') {
      const n = (this.groups.get(info.group) ?? 1) - 1;
      if (n > 0) this.groups.set(info.group, n);
      else this.groups.delete(info.group);
    }
  }

  /** Sorts pending fingerprints into the main index now (otherwise the next query does it when due). */
  compact(): void {
    this.store.compact();
  }

  memory(): { postings: number; bytes: number } {
    const s = this.store.size;
    return { postings: s.main + s.tail - s.dead, bytes: s.bytes };
  }

  /** Fingerprints shared by more clients than this are boilerplate. */
  boilerplateCut(): number {
    return Math.max(BOILERPLATE_MIN_CLIENTS, Math.ceil(BOILERPLATE_SHARE * this.groups.size));
  }

  /**
   * Passages of `doc` that read like a passage of another group's document (applications of other
   * clients, template examples). `doc` need not be in the corpus; if it is, it is never its own match.
   */
  find(doc: SimilarDoc): PassageMatch[] {
    const { q, candidates } = this.rank(doc);
    return this.passages(q, candidates, this.load);
  }

  /** As `find`, reading the few documents it examines closely with an async `load` (a database query). */
  async findAsync(doc: SimilarDoc, load: (id: string) => Promise<SimilarDoc | undefined>): Promise<PassageMatch[]> {
    const { q, candidates } = this.rank(doc);
    const docs = new Map<string, SimilarDoc | undefined>();
    for (const c of candidates) {
      const id = this.slots[c.slot]!.id;
      docs.set(id, this.load(id) ?? (await load(id)));
    }
    return this.passages(q, candidates, (id) => docs.get(id));
  }

  /** The documents sharing enough non-boilerplate fingerprints with `doc`, strongest first. */
  private rank(doc: SimilarDoc) {
    this.store.maybeCompact();
    const q = prepareDoc(doc);
    const fp = docFingerprints(q);
    const postings = this.store.lookup(fp.hashes);
    const cut = this.boilerplateCut();
    const selfSlot = this.byId.get(doc.id)?.slot ?? -1;
    const selfGroup = doc.kind === 'application' ? (this.groupNos.get(doc.group) ?? -2) : -2;
    const excluded = (slot: number) => slot === selfSlot || this.slots[slot]!.groupNo === selfGroup;

    // Evidence: the query's fingerprints that are not boilerplate, with their postings.
    const evidence: { q: number; hp: HashPostings }[] = [];
    for (let i = 0; i < fp.hashes.length; i++) {
      const hp = postings.get(fp.hashes[i]!);
      if (hp && !this.isBoilerplate(hp, cut)) evidence.push({ q: fp.positions[i]!, hp });
    }
    // Count shared fingerprints per document first (no allocation), then collect hits for the few
    // documents sharing enough of them.
    if (this.counts.length < this.slots.length) this.counts = new Uint32Array(this.slots.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const { hp } of evidence) {
      this.store.each(hp, (slot) => {
        if (excluded(slot)) return;
        const n = counts[slot]!;
        counts[slot] = n + 1;
        if (n === 0) touched.push(slot);
      });
    }
    const hitsBySlot = new Map<number, Hit[]>();
    for (const slot of touched) if (counts[slot]! >= MIN_SHARED_FINGERPRINTS) hitsBySlot.set(slot, []);
    for (const slot of touched) counts[slot] = 0;
    if (hitsBySlot.size > 0) {
      for (const { q, hp } of evidence) {
        this.store.each(hp, (slot, pos) => {
          hitsBySlot.get(slot)?.push({ q, o: pos });
        });
      }
    }

    const weight = (cs: Cluster[]) => cs.reduce((n, c) => n + c.count, 0);
    const candidates = [...hitsBySlot.entries()]
      .map(([slot, hits]) => ({ slot, clusters: clusterHits(hits).filter(promising) }))
      .filter((c) => c.clusters.length > 0)
      .sort((a, b) => weight(b.clusters) - weight(a.clusters))
      .slice(0, MAX_CANDIDATES);
    return { q, candidates };
  }

  private passages(q: ReturnType<typeof prepareDoc>, candidates: { slot: number; clusters: Cluster[] }[], load: (id: string) => SimilarDoc | undefined): PassageMatch[] {
    const out: PassageMatch[] = [];
    for (const { slot, clusters } of candidates) {
      const info = this.slots[slot]!;
      const other = load(info.id);
      if (!other) continue;
      const fields = new Map<number, PreparedField | undefined>();
      for (const c of clusters) {
        const qf = fieldAt(q, c.qMin);
        const at = fieldIndexAt(info.layout, c.oMin);
        if (!fields.has(at)) fields.set(at, fieldByLayout(other, info.layout, c.oMin));
        const of = fields.get(at);
        const p = qf && of && passageOf(qf, of, c);
        if (p) out.push({ otherId: info.id, otherKind: info.kind, ...p });
      }
    }
    return strongestFirst(dropRepeatedExamples(out)).slice(0, MAX_MATCHES);
  }

  private counts = new Uint32Array(0);

  /** More clients than the cut hold it: distinct clients are counted until the cut is passed. */
  private isBoilerplate(hp: HashPostings, cut: number): boolean {
    if (PostingStore.count(hp) <= cut) return false; // each client holds at least one posting
    const clients = new Set<number>();
    this.store.each(hp, (slot) => {
      const g = this.slots[slot]!.groupNo;
      if (g >= 0) clients.add(g);
      return clients.size <= cut;
    });
    return clients.size > cut;
  }
}

/** Start offset of the layout entry holding a position (a key per field). */
function fieldIndexAt(layout: Uint32Array, pos: number): number {
  for (let i = 0; i < layout.length; i += 3) if (pos >= layout[i + 1]! && pos < layout[i + 1]! + layout[i + 2]!) return layout[i]!;
  return -1;
}

const strength = (m: PassageMatch) => m.similarity * m.chars;
const strongestFirst = (ms: PassageMatch[]) => [...ms].sort((a, b) => strength(b) - strength(a) || a.otherId.localeCompare(b.otherId) || a.here.start - b.here.start);

/** One example per passage: the rounds of a program carry near-identical examples; keep the closest. */
function dropRepeatedExamples(ms: PassageMatch[]): PassageMatch[] {
  const examples = strongestFirst(ms.filter((m) => m.otherKind === 'example'));
  const kept: PassageMatch[] = [];
  for (const m of examples) {
    const overlaps = kept.some(
      (k) => k.here.sectionId === m.here.sectionId && k.here.fieldId === m.here.fieldId && Math.min(k.here.end, m.here.end) - Math.max(k.here.start, m.here.start) > (m.here.end - m.here.start) / 2,
    );
    if (!overlaps) kept.push(m);
  }
  return [...ms.filter((m) => m.otherKind !== 'example'), ...kept];
}
