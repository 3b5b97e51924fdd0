import { ApiFailure } from '../../shared/api/errors';
import type { aftercareContract, AftercareState } from '../../shared/api/aftercareContract';
import { evaluateAftercare } from '../../shared/aftercare/evaluate';
import { followUpsOf, type ActualFollowUp } from '../../shared/aftercare/followUps';
import { matchPeriods } from '../../shared/aftercare/lokabenImport';
import { stampRecorded } from '../../shared/aftercare/recorded';
import { planBase } from '../../shared/aftercare/years';
import { jstToday } from '../../shared/portfolio/dates';
import type { Application } from '../../shared/schemas/application';
import type { Template } from '../../shared/templates/template';
import { createActualsRepo, type StoredActuals } from '../store/actuals';
import { createLokabenRepo } from '../store/lokaben';
import { createPortfolioRepo } from '../store/portfolio';
import { createAftercareOverview, type ReportOf } from './aftercareOverview';
import type { HandlerDeps, Handlers } from './handlers';

type AftercareMethods = keyof typeof aftercareContract;

/** After 採択: actual figures per plan year (revisioned), the 返還 report, ロカベン import, the dashboard's view. */
export function createAftercareHandlers(deps: HandlerDeps, template: (id: string) => Template): Pick<Handlers, AftercareMethods> {
  const { sql, applications, clients } = deps;
  const actuals = createActualsRepo(sql);
  const portfolio = createPortfolioRepo(sql);
  const lokaben = createLokabenRepo(sql);
  const dayOf = (today?: string) => today ?? jstToday(new Date());
  const report: ReportOf = (app, stored, today, p, c) =>
    evaluateAftercare({
      template: template(app.templateId),
      app,
      record: stored.record,
      dates: p.dates,
      adoptedYen: p.adoptedYen,
      client: { fiscalYearEndMonth: c.fiscalYearEndMonth, prefecture: c.prefecture, employeeCount: c.employeeCount },
      today,
    });
  const evaluate = async (app: Application, stored: StoredActuals, today: string) => {
    const p = await portfolio.pipelineOf(app.id);
    const pipeline = { dates: p.record.dates, adoptedYen: p.adoptedYen };
    return { report: report(app, stored, today, pipeline, await clients.get(app.clientId)), ...pipeline };
  };
  const state = async (applicationId: string, stored: StoredActuals, today: string): Promise<AftercareState> => {
    const app = await applications.get(applicationId);
    const e = await evaluate(app, stored, today);
    return { applicationId, record: stored.record, revision: stored.revision, updatedAt: stored.updatedAt, dates: e.dates, adoptedYen: e.adoptedYen, report: e.report };
  };

  return {
    getAftercare: async ({ applicationId, today }) => state(applicationId, await actuals.get(applicationId), dayOf(today)),
    saveAftercare: async ({ applicationId, record, baseRevision, today }) => {
      const app = await applications.get(applicationId);
      if (app.status !== 'adopted') throw new ApiFailure('BAD_INPUT', '採択後の実績は、採択された申請にだけ記録できます。');
      const day = dayOf(today);
      const saved = await actuals.save(applicationId, record, baseRevision, (stored) => stampRecorded(stored.record, record, day));
      return state(applicationId, saved, day);
    },
    previewAftercareImport: async ({ applicationId, today }) => {
      const app = await applications.get(applicationId);
      const stored = await actuals.get(applicationId);
      const { report } = await evaluate(app, stored, dayOf(today));
      const l = await lokaben.find(app.clientId);
      if (!l || !report.timeline) return { periods: [], hasLokaben: !!l };
      const byYear = new Map(stored.record.years.map((y) => [y.year, y.figures]));
      return { periods: matchPeriods(l.financials.periods, report.timeline, (y) => byYear.get(y) ?? null), hasLokaben: true };
    },
    getAftercareOverview: createAftercareOverview(deps, report, dayOf),
  };
}

/** Recorded actuals as follow-ups for the 経営発達支援事業 counts (see shared/aftercare/followUps.ts). */
export async function actualFollowUps(deps: Pick<HandlerDeps, 'sql' | 'applications'>): Promise<ActualFollowUp[]> {
  const out: ActualFollowUp[] = [];
  for (const [applicationId, stored] of await createActualsRepo(deps.sql).all()) {
    const app = await deps.applications.get(applicationId);
    out.push(...followUpsOf(applicationId, app.clientId, stored.record, planBase(app)));
  }
  return out;
}
