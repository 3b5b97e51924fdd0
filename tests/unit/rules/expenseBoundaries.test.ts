import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import type { ExpenseRule } from '../../../shared/rules/schema';
import type { Template } from '../../../shared/templates/template';
import type { ExpenseLine } from '../../../shared/schemas/expense';
import { finding, ids, makeApp, realTemplates, satisfying } from '../checks/helpers';

/** Every expense rule of every template at and around its boundary. */

const coreOf = (t: Template) => t.rules.expenses?.categories.find((c) => c.core);
const plainOf = (t: Template, not: string[] = []) => t.rules.expenses?.categories.find((c) => !c.core && !c.web && !not.includes(c.id));
const line = (category: string, yen: number, extra: Partial<ExpenseLine> = {}): Partial<ExpenseLine> => ({ category, unitPriceYen: yen, quantity: 1, ...extra });

function run(t: Template, rule: ExpenseRule, lines: Partial<ExpenseLine>[]) {
  return checkApplication(t, makeApp(t, { content: { kihon: satisfying(t, rule.when) }, expenses: lines }));
}

for (const t of realTemplates().values()) {
  const rules = t.rules.expenses?.rules ?? [];
  if (rules.length === 0) continue;
  describe(`${t.id}: expense rules at their boundaries`, () => {
    for (const rule of rules) {
      if (rule.kind === 'coreItemRequired') {
        it(`${rule.id}: a core item of ${rule.minUnitPriceYen}円 passes, ${rule.minUnitPriceYen - 1}円 fails, none fails`, () => {
          const core = coreOf(t)?.id ?? '';
          expect(ids(run(t, rule, [line(core, rule.minUnitPriceYen)]))).not.toContain(rule.id);
          expect(ids(run(t, rule, [line(core, rule.minUnitPriceYen - 1, { quantity: 10 })]))).toContain(rule.id);
          const other = plainOf(t)?.id ?? '';
          expect(ids(run(t, rule, [line(other, 2_000_000)]))).toContain(rule.id);
        });
      }
      if (rule.kind === 'categoryShare') {
        it(`${rule.id}: exactly ${rule.maxShare.num}/${rule.maxShare.den} of the total passes, 1 yen more fails`, () => {
          const core = coreOf(t)?.id ?? '';
          const cat = rule.categories[0] ?? '';
          const unit = 1_200_000;
          const share = rule.maxShare.num * unit;
          const rest = (rule.maxShare.den - rule.maxShare.num) * unit;
          expect(ids(run(t, rule, [line(core, rest), line(cat, share)]))).not.toContain(rule.id);
          expect(ids(run(t, rule, [line(core, rest), line(cat, share + 1)]))).toContain(rule.id);
        });
      }
      if (rule.kind === 'nonCoreCap') {
        it(`${rule.id}: non-core costs of ${rule.capYen}円 pass; above: a warning on costs, an error once the subsidy part exceeds it`, () => {
          const core = coreOf(t)?.id ?? '';
          const forbidden = rules.flatMap((r) => (r.kind === 'categoryForbidden' ? r.categories : []));
          const other = plainOf(t, forbidden)?.id ?? '';
          const withNonCore = (yen: number) => run(t, rule, [line(core, 100_000_000), line(other, yen)]);
          const at = ids(withNonCore(rule.capYen));
          expect(at.filter((x) => x.startsWith(rule.id))).toEqual([]);
          const over = withNonCore(rule.capYen + 1);
          expect(finding(over, `${rule.id}:cost`)?.severity).toBe('warning');
          expect(ids(over)).not.toContain(rule.id);
          const rate = over.figures.subsidy?.rate ?? { num: 1, den: 2 };
          // smallest non-core cost whose subsidy part (truncated) exceeds the cap
          const costOver = Math.ceil(((rule.capYen + 1) * rate.den) / rate.num);
          expect(finding(withNonCore(costOver), rule.id)?.severity).toBe('error');
          expect(ids(withNonCore(costOver - 1))).not.toContain(rule.id);
        });
      }
      if (rule.kind === 'categoryForbidden') {
        it(`${rule.id}: any line in ${rule.categories.join(', ')} is refused`, () => {
          const core = coreOf(t)?.id ?? '';
          for (const cat of rule.categories) {
            expect(ids(run(t, rule, [line(core, 1_000_000), line(cat, 1)]))).toContain(rule.id);
          }
          expect(ids(run(t, rule, [line(core, 1_000_000)]))).not.toContain(rule.id);
        });
      }
      if (rule.kind === 'noWebOnly') {
        it(`${rule.id}: web costs alone are refused; with another cost they are not`, () => {
          const web = t.rules.expenses?.categories.find((c) => c.web)?.id ?? '';
          const other = plainOf(t)?.id ?? '';
          expect(ids(run(t, rule, [line(web, 100_000)]))).toContain(rule.id);
          expect(ids(run(t, rule, [line(web, 100_000), line(other, 1)]))).not.toContain(rule.id);
        });
      }
    }
  });
}

describe('expense lines', () => {
  const t = realTemplates().get('monozukuri-20');
  it('adds 単価 × 数量 per line and per category, truncating fractions of a yen', () => {
    if (!t) throw new Error('monozukuri-20 missing');
    const r = checkApplication(t, makeApp(t, { expenses: [line('kikaiSystem', 1_000_000, { quantity: 2 }), line('genzairyo', 333.33, { quantity: 3 }), line('unknown', 5)] }));
    expect(r.figures.expenses?.totalYen).toBe(2_000_999); // 999.99 → 999
    expect(r.figures.expenses?.byCategory.find((c) => c.categoryId === 'kikaiSystem')).toMatchObject({ yen: 2_000_000, lines: 1 });
    expect(ids(r)).toContain('expense:category:e3');
    expect(ids(r)).toContain('expense:fraction:e2');
    const blank = checkApplication(t, makeApp(t, { expenses: [{ category: 'kikaiSystem', unitPriceYen: null, quantity: 1 }] }));
    expect(ids(blank)).toContain('expense:incomplete:e1');
  });
});
