import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import { buildLargestApplication } from '../../../shared/checks/fixtures/largest';
import { countChars } from '../../../shared/checks/textScan';
import { finding, ids, makeApp, realTemplate, realTemplates, uniformYear, year } from './helpers';

/** The engine as a whole: JSON-safe reports, stable ids, dates, prefecture lookup, speed. */

const noNaN = (x: unknown) => {
  const s = JSON.stringify(x);
  expect(s).not.toMatch(/NaN|Infinity|null円|undefined/);
};

describe('reports are plain JSON without NaN/Infinity', () => {
  for (const t of realTemplates().values()) {
    it(`${t.id}: empty, zero, negative, huge and largest applications`, () => {
      const zero = [uniformYear('直近期', 'actual', 0, { jugyoinSu: 0, yakuinSu: 0 }), uniformYear('1年後', 'plan', 0, { jugyoinSu: 0, yakuinSu: 0 })];
      const negative = [uniformYear('直近期', 'actual', -5_000_000), ...[1, 2, 3, 4, 5].map((k) => uniformYear(`${k}年後`, 'plan', -1))];
      const huge = [uniformYear('直近期', 'actual', 1e300), ...[1, 2, 3].map((k) => uniformYear(`${k}年後`, 'plan', 1e300))];
      for (const years of [[], zero, negative, huge]) {
        const report = checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: '3' } }, years, expenses: [{ category: 'x', unitPriceYen: 0, quantity: 0 }] }));
        noNaN(report);
        for (const f of report.findings) expect(f.message.length).toBeGreaterThan(0);
      }
      noNaN(checkApplication(t, buildLargestApplication(t)));
    });
  }
});

describe('stability and order', () => {
  const t = realTemplate('monozukuri-20');
  it('the same application gives the same finding ids, errors first', () => {
    const app = buildLargestApplication(t);
    const a = checkApplication(t, app);
    const b = checkApplication(t, app);
    expect(ids(a)).toEqual(ids(b));
    const rank = { error: 0, warning: 1, hint: 2 };
    const order = a.findings.map((f) => rank[f.severity]);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });
});

describe('経営革新 targets end to end (keiei-kakushin-r2 / h28)', () => {
  const r2 = realTemplate('keiei-kakushin-r2');
  const h28 = realTemplate('keiei-kakushin-h28');
  const years = (final: number, kyuyo: number, keijo = 1_000_000) => [
    year('直近期', 'actual', { eigyoRieki: 2_000_000, jinkenHi: 7_000_000, genkaShokyakuHi: 1_000_000, kyuyoShikyuSogaku: 6_000_000, yakuinKyuyo: 4_000_000, keijoRieki: 1_000_000, jugyoinSu: 5 }),
    year('1年後', 'plan', {}),
    year('2年後', 'plan', {}),
    year('3年後', 'plan', { eigyoRieki: final - 8_000_000, jinkenHi: 7_000_000, genkaShokyakuHi: 1_000_000, kyuyoShikyuSogaku: kyuyo - 4_000_000, yakuinKyuyo: 4_000_000, keijoRieki: keijo, jugyoinSu: 5 }),
  ];
  const run = (t: typeof r2, y: ReturnType<typeof years>, shihyo = 'fukaKachiGaku') => checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: '3', shihyo } }, years: y }));

  it('+9% 付加価値額 and +4.5% 給与支給総額 (役員 included) over 3 years pass exactly; the fix names the needed value', () => {
    expect(ids(run(r2, years(10_900_000, 10_450_000))).filter((x) => x.endsWith('Nobi'))).toEqual([]);
    const f = finding(run(r2, years(10_899_999, 10_450_000)), 'fukaKachiGakuNobi');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('8.99%');
    expect(f?.message).toContain('10,900,000円以上');
    expect(ids(run(r2, years(10_900_000, 10_449_999)))).toContain('kyuyoNobi');
  });

  it('一人当たり付加価値額 is used when chosen', () => {
    const r = run(r2, years(10_900_000, 10_450_000), 'hitoriAtari');
    expect(r.figures.growth.map((g) => g.ruleId)).toContain('hitoriAtariNobi');
    expect(r.figures.growth.map((g) => g.ruleId)).not.toContain('fukaKachiGakuNobi');
  });

  it('旧基準 (h28): 経常利益 +3% over 3 years, exactly', () => {
    expect(ids(run(h28, years(10_900_000, 0, 1_030_000)))).not.toContain('keijoRiekiNobi');
    expect(ids(run(h28, years(10_900_000, 0, 1_029_999)))).toContain('keijoRiekiNobi');
  });

  it('asOf skips rules outside their validity window, and an old template gets a dated hint', () => {
    const app = makeApp(h28, { content: { kihon: { keikakuKikan: '3', shihyo: 'fukaKachiGaku' } }, years: years(1, 1) });
    expect(ids(checkApplication(h28, app))).toContain('fukaKachiGakuNobi');
    expect(ids(checkApplication(h28, app, { asOf: '2025-01-01' }))).not.toContain('fukaKachiGakuNobi');
    expect(ids(checkApplication(h28, app))).toContain('dated:template');
  });
});

