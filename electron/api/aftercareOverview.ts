import { atRiskOf, reportsOf, type AftercareOverview, type AtRiskItem, type ReportDueItem } from '../../shared/aftercare/overview';
import type { AftercareReport } from '../../shared/aftercare/evaluate';
import type { PipelineRecord } from '../../shared/portfolio/pipeline';
import type { Application } from '../../shared/schemas/application';
import type { Client } from '../../shared/schemas/client';
import type { Template } from '../../shared/templates/template';
import { createActualsRepo, noActuals, type StoredActuals } from '../store/actuals';
import { createPortfolioRepo, type PortfolioRow } from '../store/portfolio';
import { Mutex } from '../store/sql/mutex';
import { yieldToLoop } from '../store/sql/yieldToLoop';
import type { HandlerDeps } from './handlers';
import { visibleTo } from './portfolioScope';

/** One application's report as the round's rules compute it (aftercareHandlers.ts). */
export type ReportOf = (app: Application, stored: StoredActuals, today: string, p: { dates: PipelineRecord['dates']; adoptedYen: number | null }, c: Client) => AftercareReport;

/** Everything a report is computed from: the application (updated_at moves with every write), its 採択額, actuals, client, day, rules. */
interface ReportKey {
  day: string;
  template: Template;
  updatedAt: string;
  adoptedYen: number | null;
  actuals: number;
  client: number;
}
const sameKey = (a: ReportKey, b: ReportKey) => a.updatedAt === b.updatedAt && a.actuals === b.actuals && a.client === b.client && a.adoptedYen === b.adoptedYen && a.day === b.day && a.template === b.template;
type CachedReport = { key: ReportKey; report: AftercareReport; lines?: { names: string; risk: AtRiskItem | null; reports: ReportDueItem[] } };
/** Reports computed between two turns of the event loop (about 10–15 ms of work). */
const SLICE = 100;

/**
 * The dashboard's after-採択 lists at a chamber's scale: every visible adopted application heading for a 返還 and
 * every report due, kept between looks (a report is made again only when what it is computed from moved, the lists
 * only when anything moved), then filtered by 担当 and cut to `limit` with the counts of all.
 */
export function createAftercareOverview(deps: HandlerDeps, report: ReportOf, dayOf: (today?: string) => string) {
  const { sql, applications, clients } = deps;
  const actuals = createActualsRepo(sql);
  const portfolio = createPortfolioRepo(sql);
  /** The last report per adopted application. */
  let reportCache = new Map<string, CachedReport>();
  const overviewLock = new Mutex();
  /** The last look's lists and what they were made from. */
  let lists: { sig: string; atRisk: AtRiskItem[]; reports: ReportDueItem[] } | undefined;

  /**
   * Every visible adopted application's dashboard lines, largest 返還 and earliest due first. A report is
   * computed again only when something it is computed from moved.
   */
  const allLines = async (all: readonly PortfolioRow[], day: string): Promise<{ atRisk: AtRiskItem[]; reports: ReportDueItem[] }> => {
    const saved = await actuals.all();
    const clientRevisions = new Map((await sql.all<{ id: string; revision: number }>('SELECT id, revision FROM clients')).map((c) => [c.id, Number(c.revision)]));
    const atRisk: AtRiskItem[] = [];
    const reports: ReportDueItem[] = [];
    const visible = visibleTo(deps.me);
    const rows = all.filter((r) => r.status === 'adopted' && visible(r));
    const looks: { r: PortfolioRow; key: ReportKey; hit: CachedReport | undefined }[] = [];
    for (const r of rows) {
      const template = deps.templates.templates.find((x) => x.id === r.templateId);
      if (!template?.aftercare) continue;
      const key: ReportKey = { day, template, updatedAt: r.updatedAt, adoptedYen: r.adoptedYen, actuals: saved.get(r.id)?.revision ?? 0, client: clientRevisions.get(r.clientId) ?? 0 };
      const hit = reportCache.get(r.id);
      looks.push({ r, key, hit: hit && sameKey(hit.key, key) ? hit : undefined });
    }
    // What changed since the last look is read in a few round trips, in slices: other requests run in between.
    const misses = looks.filter((l) => !l.hit);
    for (let i = 0; i < misses.length; i += SLICE) {
      const part = misses.slice(i, i + SLICE);
      const apps = new Map((await applications.getMany(part.map((l) => l.r.id))).map((a) => [a.id, a]));
      const owners = new Map((await clients.getMany([...new Set(part.map((l) => l.r.clientId))])).map((c) => [c.id, c]));
      for (const l of part) {
        const app = apps.get(l.r.id);
        const owner = owners.get(l.r.clientId);
        if (app && owner) l.hit = { key: l.key, report: report(app, saved.get(l.r.id) ?? noActuals(), day, { dates: l.r.pipeline.dates, adoptedYen: l.r.adoptedYen }, owner) };
      }
      if (i + SLICE < misses.length) await yieldToLoop();
    }
    const kept = new Map<string, CachedReport>();
    for (const { r, hit } of looks) {
      if (!hit) continue; // deleted since the rows were read
      kept.set(r.id, hit);
      // The dashboard's lines of this report, kept while the names on them stay the same.
      const names = `${r.clientName}|${r.title}|${r.koboKai}|${r.advisor || r.clientAdvisor}`;
      if (hit.lines?.names !== names) {
        const row = { applicationId: r.id, clientId: r.clientId, clientName: r.clientName, title: r.title, koboKai: r.koboKai, advisor: r.advisor || r.clientAdvisor };
        hit.lines = { names, risk: atRiskOf(row, hit.report), reports: reportsOf(row, hit.report) };
      }
      if (hit.lines.risk) atRisk.push(hit.lines.risk);
      reports.push(...hit.lines.reports);
    }
    reportCache = kept;
    atRisk.sort((x, y) => y.totalYen - x.totalYen);
    reports.sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : 0));
    return { atRisk, reports };
  };

  // One look at a time: a second waits for the first and then finds its reports made.
  return ({ today, advisor, limit }: { today?: string; advisor?: string; limit: number }): Promise<AftercareOverview> => overviewLock.run(async () => {
    const day = dayOf(today);
    const { rows: all, seq } = await portfolio.snapshot();
    // Nothing moved since the last look (no application or client write — `seq` — no actual saved, same day and rules): its lists stand.
    const sig = `${seq}|${day}|${deps.templates.templates.length}|${await actuals.signature()}`;
    if (lists?.sig !== sig) lists = { sig, ...(await allLines(all, day)) };
    const mine = <T extends { advisor: string }>(xs: T[]) => (advisor ? xs.filter((x) => x.advisor === advisor) : xs);
    const risks = mine(lists.atRisk);
    const due = mine(lists.reports);
    return {
      atRisk: risks.slice(0, limit),
      atRiskCount: risks.length,
      atRiskTotalYen: risks.reduce((sum, x) => sum + x.totalYen, 0),
      reports: due.slice(0, limit),
      reportsCount: due.length,
      overdueCount: due.filter((x) => x.status === 'overdue').length,
      today: day,
    };
  });
}
