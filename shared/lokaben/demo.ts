import { HIZAIMU_KOMUTEN_A, HIZAIMU_SEIZO_C } from './demoHizaimu';
import { ClientFinancials, HizaimuAnswers, type IndustryId, type KessanPeriodInput } from './schema';

/**
 * Demo ロカベン data for two of the real support cases (/work/shared/domain/field-context.md):
 * invented but plausible 決算 figures (円) and 非財務 answers.
 *
 * - 工務店A社: new-build demand falling, then a renovation shop → sales dip and recover; all six
 *   indicators computable in every period.
 * - 製造業C社: sales to expressway construction collapse → operating losses (EBITDA ≤ 0: the debt
 *   multiple is 算出不可 in two periods), working capital months balloon, equity turns negative
 *   (債務超過) in the last period; the oldest period has no 前期売上高 (算出不可: missing).
 */
export interface LokabenDemoCase {
  key: 'komutenA' | 'seizoC';
  companyName: string;
  representative: string;
  gyoshu: string; // the client's own 業種 text
  industryId: IndustryId;
  financials: ClientFinancials;
  hizaimu: HizaimuAnswers;
  comment: string;
}

const KOMUTEN_A_PERIODS = [
  {
    label: '2023年3月期',
    uriageDaka: 83_328_000,
    zenkiUriageDaka: 88_032_000,
    eigyoRieki: 1_667_000,
    genkaShokyakuHi: 1_075_000,
    jugyoinSu: 4,
    kariireKin: 22_848_000,
    genYokin: 10_416_000,
    uriageSaiken: 6_216_000,
    tanaoroshiShisan: 4_771_000, // 未成工事支出金 を含む
    kaiireSaimu: 7_157_000,
    junShisan: 14_112_000,
    soShisan: 51_072_000,
  },
  {
    label: '2024年3月期',
    uriageDaka: 77_616_000,
    eigyoRieki: 622_000,
    genkaShokyakuHi: 1_008_000,
    jugyoinSu: 4,
    kariireKin: 24_192_000,
    genYokin: 8_736_000,
    uriageSaiken: 5_981_000,
    tanaoroshiShisan: 5_342_000,
    kaiireSaimu: 6_586_000,
    junShisan: 14_414_000,
    soShisan: 50_064_000,
  },
  {
    label: '2025年3月期',
    uriageDaka: 86_000_000,
    eigyoRieki: 2_100_000,
    genkaShokyakuHi: 1_310_000,
    jugyoinSu: 4,
    kariireKin: 23_520_000,
    genYokin: 11_424_000,
    uriageSaiken: 6_754_000,
    tanaoroshiShisan: 4_502_000,
    kaiireSaimu: 7_661_000,
    junShisan: 15_960_000,
    soShisan: 53_088_000,
  },
] satisfies KessanPeriodInput[];

const SEIZO_C_PERIODS = [
  {
    label: '2022年3月期',
    uriageDaka: 612_000_000,
    zenkiUriageDaka: null, // not entered: 売上高増加率 is 算出不可 (missing)
    eigyoRieki: 18_400_000,
    genkaShokyakuHi: 21_000_000,
    jugyoinSu: 38,
    kariireKin: 420_000_000,
    genYokin: 58_000_000,
    uriageSaiken: 148_000_000, // 受取手形 が多い
    tanaoroshiShisan: 62_000_000,
    kaiireSaimu: 71_000_000,
    junShisan: 96_000_000,
    soShisan: 640_000_000,
  },
  {
    label: '2023年3月期',
    uriageDaka: 388_000_000,
    eigyoRieki: -41_000_000,
    genkaShokyakuHi: 19_000_000,
    jugyoinSu: 31,
    kariireKin: 455_000_000,
    genYokin: 22_000_000,
    uriageSaiken: 96_000_000,
    tanaoroshiShisan: 74_000_000, // 出荷先のない在庫
    kaiireSaimu: 38_000_000,
    junShisan: 49_000_000,
    soShisan: 560_000_000,
  },
  {
    label: '2024年3月期',
    uriageDaka: 141_000_000,
    eigyoRieki: -68_000_000,
    genkaShokyakuHi: 16_000_000,
    jugyoinSu: 14,
    kariireKin: 448_000_000,
    genYokin: 9_000_000,
    uriageSaiken: 31_000_000,
    tanaoroshiShisan: 66_000_000,
    kaiireSaimu: 12_000_000,
    junShisan: -27_000_000, // 債務超過
    soShisan: 470_000_000,
  },
] satisfies KessanPeriodInput[];

export const DEMO_KOMUTEN_A: LokabenDemoCase = {
  key: 'komutenA',
  companyName: '工務店A社',
  representative: '代表取締役 A',
  gyoshu: '工務店（木造注文住宅・リフォーム）',
  industryId: 'kensetsu',
  financials: ClientFinancials.parse({ periods: KOMUTEN_A_PERIODS }),
  hizaimu: HizaimuAnswers.parse(HIZAIMU_KOMUTEN_A),
  comment:
    '新築の落ち込みを、リフォーム専門店の開設で補い、直近期は売上・利益とも回復しました。借入金から現預金を除いた額は営業利益＋減価償却費のおよそ3年分で、返済の余力はあります。\n次の一手として、持続化補助金を活用した販促の強化と、POSレジ・クラウド会計による事務負担の軽減に取り組みます。',
};

export const DEMO_SEIZO_C: LokabenDemoCase = {
  key: 'seizoC',
  companyName: '製造業C社',
  representative: '代表取締役 C',
  gyoshu: 'コンクリート二次製品製造業',
  industryId: 'seizo',
  financials: ClientFinancials.parse({ periods: SEIZO_C_PERIODS }),
  hizaimu: HizaimuAnswers.parse(HIZAIMU_SEIZO_C),
  comment:
    '高速道路関連の受注終了で売上が2期で約4分の1に減り、営業赤字が続いています。営業利益＋減価償却費がマイナスのため借入金の返済原資がなく、直近期は債務超過です。\n自力での再建は難しく、経営者保証ガイドラインの適用と、再生支援機関を交えた金融機関との調整（私的整理）を検討します。',
};

export const LOKABEN_DEMOS: readonly LokabenDemoCase[] = [DEMO_KOMUTEN_A, DEMO_SEIZO_C];