describe('もの補助 wage rules (monozukuri-20)', () => {
  const t = realTemplate('monozukuri-20');
  const base = 3_000_000;
  const y3 = (perHeadFinal: number, extra: (i: number) => object = () => ({})) => [
    uniformYear('直近期', 'actual', base, { jugyoinSu: 10, kyuyoShikyuSogaku: base * 10, ...extra(0) }),
    uniformYear('1年後', 'plan', base, { jugyoinSu: 10, kyuyoShikyuSogaku: base * 10, ...extra(1) }),
    uniformYear('2年後', 'plan', base, { jugyoinSu: 10, kyuyoShikyuSogaku: base * 10, ...extra(2) }),
    uniformYear('3年後', 'plan', base, { jugyoinSu: 10, kyuyoShikyuSogaku: perHeadFinal * 10, ...extra(3) }),
  ];
  it('finds the prefecture in 事業実施場所: 埼玉 3.1%, 東京 2.8% (not 京都)', () => {
    const run = (basho: string, totalFinal: number) =>
      checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: '3' }, shinseishaGaiyo: { jisshiBasho: basho } }, years: y3(totalFinal / 10) }));
    // 3,000,000 × 1.031³ = 3,287,738.373 per head → total 32,877,383.73
    expect(ids(run('埼玉県川口市本町1-1', 32_877_384))).not.toContain('hitoriAtariJugyoinCagr');
    expect(ids(run('埼玉県川口市本町1-1', 32_877_383))).toContain('hitoriAtariJugyoinCagr');
    expect(ids(run('埼玉県川口市本町1-1', 32_877_384))).not.toContain('hitoriAtariJugyoinCagr:prefecture');
    const tokyo = run('東京都千代田区', 32_877_383);
    expect(tokyo.figures.growth.find((g) => g.ruleId === 'hitoriAtariJugyoinCagr')?.targetPercent).toBe(2.8);
  });

  it('a blank future regional minimum wage is taken from the last one entered, with a hint', () => {
    const r = checkApplication(
      t,
      makeApp(t, {
        content: { kihon: { keikakuKikan: '3' } },
        years: y3(4_000_000, (i) => ({ chiikiBetsuSaiteiChingin: i === 0 ? 1_000 : null, jigyojoNaiSaiteiChingin: 1_028 + i })),
      }),
    );
    expect(ids(r)).toContain('saiteiChingin30:1年後');
    expect(ids(r)).not.toContain('saiteiChingin30:2年後');
    expect(finding(r, 'saiteiChingin30:assumedRegional')?.severity).toBe('hint');
  });

  it('no employees: the employee wage targets are skipped with a hint (FAQ 3-4)', () => {
    const r = checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: '3' } }, years: y3(base, () => ({ jugyoinSu: 0, kyuyoShikyuSogaku: 0 })) }));
    expect(finding(r, 'kyuyoJugyoinCagr:skipped')?.severity).toBe('hint');
    expect(ids(r)).not.toContain('kyuyoJugyoinCagr');
  });
});

describe('the largest application (benchmark fixture)', () => {
  it('fills every text field to its limit and has a 5-year plan and 50 expense lines', () => {
    for (const t of realTemplates().values()) {
      const app = buildLargestApplication(t);
      expect(app.expenses).toHaveLength(50);
      expect(app.financialPlan.years.filter((y) => y.kind === 'plan')).toHaveLength(5);
      for (const s of t.sections) for (const f of s.fields) if (f.kind === 'text' && f.maxChars) expect(countChars(String(app.content[s.id]?.[f.id]))).toBe(f.maxChars);
    }
  });
});
