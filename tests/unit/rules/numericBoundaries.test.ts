import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import type { NumericRule } from '../../../shared/rules/schema';
import type { Template } from '../../../shared/templates/template';
import type { FinancialYear } from '../../../shared/schemas/financialPlan';
import { finding, ids, makeApp, realTemplates, satisfying, uniformYear, year } from '../checks/helpers';

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
      if (rule.kind === 'growthToPlanYear') {
        it(`${rule.id}: (B − A)/|A| from 直近期 to plan year ${rule.planYear} exactly at +${rule.minPercent}% passes, 1 yen less fails`, () => {
          const base = 10_000_000;
          const final = base + 1_000 * Math.round(rule.minPercent * 100);
          const n = rule.planYear;
          const gross = () => ({ uriageGenka: 0 });
          expect(ids(checkApplication(t, appFor(t, rule, n, plan(n, base, final, gross))))).not.toContain(rule.id);
          expect(ids(checkApplication(t, appFor(t, rule, n, plan(n, base, final - 1, gross))))).toContain(rule.id);
        });
      }
      if (rule.kind === 'requiresEmployees') {
        it(`${rule.id}: needs ${rule.minEmployees} employee(s) (${rule.minEmployees} passes, ${rule.minEmployees - 1} fails)`, () => {
          const app = makeApp(t, { content: { kihon: satisfying(t, rule.when) } });
          expect(ids(checkApplication(t, app, { employeeCount: rule.minEmployees }))).not.toContain(rule.id);
          expect(ids(checkApplication(t, app, { employeeCount: rule.minEmployees - 1 }))).toContain(rule.id);
        });
      }
      if (rule.kind === 'rising') {
        it(`${rule.id}: each indicator must rise from plan year ${rule.fromPlanYear} to ${rule.toPlanYear} (equal fails, +1 yen passes)`, () => {
          const x = 50_000_000;
          const years = (last: number) => [
            uniformYear('直近期', 'actual', x, { uriageGenka: 0 }),
            ...Array.from({ length: rule.toPlanYear }, (_, i) => uniformYear(`${i + 1}年後`, 'plan', i + 1 === rule.toPlanYear ? last : x, { uriageGenka: 0 })),
          ];
          const app = (last: number) => makeApp(t, { content: { kihon: satisfying(t, rule.when) }, years: years(last) });
          const equal = ids(checkApplication(t, app(x)));
          const up = ids(checkApplication(t, app(x + 1)));
          for (const ind of rule.indicators) {
            expect(equal, `${ind} equal`).toContain(`${rule.id}:${ind}`);
            expect(up, `${ind} +1`).not.toContain(`${rule.id}:${ind}`);
          }
        });
      }
      if (rule.kind === 'smallBusinessClaim') {
        it(`${rule.id}: the 小規模 claim against 業種 and head count, at each limit`, () => {
          const claim = (yes: boolean) => makeApp(t, { content: { kihon: { [rule.field]: yes ? rule.yesValue : 'no' } } });
          for (const [industry, limit] of [['製造業（婦人下着）', rule.limits.seizoSonota], ['小売業', rule.limits.shogyoService], ['旅館業', rule.limits.shukuhakuGoraku]] as const) {
            expect(ids(checkApplication(t, claim(true), { industry, employeeCount: limit })), `${industry} ${limit}`).not.toContain(`${rule.id}:contradicted`);
            expect(ids(checkApplication(t, claim(true), { industry, employeeCount: limit + 1 })), `${industry} ${limit + 1}`).toContain(`${rule.id}:contradicted`);
            expect(ids(checkApplication(t, claim(false), { industry, employeeCount: limit })), `${industry} unclaimed`).toContain(`${rule.id}:unclaimed`);
          }
          // Unknown 業種: nothing is claimed either way.
          expect(ids(checkApplication(t, claim(true), { industry: '', employeeCount: 999 }))).not.toContain(`${rule.id}:contradicted`);
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
    const known = new Set(['cagr', 'cumulativeGrowth', 'minWageMargin', 'ownWageIncrease', 'positiveFinalYear', 'employeeLimit', 'planLength', 'growthToPlanYear', 'requiresEmployees', 'rising', 'smallBusinessClaim']);
    for (const t of realTemplates().values()) for (const r of t.rules.numeric) expect(known.has(r.kind), `${t.id} ${r.id}`).toBe(true);
    expect(realTemplates().size).toBe(9);
  });
});

