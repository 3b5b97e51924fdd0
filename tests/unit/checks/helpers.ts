import path from 'node:path';
import { Application } from '../../../shared/schemas/application';
import { FinancialYear, type FinancialYearInput } from '../../../shared/schemas/financialPlan';
import type { ExpenseLine } from '../../../shared/schemas/expense';
import type { Condition } from '../../../shared/rules/schema';
import type { Template } from '../../../shared/templates/template';
import { loadTemplates } from '../../../electron/templates/loadTemplates';
import type { CheckReport } from '../../../shared/checks/types';

/** Shared test helpers: the real templates, applications built from a few facts. */

let cached: Map<string, Template> | null = null;

export function realTemplates(): Map<string, Template> {
  if (!cached) {
    const { templates } = loadTemplates(path.resolve(__dirname, '../../../templates'));
    cached = new Map(templates.map((t) => [t.id, t]));
  }
  return cached;
}

export function realTemplate(id: string): Template {
  const t = realTemplates().get(id);
  if (!t) throw new Error(`template ${id} did not load`);
  return t;
}

/**
 * A plan year as the engine receives it. Not parsed with the schema's bounds: the engine must stay
 * sound (no NaN, no throw) for any figures, including degenerate ones stored before the bounds existed.
 */
export const year = (label: string, kind: 'actual' | 'plan', figures: Partial<FinancialYearInput> = {}): FinancialYear => ({
  ...FinancialYear.parse({ label, kind }),
  ...Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== undefined)),
});

type Content = Record<string, Record<string, string | string[] | Record<string, string | number | null>[]>>;

export function makeApp(t: Template, parts: { content?: Content; years?: FinancialYear[]; expenses?: Partial<ExpenseLine>[] } = {}): Application {
  const app = Application.parse({
    id: 'app-1',
    clientId: 'client-1',
    programId: t.programId,
    templateId: t.id,
    koboKai: t.koboKai,
    title: 'テスト申請',
    status: 'draft',
    content: parts.content ?? {},
    financialPlan: { years: [] },
    expenses: (parts.expenses ?? []).map((e, i) => ({ id: `e${i + 1}`, category: '', description: `経費${i + 1}`, ...e })),
    origins: {},
    revision: 0,
    createdAt: '2025-05-01T00:00:00.000Z',
    updatedAt: '2025-05-01T00:00:00.000Z',
  });
  return { ...app, financialPlan: { years: parts.years ?? [] } }; // the years as given (see `year`)
}

/** kihon choices that make every condition hold (first option for `filled`, nothing for negative ops). */
export function satisfying(t: Template, conds: readonly Condition[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const c of conds) {
    const f = t.sections.find((s) => s.id === c.section)?.fields.find((x) => x.id === c.field);
    if (!f || f.kind !== 'choice') continue;
    const v = c.op === 'filled' ? f.options[0]?.value : c.op === 'equals' || c.op === 'includes' ? c.value : undefined;
    if (v === undefined) continue;
    if (f.multiple) out[c.field] = [...((out[c.field] as string[] | undefined) ?? []), v];
    else out[c.field] = v;
  }
  return out;
}

export const ids = (r: CheckReport): string[] => r.findings.map((f) => f.id);
export const finding = (r: CheckReport, id: string) => r.findings.find((f) => f.id === id);

/** A year whose every indicator (付加価値額, 経常利益, 給与 per group and per head with 1 person) equals x. */
export function uniformYear(label: string, kind: 'actual' | 'plan', x: number, extra: Partial<FinancialYearInput> = {}): FinancialYear {
  return year(label, kind, {
    uriageDaka: x,
    eigyoRieki: x,
    jinkenHi: 0,
    genkaShokyakuHi: 0,
    keijoRieki: x,
    jugyoinSu: 1,
    yakuinSu: 1,
    kyuyoShikyuSogaku: x,
    yakuinKyuyo: x,
    jigyojoNaiSaiteiChingin: 1_100,
    chiikiBetsuSaiteiChingin: 1_000,
    ...extra,
  });
}
