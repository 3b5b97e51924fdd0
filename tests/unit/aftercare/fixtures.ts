import path from 'node:path';
import { loadTemplates } from '../../../electron/templates/loadTemplates';
import { evaluateAftercare, type AftercareReport } from '../../../shared/aftercare/evaluate';
import { AftercareRecord, type AftercareRecordInput } from '../../../shared/aftercare/schema';
import { Application, type ApplicationContent } from '../../../shared/schemas/application';
import { FinancialPlan, type FinancialYearInput } from '../../../shared/schemas/financialPlan';
import type { PipelineDates } from '../../../shared/portfolio/pipeline';
import type { Template } from '../../../shared/templates/template';
import { DEMO_B_MONO18_ACTUALS, DEMO_B_MONO18_PLAN } from '../../../electron/demo/pastActuals';

/** The real templates (with their aftercare.json) and small builders for adopted applications. */
export const templates: Template[] = loadTemplates(path.resolve(__dirname, '../../../templates')).templates;
export const templateOf = (id: string): Template => {
  const t = templates.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

export function adoptedApp(templateId: string, years: FinancialYearInput[], kihon: Record<string, string | string[]> = {}): Application {
  const t = templateOf(templateId);
  const content: ApplicationContent = { kihon };
  return Application.parse({
    id: '00000000-0000-4000-8000-0000000000aa',
    clientId: '00000000-0000-4000-8000-0000000000cc',
    programId: t.programId,
    templateId,
    koboKai: t.koboKai,
    title: 'テスト',
    status: 'adopted',
    content,
    financialPlan: FinancialPlan.parse({ years }),
    expenses: [],
    revision: 1,
    revisions: {},
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  });
}

export interface EvalOptions {
  templateId: string;
  plan: FinancialYearInput[];
  kihon?: Record<string, string | string[]>;
  record: AftercareRecordInput;
  dates?: PipelineDates;
  adoptedYen?: number | null;
  fiscalYearEndMonth?: number | null;
  prefecture?: string;
  employeeCount?: number | null;
  today?: string;
}

export function evaluate(o: EvalOptions): AftercareReport {
  return evaluateAftercare({
    template: templateOf(o.templateId),
    app: adoptedApp(o.templateId, o.plan, o.kihon ?? {}),
    record: AftercareRecord.parse(o.record),
    dates: o.dates ?? { resultAt: '2024-06-28', kofuKetteiAt: '2024-08-05', jissekiHokokuAt: '2025-02-20' },
    adoptedYen: o.adoptedYen === undefined ? 7_500_000 : o.adoptedYen,
    client: { fiscalYearEndMonth: o.fiscalYearEndMonth === undefined ? 9 : o.fiscalYearEndMonth, prefecture: o.prefecture ?? '埼玉県', employeeCount: o.employeeCount === undefined ? 18 : o.employeeCount },
    today: o.today ?? '2026-11-30',
  });
}

/** 製造業B社's もの補助 第18次, as the demo seeds it. */
export const demoB = (record: AftercareRecordInput = DEMO_B_MONO18_ACTUALS, today = '2026-11-30') =>
  evaluate({ templateId: 'monozukuri-18', plan: DEMO_B_MONO18_PLAN, kihon: { keikakuKikan: '3' }, record, today });

export const lineOf = (r: AftercareReport, ruleId: string) => r.henkan?.lines.find((l) => l.ruleId === ruleId);
