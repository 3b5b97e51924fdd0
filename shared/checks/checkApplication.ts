import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import {
  fukaKachiGaku,
  hitoriAtariFukaKachiGaku,
  hitoriAtariKyuyo,
  keijoRieki,
  kyuyoShikyuSogaku,
  rodoBunpairitsu,
  saiteiChinginMargin,
} from '../finance/figures';
import { compileTemplate, type CompiledTemplate } from './compile';
import { FindingList } from './context';
import { checkContent } from './content';
import { checkNumericRules } from './numeric';
import { makeEnv, type NumericEnv } from './numericEnv';
import { computeExpenses, type ExpenseCalc } from './expenseTotals';
import { checkExpenseRules } from './expenseRules';
import { classifyFindings } from './classify';
import { checkPlanArithmetic } from './planArithmetic';
import { checkRequestedAmount } from './requestedAmount';
import { chosenRate, computeSubsidy, isZeikomi } from './subsidy';
import { checkChoiceRules, checkKaten } from './katen';
import { checkQuotedFigures, checkSchedule } from './consistency';
import { checkCoverage } from './coverage';
import { checkReadability } from './readability';
import { checkLokabenUse } from './lokabenHint';
import { checkPrintable } from './printable';
import { checkApplicant } from './applicant';
import type { CheckContext, CheckReport, ExpenseTotals, Finding, SubsidyBreakdown, YearFigures } from './types';

/**
 * The check engine: pure, linear in the size of the application. Runs in the renderer while typing and in
 * Node before export. Order matters only where a check reads another's result (growth figures feed the
 * quoted-figure check; error findings feed the criterion status).
 */

function yearFigures(app: Application): YearFigures[] {
  return app.financialPlan.years.map((y) => ({
    label: y.label,
    kind: y.kind,
    fukaKachiGaku: fukaKachiGaku(y),
    hitoriAtariFukaKachiGaku: hitoriAtariFukaKachiGaku(y),
    keijoRieki: keijoRieki(y),
    kyuyoShikyuSogaku: kyuyoShikyuSogaku(y, 'zentai'),
    hitoriAtariKyuyoJugyoin: hitoriAtariKyuyo(y, 'jugyoin'),
    hitoriAtariKyuyoYakuin: hitoriAtariKyuyo(y, 'yakuin'),
    rodoBunpairitsu: rodoBunpairitsu(y),
    saiteiChinginMargin: saiteiChinginMargin(y),
  }));
}

function expenseTotals(compiled: CompiledTemplate, calc: ExpenseCalc): ExpenseTotals {
  return {
    totalYen: Number(calc.total),
    byCategory: [...compiled.categories.values()].map((c) => {
      const e = calc.byCategory.get(c.id);
      return { categoryId: c.id, name: c.name, yen: Number(e?.yen ?? 0n), lines: e?.lines ?? 0 };
    }),
    nonCoreYen: Number(calc.nonCore),
    webYen: Number(calc.web),
  };
}

function checkExpensesAndSubsidy(env: NumericEnv): { totals: ExpenseTotals | null; subsidy: SubsidyBreakdown | null } {
  const { t, app, ctx, compiled, out } = env;
  const ex = t.rules.expenses;
  if (!ex) return { totals: null, subsidy: null };
  const calc = computeExpenses(compiled, app, out);
  const zeikomi = isZeikomi(app, ex.taxBasis);
  const sub = t.rules.subsidy;
  const rate = sub ? chosenRate(sub, app).rate : null;
  checkExpenseRules({ expenses: ex, app, ctx, compiled, calc, rate, zeikomi, out });
  const subsidy = sub
    ? computeSubsidy({ rule: sub, app, ctx, compiled, calc, planEmployees: env.shape.base?.jugyoinSu ?? null, zeikomi, out })
    : null;
  return { totals: expenseTotals(compiled, calc), subsidy };
}

/** A hint when the template's rules were written for an earlier period than the application's date. */
function checkDated(t: Template, app: Application, out: FindingList): void {
  const day = app.updatedAt.slice(0, 10);
  const until = t.validUntil;
  if (until !== undefined && day > until) {
    out.add({ id: 'dated:template', kind: 'dated', severity: 'hint', source: t.source, message: `この様式の基準は${until}までのものです。現在の申請には最新の様式・公募要領を使ってください（参考として判定しています）。` });
  }
}

function summarize(findings: Finding[], coverage: CheckReport['coverage']): CheckReport['readiness'] {
  let errors = 0;
  let warnings = 0;
  let hints = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else hints++;
  }
  const criteriaOk = coverage.filter((c) => c.status === 'ok').length;
  return { errors, warnings, hints, criteriaOk, criteriaTotal: coverage.length, ready: errors === 0 };
}

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, hint: 2 };

export function checkApplication(template: Template, app: Application, ctx: CheckContext = {}): CheckReport {
  const compiled = compileTemplate(template);
  const out = new FindingList();
  checkContent(template, app, out);
  const env = makeEnv(template, app, ctx, compiled, out);
  checkNumericRules(env);
  const { totals, subsidy } = checkExpensesAndSubsidy(env);
  checkChoiceRules(template, app, ctx, out);
  checkKaten(template, app, out);
  for (const { section, field } of compiled.textFields) {
    const text = app.content[section.id]?.[field.id];
    if (typeof text === 'string' && text !== '') checkQuotedFigures(env, { sectionId: section.id, fieldId: field.id }, text);
  }
  checkSchedule(env);
  checkPlanArithmetic(env);
  checkRequestedAmount(template, app, subsidy, out);
  checkReadability(template, app, compiled, out, env.texts);
  checkDated(template, app, out);
  checkLokabenUse(template, app, ctx, out);
  checkPrintable(template, app, out);
  checkApplicant(template, ctx, out);
  const findings = classifyFindings(template, out.items).map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map((x) => x.f);
  const coverage = checkCoverage(template, app, compiled, findings, env.texts);
  return {
    templateId: template.id,
    applicationId: app.id,
    findings,
    coverage,
    figures: { planYears: env.years, years: yearFigures(app), growth: env.growth, expenses: totals, subsidy },
    readiness: summarize(findings, coverage),
  };
}
