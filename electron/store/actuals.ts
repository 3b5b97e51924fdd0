import { ApiFailure } from '../../shared/api/errors';
import { AftercareRecord, emptyAftercareRecord } from '../../shared/aftercare/schema';
import { STALE_MESSAGE } from '../../shared/schemas/revisions';
import type { SqlStore } from './sql/types';

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

type ActualsRow = { data: string; revision: number; updated_at: string };

/** What an application without recorded actuals has: an empty record at revision 0. */
export const noActuals = (): StoredActuals => ({ record: emptyAftercareRecord(), revision: 0, updatedAt: null });

export function createActualsRepo(sql: SqlStore) {
  const parse = (row: ActualsRow): StoredActuals => {
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

  const get = async (applicationId: string, lock = ''): Promise<StoredActuals> => {
    if (!(await sql.get('SELECT 1 AS x FROM applications WHERE id = ?', [applicationId]))) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    const row = await sql.get<ActualsRow>(`SELECT data, revision, updated_at FROM application_actuals WHERE application_id = ?${lock}`, [applicationId]);
    return row ? parse(row) : noActuals();
  };

  return {
    get: (applicationId: string) => get(applicationId),
    /** Replaces the record when `baseRevision` is the stored one (read and write in one write transaction). */
    save(applicationId: string, record: AftercareRecord, baseRevision: number, prepare?: (stored: StoredActuals) => AftercareRecord, now = new Date().toISOString()): Promise<StoredActuals> {
      return sql.tx(async () => {
        // The application's row is locked first, so two first saves (no actuals row yet) queue on it.
        await sql.get(`SELECT id FROM applications WHERE id = ?${sql.lock}`, [applicationId]);
        const cur = await get(applicationId, sql.lock);
        if (cur.revision > baseRevision) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
        const next = AftercareRecord.parse(prepare ? prepare(cur) : record);
        const revision = cur.revision + 1;
        await sql.run(
          `INSERT INTO application_actuals (application_id, data, revision, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (application_id) DO UPDATE SET data = excluded.data, revision = excluded.revision, updated_at = excluded.updated_at`,
          [applicationId, JSON.stringify(next), revision, now],
        );
        return { record: next, revision, updatedAt: now };
      });
    },
    /** Moves whenever a record is saved or deleted (revisions only grow): what is computed from all of them can be kept while it stays. */
    async signature(): Promise<string> {
      const a = await sql.get<{ n: number; s: number | null }>('SELECT count(*) AS n, sum(revision) AS s FROM application_actuals');
      return `${a?.n}|${a?.s}`;
    },
    /** Every saved record, by application id (the dashboard and the yearly counts). */
    async all(): Promise<Map<string, StoredActuals>> {
      const out = new Map<string, StoredActuals>();
      for (const row of await sql.all<ActualsRow & { application_id: string }>('SELECT application_id, data, revision, updated_at FROM application_actuals')) out.set(row.application_id, parse(row));
      return out;
    },
  };
}
export type ActualsRepo = ReturnType<typeof createActualsRepo>;
