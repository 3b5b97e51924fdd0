import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { reviewContract } from '../../shared/api/reviewContract';
import { allowedNext, applyTransition, stageOf } from '../../shared/portfolio/pipeline';
import { computeStats } from '../../shared/portfolio/stats';
import { dueSoon, type DueSource } from '../../shared/portfolio/deadlines';
import { fiscalYearOf, jstToday } from '../../shared/portfolio/dates';
import { createPortfolioRepo } from '../store/portfolio';
import { koboRoundOf } from '../../shared/rounds/state';
import type { KoboRound } from '../../shared/portfolio/deadlines';
import { immediate } from '../store/db';
import { partRevision } from '../../shared/schemas/revisions';
import { createSnapshotsRepo } from '../store/snapshots';
import { writeXlsx, XLSX_MIME } from '../xlsx/writeSheet';
import type { HandlerDeps, Handlers } from './handlers';
import { actualFollowUps } from './aftercareHandlers';

type PortfolioMethods = 'getPipeline' | 'moveApplication' | 'setAssignment' | 'getPortfolio' | 'addFollowUp' | 'deleteFollowUp' | 'exportHattatsuSheet';

/** Pipeline (下書き → … → 採択 / 不採択 → 交付決定 → 実績報告), deadlines, follow-ups and the chamber's statistics. */
export function createPortfolioHandlers(deps: HandlerDeps): Pick<Handlers, PortfolioMethods & keyof typeof reviewContract> {
  const { db, applications } = deps;
  const portfolio = createPortfolioRepo(db);
  const snapshots = createSnapshotsRepo(db);
  const pipelineState = (applicationId: string) => {
    const p = portfolio.pipelineOf(applicationId);
    return { ...p, next: allowedNext(stageOf(p.record)), revision: partRevision(applications.get(applicationId).revisions, 'pipeline') };
  };
  /** Pipeline writes are guarded like text: by the revision of the 'pipeline' part (not locked after 提出). */
  const bumpPipeline = (applicationId: string, baseRevision: number) => applications.bump(applicationId, { parts: { pipeline: baseRevision } }, { ignoreLock: true });
  const statsFor = (fiscalYear: number, rows = portfolio.rows(), visits = portfolio.visits()) =>
    computeStats(
      {
        applications: rows.map((r) => ({ id: r.id, clientId: r.clientId, programId: r.programId, koboKai: r.koboKai, status: r.status, advisor: r.advisor || r.clientAdvisor, dates: r.pipeline.dates })),
        visits,
        actualFollowUps: actualFollowUps(deps),
      },
      fiscalYear,
    );

  return {
    getPipeline: ({ applicationId }) => pipelineState(applicationId),
    moveApplication: ({ applicationId, to, on, by, note, baseRevision }) =>
      immediate(db, () => {
        const { record } = portfolio.pipelineOf(applicationId);
        const r = applyTransition(record, to, on, by, note);
        if (!r.ok) throw new ApiFailure('BAD_INPUT', r.message);
        bumpPipeline(applicationId, baseRevision);
        portfolio.savePipeline(applicationId, r.record);
        // Submitted (again): the text is read-only until 「提出後に修正する」.
        if (to === 'submitted') {
          applications.setEditUnlocked(applicationId, false);
          snapshots.take(applications.get(applicationId), 'submission', `提出（${on}）`);
        }
        return pipelineState(applicationId);
      }),
    setAssignment: ({ applicationId, advisor, adoptedYen, baseRevision }) =>
      immediate(db, () => {
        bumpPipeline(applicationId, baseRevision);
        portfolio.assign(applicationId, advisor, adoptedYen);
        return pipelineState(applicationId);
      }),
    getPortfolio: ({ today, withinDays, fiscalYear }) => {
      const day = today ?? jstToday(new Date());
      const fy = fiscalYear ?? fiscalYearOf(day);
      const rows = portfolio.rows();
      // Deadlines come from the rounds' data (shipped or made in the app), never typed by the advisor.
      const roundOf = new Map(deps.templates.templates.map((t) => [t.id, koboRoundOf(t)]));
      const rounds = [...roundOf.values()].filter((r): r is KoboRound => r !== null);
      const visits = portfolio.visits();
      const sources: DueSource[] = [];
      for (const r of rows) {
        const round = roundOf.get(r.templateId);
        if (round) sources.push({ applicationId: r.id, title: r.title, clientName: r.clientName, status: r.status, round, ...(r.pipeline.dates.yoshiki4IssuedAt ? { yoshiki4IssuedAt: r.pipeline.dates.yoshiki4IssuedAt } : {}) });
      }
      return {
        rows: rows.map((r) => ({ id: r.id, clientId: r.clientId, clientName: r.clientName, programId: r.programId, templateId: r.templateId, koboKai: r.koboKai, title: r.title, status: r.status, stage: stageOf(r.pipeline), advisor: r.advisor || r.clientAdvisor, adoptedYen: r.adoptedYen, updatedAt: r.updatedAt })),
        stats: statsFor(fy, rows, visits),
        due: dueSoon(sources, day, withinDays),
        rounds,
        visits,
        fiscalYear: fy,
      };
    },
    addFollowUp: (v) => {
      deps.clients.get(v.clientId);
      // follow_ups.application_id references applications: check first, so an unknown id is NOT_FOUND, not a constraint error.
      if (v.applicationId !== null && applications.get(v.applicationId).clientId !== v.clientId) {
        throw new ApiFailure('BAD_INPUT', 'この申請は指定された事業者のものではありません。');
      }
      return portfolio.addVisit({ ...v, id: randomUUID() });
    },
    deleteFollowUp: ({ id }) => ({ deleted: portfolio.deleteVisit(id) }),
    exportHattatsuSheet: async ({ fiscalYear }) => {
      const s = statsFor(fiscalYear);
      const h = s.hattatsu;
      const rows = [
        [`経営発達支援事業 実績（${h.label}）`],
        [],
        ['項目', '件数', '単位', '備考'],
        ['事業計画策定', h.jigyoKeikakuSakutei.plans, '件', `${h.jigyoKeikakuSakutei.firms} 者`],
        ['フォローアップ（事業者数）', h.followUp.firms, '者', ''],
        ['フォローアップ（訪問回数）', h.followUp.visits, '回', ''],
        ['うち売上高増加', h.uriageZoka, '者', ''],
        ['うち粗利増加', h.arariZoka, '者', ''],
        [],
        ['制度', '採択', '不採択', '採択率'],
        ...s.byProgram.map((p) => [p.name, p.rate.adopted, p.rate.rejected, p.rate.label]),
      ];
      const bytes = await writeXlsx(`${fiscalYear}年度`, rows, { widths: [30, 10, 10, 24], boldRows: [0, 2, 9] });
      return { fileName: `経営発達支援事業_実績_${fiscalYear}年度.xlsx`, mime: XLSX_MIME, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
