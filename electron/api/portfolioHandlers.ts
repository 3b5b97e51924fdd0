import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { reviewContract } from '../../shared/api/reviewContract';
import { allowedNext, applyTransition, stageOf, type Stage } from '../../shared/portfolio/pipeline';
import { computeStats } from '../../shared/portfolio/stats';
import { dueSoon, type DueSource } from '../../shared/portfolio/deadlines';
import { fiscalYearOf, jstToday } from '../../shared/portfolio/dates';
import { createPortfolioRepo, type PortfolioRow } from '../store/portfolio';
import type { FollowUpVisit, PortfolioStats } from '../../shared/portfolio/stats';
import { koboRoundOf } from '../../shared/rounds/state';
import type { KoboRound } from '../../shared/portfolio/deadlines';
import { partRevision } from '../../shared/schemas/revisions';
import { createSnapshotsRepo } from '../store/snapshots';
import { createActualsRepo } from '../store/actuals';
import { XLSX_MIME } from '../xlsx/mime';
import type { HandlerDeps, Handlers } from './handlers';
import { actualFollowUps } from './aftercareHandlers';
import { visibleTo } from './portfolioScope';

type PortfolioMethods = 'getPipeline' | 'moveApplication' | 'setAssignment' | 'getPortfolio' | 'listStageCards' | 'findAdoptedApplications' | 'addFollowUp' | 'deleteFollowUp' | 'exportHattatsuSheet';

const STAGES: Stage[] = ['draft', 'ownerReview', 'ready', 'submitted', 'adopted', 'rejected', 'kofuKettei', 'jissekiHokoku'];
const ADOPTED = new Set<Stage>(['adopted', 'kofuKettei', 'jissekiHokoku']);
const advisorOf = (r: PortfolioRow) => r.advisor || r.clientAdvisor;
const card = (r: PortfolioRow) => ({ id: r.id, clientId: r.clientId, clientName: r.clientName, programId: r.programId, templateId: r.templateId, koboKai: r.koboKai, title: r.title, status: r.status, stage: stageOf(r.pipeline), advisor: advisorOf(r), adoptedYen: r.adoptedYen, updatedAt: r.updatedAt });
/** The rows of each stage, in the order given (the view's: most recently changed first). */
function columns(rows: readonly PortfolioRow[]): Map<Stage, PortfolioRow[]> {
  const out = new Map<Stage, PortfolioRow[]>();
  for (const r of rows) {
    const s = stageOf(r.pipeline);
    let list = out.get(s);
    if (!list) out.set(s, (list = []));
    list.push(r);
  }
  return out;
}

