import { ApiFailure } from '../../shared/api/errors';
import type { SimilarMatch } from '../../shared/api/similarContract';
import type { ProgramId } from '../../shared/schemas/common';
import type { ApplicationContent } from '../../shared/schemas/application';
import type { Template } from '../../shared/templates/template';
import { SimilarCorpus } from '../../shared/similar/corpus';
import { describeMatch, type ApplicationMeta } from '../../shared/similar/describe';
import { applicationDoc, exampleSources, type ExampleSource } from '../../shared/similar/sources';
import type { SimilarDoc } from '../../shared/similar/types';
import type { Db } from '../store/db';

/** Applications indexed per step of the first build; the event loop (saves) runs between steps. */
const BUILD_CHUNK = 250;

interface VersionRow {
  revision: number;
  updated_at: string;
}

/**
 * The fingerprints of every application in the database, in memory (see README.md for why not in a
 * table). Built on first use, in steps so the back end keeps answering saves meanwhile. Kept current
 * by revision rather than by hooks: before each query, one scan of (id, revision, updated_at) finds
 * what any write changed — a save, an import, a restore, a merged review, a move to another round, a
 * deletion — and re-indexes only that. The templates' 記載例 are indexed beside the applications.
 */
export function createLiveSimilarIndex(db: Db, templates: () => readonly Template[]) {
  // Answered from the covering index of migration 005; rows as arrays (no object per row).
  const versionsStmt = db.prepare('SELECT id, client_id, revision, updated_at FROM applications').raw(true);
  const changesStmt = db.prepare('SELECT total_changes() AS n').pluck(true);
  const oneStmt = db.prepare('SELECT id, client_id, content FROM applications WHERE id = ?');
  const chunkStmt = db.prepare('SELECT rowid AS rowid, id, client_id, revision, updated_at, content FROM applications WHERE rowid > ? ORDER BY rowid LIMIT ?');
  const metaStmt = db.prepare('SELECT a.id, a.title, a.program_id, a.template_id, c.name AS client_name FROM applications a JOIN clients c ON c.id = a.client_id WHERE a.id = ?');

  const examples = new Map<string, ExampleSource>();
  const docOf = (r: { id: string; client_id: string; content: string }): SimilarDoc => applicationDoc({ id: r.id, clientId: r.client_id, content: JSON.parse(r.content) as ApplicationContent });
  const corpus = new SimilarCorpus((id) => {
    const ex = examples.get(id);
    if (ex) return ex.doc;
    const row = oneStmt.get(id) as { id: string; client_id: string; content: string } | undefined;
    return row ? docOf(row) : undefined;
  });
  const version = (r: Pick<VersionRow, 'revision' | 'updated_at'>) => `${r.revision}|${r.updated_at}`;

  let exampleKey: string | undefined;
  /** The 記載例 of the loaded templates (a round added in the app brings its own). */
  function syncExamples(): void {
    const ts = templates();
    const key = ts.map((t) => t.id).join('\n');
    if (key === exampleKey) return;
    for (const id of examples.keys()) corpus.remove(id);
    examples.clear();
    for (const ex of exampleSources(ts)) {
      examples.set(ex.doc.id, ex);
      corpus.upsert(ex.doc);
    }
    exampleKey = key;
  }

  let built = false;
  let building: Promise<void> | undefined;
  async function build(): Promise<void> {
    let last = 0;
    for (;;) {
      const rows = chunkStmt.all(last, BUILD_CHUNK) as (VersionRow & { rowid: number; id: string; client_id: string; content: string })[];
      if (rows.length === 0) break;
      for (const r of rows) corpus.upsert(docOf(r), version(r));
      last = rows[rows.length - 1]!.rowid;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    corpus.compact();
    built = true;
  }

  /**
   * Nothing was written since the last look when this connection's change counter and the file's
   * data_version (another connection's commits) are both unchanged: then the scan is skipped.
   */
  let lastWrite = '';
  let seen = new Map<string, string>();
  /** Re-indexes what changed since the last look; returns every application (id → client). */
  function sync(): Map<string, string> {
    syncExamples();
    const write = `${String(changesStmt.get())}|${String(db.pragma('data_version', { simple: true }))}`;
    if (write === lastWrite) return seen;
    const rows = versionsStmt.all() as [string, string, number, string][];
    const next = new Map<string, string>();
    for (const [id, clientId, revision, updatedAt] of rows) {
      next.set(id, clientId);
      const v = version({ revision, updated_at: updatedAt });
      if (corpus.version(id) === v) continue;
      const row = oneStmt.get(id) as { id: string; client_id: string; content: string } | undefined;
      if (row) corpus.upsert(docOf(row), v);
    }
    for (const id of corpus.ids()) if (!examples.has(id) && !next.has(id)) corpus.remove(id);
    seen = next;
    lastWrite = write;
    return seen;
  }

  const meta = (id: string): ApplicationMeta | undefined => {
    const r = metaStmt.get(id) as { id: string; title: string; program_id: ProgramId; template_id: string; client_name: string } | undefined;
    return r && { id: r.id, title: r.title, clientName: r.client_name, programId: r.program_id, templateId: r.template_id };
  };

  return {
    /** Builds the index (once) and brings it up to date with the database. */
    async refresh(): Promise<Map<string, string>> {
      if (!built) {
        building ??= build().finally(() => (building = undefined));
        await building;
      }
      return sync();
    },
    /** The passages of one application that read like another client's (or a 記載例), described. */
    async find(applicationId: string): Promise<{ matches: SimilarMatch[]; compared: number }> {
      const seen = await this.refresh();
      const clientId = seen.get(applicationId);
      const row = oneStmt.get(applicationId) as { id: string; client_id: string; content: string } | undefined;
      if (!row || clientId === undefined) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
      const self = meta(applicationId)!;
      const byId = new Map(templates().map((t) => [t.id, t]));
      const lookup = { template: (id: string) => byId.get(id), application: meta, example: (id: string) => examples.get(id) };
      const matches = corpus.find(docOf(row)).flatMap((m) => describeMatch(m, self, lookup) ?? []);
      let compared = 0;
      for (const c of seen.values()) if (c !== clientId) compared++;
      return { matches, compared };
    },
    stats: () => ({ documents: corpus.size, ...corpus.memory() }),
    /** Folds re-indexed documents into the sorted index now (otherwise a query does when due). */
    compact: () => corpus.compact(),
  };
}
export type LiveSimilarIndex = ReturnType<typeof createLiveSimilarIndex>;
