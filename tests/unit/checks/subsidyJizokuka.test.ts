import { describe, expect, it } from 'vitest';
import { yoshiki3 } from '../../../shared/checks/subsidyJizokuka';
import { checkApplication } from '../../../shared/checks/checkApplication';
import { finding, ids, makeApp, realTemplate } from './helpers';

/**
 * 持続化 様式3 (r3i_y3e.xlsx): b = ROUNDDOWN(a × rate), d = min(ROUNDDOWN(c × rate), ROUNDDOWN(b/3),
 * ROUNDDOWN(cap/4), 500,000), f = min(b + d (+1 yen when the dropped fractions add up to ≥ 1), cap).
 * Expected values hand-computed from the sheet's cells.
 */
const y = (a: number, c: number, rate: [number, number], cap: number) => {
  const r = yoshiki3(BigInt(a), BigInt(c), BigInt(rate[0]), BigInt(rate[1]), BigInt(cap), 500_000n);
  return { b: Number(r.b), d: Number(r.d), f: Number(r.f), bonus: Number(r.bonus), range: r.range && [Number(r.range.min), Number(r.range.max)] };
};

describe('様式3 arithmetic', () => {
  it('web portion exactly 1/4 of the total: a 450,000, c 150,000 → b 300,000, d 100,000, f 400,000', () => {
    expect(y(450_000, 150_000, [2, 3], 500_000)).toEqual({ b: 300_000, d: 100_000, f: 400_000, bonus: 0, range: null });
  });

  it('1 yen of web cost more is cut back to b/3: c 150,002 → d stays 100,000', () => {
    // ROUNDDOWN(150,002 × 2/3) = 100,001 > ROUNDDOWN(300,000 / 3) = 100,000
    expect(y(450_000, 150_002, [2, 3], 500_000).d).toBe(100_000);
  });

  it('b/3 truncated: a 300,000, c 100,000 → b 200,000, d 66,666, f 266,666 (4d ≤ f)', () => {
    const r = y(300_000, 100_000, [2, 3], 500_000);
    expect(r).toEqual({ b: 200_000, d: 66_666, f: 266_666, bonus: 0, range: null });
    expect(4 * r.d).toBeLessThanOrEqual(r.f);
  });

  it('yen are truncated, never rounded up: a 100,001 × 2/3 = 66,667.33 → 66,667', () => {
    expect(y(100_001, 0, [2, 3], 500_000)).toMatchObject({ b: 66_667, f: 66_667 });
    expect(y(100_002, 0, [2, 3], 500_000)).toMatchObject({ b: 66_668, f: 66_668 }); // 66,668.00
    expect(y(100_000, 0, [3, 4], 500_000)).toMatchObject({ b: 75_000 });
    expect(y(100_001, 0, [3, 4], 500_000)).toMatchObject({ b: 75_000 }); // 75,000.75
  });

  it('the sheet adds 1 yen when the dropped fractions of (b) and (d) add up to ≥ 1: a 100, c 1 → f 67', () => {
    // b = ROUNDDOWN(66.666) = 66 (fraction .666), d = ROUNDDOWN(0.666) = 0 (fraction .666): .666 + .666 ≥ 1
    expect(y(100, 1, [2, 3], 500_000)).toEqual({ b: 66, d: 0, f: 67, bonus: 1, range: null });
    // fractions .333 + .666 = .999 < 1: no bonus (a 50 → 33.333, c 1 → 0.666)
    expect(y(50, 1, [2, 3], 500_000)).toMatchObject({ f: 33, bonus: 0 });
  });

  it('over the cap: a 1,500,000 → f = cap 500,000; (b) range [500,000, 500,000]', () => {
    expect(y(1_500_000, 0, [2, 3], 500_000)).toMatchObject({ f: 500_000, range: [500_000, 500_000] });
  });

  it('over the cap with web costs: (b) may be 375,000–500,000 (d ≤ cap/4)', () => {
    // b 600,000, G16 200,000, H12 200,000, H20 125,000 → d 125,000; b + d 725,000 > 500,000
    expect(y(900_000, 300_000, [2, 3], 500_000)).toMatchObject({ b: 500_000, d: 0, f: 500_000, range: [375_000, 500_000] });
  });

  it('賃金引上げ特例・赤字事業者 3/4: a 1,000,000, c 400,000, cap 2,000,000 → b 750,000, d 250,000, f 1,000,000', () => {
    expect(y(1_000_000, 400_000, [3, 4], 2_000_000)).toEqual({ b: 750_000, d: 250_000, f: 1_000_000, bonus: 0, range: null });
  });

  it('the 50万円 web cap: both 特例 (cap 2,500,000), a 3,000,000, c 1,200,000 → d 500,000, f 2,500,000', () => {
    expect(y(3_000_000, 1_200_000, [2, 3], 2_500_000)).toEqual({ b: 2_000_000, d: 500_000, f: 2_500_000, bonus: 0, range: null });
  });
});

describe('jizokuka-17 through the check engine', () => {
  const t = realTemplate('jizokuka-17');
  const big = [{ category: 'kikaiSochi', unitPriceYen: 6_000_000, quantity: 1 }];
  const cap = (tokurei: string[], akaji = 'no') => checkApplication(t, makeApp(t, { content: { kihon: { tokurei, akaji, kazei: 'kazei' } }, expenses: big })).figures.subsidy;

  it('caps by 特例: 50万 / インボイス 100万 / 賃金引上げ 200万 / both 250万', () => {
    expect(cap([])?.totalYen).toBe(500_000);
    expect(cap(['invoice'])?.totalYen).toBe(1_000_000);
    expect(cap(['chinage'])?.totalYen).toBe(2_000_000);
    expect(cap(['invoice', 'chinage'])?.totalYen).toBe(2_500_000);
  });

  it('rate 3/4 only for 赤字事業者 with 賃金引上げ特例', () => {
    expect(cap(['chinage'], 'yes')?.rate).toEqual({ num: 3, den: 4 });
    expect(cap([], 'yes')?.rate).toEqual({ num: 2, den: 3 });
    const r = checkApplication(t, makeApp(t, { content: { kihon: { akaji: 'yes' } } }));
    expect(finding(r, 'akajiChinage')?.severity).toBe('warning');
  });

  it('warns when the web portion is cut by the 1/4 rule', () => {
    const r = checkApplication(t, makeApp(t, { expenses: [{ category: 'kohoHi', unitPriceYen: 450_000, quantity: 1 }, { category: 'website', unitPriceYen: 150_002, quantity: 1 }] }));
    expect(r.figures.subsidy).toMatchObject({ nonWebSubsidyYen: 300_000, webSubsidyYen: 100_000, totalYen: 400_000 });
    expect(ids(r)).toContain('subsidy:webCapped');
    const exact = checkApplication(t, makeApp(t, { expenses: [{ category: 'kohoHi', unitPriceYen: 450_000, quantity: 1 }, { category: 'website', unitPriceYen: 150_000, quantity: 1 }] }));
    expect(ids(exact)).not.toContain('subsidy:webCapped');
  });

  it('reports the tax basis (免税 → 税込)', () => {
    const r = checkApplication(t, makeApp(t, { content: { kihon: { kazei: 'menzei' } }, expenses: big }));
    expect(r.figures.subsidy?.taxBasis).toBe('zeikomi');
  });
});
