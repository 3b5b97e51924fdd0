import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import type { NumericRule } from '../../../shared/rules/schema';
import type { Template } from '../../../shared/templates/template';
import type { FinancialYear } from '../../../shared/schemas/financialPlan';
import { ids, makeApp, realTemplates, satisfying, uniformYear } from '../checks/helpers';

/**
 * Every numeric rule of every template, at and just around its boundary: the plan is built so that the
 * rule's indicator lands exactly on the target (no finding) and one yen / one 円 below it (the rule's finding).
 */

type Rule<K extends NumericRule['kind']> = Extract<NumericRule, { kind: K }>;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** (10000 + T) / 10000 in lowest terms: base q^n, final p^n is exactly T hundredths of CAGR. */
function exactCagrPair(hundredths: number, n: number): { base: number; final: number } {
  const g = gcd(10_000 + hundredths, 10_000);
  const p = (10_000 + hundredths) / g;
  const q = 10_000 / g;
  const base = q ** n;
  const final = p ** n;
  if (!Number.isSafeInteger(final)) throw new Error('boundary pair too large');
  return { base, final };
}

function plan(n: number, base: number, final: number, extra: (i: number) => Partial<Parameters<typeof uniformYear>[3]> = () => ({})): FinancialYear[] {
  return [
    uniformYear('直近期', 'actual', base, extra(0)),
    ...Array.from({ length: n }, (_, i) => uniformYear(`${i + 1}年後`, 'plan', i === n - 1 ? final : base, extra(i + 1))),
  ];
}

function appFor(t: Template, rule: NumericRule, n: number, years: FinancialYear[]) {
  return makeApp(t, { content: { kihon: { ...satisfying(t, rule.when), keikakuKikan: String(n) } }, years });
}

const planLengths = (t: Template): number[] => {
  const pl = t.rules.numeric.find((r): r is Rule<'planLength'> => r.kind === 'planLength');
  return pl ? Array.from({ length: pl.max - pl.min + 1 }, (_, i) => pl.min + i) : [3];
};

