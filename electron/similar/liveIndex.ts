import { ApiFailure } from '../../shared/api/errors';
import type { SimilarMatch } from '../../shared/api/similarContract';
import type { ProgramId } from '../../shared/schemas/common';
import type { ApplicationContent } from '../../shared/schemas/application';
import type { Template } from '../../shared/templates/template';
import { SimilarCorpus } from '../../shared/similar/corpus';
import { describeMatch, type ApplicationMeta } from '../../shared/similar/describe';
import { applicationDoc, exampleSources, type ExampleSource } from '../../shared/similar/sources';
import type { SimilarDoc } from '../../shared/similar/types';
import { yieldToLoop } from '../store/sql/yieldToLoop';
import type { SqlStore } from '../store/sql/types';

/** Applications indexed per step of the first build; the event loop (saves) runs between steps. */
const BUILD_CHUNK = 250;

interface ContentRow {
  id: string;
  client_id: string;
  content: string;
}

/**
 * The fingerprints of every application in the database, in memory (see README.md for why not in a
 * table). Built on first use, in steps so the back end keeps answering saves meanwhile. Kept current
 * by revision rather than by hooks: before each query, one scan of (id, revision, updated_at) finds
 * what any write changed — a save, an import, a restore, a merged review, a move to another round, a
 * deletion, another advisor's save on the chamber's server — and re-indexes only that. The templates'
 * 記載例 are indexed beside the applications.
 */
export function createLiveSimilarIndex(sql: SqlStore, templates: () => readonly Template[]) {
  const examples = new Map<string, ExampleSource>();
  const docOf = (r: ContentRow): SimilarDoc => applicationDoc({ id: r.id, clientId: r.client_id, content: JSON.parse(r.content) as ApplicationContent });
  const one = (id: string) => sql.get<ContentRow>('SELECT id, client_id, content FROM applications WHERE id = ?', [id]);
  const corpus = new SimilarCorpus((id) => examples.get(id)?.doc);
  const version = (revision: number, updatedAt: string) => `${revision}|${updatedAt}`;

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
    let last = '';
    for (;;) {
      const rows = await sql.all<ContentRow & { revision: number; updated_at: string }>(
        'SELECT id, client_id, revision, updated_at, content FROM applications WHERE id > ? ORDER BY id LIMIT ?',
        [last, BUILD_CHUNK],
      );
      if (rows.length === 0) break;
      for (const r of rows) corpus.upsert(docOf(r), version(r.revision, r.updated_at));
      last = rows[rows.length - 1]!.id;
      await yieldToLoop();
    }
    corpus.compact();
    built = true;
  }

  /** SQLite: nothing was written since the last look when its change stamp is unchanged; then the scan is skipped. */
  let lastWrite: string | null = null;
  let seen = new Map<string, string>();
  /** Re-indexes what changed since the last look; returns every application (id → client). */
  async function sync(): Promise<Map<string, string>> {
    syncExamples();
    const write = sql.changeStamp();
    if (write !== null && write === lastWrite) return seen;
    // Answered from the covering index applications_revision on both backends.
    const rows = await sql.all<{ id: string; client_id: string; revision: number; updated_at: string }>('SELECT id, client_id, revision, updated_at FROM applications');
    const next = new Map<string, string>();
    for (const r of rows) {
      next.set(r.id, r.client_id);
      const v = version(r.revision, r.updated_at);
      if (corpus.version(r.id) === v) continue;
      const row = await one(r.id);
      if (row) corpus.upsert(docOf(row), v);
    }
    for (const id of corpus.ids()) if (!examples.has(id) && !next.has(id)) corpus.remove(id);
    seen = next;
    lastWrite = write;
    return seen;
  }

  const meta = async (id: string): Promise<ApplicationMeta | undefined> => {
    const r = await sql.get<{ id: string; title: string; program_id: ProgramId; template_id: string; client_name: string }>(
      'SELECT a.id, a.title, a.program_id, a.template_id, c.name AS client_name FROM applications a JOIN clients c ON c.id = a.client_id WHERE a.id = ?',
      [id],
    );
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
      const row = await one(applicationId);
      if (!row || clientId === undefined) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
      const self = (await meta(applicationId))!;
      const found = await corpus.findAsync(docOf(row), async (id) => {
        const r = await one(id);
        return r ? docOf(r) : undefined;
      });
      const metas = new Map<string, ApplicationMeta | undefined>();
      for (const m of found) if (m.otherKind === 'application' && !metas.has(m.otherId)) metas.set(m.otherId, await meta(m.otherId));
      const byId = new Map(templates().map((t) => [t.id, t]));
      const lookup = { template: (id: string) => byId.get(id), application: (id: string) => metas.get(id), example: (id: string) => examples.get(id) };
      const matches = found.flatMap((m) => describeMatch(m, self, lookup) ?? []);
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