describe('jizokuka-20: 第20回 thresholds with realistic figures', () => {
  const t = realTemplates().get('jizokuka-20')!;
  const chinage = { kihon: { tokurei: ['chinage'] } };
  // 4 employees: 直近期 14,400,000円 → 3,600,000円 per head. +3.00% = 3,708,000円 per head = 14,832,000円 in all.
  const wages = (finalTotal: number) => [
    year('直近期', 'actual', { uriageDaka: 88_000_000, uriageGenka: 60_500_000, jugyoinSu: 4, kyuyoShikyuSogaku: 14_400_000 }),
    year('1年後（補助事業終了時）', 'plan', { uriageDaka: 93_000_000, uriageGenka: 63_200_000, jugyoinSu: 4, kyuyoShikyuSogaku: finalTotal }),
    year('2年後（事業効果報告時）', 'plan', { uriageDaka: 99_000_000, uriageGenka: 66_800_000, jugyoinSu: 4, kyuyoShikyuSogaku: finalTotal }),
  ];

  it('賃金引上げ特例: 1人あたり給与支給総額 exactly +3.00% passes; 1 yen less in the total (3,707,999.75円 per head) fails', () => {
    const pass = checkApplication(t, makeApp(t, { content: chinage, years: wages(14_832_000) }), { employeeCount: 4 });
    expect(ids(pass)).not.toContain('chinageTokurei3');
    expect(pass.figures.growth.find((g) => g.ruleId === 'chinageTokurei3')?.value).toMatchObject({ ok: true, value: { display: '3.00%' } });
    const fail = checkApplication(t, makeApp(t, { content: chinage, years: wages(14_831_999) }), { employeeCount: 4 });
    expect(finding(fail, 'chinageTokurei3')?.severity).toBe('error');
    expect(finding(fail, 'chinageTokurei3')?.message).toContain('3,708,000');
  });

  it('賃金引上げ特例 needs employees: 0 is refused, 1 is not; without the 特例 nothing is asked', () => {
    const app = makeApp(t, { content: chinage, years: wages(14_832_000) });
    expect(finding(checkApplication(t, app, { employeeCount: 0 }), 'chinageTokureiJugyoin')).toMatchObject({ severity: 'error', sectionId: 'kihon', fieldId: 'tokurei' });
    expect(ids(checkApplication(t, app, { employeeCount: 1 }))).not.toContain('chinageTokureiJugyoin');
    expect(ids(checkApplication(t, makeApp(t, { years: wages(14_832_000) }), { employeeCount: 0 }))).not.toContain('chinageTokureiJugyoin');
  });

  it('要件(4): 売上高 equal at 事業効果報告時 fails; 売上総利益 equal (売上原価 up by as much as 売上高) fails on its own', () => {
    const plan = (u2: number, g2: number) => [
      year('直近期', 'actual', { uriageDaka: 88_000_000, uriageGenka: 60_500_000 }),
      year('1年後（補助事業終了時）', 'plan', { uriageDaka: 93_000_000, uriageGenka: 63_200_000 }),
      year('2年後（事業効果報告時）', 'plan', { uriageDaka: u2, uriageGenka: g2 }),
    ];
    const at = (u2: number, g2: number) => ids(checkApplication(t, makeApp(t, { years: plan(u2, g2) }))).filter((x) => x.startsWith('uriageRising'));
    // 売上総利益 at 1年後 = 93,000,000 − 63,200,000 = 29,800,000.
    expect(at(93_000_001, 63_200_000)).toEqual([]); // both up (by 1 yen)
    expect(at(93_000_000, 63_199_999)).toEqual(['uriageRising:uriageDaka']); // 売上高 equal, 売上総利益 +1
    expect(at(93_000_001, 63_200_001)).toEqual(['uriageRising:uriageSoRieki']); // 売上高 +1, 売上総利益 equal
    expect(at(99_000_000, 66_800_000)).toEqual([]); // the demo plan: 9,900万円 / 3,220万円
  });
});

describe('shinmono-1: 基本要件 CAGR boundaries (the official tool truncates to 0.01%)', () => {
  const t = realTemplates().get('shinmono-1')!;
  const rule = (id: string) => t.rules.numeric.find((r) => r.id === id)!;

  it('付加価値額 4.0% and 従業員1人あたり給与支給総額 3.5%: at the target passes, 1 yen less is 3.99% / 3.49% and fails, for 3–5 years', () => {
    for (const [id, target] of [['fukaKachiGakuCagr', 400], ['hitoriAtariJugyoinCagr', 350]] as const) {
      const r = rule(id);
      expect(r.kind === 'cagr' && r.target.kind === 'fixed' && Math.round(r.target.percent * 100)).toBe(target);
      for (const n of [3, 4, 5]) {
        const { base, final } = exactCagrPair(target, n);
        expect(ids(checkApplication(t, appFor(t, r, n, plan(n, base, final)))), `${id} n=${n}`).not.toContain(id);
        const fail = checkApplication(t, appFor(t, r, n, plan(n, base, final - 1)));
        expect(ids(fail), `${id} n=${n} − 1`).toContain(id);
        const g = fail.figures.growth.find((x) => x.ruleId === id);
        expect(g?.value.ok && g.value.value.hundredths).toBe(target - 1);
      }
    }
  });

  it('事業場内最低賃金 +30円 over the regional minimum in every plan year', () => {
    const r = rule('saiteiChingin30');
    expect(r).toMatchObject({ kind: 'minWageMargin', minYen: 30, years: 'everyPlanYear' });
  });
});
