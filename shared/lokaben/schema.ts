import { z } from 'zod';
import { UserText } from '../schemas/common';

/**
 * ローカルベンチマーク (ロカベン) data: 決算 figures per fiscal period, the 非財務 answers and the
 * per-industry benchmark table. Derived values (the six indicators, scores, grade) are computed in
 * shared/lokaben, never stored.
 */

/** The six financial indicators, in the order of the official sheet and the radar chart. */
export const INDICATOR_IDS = [
  'uriageZokaRitsu', // 売上高増加率 (売上持続性)
  'eigyoRiekiRitsu', // 営業利益率 (収益性)
  'rodoSeisansei', // 労働生産性 (生産性)
  'ebitdaBairitsu', // EBITDA有利子負債倍率 (健全性)
  'untenShihonKikan', // 営業運転資本回転期間 (効率性)
  'jikoShihonHiritsu', // 自己資本比率 (安全性)
] as const;
export const IndicatorId = z.enum(INDICATOR_IDS);
export type IndicatorId = z.infer<typeof IndicatorId>;

/** The 14 industry groups an advisor picks from (names in industries.ts). */
export const INDUSTRY_IDS = [
  'kensetsu', // 建設業
  'seizo', // 製造業
  'denkiGasSuido', // 電気・ガス・熱供給・水道業
  'johoTsushin', // 情報通信業
  'unyu', // 運輸業・郵便業
  'oroshiuri', // 卸売業
  'kouri', // 小売業
  'fudosan', // 不動産業・物品賃貸業
  'gakujutsuSenmon', // 学術研究・専門・技術サービス業
  'shukuhakuInshoku', // 宿泊業・飲食サービス業
  'seikatsuGoraku', // 生活関連サービス業・娯楽業
  'kyoiku', // 教育・学習支援業
  'iryoFukushi', // 医療・福祉
  'service', // サービス業（他に分類されないもの）
] as const;
export const IndustryId = z.enum(INDUSTRY_IDS);
export type IndustryId = z.infer<typeof IndustryId>;

/**
 * Money in 円, whole yen. |x| ≤ 10兆円 keeps x × 100 and x × 12 exact in a double, so every
 * indicator is one correctly rounded division and meets a threshold exactly when it should.
 */
const MAX_YEN = 1e13;
const Yen = z.number().int('円単位の整数で入力してください').min(-MAX_YEN).max(MAX_YEN).nullable().default(null);
const NonNegativeYen = z.number().int('円単位の整数で入力してください').min(0, '0以上で入力してください').max(MAX_YEN).nullable().default(null);

/** One fiscal period of 決算 figures. null = not entered. */
export const KessanPeriod = z.object({
  label: UserText(40), // e.g. 2024年3月期
  uriageDaka: NonNegativeYen, // 売上高
  /**
   * 前期売上高: only read for the oldest period in the list (later periods take the previous
   * period's 売上高), so the first period's 売上高増加率 can be computed too.
   */
  zenkiUriageDaka: NonNegativeYen,
  eigyoRieki: Yen, // 営業利益 (negative = 営業損失)
  genkaShokyakuHi: NonNegativeYen, // 減価償却費
  jugyoinSu: z.number().finite().min(0).max(1_000_000).nullable().default(null), // 従業員数 (人; part-timers may be counted as fractions)
  kariireKin: NonNegativeYen, // 借入金 (短期・長期借入金、社債など有利子負債)
  genYokin: NonNegativeYen, // 現預金
  uriageSaiken: NonNegativeYen, // 売上債権 (売掛金 + 受取手形)
  tanaoroshiShisan: NonNegativeYen, // 棚卸資産
  kaiireSaimu: NonNegativeYen, // 買入債務 (買掛金 + 支払手形)
  junShisan: Yen, // 純資産 (negative = 債務超過)
  soShisan: NonNegativeYen, // 総資産 (= 負債・純資産合計)
});
export type KessanPeriod = z.infer<typeof KessanPeriod>;
export type KessanPeriodInput = z.input<typeof KessanPeriod>;

/** The figures of a period (all but the label). */
export type KessanFigureKey = Exclude<keyof KessanPeriod, 'label'>;

export const ClientFinancials = z.object({
  /** Oldest first; 2–3 periods typical, at most 5. */
  periods: z.array(KessanPeriod).max(5, '決算期は5期までです').default([]),
});
export type ClientFinancials = z.infer<typeof ClientFinancials>;

// ---- 非財務 (non-financial) ----

/** The four viewpoints of the 非財務 sheet (questions in questions.ts). */
export const VIEWPOINT_IDS = [
  'keieisha', // 経営者
  'jigyo', // 事業
  'kankyo', // 企業を取り巻く環境・関係者
  'naibuKanri', // 内部管理体制
] as const;
export const ViewpointId = z.enum(VIEWPOINT_IDS);
export type ViewpointId = z.infer<typeof ViewpointId>;

/** Answers by question id. Unknown ids are kept (questions may change) but not printed. */
const AnswerMap = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/), UserText(4000)).default({});

