import type { ClientInput } from '../../shared/schemas/client';
import type { FinancialYearInput } from '../../shared/schemas/financialPlan';

/**
 * The three support cases of the field report (names anonymised there too), with plausible figures.
 * Money in 円. See ../shared/domain/field-context.md.
 */
export const DEMO_CLIENTS = {
  a: {
    name: '株式会社A工務店',
    representative: '青木 健一',
    legalForm: 'hojin',
    industry: '建設業（工務店・リフォーム）',
    prefecture: '埼玉県',
    employeeCount: 4,
    capitalYen: 10_000_000,
    foundedYear: 1988,
    fiscalYearEndMonth: 3,
    advisor: '田中 美咲',
    // 応募者の概要 (fictional: example.jp is reserved for examples; the numbers are not real)
    nameKana: 'カブシキガイシャエーコウムテン',
    homepageUrl: 'https://www.example.jp/',
    contactName: '青木 健一',
    contactKana: 'アオキ ケンイチ',
    contactTitle: '代表取締役',
    postalCode: '330-0000',
    address: '埼玉県さいたま市浦和区〇〇町1-2-3',
    phone: '048-000-0000',
    email: 'info@example.jp',
    notes:
      '新築需要の減少が続く。地域初のリフォーム専門店を開設済み。ローカルベンチマークで分析後、持続化補助金で販促を強化する計画。\nPOSレジ・クラウド会計の導入で事業横断の記帳を効率化したい。給与計算もクラウド化し、在宅勤務の体制づくりを進める（働き方改革）。\n人材の採用・定着が課題。',
  },
  b: {
    name: 'B縫製株式会社',
    representative: '伴 由美子',
    legalForm: 'hojin',
    industry: '製造業（婦人下着ODM）',
    prefecture: '埼玉県',
    employeeCount: 18,
    capitalYen: 20_000_000,
    foundedYear: 1972,
    fiscalYearEndMonth: 9,
    advisor: '佐藤 大輔',
    notes:
      '婦人下着のODMが主力だが売上・利益とも減少。素材と縫製技術を生かし、アトピー性皮膚炎など肌トラブルのある方向けの自社ブランドを皮膚科医と共同で開発（経営革新計画）。\n在庫点数の増加に対応するため、ものづくり補助金でCAD/CAMとRFIDを導入予定。',
  },
  c: {
    name: 'C工業株式会社',
    representative: '千葉 隆',
    legalForm: 'hojin',
    industry: '製造業（コンクリート二次製品）',
    prefecture: '埼玉県',
    employeeCount: 14,
    capitalYen: 30_000_000,
    foundedYear: 1979,
    fiscalYearEndMonth: 3,
    advisor: '田中 美咲',
    notes:
      '高速道路工事の終了で売上が急減し資金繰りが悪化。金融機関との面談で条件変更。弁護士からは破産を勧められた。\n財務分析の結果、経営者保証ガイドラインの適用可能性あり → REVIC に相談。弁済計画に金融機関・保証協会が同意（私的整理・債権放棄）。\n代表者は保険業での再起に向け研修中。翌年の創業を予定（創業支援につなぐ）。',
  },
} satisfies Record<string, ClientInput>;

const year = (label: string, kind: 'actual' | 'plan', f: Omit<FinancialYearInput, 'label' | 'kind'>): FinancialYearInput => ({ label, kind, ...f });

