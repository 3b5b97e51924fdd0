import { ApiFailure } from '../../shared/api/errors';
import { PipelineRecord } from '../../shared/portfolio/pipeline';
import { FollowUpVisit } from '../../shared/portfolio/stats';
import type { ApplicationStatus } from '../../shared/schemas/application';
import type { ProgramId } from '../../shared/schemas/common';
import type { Db } from './db';

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

/** Pipeline dates per application, follow-up visits, and the rows the dashboard reads (deadlines are round data). */
export function createPortfolioRepo(db: Db) {
  const getPipeline = db.prepare('SELECT status, pipeline, advisor, adopted_yen FROM applications WHERE id = ?');
  // Guarded by the caller (applications.bump on the 'pipeline' part) in the same transaction.
  const setPipeline = db.prepare('UPDATE applications SET status = ?, pipeline = ?, updated_at = ? WHERE id = ?');
  const setAssign = db.prepare('UPDATE applications SET advisor = ?, adopted_yen = ? WHERE id = ?');
  const all = db.prepare(`SELECT a.id, a.client_id, c.name AS client_name, json_extract(c.data, '$.advisor') AS client_advisor, a.program_id, a.template_id,
      a.kobo_kai, a.title, a.status, a.advisor, a.adopted_yen, a.pipeline, a.updated_at
    FROM applications a JOIN clients c ON c.id = a.client_id`);
  const insertVisit = db.prepare('INSERT INTO follow_ups (id, application_id, client_id, data, date) VALUES (?, ?, ?, ?, ?)');
  const visits = db.prepare('SELECT data FROM follow_ups ORDER BY date DESC, id');
  const deleteVisit = db.prepare('DELETE FROM follow_ups WHERE id = ?');

  function pipelineOf(id: string): { record: PipelineRecord; advisor: string; adoptedYen: number | null } {
    const row = getPipeline.get(id) as { status: string; pipeline: string; advisor: string; adopted_yen: number | null } | undefined;
    if (!row) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    const stored = JSON.parse(row.pipeline) as Record<string, unknown>;
    return { record: PipelineRecord.parse({ ...stored, status: row.status }), advisor: row.advisor, adoptedYen: row.adopted_yen };
  }

  return {
    pipelineOf,
    savePipeline(id: string, record: PipelineRecord): void {
      setPipeline.run(record.status, JSON.stringify({ dates: record.dates, history: record.history }), new Date().toISOString(), id);
    },
    assign(id: string, advisor: string, adoptedYen: number | null): void {
      if (setAssign.run(advisor, adoptedYen, id).changes === 0) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    },
    /** Every application, lightly: the pipeline JSON was validated when written, so it is read as it is. */
    rows(): PortfolioRow[] {
      return (all.all() as Record<string, unknown>[]).map((r) => {
        const stored = JSON.parse(String(r.pipeline)) as Partial<PipelineRecord>;
        return {
          id: String(r.id),
          clientId: String(r.client_id),
          clientName: String(r.client_name),
          clientAdvisor: typeof r.client_advisor === 'string' ? r.client_advisor : '',
          programId: r.program_id as ProgramId,
          templateId: String(r.template_id),
          koboKai: String(r.kobo_kai),
          title: String(r.title),
          status: r.status as ApplicationStatus,
          advisor: String(r.advisor ?? ''),
          adoptedYen: typeof r.adopted_yen === 'number' ? r.adopted_yen : null,
          pipeline: { status: r.status as ApplicationStatus, dates: stored.dates ?? {}, history: stored.history ?? [] },
          updatedAt: String(r.updated_at),
        };
      });
    },
    addVisit(v: FollowUpVisit): FollowUpVisit {
      insertVisit.run(v.id, v.applicationId, v.clientId, JSON.stringify(v), v.date);
      return v;
    },
    visits(): FollowUpVisit[] {
      return (visits.all() as { data: string }[]).map((r) => FollowUpVisit.parse(JSON.parse(r.data)));
    },
    deleteVisit(id: string): boolean {
      return deleteVisit.run(id).changes > 0;
    },
  };
}
export type PortfolioRepo = ReturnType<typeof createPortfolioRepo>;
