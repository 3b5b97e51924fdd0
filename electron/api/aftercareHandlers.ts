import { ApiFailure } from '../../shared/api/errors';
import type { aftercareContract, AftercareState } from '../../shared/api/aftercareContract';
import { evaluateAftercare, type AftercareReport } from '../../shared/aftercare/evaluate';
import { followUpsOf, type ActualFollowUp } from '../../shared/aftercare/followUps';
import { matchPeriods } from '../../shared/aftercare/lokabenImport';
import { atRiskOf, reportsOf, type AtRiskItem, type ReportDueItem } from '../../shared/aftercare/overview';
import { stampRecorded } from '../../shared/aftercare/recorded';
import { planBase } from '../../shared/aftercare/years';
import { jstToday } from '../../shared/portfolio/dates';
import type { Application } from '../../shared/schemas/application';
import type { Client } from '../../shared/schemas/client';
import type { PipelineRecord } from '../../shared/portfolio/pipeline';
import type { Template } from '../../shared/templates/template';
import { createActualsRepo, noActuals, type StoredActuals } from '../store/actuals';
import { createLokabenRepo } from '../store/lokaben';
import { createPortfolioRepo } from '../store/portfolio';
import type { HandlerDeps, Handlers } from './handlers';
import { visibleTo } from './portfolioScope';

type AftercareMethods = keyof typeof aftercareContract;
type CachedReport = { key: string; template: Template; report: AftercareReport };

/** After 採択: actual figures per plan year (revisioned), the 返還 report, ロカベン import, the dashboard's view. */
export function createAftercareHandlers(deps: HandlerDeps, template: (id: string) => Template): Pick<Handlers, AftercareMethods> {
  const { sql, applications, clients } = deps;
  const actuals = createActualsRepo(sql);
  const portfolio = createPortfolioRepo(sql);
  const lokaben = createLokabenRepo(sql);
  const dayOf = (today?: string) => today ?? jstToday(new Date());
  /** The dashboard's last report per adopted application, reused while nothing it was computed from moved. */
  let reportCache = new Map<string, CachedReport>();

  type Pipeline = { dates: PipelineRecord['dates']; adoptedYen: number | null };
  const report = (app: Application, stored: StoredActuals, today: string, p: Pipeline, c: Client) =>
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
    getAftercareOverview: async ({ today, advisor, limit }) => {
      const day = dayOf(today);
      const saved = await actuals.all();
      const clientRevisions = new Map((await sql.all<{ id: string; revision: number }>('SELECT id, revision FROM clients')).map((c) => [c.id, Number(c.revision)]));
      const atRisk: AtRiskItem[] = [];
      const reports: ReportDueItem[] = [];
      // Everything a report is computed from: the application (updated_at moves with every write), its 採択額, actuals, client, day.
      const visible = visibleTo(deps.me);
      const rows = (await portfolio.rows()).filter((r) => r.status === 'adopted' && visible(r));
      const looks = rows.flatMap((r) => {
        const t = deps.templates.templates.find((x) => x.id === r.templateId);
        if (!t?.aftercare) return [];
        const key = `${day}|${r.updatedAt}|${r.adoptedYen}|${saved.get(r.id)?.revision ?? 0}|${clientRevisions.get(r.clientId) ?? 0}`;
        const hit = reportCache.get(r.id);
        return [{ r, t, key, hit: hit && hit.key === key && hit.template === t ? hit : undefined }];
      });
      // What changed since the last look is read in a few round trips, not three per application.
      const misses = looks.filter((l) => !l.hit);
      const apps = new Map((await applications.getMany(misses.map((l) => l.r.id))).map((a) => [a.id, a]));
      const owners = new Map((await clients.getMany([...new Set(misses.map((l) => l.r.clientId))])).map((c) => [c.id, c]));
      const kept = new Map<string, CachedReport>();
      for (const { r, t, key, hit: cached } of looks) {
        let hit = cached;
        if (!hit) {
          const app = apps.get(r.id);
          const owner = owners.get(r.clientId);
          if (!app || !owner) continue; // deleted since the rows were read
          hit = { key, template: t, report: report(app, saved.get(r.id) ?? noActuals(), day, { dates: r.pipeline.dates, adoptedYen: r.adoptedYen }, owner) };
        }
        kept.set(r.id, hit);
        const row = { applicationId: r.id, clientId: r.clientId, clientName: r.clientName, title: r.title, koboKai: r.koboKai, advisor: r.advisor || r.clientAdvisor };
        const risk = atRiskOf(row, hit.report);
        if (risk) atRisk.push(risk);
        reports.push(...reportsOf(row, hit.report));
      }
      reportCache = kept;
      const mine = <T extends { advisor: string }>(xs: T[]) => (advisor ? xs.filter((x) => x.advisor === advisor) : xs);
      const risks = mine(atRisk).sort((a, b) => b.totalYen - a.totalYen);
      const due = mine(reports).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
      return {
        atRisk: risks.slice(0, limit),
        atRiskCount: risks.length,
        atRiskTotalYen: risks.reduce((sum, x) => sum + x.totalYen, 0),
        reports: due.slice(0, limit),
        reportsCount: due.length,
        overdueCount: due.filter((x) => x.status === 'overdue').length,
        today: day,
      };
    },
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
