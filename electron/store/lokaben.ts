import { z } from 'zod';
import { ApiFailure } from '../../shared/api/errors';
import { LokabenPart, LokabenShoken, type LokabenRecord } from '../../shared/api/lokabenContract';
import { ClientFinancials, HizaimuAnswers, IndustryId } from '../../shared/lokaben/schema';
import { KiboId, ShobunruiId } from '../../shared/lokaben/officialIndustries';
import type { SqlStore } from './sql/types';
import { partRevision, STALE_MESSAGE } from '../../shared/schemas/revisions';

/**
 * The client-level ローカルベンチマーク record (table client_lokaben, migration 002): one row per client,
 * deleted with the client (ON DELETE CASCADE). JSON columns are parsed with the zod schemas on the way
 * out and written only from parsed values. The 所見 travels in the hizaimu column next to the answers.
 * The official table's 小分類 and size (migration 004) are columns of their own, next to industry_id.
 */
const StoredHizaimu = HizaimuAnswers.extend({ shoken: LokabenShoken.default('') });

interface LokabenRow {
  client_id: string;
  industry_id: string | null;
  shobunrui_id: string | null;
  size: string | null;
  financials: string;
  hizaimu: string;
  part_revisions: string;
  updated_at: string;
}

export interface LokabenPatch {
  industryId?: IndustryId | null;
  shobunruiId?: ShobunruiId | null;
  size?: KiboId | null;
  financials?: ClientFinancials;
  hizaimu?: HizaimuAnswers;
  shoken?: string;
}

export function emptyLokaben(clientId: string): LokabenRecord {
  return { clientId, industryId: null, shobunruiId: null, size: null, financials: ClientFinancials.parse({}), hizaimu: HizaimuAnswers.parse({}), shoken: '', revisions: {}, updatedAt: null };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rowToRecord(row: LokabenRow): LokabenRecord {
  const industry = IndustryId.nullable().safeParse(row.industry_id);
  const shobunrui = ShobunruiId.nullable().safeParse(row.shobunrui_id);
  const size = KiboId.nullable().safeParse(row.size);
  const financials = ClientFinancials.safeParse(parseJson(row.financials));
  const hizaimu = StoredHizaimu.safeParse(parseJson(row.hizaimu));
  if (!industry.success || !shobunrui.success || !size.success || !financials.success || !hizaimu.success) {
    throw new ApiFailure('INTERNAL', '保存されているローカルベンチマークのデータを読み取れません。データベースが壊れている可能性があります。');
  }
  const { shoken, ...answers } = hizaimu.data;
  return { clientId: row.client_id, industryId: industry.data, shobunruiId: shobunrui.data, size: size.data, financials: financials.data, hizaimu: answers, shoken, revisions: JSON.parse(row.part_revisions) as Record<string, number>, updatedAt: row.updated_at };
}

const COLUMNS = 'client_id, industry_id, shobunrui_id, size, financials, hizaimu, part_revisions, updated_at';

export function createLokabenRepo(sql: SqlStore) {
  const find = async (clientId: string, lock = ''): Promise<LokabenRecord | undefined> => {
    const row = await sql.get<LokabenRow>(`SELECT ${COLUMNS} FROM client_lokaben WHERE client_id = ?${lock}`, [clientId]);
    return row ? rowToRecord(row) : undefined;
  };

  return {
    /** The saved record, or undefined when nothing is saved for this client. */
    find: (clientId: string) => find(clientId),
    /**
     * Replaces the parts given, keeps the others (read and write in one write transaction). Each part
     * given must name the revision it was based on (`bases`); a stale one is refused with CONFLICT.
     * The caller checks that the client exists (the foreign key refuses otherwise).
     */
    save(clientId: string, patch: LokabenPatch, bases: Partial<Record<LokabenPart, number>>, now = new Date().toISOString()): Promise<LokabenRecord> {
      return sql.tx(async (): Promise<LokabenRecord> => {
        await sql.get(`SELECT id FROM clients WHERE id = ?${sql.lock}`, [clientId]); // two first saves queue here
        const cur = (await find(clientId, sql.lock)) ?? emptyLokaben(clientId);
        const given = LokabenPart.options.filter((p) => patch[p] !== undefined);
        for (const p of given) {
          const base = bases[p];
          if (base === undefined) throw new ApiFailure('BAD_INPUT', `「${p}」の保存には元にした版（baseRevisions.${p}）が必要です。`);
          if (partRevision(cur.revisions, p) > base) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
        }
        const next = Math.max(0, ...Object.values(cur.revisions)) + 1;
        const revisions = { ...cur.revisions, ...Object.fromEntries(given.map((p) => [p, next])) };
        const record: LokabenRecord = {
          clientId,
          industryId: patch.industryId !== undefined ? patch.industryId : cur.industryId,
          shobunruiId: patch.shobunruiId !== undefined ? patch.shobunruiId : cur.shobunruiId,
          size: patch.size !== undefined ? patch.size : cur.size,
          financials: ClientFinancials.parse(patch.financials ?? cur.financials),
          hizaimu: HizaimuAnswers.parse(patch.hizaimu ?? cur.hizaimu),
          shoken: LokabenShoken.parse(patch.shoken ?? cur.shoken),
          revisions,
          updatedAt: now,
        };
        const stored: z.input<typeof StoredHizaimu> = { ...record.hizaimu, shoken: record.shoken };
        await sql.run(
          `INSERT INTO client_lokaben (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (client_id) DO UPDATE SET industry_id = excluded.industry_id, shobunrui_id = excluded.shobunrui_id, size = excluded.size,
             financials = excluded.financials, hizaimu = excluded.hizaimu, part_revisions = excluded.part_revisions, updated_at = excluded.updated_at`,
          [clientId, record.industryId, record.shobunruiId, record.size, JSON.stringify(record.financials), JSON.stringify(stored), JSON.stringify(revisions), now],
        );
        return record;
      });
    },
  };
}
export type LokabenRepo = ReturnType<typeof createLokabenRepo>;