for (const t of realTemplates().values()) {
  describe(`${t.id}: numeric rules at their boundaries`, () => {
    for (const rule of t.rules.numeric) {
      if (rule.kind === 'cagr') {
        const targets = rule.target.kind === 'fixed' ? [[null, rule.target.percent] as const] : Object.entries(rule.target.table);
        it(`${rule.id}: CAGR exactly at the target passes, 1 yen less fails (${targets.length} target(s) × plan lengths)`, () => {
          for (const [prefecture, percent] of targets) {
            const hundredths = Math.round(percent * 100);
            for (const n of planLengths(t)) {
              const { base, final } = exactCagrPair(hundredths, n);
              const ctx = prefecture === null ? {} : { prefecture };
              const pass = checkApplication(t, appFor(t, rule, n, plan(n, base, final)), ctx);
              expect(ids(pass), `${rule.id} ${prefecture ?? ''} n=${n} at target`).not.toContain(rule.id);
              const fail = checkApplication(t, appFor(t, rule, n, plan(n, base, final - 1)), ctx);
              expect(ids(fail), `${rule.id} ${prefecture ?? ''} n=${n} below`).toContain(rule.id);
              const g = fail.figures.growth.find((x) => x.ruleId === rule.id);
              expect(g?.value.ok && g.value.value.hundredths).toBe(hundredths - 1);
            }
          }
        });
      }
      if (rule.kind === 'cumulativeGrowth') {
        it(`${rule.id}: (B − A)/|A| exactly at the target passes, 1 yen less fails, for each plan length`, () => {
          for (const [years, percent] of Object.entries(rule.targetsByYears)) {
            const n = Number(years);
            const base = 10_000_000;
            const final = base + 1_000 * Math.round(percent * 100);
            expect(ids(checkApplication(t, appFor(t, rule, n, plan(n, base, final))))).not.toContain(rule.id);
            expect(ids(checkApplication(t, appFor(t, rule, n, plan(n, base, final - 1))))).toContain(rule.id);
          }
        });
      }
      if (rule.kind === 'minWageMargin') {
        it(`${rule.id}: +${rule.minYen}円 over the regional minimum passes, +${rule.minYen - 1}円 fails`, () => {
          const n = planLengths(t)[0] ?? 3;
          const wage = (margin: (i: number) => number) => (i: number) => ({ chiikiBetsuSaiteiChingin: 1_000 + 10 * i, jigyojoNaiSaiteiChingin: 1_000 + 10 * i + margin(i) });
          const ok = checkApplication(t, appFor(t, rule, n, plan(n, 1_000_000, 2_000_000, wage(() => rule.minYen))));
          expect(ids(ok).filter((x) => x.startsWith(`${rule.id}:`))).toEqual([]);
          const bad = checkApplication(t, appFor(t, rule, n, plan(n, 1_000_000, 2_000_000, wage((i) => (i === 2 ? rule.minYen - 1 : rule.minYen)))));
          expect(ids(bad)).toContain(`${rule.id}:2年後`);
          expect(ids(bad)).not.toContain(`${rule.id}:1年後`);
        });
      }
      if (rule.kind === 'ownWageIncrease') {
        it(`${rule.id}: own minimum wage +${rule.minYen}円 passes, +${rule.minYen - 1}円 fails`, () => {
          const own = (rise: number) => (i: number) => ({ jigyojoNaiSaiteiChingin: i === 0 ? 1_100 : 1_100 + rise, chiikiBetsuSaiteiChingin: 1_000 });
          expect(ids(checkApplication(t, appFor(t, rule, 3, plan(3, 1, 2, own(rule.minYen)))))).not.toContain(rule.id);
          expect(ids(checkApplication(t, appFor(t, rule, 3, plan(3, 1, 2, own(rule.minYen - 1)))))).toContain(rule.id);
        });
      }
      if (rule.kind === 'positiveFinalYear') {
        it(`${rule.id}: the final year must be > 0 (1 passes, 0 fails)`, () => {
          const n = 3;
          const pass = checkApplication(t, appFor(t, rule, n, plan(n, 1_000_000, 1)));
          const fail = checkApplication(t, appFor(t, rule, n, plan(n, 1_000_000, 0)));
          for (const ind of rule.indicators) {
            expect(ids(pass)).not.toContain(`${rule.id}:${ind}`);
            expect(ids(fail)).toContain(`${rule.id}:${ind}`);
          }
        });
      }
      if (rule.kind === 'employeeLimit') {
        it(`${rule.id}: the employee limit of each option (limit passes, limit + 1 fails)`, () => {
          for (const [option, limit] of Object.entries(rule.limits)) {
            const app = makeApp(t, { content: { kihon: { [rule.field]: option } } });
            expect(ids(checkApplication(t, app, { employeeCount: limit }))).not.toContain(rule.id);
            expect(ids(checkApplication(t, app, { employeeCount: limit + 1 }))).toContain(rule.id);
          }
        });
      }
      if (rule.kind === 'planLength') {
        it(`${rule.id}: the plan table must reach the chosen length (${rule.min}–${rule.max} years)`, () => {
          const app = (n: number, have: number) => makeApp(t, { content: { kihon: { [rule.field]: String(n) } }, years: plan(have, 1, 2) });
          expect(ids(checkApplication(t, app(rule.max, rule.max)))).not.toContain(`${rule.id}:short`);
          expect(ids(checkApplication(t, app(rule.max, rule.max - 1)))).toContain(`${rule.id}:short`);
          expect(ids(checkApplication(t, app(rule.min, rule.min + 1)))).toContain(`${rule.id}:long`);
        });
      }
    }
  });
}

describe('rule coverage of this test', () => {
  it('knows every numeric rule kind the templates use', () => {
    const known = new Set(['cagr', 'cumulativeGrowth', 'minWageMargin', 'ownWageIncrease', 'positiveFinalYear', 'employeeLimit', 'planLength']);
    for (const t of realTemplates().values()) for (const r of t.rules.numeric) expect(known.has(r.kind), `${t.id} ${r.id}`).toBe(true);
    expect(realTemplates().size).toBe(5);
  });
});
