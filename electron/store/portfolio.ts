import { ApiFailure } from '../../shared/api/errors';
import { PipelineRecord } from '../../shared/portfolio/pipeline';
import { FollowUpVisit } from '../../shared/portfolio/stats';
import type { ApplicationStatus } from '../../shared/schemas/application';
import type { ProgramId } from '../../shared/schemas/common';
import type { SqlStore } from './sql/types';
import { portfolioRows, portfolioSnapshot } from './portfolioView';

/** One application as the portfolio sees it (no section content). */
export interface PortfolioRow {
  id: string;
  clientId: string;
  clientName: string;
  clientAdvisor: string;
  programId: ProgramId;
  templateId: string;
  koboKai: string;
  title: string;
  status: ApplicationStatus;
  advisor: string;
  adoptedYen: number | null;
  pipeline: PipelineRecord;
  updatedAt: string;
}

type PipelineRow = { status: string; pipeline: string; advisor: string; adopted_yen: number | null };

/** Pipeline dates per application, follow-up visits, and the rows the dashboard reads (deadlines are round data). */
export function createPortfolioRepo(sql: SqlStore) {
  async function pipelineOf(id: string): Promise<{ record: PipelineRecord; advisor: string; adoptedYen: number | null }> {
    const row = await sql.get<PipelineRow>('SELECT status, pipeline, advisor, adopted_yen FROM applications WHERE id = ?', [id]);
    if (!row) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    const stored = JSON.parse(row.pipeline) as Record<string, unknown>;
    return { record: PipelineRecord.parse({ ...stored, status: row.status }), advisor: row.advisor, adoptedYen: row.adopted_yen === null ? null : Number(row.adopted_yen) };
  }

  return {
    pipelineOf,
    /** Guarded by the caller (applications.bump on the 'pipeline' part) in the same transaction. */
    async savePipeline(id: string, record: PipelineRecord): Promise<void> {
      await sql.run('UPDATE applications SET status = ?, pipeline = ?, updated_at = ? WHERE id = ?', [record.status, JSON.stringify({ dates: record.dates, history: record.history }), new Date().toISOString(), id]);
    },
    async assign(id: string, advisor: string, adoptedYen: number | null): Promise<void> {
      if ((await sql.run('UPDATE applications SET advisor = ?, adopted_yen = ? WHERE id = ?', [advisor, adoptedYen, id])).changes === 0) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    },
    /** Every application, lightly (kept current in memory: portfolioView.ts). */
    rows: () => portfolioRows(sql),
    /** The rows and a version that moves only when something the statistics count changed. */
    snapshot: () => portfolioSnapshot(sql),
    async addVisit(v: FollowUpVisit): Promise<FollowUpVisit> {
      await sql.run('INSERT INTO follow_ups (id, application_id, client_id, data, date) VALUES (?, ?, ?, ?, ?)', [v.id, v.applicationId, v.clientId, JSON.stringify(v), v.date]);
      return v;
    },
    async visits(): Promise<FollowUpVisit[]> {
      return (await sql.all<{ data: string }>('SELECT data FROM follow_ups ORDER BY date DESC, id')).map((r) => FollowUpVisit.parse(JSON.parse(r.data)));
    },
    async deleteVisit(id: string): Promise<boolean> {
      return (await sql.run('DELETE FROM follow_ups WHERE id = ?', [id])).changes > 0;
    },
  };
}
export type PortfolioRepo = ReturnType<typeof createPortfolioRepo>;
