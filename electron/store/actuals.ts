import { ApiFailure } from '../../shared/api/errors';
import { AftercareRecord, emptyAftercareRecord } from '../../shared/aftercare/schema';
import { STALE_MESSAGE } from '../../shared/schemas/revisions';
import { immediate, type Db } from './db';

/**
 * The actual figures of an adopted application (table application_actuals, migration 006): one
 * AftercareRecord per application, parsed with its zod schema on the way out and written only from
 * parsed values. Every write names the revision it was based on; a stale one is refused (CONFLICT).
 */
export interface StoredActuals {
  record: AftercareRecord;
  /** 0 while nothing is saved. */
  revision: number;
  updatedAt: string | null;
}

export function createActualsRepo(db: Db) {
  const byApp = db.prepare('SELECT data, revision, updated_at FROM application_actuals WHERE application_id = ?');
  const all = db.prepare('SELECT application_id, data, revision, updated_at FROM application_actuals');
  const appExists = db.prepare('SELECT 1 FROM applications WHERE id = ?');
  const upsert = db.prepare(`INSERT INTO application_actuals (application_id, data, revision, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (application_id) DO UPDATE SET data = excluded.data, revision = excluded.revision, updated_at = excluded.updated_at`);

  const parse = (row: { data: string; revision: number; updated_at: string }): StoredActuals => {
    let raw: unknown;
    try {
      raw = JSON.parse(row.data);
    } catch {
      raw = undefined;
    }
    const r = AftercareRecord.safeParse(raw);
    if (!r.success) throw new ApiFailure('INTERNAL', '保存されている採択後の実績を読み取れません。データベースが壊れている可能性があります。');
    return { record: r.data, revision: row.revision, updatedAt: row.updated_at };
  };

  const get = (applicationId: string): StoredActuals => {
    if (!appExists.get(applicationId)) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    const row = byApp.get(applicationId) as { data: string; revision: number; updated_at: string } | undefined;
    return row ? parse(row) : { record: emptyAftercareRecord(), revision: 0, updatedAt: null };
  };

  return {
    get,
    /** Replaces the record when `baseRevision` is the stored one (read and write in one write transaction). */
    save(applicationId: string, record: AftercareRecord, baseRevision: number, prepare?: (stored: StoredActuals) => AftercareRecord, now = new Date().toISOString()): StoredActuals {
      return immediate(db, () => {
        const cur = get(applicationId);
        if (cur.revision > baseRevision) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
        const next = AftercareRecord.parse(prepare ? prepare(cur) : record);
        const revision = cur.revision + 1;
        upsert.run(applicationId, JSON.stringify(next), revision, now);
        return { record: next, revision, updatedAt: now };
      });
    },
    /** Every saved record, by application id (the dashboard and the yearly counts). */
    all(): Map<string, StoredActuals> {
      const out = new Map<string, StoredActuals>();
      for (const row of all.all() as { application_id: string; data: string; revision: number; updated_at: string }[]) out.set(row.application_id, parse(row));
      return out;
    },
  };
}
export type ActualsRepo = ReturnType<typeof createActualsRepo>;