/** Pipeline (下書き → … → 採択 / 不採択 → 交付決定 → 実績報告), deadlines, follow-ups and the chamber's statistics. */
export function createPortfolioHandlers(deps: HandlerDeps): Pick<Handlers, PortfolioMethods & keyof typeof reviewContract> {
  const { sql, applications } = deps;
  const portfolio = createPortfolioRepo(sql);
  const snapshots = createSnapshotsRepo(sql);
  const actuals = createActualsRepo(sql);
  const pipelineState = async (applicationId: string) => {
    const p = await portfolio.pipelineOf(applicationId);
    return { ...p, next: allowedNext(stageOf(p.record)), revision: partRevision((await applications.get(applicationId)).revisions, 'pipeline') };
  };
  /** Pipeline writes are guarded like text: by the revision of the 'pipeline' part (not locked after 提出). */
  const bumpPipeline = (applicationId: string, baseRevision: number) => applications.bump(applicationId, { parts: { pipeline: baseRevision } }, { ignoreLock: true });
  const statsFor = async (fiscalYear: number, rows?: readonly PortfolioRow[], visits?: FollowUpVisit[]) =>
    computeStats(
      {
        applications: (rows ?? (await portfolio.rows())).map((r) => ({ id: r.id, clientId: r.clientId, programId: r.programId, koboKai: r.koboKai, status: r.status, advisor: r.advisor || r.clientAdvisor, dates: r.pipeline.dates })),
        visits: visits ?? (await portfolio.visits()),
        actualFollowUps: await actualFollowUps(deps),
      },
      fiscalYear,
    );

  /**
   * The statistics of 50,000 applications cost a pass over all of them: kept until something they
   * count changes (the view's version: a stage, a date, a 担当 — not an autosave), a visit or an actual.
   */
  const stats = new Map<string, PortfolioStats>();
  const cachedStats = async (scope: string, fiscalYear: number, rows: readonly PortfolioRow[], visits: FollowUpVisit[]) => {
    const key = `${scope}|${fiscalYear}|${visits.length}|${visits.map((v) => v.id).join(',')}|${await actuals.signature()}`;
    let s = stats.get(key);
    if (!s) {
      s = await statsFor(fiscalYear, rows, visits);
      if (stats.size >= 16) stats.delete(stats.keys().next().value!);
      stats.set(key, s);
    }
    return s;
  };

  /** In a chamber, the manager sees every advisor's work; an advisor, the applications they are 担当 of. */
  const inView = async () => (await portfolio.rows()).filter(visibleTo(deps.me));

  return {
    getPipeline: ({ applicationId }) => pipelineState(applicationId),
    moveApplication: ({ applicationId, to, on, by, note, baseRevision }) =>
      sql.tx(async () => {
        await bumpPipeline(applicationId, baseRevision); // locks the row before reading the pipeline
        const { record } = await portfolio.pipelineOf(applicationId);
        const r = applyTransition(record, to, on, by || deps.me.name, note);
        if (!r.ok) throw new ApiFailure('BAD_INPUT', r.message);
        await portfolio.savePipeline(applicationId, r.record);
        // Submitted (again): the text is read-only until 「提出後に修正する」.
        if (to === 'submitted') {
          await applications.setEditUnlocked(applicationId, false);
          await snapshots.take(await applications.get(applicationId), 'submission', `提出（${on}）`);
        }
        return pipelineState(applicationId);
      }),
    setAssignment: ({ applicationId, advisor, adoptedYen, baseRevision }) =>
      sql.tx(async () => {
        await bumpPipeline(applicationId, baseRevision);
        await portfolio.assign(applicationId, advisor, adoptedYen);
        return pipelineState(applicationId);
      }),
    getPortfolio: async ({ today, withinDays, fiscalYear, advisor, perStage, dueLimit }) => {
      const day = today ?? jstToday(new Date());
      const fy = fiscalYear ?? fiscalYearOf(day);
      await deps.packs.sync(deps.templates);
      const { rows: all, version } = await portfolio.snapshot();
      const rows = deps.me.manager ? all : all.filter(visibleTo(deps.me));
      const shown = advisor ? rows.filter((r) => advisorOf(r) === advisor) : rows;
      // Deadlines come from the rounds' data (shipped or made in the app), never typed by the advisor.
      const roundOf = new Map(deps.templates.templates.map((t) => [t.id, koboRoundOf(t)]));
      const rounds = [...roundOf.values()].filter((r): r is KoboRound => r !== null);
      const allVisits = await portfolio.visits();
      // One pass over the rows for what else the screen names: the 担当 list, the recent visits' clients and titles.
      const advisors = new Set<string>();
      const clientIds = deps.me.manager ? null : new Set<string>();
      const visitApps = new Set(allVisits.map((v) => v.applicationId));
      const titles = new Map<string, string>();
      const clientName = new Map<string, string>();
      for (const r of rows) {
        const a = advisorOf(r);
        if (a) advisors.add(a);
        clientIds?.add(r.clientId);
        if (!clientName.has(r.clientId)) clientName.set(r.clientId, r.clientName);
        if (visitApps.has(r.id)) titles.set(r.id, r.title);
      }
      const visits = clientIds ? allVisits.filter((v) => clientIds.has(v.clientId)) : allVisits;
      const sources: DueSource[] = [];
      for (const r of shown) {
        if (r.status !== 'draft' && r.status !== 'ownerReview' && r.status !== 'ready') continue; // what has a deadline ahead
        const round = roundOf.get(r.templateId);
        if (round) sources.push({ applicationId: r.id, title: r.title, clientName: r.clientName, status: r.status, round, ...(r.pipeline.dates.yoshiki4IssuedAt ? { yoshiki4IssuedAt: r.pipeline.dates.yoshiki4IssuedAt } : {}) });
      }
      const byStage = columns(shown);
      const due = dueSoon(sources, day, withinDays);
      return {
        stages: STAGES.map((stage) => ({ stage, count: byStage.get(stage)?.length ?? 0, cards: (byStage.get(stage) ?? []).slice(0, perStage).map(card) })),
        total: shown.length,
        advisors: [...advisors].sort((a, b) => a.localeCompare(b, 'ja')),
        stats: await cachedStats(`${version}|${deps.me.manager ? '*' : deps.me.login}`, fy, rows, visits),
        due: due.slice(0, dueLimit),
        dueCount: due.length,
        rounds,
        visits: visits.slice(0, 20).map((v) => ({ ...v, clientName: clientName.get(v.clientId) ?? '', title: (v.applicationId && titles.get(v.applicationId)) || '' })),
        fiscalYear: fy,
        scope: deps.me.manager ? ('chamber' as const) : ('mine' as const),
      };
    },
    listStageCards: async ({ stage, advisor, offset, limit }) => {
      const rows = await inView();
      const list = columns(advisor ? rows.filter((r) => advisorOf(r) === advisor) : rows).get(stage) ?? [];
      return { cards: list.slice(offset, offset + limit).map(card), total: list.length };
    },
    findAdoptedApplications: async ({ query, limit }) => {
      const q = query.trim().normalize('NFKC');
      const adopted = (await inView()).filter((r) => ADOPTED.has(stageOf(r.pipeline)) && (!q || `${r.clientName} ${r.title}`.normalize('NFKC').includes(q)));
      return adopted.slice(0, limit).map(card); // newest first already
    },
    addFollowUp: async (v) => {
      await deps.clients.get(v.clientId);
      // follow_ups.application_id references applications: check first, so an unknown id is NOT_FOUND, not a constraint error.
      if (v.applicationId !== null && (await applications.get(v.applicationId)).clientId !== v.clientId) {
        throw new ApiFailure('BAD_INPUT', 'この申請は指定された事業者のものではありません。');
      }
      return portfolio.addVisit({ ...v, id: randomUUID() });
    },
    deleteFollowUp: async ({ id }) => ({ deleted: await portfolio.deleteVisit(id) }),
    exportHattatsuSheet: async ({ fiscalYear }) => {
      const s = await statsFor(fiscalYear);
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
      const { writeXlsx } = await import('../xlsx/writeSheet'); // exceljs loads on first use, not at start
      const bytes = await writeXlsx(`${fiscalYear}年度`, rows, { widths: [30, 10, 10, 24], boldRows: [0, 2, 9] });
      return { fileName: `経営発達支援事業_実績_${fiscalYear}年度.xlsx`, mime: XLSX_MIME, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
