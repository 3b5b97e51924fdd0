import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import { finding, ids, makeApp, realTemplate } from './helpers';

/** もの補助: ROUNDDOWN(eligible × rate), capped by the 枠 for the employee band, 特例 uplift, 下限 100万円. */

describe('monozukuri-20 subsidy amount', () => {
  const t = realTemplate('monozukuri-20');
  const app = (kihon: Record<string, string | string[]>, cost: number) =>
    makeApp(t, { content: { kihon }, expenses: [{ category: 'kikaiSystem', unitPriceYen: cost, quantity: 1 }] });
  const sub = (kihon: Record<string, string | string[]>, cost: number, employeeCount?: number) =>
    checkApplication(t, app(kihon, cost), employeeCount === undefined ? {} : { employeeCount }).figures.subsidy;

  it.each([
    [5, 7_500_000],
    [6, 10_000_000],
    [20, 10_000_000],
    [21, 15_000_000],
    [50, 15_000_000],
    [51, 25_000_000],
    [300, 25_000_000],
  ])('製品・サービス高付加価値化枠: %s employees → cap %s円', (employees, yen) => {
    const s = sub({ waku: 'seihinService', shokibo: 'no' }, 100_000_000, employees);
    expect(s?.capYen).toBe(yen);
    expect(s?.totalYen).toBe(yen);
  });

  it('グローバル枠 3,000万円 whatever the size', () => {
    expect(sub({ waku: 'global', shokibo: 'no' }, 100_000_000, 3)?.capYen).toBe(30_000_000);
  });

  it.each([
    [5, 8_500_000],
    [20, 12_500_000],
    [50, 25_000_000],
    [51, 35_000_000],
  ])('大幅賃上げ特例 raises the cap for %s employees to %s円', (employees, yen) => {
    expect(sub({ waku: 'seihinService', shokibo: 'no', tokurei: ['oohabaChinage'] }, 100_000_000, employees)?.capYen).toBe(yen);
  });

  it('大幅賃上げ特例 does not apply when the normal cap is not reached', () => {
    const r = checkApplication(t, app({ waku: 'seihinService', shokibo: 'no', tokurei: ['oohabaChinage'] }, 14_999_998), { employeeCount: 5 });
    expect(r.figures.subsidy?.capYen).toBe(7_500_000);
    expect(r.figures.subsidy?.totalYen).toBe(7_499_999);
    expect(ids(r)).toContain('subsidy:upliftNotReached:大幅賃上げ特例');
    const reached = checkApplication(t, app({ waku: 'seihinService', shokibo: 'no', tokurei: ['oohabaChinage'] }, 15_000_000), { employeeCount: 5 });
    expect(reached.figures.subsidy?.capYen).toBe(8_500_000);
  });

  it('truncates yen: 1/2 of 2,000,001 is 1,000,000; 2/3 of 1,500,001 is 1,000,000', () => {
    expect(sub({ waku: 'seihinService', shokibo: 'no' }, 2_000_001, 5)?.totalYen).toBe(1_000_000);
    expect(sub({ waku: 'seihinService', shokibo: 'yes' }, 1_500_001, 5)?.totalYen).toBe(1_000_000);
    expect(sub({ waku: 'seihinService', shokibo: 'yes' }, 1_500_002, 5)?.totalYen).toBe(1_000_001);
  });

  it('rates: 小規模 2/3, 最低賃金引上げ特例 2/3, 再生事業者 2/3 (製品・サービス枠), else 1/2', () => {
    expect(sub({ waku: 'seihinService', shokibo: 'yes' }, 3_000_000)?.rate).toEqual({ num: 2, den: 3 });
    expect(sub({ waku: 'seihinService', shokibo: 'no', tokurei: ['saiteiChinginHikiage'] }, 3_000_000)?.rate).toEqual({ num: 2, den: 3 });
    expect(sub({ waku: 'seihinService', shokibo: 'no', katen: ['saiseiJigyosha'] }, 3_000_000)?.rate).toEqual({ num: 2, den: 3 });
    expect(sub({ waku: 'global', shokibo: 'no', katen: ['saiseiJigyosha'] }, 3_000_000)?.rate).toEqual({ num: 1, den: 2 });
    expect(sub({ waku: 'seihinService', shokibo: 'no' }, 3_000_000)?.rate).toEqual({ num: 1, den: 2 });
  });

  it('下限 100万円: 1,999,999 × 1/2 = 999,999 is refused; 2,000,000 is not', () => {
    const low = checkApplication(t, app({ waku: 'seihinService', shokibo: 'no' }, 1_999_999), { employeeCount: 5 });
    expect(finding(low, 'subsidy:belowMin')?.severity).toBe('error');
    expect(finding(low, 'subsidy:belowMin')?.message).toContain('2,000,000円以上');
    expect(ids(checkApplication(t, app({ waku: 'seihinService', shokibo: 'no' }, 2_000_000), { employeeCount: 5 }))).not.toContain('subsidy:belowMin');
  });

  it('uses the plan table\'s 従業員数 when the client record has none, and says so when neither has it', () => {
    const noCount = checkApplication(t, app({ waku: 'seihinService', shokibo: 'no' }, 100_000_000));
    expect(ids(noCount)).toContain('subsidy:employees');
    expect(noCount.figures.subsidy?.capYen).toBe(7_500_000);
  });
});

describe('monozukuri-18 subsidy amount (unconfirmed caps)', () => {
  const t = realTemplate('monozukuri-18');
  it.each([
    ['ippan', 5, 7_500_000],
    ['ippan', 21, 12_500_000],
    ['seichoBunya', 20, 15_000_000],
    ['shoryokuka', 100, 80_000_000],
    ['global', 1, 30_000_000],
  ])('%s, %s employees → cap %s円', (waku, employees, yen) => {
    const r = checkApplication(t, makeApp(t, { content: { kihon: { waku, shokibo: 'no' } }, expenses: [{ category: 'kikaiSystem', unitPriceYen: 500_000_000, quantity: 1 }] }), { employeeCount: employees });
    expect(r.figures.subsidy?.capYen).toBe(yen);
  });
});