/** 製造業B社: own-brand launch; 付加価値額 grows about 4% a year, wages 2.5% a year. */
export function planB(years: number): FinancialYearInput[] {
  const out: FinancialYearInput[] = [
    year('2期前', 'actual', {
      uriageDaka: 270_000_000, uriageGenka: 197_000_000, hanbaiKanriHi: 58_000_000, eigyoRieki: 15_000_000,
      jinkenHi: 64_000_000, genkaShokyakuHi: 4_600_000, eigyoGaiShueki: 500_000, eigyoGaiHiyo: 2_000_000, keijoRieki: 13_500_000,
      jugyoinSu: 20, yakuinSu: 2, kyuyoShikyuSogaku: 54_000_000, yakuinKyuyo: 9_600_000,
      jigyojoNaiSaiteiChingin: 1_040, chiikiBetsuSaiteiChingin: 1_028, setsubiToshi: 800_000,
    }),
    year('1期前', 'actual', {
      uriageDaka: 255_000_000, uriageGenka: 188_000_000, hanbaiKanriHi: 56_000_000, eigyoRieki: 11_000_000,
      jinkenHi: 63_000_000, genkaShokyakuHi: 4_300_000, eigyoGaiShueki: 500_000, eigyoGaiHiyo: 1_900_000, keijoRieki: 9_600_000,
      jugyoinSu: 19, yakuinSu: 2, kyuyoShikyuSogaku: 53_000_000, yakuinKyuyo: 9_600_000,
      jigyojoNaiSaiteiChingin: 1_100, chiikiBetsuSaiteiChingin: 1_078, setsubiToshi: 600_000,
    }),
    year('直近期', 'actual', {
      uriageDaka: 240_000_000, uriageGenka: 178_000_000, hanbaiKanriHi: 54_000_000, eigyoRieki: 8_000_000,
      jinkenHi: 62_000_000, genkaShokyakuHi: 4_000_000, eigyoGaiShueki: 600_000, eigyoGaiHiyo: 1_800_000, keijoRieki: 6_800_000,
      jugyoinSu: 18, yakuinSu: 2, kyuyoShikyuSogaku: 52_000_000, yakuinKyuyo: 9_600_000,
      jigyojoNaiSaiteiChingin: 1_180, chiikiBetsuSaiteiChingin: 1_141, setsubiToshi: 1_500_000,
    }),
  ];
  for (let i = 1; i <= years; i++) {
    const g = Math.pow(1.06, i);
    const uriage = Math.round(240_000_000 * g / 1000) * 1000;
    const jinken = Math.round(62_000_000 * Math.pow(1.025, i) / 1000) * 1000;
    const shokyaku = i <= 5 ? 7_000_000 : 4_000_000;
    const eigyo = Math.round((8_000_000 + 2_600_000 * i) / 1000) * 1000;
    out.push(year(`${i}年後`, 'plan', {
      uriageDaka: uriage, uriageGenka: Math.round(uriage * 0.72 / 1000) * 1000, hanbaiKanriHi: null, eigyoRieki: eigyo,
      jinkenHi: jinken, genkaShokyakuHi: shokyaku, eigyoGaiShueki: 600_000, eigyoGaiHiyo: 1_900_000, keijoRieki: eigyo - 1_300_000,
      jugyoinSu: i >= 2 ? 20 : 19, yakuinSu: 2, kyuyoShikyuSogaku: Math.round(52_000_000 * Math.pow(1.025, i) / 1000) * 1000, yakuinKyuyo: 9_600_000,
      jigyojoNaiSaiteiChingin: 1_180 + 60 * i, chiikiBetsuSaiteiChingin: 1_141 + 50 * i, setsubiToshi: i === 1 ? 21_000_000 : 2_000_000,
    }));
  }
  return out;
}

/**
 * 製造業B社, もの補助 第20次: the same business plan, with the round's wage targets built in —
 * 1人あたり給与支給総額 +3.3%/年 (埼玉県の基準 3.1%) for staff while hiring two, 役員 +3.2%/年.
 */
export function planBMonozukuri(): FinancialYearInput[] {
  const base = planB(5);
  const perHead0 = 52_000_000 / 18;
  return base.map((y, idx) => {
    const i = idx - 2; // 0 = 直近期, 1..5 = plan years
    if (i <= 0) return y;
    const staff = i >= 2 ? 20 : 19;
    const kyuyo = Math.round((perHead0 * Math.pow(1.033, i) * staff) / 1000) * 1000;
    const yakuin = Math.round((9_600_000 * Math.pow(1.032, i)) / 1000) * 1000;
    return { ...y, jugyoinSu: staff, kyuyoShikyuSogaku: kyuyo, yakuinKyuyo: yakuin, jinkenHi: kyuyo + yakuin + 400_000 };
  });
}

/**
 * 工務店A社: 持続化 第20回 draft. 直近期 (2026年3月期 actual), then the two years 第20回 compares:
 * 補助事業終了時 (2028年3月期) and 事業効果報告時 (2029年3月期) — 売上高 and 売上総利益 rise between them (要件(4)).
 */
export function planA(): FinancialYearInput[] {
  const rows: [string, 'actual' | 'plan', Omit<FinancialYearInput, 'label' | 'kind'>][] = [
    ['直近期', 'actual', { uriageDaka: 88_000_000, uriageGenka: 60_500_000, hanbaiKanriHi: 25_200_000, eigyoRieki: 2_300_000, keijoRieki: 2_100_000, jinkenHi: 21_600_000, genkaShokyakuHi: 900_000, jugyoinSu: 4, yakuinSu: 1, kyuyoShikyuSogaku: 14_400_000, yakuinKyuyo: 4_800_000, jigyojoNaiSaiteiChingin: 1_180, chiikiBetsuSaiteiChingin: 1_141 }],
    ['1年後（補助事業終了時）', 'plan', { uriageDaka: 93_000_000, uriageGenka: 63_200_000, hanbaiKanriHi: 26_800_000, eigyoRieki: 3_000_000, keijoRieki: 2_800_000, jinkenHi: 22_300_000, genkaShokyakuHi: 1_000_000, jugyoinSu: 4, yakuinSu: 1, kyuyoShikyuSogaku: 15_000_000, yakuinKyuyo: 4_800_000, jigyojoNaiSaiteiChingin: 1_240, chiikiBetsuSaiteiChingin: 1_191, setsubiToshi: 480_000 }],
    ['2年後（事業効果報告時）', 'plan', { uriageDaka: 99_000_000, uriageGenka: 66_800_000, hanbaiKanriHi: 28_300_000, eigyoRieki: 3_900_000, keijoRieki: 3_700_000, jinkenHi: 26_500_000, genkaShokyakuHi: 1_000_000, jugyoinSu: 5, yakuinSu: 1, kyuyoShikyuSogaku: 18_800_000, yakuinKyuyo: 4_800_000, jigyojoNaiSaiteiChingin: 1_300, chiikiBetsuSaiteiChingin: 1_241 }],
  ];
  return rows.map(([label, kind, f]) => year(label, kind, f));
}
