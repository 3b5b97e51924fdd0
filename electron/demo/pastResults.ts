import type { TemplateSet } from '../api/handlers';
import type { ApplicationsRepo } from '../store/applications';
import type { SqlStore } from '../store/sql/types';
import { createActualsRepo } from '../store/actuals';
import { FinancialPlan } from '../../shared/schemas/financialPlan';
import { DEMO_B_MONO18_ACTUALS, DEMO_B_MONO18_PLAN } from './pastActuals';

/**
 * Earlier applications of the demo clients with their results, so the portfolio has something to
 * count: A社's 持続化 adopted (the renovation shop's launch), B社's もの補助 (round 18) adopted in 2024,
 * finished and reported, with the actual figures of the plan years since (electron/demo/pastActuals.ts):
 * the minimum-wage margin was missed in year 2 and the wage growth falls short, so its 採択後 view shows
 * a 返還 estimate and the dashboard lists it at risk.
 */
const PAST = [
  { client: 'a', templateId: 'jizokuka-17', title: 'リフォーム専門店の開設と地域への周知（前回）', advisor: '田中 美咲', adoptedYen: 500_000, dates: { readyAt: '2025-05-20', submittedAt: '2025-06-02', resultAt: '2025-09-12' } },
  { client: 'b', templateId: 'monozukuri-18', title: '自社ブランド試作のための縫製ラインの整備（前回）', advisor: '佐藤 大輔', adoptedYen: 7_500_000, dates: { readyAt: '2024-03-10', submittedAt: '2024-03-22', resultAt: '2024-06-28', kofuKetteiAt: '2024-08-05', jissekiHokokuAt: '2025-02-20' } },
] as const;

export async function seedPastResults(sql: SqlStore, applications: ApplicationsRepo, templates: TemplateSet, ids: Record<'a' | 'b' | 'c', string>): Promise<void> {
  const actuals = createActualsRepo(sql);
  for (const p of PAST) {
    const t = templates.templates.find((x) => x.id === p.templateId);
    if (!t) continue;
    const withPlan = p.templateId === 'monozukuri-18';
    const a = await applications.create({
      clientId: ids[p.client],
      programId: t.programId,
      templateId: t.id,
      koboKai: t.koboKai,
      title: p.title,
      ...(withPlan ? { content: { kihon: { keikakuKikan: '3', waku: 'ippan', shokibo: 'no' } }, financialPlan: FinancialPlan.parse({ years: DEMO_B_MONO18_PLAN }) } : {}),
    });
    const d: Record<string, string> = p.dates;
    const history = [
      { from: 'draft', to: 'ready', on: p.dates.readyAt, by: p.advisor, note: '' },
      { from: 'ready', to: 'submitted', on: p.dates.submittedAt, by: p.advisor, note: '' },
      { from: 'submitted', to: 'adopted', on: p.dates.resultAt, by: p.advisor, note: '' },
      ...(d.kofuKetteiAt ? [{ from: 'adopted', to: 'kofuKettei', on: d.kofuKetteiAt, by: p.advisor, note: '' }] : []),
      ...(d.jissekiHokokuAt ? [{ from: 'kofuKettei', to: 'jissekiHokoku', on: d.jissekiHokokuAt, by: p.advisor, note: '' }] : []),
    ];
    await sql.run("UPDATE applications SET status = 'adopted', pipeline = ?, advisor = ?, adopted_yen = ? WHERE id = ?", [JSON.stringify({ dates: p.dates, history }), p.advisor, p.adoptedYen, a.id]);
    if (withPlan && t.aftercare) await actuals.save(a.id, DEMO_B_MONO18_ACTUALS, 0);
  }
}
