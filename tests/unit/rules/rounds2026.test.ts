import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import type { ExpenseLine } from '../../../shared/schemas/expense';
import type { Template } from '../../../shared/templates/template';
import { finding, ids, makeApp, realTemplate } from '../checks/helpers';

/**
 * What an advisor does when a client's 持続化 plan written for 第17回 is filed again under 第20回: the same
 * choices and the same expense lines, computed under each round's own rules. Every figure is worked out by hand
 * in the comments (ROUNDDOWN to the yen, as the official 様式3 does).
 */

const line = (category: string, yen: number, description: string): Partial<ExpenseLine> => ({ category, unitPriceYen: yen, quantity: 1, description });

function under(t: Template, kihon: Record<string, string | string[]>, expenses: Partial<ExpenseLine>[]) {
  return checkApplication(t, makeApp(t, { content: { kihon }, expenses }), { employeeCount: 4 });
}

describe('one 持続化 application under 第17回 and under 第20回', () => {
  const t17 = realTemplate('jizokuka-17');
  const t20 = realTemplate('jizokuka-20');

  it('課税事業者・インボイス特例 (上限100万円): 機械装置等費 30万, 広報費 48万, ウェブサイト関連費 30万 (税抜)', () => {
    const kihon = { gyoshu: 'seizoSonota', kazei: 'kazei', tokurei: ['invoice'] };
    const expenses = [line('kikaiSochi', 300_000, '断熱診断用 赤外線カメラ'), line('kohoHi', 480_000, 'チラシ・SNS広告'), line('website', 300_000, '予約ページ制作')];

    // 第17回 (様式3, the web portion limited to 1/4 of the subsidy):
    //   (b) non-web = 300,000 + 480,000 = 780,000 × 2/3 = 520,000
    //   (d) web = min(300,000 × 2/3 = 200,000, (b)/3 = 173,333.33 → 173,333, 上限/4 = 250,000, 500,000) = 173,333
    //   the dropped fractions are 0 + 0.33 < 1 yen: no 1-yen correction → (f) = 520,000 + 173,333 = 693,333 (≤ 1,000,000)
    const r17 = under(t17, kihon, expenses);
    expect(r17.figures.subsidy).toMatchObject({ method: 'jizokukaYoshiki3', capYen: 1_000_000, nonWebSubsidyYen: 520_000, webSubsidyYen: 173_333, roundingBonusYen: 0, totalYen: 693_333 });

    // 第20回 (no 1/4 rule; 広報費 and ウェブサイト関連費 each capped at 30万円 of subsidy):
    //   機械装置等費 300,000 × 2/3 = 200,000
    //   広報費 480,000 × 2/3 = 320,000 → capped at 300,000 (the 20,000 over is the owner's)
    //   ウェブサイト関連費 300,000 × 2/3 = 200,000 (under 300,000)
    //   total = 200,000 + 300,000 + 200,000 = 700,000 (≤ 1,000,000)
    const r20 = under(t20, kihon, expenses);
    expect(r20.figures.subsidy).toMatchObject({ method: 'categoryCapped', capYen: 1_000_000, nonWebSubsidyYen: 200_000, webSubsidyYen: 500_000, totalYen: 700_000 });
    expect(r20.figures.subsidy?.cappedGroups).toEqual([
      { label: 'ウェブサイト関連費', costYen: 300_000, subsidyYen: 200_000, capYen: 300_000 },
      { label: '広報費', costYen: 480_000, subsidyYen: 300_000, capYen: 300_000 },
    ]);
    expect(finding(r20, 'subsidy:categoryCap:kohoHi')?.message).toContain('20,000円');
    expect(ids(r17)).not.toContain('subsidy:categoryCap:kohoHi');
  });

  it('免税事業者・通常枠 (上限50万円), web-heavy: 機械装置等費 9万, ウェブサイト関連費 60万 (税込)', () => {
    const kihon = { gyoshu: 'shogyoService', kazei: 'menzei', tokurei: [] };
    const expenses = [line('kikaiSochi', 90_000, '陳列棚'), line('website', 600_000, 'ECサイト構築')];

    // 第17回: (b) = 90,000 × 2/3 = 60,000; (d) = min(400,000, 60,000/3 = 20,000, 500,000/4 = 125,000, 500,000) = 20,000
    //   → (f) = 80,000: the web costs count for at most a quarter of the subsidy.
    expect(under(t17, kihon, expenses).figures.subsidy?.totalYen).toBe(80_000);
    // 第20回: 60,000 + min(600,000 × 2/3 = 400,000, 300,000) = 360,000.
    const r20 = under(t20, kihon, expenses);
    expect(r20.figures.subsidy?.totalYen).toBe(360_000);
    // The 60万円 (税込) order needs two quotes under 第20回 (over 50万円); 第17回's threshold was 100万円 and has no rule here.
    expect(finding(r20, 'aimitsumori50:e2')?.severity).toBe('hint');
    expect(ids(under(t17, kihon, expenses)).some((id) => id.startsWith('aimitsumori'))).toBe(false);
  });

  it('web costs alone are still refused under both rounds', () => {
    const kihon = { kazei: 'kazei', tokurei: [] };
    const expenses = [line('website', 300_000, 'ホームページ')];
    expect(ids(under(t17, kihon, expenses))).toContain('webOnly');
    expect(ids(under(t20, kihon, expenses))).toContain('webOnly');
  });
});
