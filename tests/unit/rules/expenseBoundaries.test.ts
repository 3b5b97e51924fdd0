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
      if (rule.kind === 'quoteRequired') {
        it(`${rule.id}: a line of exactly ${rule.thresholdYen}円 税込 is fine, 1 yen more needs 相見積; 税抜 lines are converted at ${rule.taxRatePercent}% (truncated)`, () => {
          const other = plainOf(t)?.id ?? '';
          const tax = t.rules.expenses?.taxBasis;
          const zeikomi = tax ? { kihon: { [tax.field]: tax.zeikomiValues[0] ?? '' } } : undefined;
          const withTax = (yen: number) => checkApplication(t, makeApp(t, { content: { kihon: { ...satisfying(t, rule.when), ...(zeikomi?.kihon ?? {}) } }, expenses: [line(other, yen)] }));
          if (zeikomi) {
            expect(ids(withTax(rule.thresholdYen))).not.toContain(`${rule.id}:e1`);
            expect(finding(withTax(rule.thresholdYen + 1), `${rule.id}:e1`)?.severity).toBe(rule.severity);
          }
          // 税抜: 454,546 × 1.10 = 500,000.6 → 500,000 (fine); 454,547 × 1.10 = 500,001.7 → 500,001 (needs 相見積).
          const net = Math.floor((rule.thresholdYen * 100) / (100 + rule.taxRatePercent)) + 1;
          expect(Math.floor((net * (100 + rule.taxRatePercent)) / 100)).toBe(rule.thresholdYen);
          expect(ids(run(t, rule, [line(other, net)]))).not.toContain(`${rule.id}:e1`);
          const over = run(t, rule, [line(other, net + 1)]);
          expect(finding(over, `${rule.id}:e1`)?.message).toContain(`税込${(rule.thresholdYen + 1).toLocaleString('en-US')}円`);
          // The amount is the line's 単価 × 数量: two of 250,001円 税込 make one order over the threshold.
          if (zeikomi) {
            const two = checkApplication(t, makeApp(t, { content: zeikomi, expenses: [line(other, rule.thresholdYen / 2 + 1, { quantity: 2 })] }));
            expect(ids(two)).toContain(`${rule.id}:e1`);
          }
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

describe('subsidy amounts at their boundaries', () => {
  for (const t of realTemplates().values()) {
    const sub = t.rules.subsidy;
    if (sub?.method === 'categoryCapped') {
      describe(`${t.id}: each category's subsidy cap`, () => {
        for (const g of sub.categoryCaps) {
          it(`${g.label}: a subsidy of exactly ${g.capYen}円 stands; 1 yen more is capped at ${g.capYen}円 with a warning`, () => {
            const cat = g.categories[0] ?? '';
            const other = plainOf(t, g.categories.concat(sub.categoryCaps.flatMap((x) => x.categories)))?.id ?? '';
            // 上限 with インボイス特例 (100万円 or more) so only the category cap acts; 課税事業者 (税抜), rate 2/3.
            const run2 = (cost: number) => checkApplication(t, makeApp(t, { content: { kihon: { tokurei: ['invoice'] } }, expenses: [line(other, 300_000), line(cat, cost)] }));
            const rate = run2(1).figures.subsidy!.rate;
            const exact = (g.capYen * rate.den) / rate.num; // 450,000円 × 2/3 = 300,000円
            const at = run2(exact);
            expect(at.figures.subsidy?.cappedGroups.find((x) => x.label === g.label)).toMatchObject({ costYen: exact, subsidyYen: g.capYen });
            expect(ids(at)).not.toContain(`subsidy:categoryCap:${g.categories.join('+')}`);
            // 450,002円 × 2/3 = 300,001.33 → 300,001 → capped to 300,000
            const over = run2(exact + 2);
            expect(over.figures.subsidy?.cappedGroups.find((x) => x.label === g.label)).toMatchObject({ costYen: exact + 2, subsidyYen: g.capYen });
            expect(finding(over, `subsidy:categoryCap:${g.categories.join('+')}`)?.severity).toBe('warning');
            expect(over.figures.subsidy?.totalYen).toBe(at.figures.subsidy?.totalYen);
          });
        }
      });
    }
    if (sub?.method === 'simple') {
      describe(`${t.id}: 上限 by head count and 下限 per 枠`, () => {
        for (const cap of sub.caps) {
          const bands = cap.bands ?? [];
          if (bands.length === 0) continue;
          it(`${cap.label}: the 上限 at each band edge (${bands.map((b) => b.maxEmployees ?? '∞').join(' / ')} employees)`, () => {
            const core = coreOf(t)?.id ?? '';
            const app = makeApp(t, { content: { kihon: satisfying(t, cap.when) }, expenses: [line(core, 500_000_000)] });
            bands.forEach((b, i) => {
              if (b.maxEmployees === null) return;
              expect(checkApplication(t, app, { employeeCount: b.maxEmployees }).figures.subsidy?.capYen, `${b.label} at ${b.maxEmployees}`).toBe(b.yen);
              const next = bands[i + 1];
              if (next) expect(checkApplication(t, app, { employeeCount: b.maxEmployees + 1 }).figures.subsidy?.capYen, `${next.label} at ${b.maxEmployees + 1}`).toBe(next.yen);
            });
          });
          const min = cap.minYen ?? sub.minYen;
          if (min === undefined) continue;
          it(`${cap.label}: 補助下限額 ${min}円 — a subsidy of exactly ${min}円 passes, 1 yen less is refused`, () => {
            const core = coreOf(t)?.id ?? '';
            const run2 = (cost: number) => checkApplication(t, makeApp(t, { content: { kihon: satisfying(t, cap.when) }, expenses: [line(core, cost)] }), { employeeCount: 10 });
            const rate = run2(min * 10).figures.subsidy!.rate;
            const cost = Math.ceil((min * rate.den) / rate.num);
            expect(run2(cost).figures.subsidy?.totalYen).toBe(min);
            expect(ids(run2(cost))).not.toContain('subsidy:belowMin');
            expect(run2(cost - 1).figures.subsidy?.totalYen).toBe(min - 1);
            expect(finding(run2(cost - 1), 'subsidy:belowMin')?.severity).toBe('error');
            expect(finding(run2(cost - 1), 'subsidy:belowMin')?.message).toContain(`${min.toLocaleString('en-US')}円`);
          });
        }
      });
    }
  }
});

describe('shinmono-1: the frames as numbers', () => {
  const t = realTemplates().get('shinmono-1')!;
  const core = coreOf(t)?.id ?? '';
  const cap = (waku: string, employees: number, extra: Record<string, string | string[]> = {}) =>
    checkApplication(t, makeApp(t, { content: { kihon: { waku, ...extra } }, expenses: [line(core, 500_000_000)] }), { employeeCount: employees }).figures.subsidy?.capYen;

  it('革新的新製品・サービス枠: 750 / 1,000 / 1,500 / 2,500万円 at 5 / 6–20 / 21–50 / 51+; 大幅賃上げ特例 850 / 1,250 / 2,500 / 3,500万円', () => {
    expect([5, 6, 20, 21, 50, 51].map((n) => cap('kakushinShinseihin', n))).toEqual([7_500_000, 10_000_000, 10_000_000, 15_000_000, 15_000_000, 25_000_000]);
    expect([5, 20, 50, 51].map((n) => cap('kakushinShinseihin', n, { tokurei: ['oohabaChinage'] }))).toEqual([8_500_000, 12_500_000, 25_000_000, 35_000_000]);
  });

  it('新事業進出枠: 2,500 / 4,000 / 5,500 / 7,000万円 at 20 / 21–50 / 51–100 / 101+ (the middle two 未確認); 特例 3,000–9,000万円', () => {
    expect([20, 21, 50, 51, 100, 101].map((n) => cap('shinJigyoShinshutsu', n))).toEqual([25_000_000, 40_000_000, 40_000_000, 55_000_000, 55_000_000, 70_000_000]);
    expect([20, 50, 100, 101].map((n) => cap('shinJigyoShinshutsu', n, { tokurei: ['oohabaChinage'] }))).toEqual([30_000_000, 50_000_000, 70_000_000, 90_000_000]);
    const shinCap = t.rules.subsidy?.method === 'simple' ? t.rules.subsidy.caps.find((c) => c.label === '新事業進出枠') : undefined;
    expect(shinCap?.source.unconfirmed).toBe(true);
  });

  it('rates: 1/2, and 2/3 for 小規模 in 革新的新製品・サービス枠 only; 下限 100万円 and 750万円 by 枠', () => {
    const rate = (waku: string, shokibo: string) => checkApplication(t, makeApp(t, { content: { kihon: { waku, shokibo } }, expenses: [line(core, 30_000_000)] }), { employeeCount: 10 }).figures.subsidy;
    expect(rate('kakushinShinseihin', 'no')).toMatchObject({ rate: { num: 1, den: 2 }, minYen: 1_000_000 });
    expect(rate('kakushinShinseihin', 'yes')).toMatchObject({ rate: { num: 2, den: 3 }, minYen: 1_000_000 });
    expect(rate('shinJigyoShinshutsu', 'yes')).toMatchObject({ rate: { num: 1, den: 2 }, minYen: 7_500_000 });
    // 新事業進出枠 at 1/2: 15,000,000円 of costs reach the 下限 exactly; 14,999,999円 (→ 7,499,999円) do not.
    const shin = (cost: number) => checkApplication(t, makeApp(t, { content: { kihon: { waku: 'shinJigyoShinshutsu', shokibo: 'no' } }, expenses: [line(core, cost)] }), { employeeCount: 30 });
    expect(ids(shin(15_000_000))).not.toContain('subsidy:belowMin');
    expect(ids(shin(14_999_999))).toContain('subsidy:belowMin');
    // the same 14,999,999円 in 革新的新製品・サービス枠 is far above its 100万円 下限
    expect(ids(checkApplication(t, makeApp(t, { content: { kihon: { waku: 'kakushinShinseihin', shokibo: 'no' } }, expenses: [line(core, 14_999_999)] }), { employeeCount: 30 }))).not.toContain('subsidy:belowMin');
  });
});