/** A trading partner on the 商流 sheet: a supplier, partner or customer. */
export const Torihikisaki = z.object({
  name: UserText(200), // 名称 (or a kind: 「地元の個人施主」)
  naiyo: UserText(1000).default(''), // 取引の内容 (what is bought / made / sold)
  tokucho: UserText(1000).default(''), // 特徴・選ばれている理由・依存度
});
export type Torihikisaki = z.infer<typeof Torihikisaki>;

/** One step of the company's own work flow (業務フロー). */
export const KoteiStep = z.object({
  name: UserText(100), // 工程名 e.g. 受注・設計
  naiyo: UserText(1000).default(''), // 何をしているか
  kachi: UserText(1000).default(''), // この工程で生まれる価値・差別化のポイント
});
export type KoteiStep = z.infer<typeof KoteiStep>;

/** 商流・業務フロー: suppliers → the business → customers, and what creates value at each step. */
export const ShoryuAnswers = z.object({
  shiiresaki: z.array(Torihikisaki).max(20).default([]), // 仕入先
  kyoryokusaki: z.array(Torihikisaki).max(20).default([]), // 協力先・外注先
  kotei: z.array(KoteiStep).max(15).default([]), // 自社の工程
  hanbaisaki: z.array(Torihikisaki).max(20).default([]), // 販売先・顧客
  enduser: UserText(1000).default(''), // 最終的な利用者・エンドユーザー
  teikyoKachi: UserText(2000).default(''), // 提供価値: why customers choose this business
  kadai: UserText(2000).default(''), // 商流・業務フロー上の課題
});
export type ShoryuAnswers = z.infer<typeof ShoryuAnswers>;

export const HizaimuAnswers = z.object({
  keieisha: AnswerMap, // 経営者
  jigyo: AnswerMap, // 事業
  kankyo: AnswerMap, // 企業を取り巻く環境・関係者
  naibuKanri: AnswerMap, // 内部管理体制
  shoryu: ShoryuAnswers.default(() => ShoryuAnswers.parse({})),
});
export type HizaimuAnswers = z.infer<typeof HizaimuAnswers>;
export type HizaimuAnswersInput = z.input<typeof HizaimuAnswers>;

// ---- benchmark data (templates/lokaben/benchmarks.json) ----

const Threshold = z.number().finite();

/**
 * Scoring cut-offs for one indicator in its display unit (%, 千円, 倍, か月): four strictly
 * ascending values t1 < t2 < t3 < t4 split the line into the bands of scores 1–5 (which end is
 * better is fixed per indicator in indicators.ts). `reference` is the industry's 基準値 shown
 * next to the company's value.
 */
export const IndicatorBenchmark = z.object({
  reference: Threshold,
  thresholds: z
    .tuple([Threshold, Threshold, Threshold, Threshold])
    .refine((t) => t[0] < t[1] && t[1] < t[2] && t[2] < t[3], '閾値は小さい順に4つ、重複なしで並べてください'),
});
export type IndicatorBenchmark = z.infer<typeof IndicatorBenchmark>;

/** Where values come from; `placeholder` = not official, the report says so. */
export const BenchmarkSource = z.object({
  placeholder: z.boolean(),
  note: z.string().min(1, '出典を記入してください'),
});

/** One industry group's benchmark: a value set per indicator. */
export const BenchmarkTable = BenchmarkSource.extend({
  industryId: IndustryId,
  indicators: z.object({
    uriageZokaRitsu: IndicatorBenchmark,
    eigyoRiekiRitsu: IndicatorBenchmark,
    rodoSeisansei: IndicatorBenchmark,
    ebitdaBairitsu: IndicatorBenchmark,
    untenShihonKikan: IndicatorBenchmark,
    jikoShihonHiritsu: IndicatorBenchmark,
  } satisfies Record<IndicatorId, typeof IndicatorBenchmark>),
});
export type BenchmarkTable = z.infer<typeof BenchmarkTable>;

/** Grade cut-offs on the total of six scores (6–30): A ≥ a, B ≥ b, C ≥ c, else D. */
export const Grading = BenchmarkSource.extend({
  a: z.number().int().min(6).max(30),
  b: z.number().int().min(6).max(30),
  c: z.number().int().min(6).max(30),
}).refine((g) => g.a > g.b && g.b > g.c, '評価の境目は A > B > C の順にしてください');
export type Grading = z.infer<typeof Grading>;

/** The whole benchmark file. */
export const BenchmarkSet = z.object({
  format: z.literal('banso-lokaben-benchmarks'),
  version: z.literal(1),
  title: z.string().min(1),
  grading: Grading,
  tables: z.array(BenchmarkTable),
}).superRefine((set, ctx) => {
  const seen = new Set<IndustryId>();
  set.tables.forEach((t, i) => {
    if (seen.has(t.industryId)) ctx.addIssue({ code: 'custom', path: ['tables', i, 'industryId'], message: `業種 ${t.industryId} が重複しています` });
    seen.add(t.industryId);
  });
  for (const id of INDUSTRY_IDS) {
    if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['tables'], message: `業種 ${id} の基準値がありません` });
  }
});
export type BenchmarkSet = z.infer<typeof BenchmarkSet>;
