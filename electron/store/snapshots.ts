import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import { Application } from '../../shared/schemas/application';
import { SNAPSHOT_KIND_NAMES, VersionSummary, type SnapshotKind } from '../../shared/schemas/snapshot';
import type { SqlStore } from './sql/types';

interface SummaryRow {
  id: string;
  application_id: string;
  kind: string;
  name: string;
  revision: number;
  created_at: string;
  created_by: string;
}

/** Versions of an application: each is the whole Application as it was (JSON), with who kept it. Never edited. */
export function createSnapshotsRepo(sql: SqlStore) {
  const toSummary = (r: SummaryRow): VersionSummary =>
    VersionSummary.parse({ id: r.id, applicationId: r.application_id, kind: r.kind, name: r.name, revision: r.revision, createdAt: r.created_at, ...(r.created_by ? { createdBy: r.created_by } : {}) });
  return {
    async take(app: Application, kind: SnapshotKind, name: string): Promise<VersionSummary> {
      const id = randomUUID();
      const at = new Date().toISOString();
      const label = name || SNAPSHOT_KIND_NAMES[kind];
      await sql.run(`INSERT INTO snapshots (id, application_id, seq, kind, name, revision, data, created_at, created_by)
         VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM snapshots WHERE application_id = ?), ?, ?, ?, ?, ?, ?)`,
        [id, app.id, app.id, kind, label, app.revision, JSON.stringify(app), at, sql.user],);
      return { id, applicationId: app.id, kind, name: label, revision: app.revision, createdAt: at, createdBy: sql.user };
    },
    async list(applicationId: string): Promise<VersionSummary[]> {
      const rows = await sql.all<SummaryRow>('SELECT id, application_id, kind, name, revision, created_at, created_by FROM snapshots WHERE application_id = ? ORDER BY created_at DESC, seq DESC', [applicationId]);
      return rows.map(toSummary);
    },
    async get(id: string): Promise<Application> {
      const row = await sql.get<{ data: string }>('SELECT data FROM snapshots WHERE id = ?', [id]);
      if (!row) throw new ApiFailure('NOT_FOUND', '指定された版が見つかりません。');
      return Application.parse(JSON.parse(row.data));
    },
  };
}
export type SnapshotsRepo = ReturnType<typeof createSnapshotsRepo>;
