import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import { Application } from '../../shared/schemas/application';
import type { Db } from './db';
import { SNAPSHOT_KIND_NAMES, VersionSummary, type SnapshotKind } from '../../shared/schemas/snapshot';


/** Versions of an application: each is the whole Application as it was (JSON). Never edited. */
export function createSnapshotsRepo(db: Db) {
  const insert = db.prepare('INSERT INTO snapshots (id, application_id, kind, name, data, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const list = db.prepare(`SELECT id, application_id, kind, name, json_extract(data, '$.revision') AS revision, created_at FROM snapshots WHERE application_id = ? ORDER BY created_at DESC, rowid DESC`);
  const byId = db.prepare('SELECT data FROM snapshots WHERE id = ?');
  const toSummary = (r: { id: string; application_id: string; kind: string; name: string; revision: number; created_at: string }): VersionSummary =>
    VersionSummary.parse({ id: r.id, applicationId: r.application_id, kind: r.kind, name: r.name, revision: r.revision, createdAt: r.created_at });
  return {
    take(app: Application, kind: SnapshotKind, name: string): VersionSummary {
      const id = randomUUID();
      const at = new Date().toISOString();
      insert.run(id, app.id, kind, name || SNAPSHOT_KIND_NAMES[kind], JSON.stringify(app), at);
      return { id, applicationId: app.id, kind, name: name || SNAPSHOT_KIND_NAMES[kind], revision: app.revision, createdAt: at };
    },
    list(applicationId: string): VersionSummary[] {
      return (list.all(applicationId) as Parameters<typeof toSummary>[0][]).map(toSummary);
    },
    get(id: string): Application {
      const row = byId.get(id) as { data: string } | undefined;
      if (!row) throw new ApiFailure('NOT_FOUND', '指定された版が見つかりません。');
      return Application.parse(JSON.parse(row.data));
    },
  };
}
export type SnapshotsRepo = ReturnType<typeof createSnapshotsRepo>;
