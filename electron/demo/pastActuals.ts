import { AftercareRecord } from '../../shared/aftercare/schema';
import type { FinancialYearInput } from '../../shared/schemas/financialPlan';

/**
 * 製造業B社's もの補助 第18次 (採択 2024-06, 交付決定 2024-08-05, 完了 2025-01-31, 実績報告 2025-02-20,
 * 額の確定 2025-04-10; 9月決算): a 3-year plan from 基準年度 2024年9月期, and the actuals since.
 * Invented but plausible figures (円). The story: sales rose in year 1 with the new line, dipped in
 * year 2 when an ODM order ended while the own brand lifted the gross margin; two part-timers were
 * hired at just above the minimum wage, so the 事業場内最低賃金 at 2026-03-31 was only +19円 over
 * 埼玉県's (target +30円); wages grew more slowly than planned (target CAGR 1.70%).
 * Year 3 (2027年9月期) is in progress: nothing recorded yet.
 */
const row = (label: string, kind: 'actual' | 'plan', f: Omit<FinancialYearInput, 'label' | 'kind'>): FinancialYearInput => ({ label, kind, ...f });

export const DEMO_B_MONO18_PLAN: FinancialYearInput[] = [
  row('直近期（2024年9月期）', 'actual', {
    uriageDaka: 240_000_000, uriageGenka: 178_000_000, hanbaiKanriHi: 54_000_000, eigyoRieki: 8_000_000, keijoRieki: 6_800_000,
    jinkenHi: 62_000_000, genkaShokyakuHi: 4_000_000, jugyoinSu: 18, yakuinSu: 2, kyuyoShikyuSogaku: 52_000_000, yakuinKyuyo: 9_600_000,
    jigyojoNaiSaiteiChingin: 1_108, chiikiBetsuSaiteiChingin: 1_078, setsubiToshi: 1_500_000,
  }),
  row('1年後（2025年9月期）', 'plan', {
    uriageDaka: 250_000_000, uriageGenka: 183_000_000, eigyoRieki: 9_500_000, keijoRieki: 8_300_000,
    jinkenHi: 63_200_000, genkaShokyakuHi: 7_000_000, jugyoinSu: 18, yakuinSu: 2, kyuyoShikyuSogaku: 53_000_000, yakuinKyuyo: 9_600_000,
    jigyojoNaiSaiteiChingin: 1_108, chiikiBetsuSaiteiChingin: 1_078, setsubiToshi: 15_000_000,
  }),
  row('2年後（2026年9月期）', 'plan', {
    uriageDaka: 262_000_000, uriageGenka: 190_000_000, eigyoRieki: 11_000_000, keijoRieki: 9_900_000,
    jinkenHi: 64_300_000, genkaShokyakuHi: 6_500_000, jugyoinSu: 19, yakuinSu: 2, kyuyoShikyuSogaku: 54_100_000, yakuinKyuyo: 9_600_000,
    jigyojoNaiSaiteiChingin: 1_171, chiikiBetsuSaiteiChingin: 1_141, setsubiToshi: 1_000_000,
  }),
  row('3年後（2027年9月期）', 'plan', {
    uriageDaka: 275_000_000, uriageGenka: 197_000_000, eigyoRieki: 12_800_000, keijoRieki: 11_800_000,
    jinkenHi: 65_400_000, genkaShokyakuHi: 6_000_000, jugyoinSu: 19, yakuinSu: 2, kyuyoShikyuSogaku: 55_200_000, yakuinKyuyo: 9_600_000,
    jigyojoNaiSaiteiChingin: 1_200, chiikiBetsuSaiteiChingin: 1_170, setsubiToshi: 1_000_000,
  }),
];

export const DEMO_B_MONO18_ACTUALS: AftercareRecord = AftercareRecord.parse({
  years: [
    {
      year: 0,
      recordedOn: '2024-12-10',
      figures: {
        uriageDaka: 240_000_000, uriageGenka: 178_000_000, hanbaiKanriHi: 54_000_000, eigyoRieki: 8_000_000, keijoRieki: 6_800_000,
        jinkenHi: 62_000_000, genkaShokyakuHi: 4_000_000, jugyoinSu: 18, yakuinSu: 2, kyuyoShikyuSogaku: 52_000_000, yakuinKyuyo: 9_600_000,
        jigyojoNaiSaiteiChingin: 1_108, chiikiBetsuSaiteiChingin: 1_078,
      },
    },
    {
      year: 1,
      recordedOn: '2025-12-08',
      figures: {
        uriageDaka: 252_000_000, uriageGenka: 184_000_000, hanbaiKanriHi: 58_500_000, eigyoRieki: 9_500_000, keijoRieki: 8_400_000,
        jinkenHi: 63_000_000, genkaShokyakuHi: 7_000_000, jugyoinSu: 18, yakuinSu: 2, kyuyoShikyuSogaku: 52_800_000, yakuinKyuyo: 9_600_000,
        jigyojoNaiSaiteiChingin: 1_110, chiikiBetsuSaiteiChingin: 1_078,
      },
    },
    {
      year: 2,
      recordedOn: '2026-11-20',
      figures: {
        uriageDaka: 249_000_000, uriageGenka: 176_000_000, hanbaiKanriHi: 62_000_000, eigyoRieki: 11_000_000, keijoRieki: 10_100_000,
        jinkenHi: 64_900_000, genkaShokyakuHi: 6_600_000, jugyoinSu: 18, yakuinSu: 2, kyuyoShikyuSogaku: 54_300_000, yakuinKyuyo: 9_600_000,
        jigyojoNaiSaiteiChingin: 1_160, chiikiBetsuSaiteiChingin: 1_141,
      },
      partTime: { regularHours: 40, rows: [{ hours: 20, count: 2 }] },
    },
  ],
  settings: { kanryoBi: '2025-01-31', kakuteiBi: '2025-04-10', reportsDone: ['jigyokaJokyo:1'] },
});
