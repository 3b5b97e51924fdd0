import { z } from 'zod';
import { AspectId, SourceNote } from '../templates/schema';
import { INDICATOR_IDS } from '../finance/indicators';

/**
 * templates/<id>/rules.json: the per-round numbers as data. Every rule carries where it comes from
 * (`source`, with `unconfirmed` when no official text confirmed it) and may carry a validity window.
 * The check engine (shared/checks) reads these; adding a 公募回 is a new data folder, not new code.
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const RuleId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/);
const FieldId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/);
/** A percentage such as 3 or 4.5 (at most 2 decimals: compared exactly in hundredths). */
const PercentNumber = z
  .number()
  .finite()
  .refine((p) => Number.isInteger(Math.round(p * 100)) && Math.abs(Math.round(p * 100) - p * 100) < 1e-9, 'at most 2 decimals');
const Yen = z.number().int().min(0);

/** A share such as 1/3. */
export const Fraction = z.object({ num: z.number().int().min(0), den: z.number().int().min(1) });
export type Fraction = z.infer<typeof Fraction>;

/** A test on a choice in the application (content[section][field]); `includes` for multiple choice. */
export const Condition = z
  .object({
    section: FieldId.default('kihon'),
    field: FieldId,
    op: z.enum(['equals', 'notEquals', 'includes', 'notIncludes', 'filled', 'empty']),
    value: z.string().optional(),
  })
  .refine((c) => (c.op === 'filled' || c.op === 'empty' ? c.value === undefined : c.value !== undefined), {
    message: 'value is required for equals/notEquals/includes/notIncludes and not allowed for filled/empty',
    path: ['value'],
  });
export type Condition = z.infer<typeof Condition>;

const Severity = z.enum(['error', 'warning', 'hint']);

const RuleBase = z.object({
  id: RuleId,
  /** Short Japanese label, e.g. 付加価値額の年平均成長率 3.0%以上. */
  title: z.string().min(1),
  source: SourceNote,
  validFrom: IsoDate.optional(),
  validUntil: IsoDate.optional(),
  /** The rule applies only when all of these hold (e.g. a 特例 was chosen). */
  when: z.array(Condition).default([]),
  severity: Severity.default('error'),
  /** The 審査項目 a failure weighs on. */
  criterionId: z.string().optional(),
  /** What the finding is about (default from its kind; a rule read only when a 加点 is chosen is 加点). */
  category: z.enum(['yoken', 'shinsa', 'katen', 'teisai']).optional(),
  /** How the rule works, added to its findings (e.g. two targets set, either one met avoids 返還). */
  explain: z.string().max(1000).optional(),
});

const Indicator = z.enum(INDICATOR_IDS);

// ---- numeric rules (kind-discriminated) ----

/** The plan period chosen in `field` must be within min–max, and the plan table must have that many years. */
const PlanLength = RuleBase.extend({
  kind: z.literal('planLength'),
  field: FieldId,
  min: z.number().int().min(1),
  max: z.number().int().min(1),
});

/** 経営革新: (B − A) / |A| ≥ target for the plan length (years → %), A = 直近期, B = final plan year. */
const CumulativeGrowth = RuleBase.extend({
  kind: z.literal('cumulativeGrowth'),
  indicator: Indicator,
  targetsByYears: z.record(z.string().regex(/^\d+$/), PercentNumber),
});

const CagrTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), percent: PercentNumber }),
  /** e.g. 1人あたり給与支給総額 ≥ the prefecture's minimum-wage CAGR (公募要領 table). */
  z.object({
    kind: z.literal('byPrefecture'),
    table: z.record(z.string(), PercentNumber),
    /** Text fields to find the prefecture in (e.g. 事業実施場所) when the check context has none. */
    fromFields: z.array(z.object({ section: FieldId, field: FieldId })).default([]),
    /** Used when the prefecture is unknown; a hint says so. */
    fallbackPercent: PercentNumber.optional(),
  }),
]);

/** もの補助: official CAGR (ROUNDDOWN to 0.01%) of the indicator from 基準年度 to the final plan year ≥ target. */
const CagrRule = RuleBase.extend({
  kind: z.literal('cagr'),
  indicator: Indicator,
  target: CagrTarget,
  negativeBase: z.enum(['oddRoot', 'dash']).default('dash'),
  /** Skip (with a hint) when there are no people in this group in both years (FAQ: no employees, no target). */
  skipWhenNoPeople: z.enum(['jugyoinSu', 'yakuinSu']).optional(),
});

/** 事業場内最低賃金 ≥ 地域別最低賃金 + minYen in every plan year (or the first plan year only). */
const MinWageMargin = RuleBase.extend({
  kind: z.literal('minWageMargin'),
  minYen: z.number().int(),
  years: z.enum(['everyPlanYear', 'firstPlanYear']).default('everyPlanYear'),
});

/** 持続化: the applicant's own 事業場内最低賃金 rises by ≥ minYen from 直近期 (申請時) to the first plan year (事業終了時). */
const OwnWageIncrease = RuleBase.extend({
  kind: z.literal('ownWageIncrease'),
  minYen: z.number().int(),
  /** How loudly to ask for the wages when they are not entered (a template without a plan table: 'hint'). */
  ifMissing: Severity.default('warning'),
});

/** 常時使用する従業員数 within the limit for the chosen option of `field` (e.g. 小規模事業者 by 業種). */
const EmployeeLimit = RuleBase.extend({
  kind: z.literal('employeeLimit'),
  field: FieldId,
  limits: z.record(z.string(), z.number().int().min(0)),
});

/** Each indicator must be > 0 in the final plan year. */
const PositiveFinalYear = RuleBase.extend({
  kind: z.literal('positiveFinalYear'),
  indicators: z.array(Indicator).min(1),
});

/**
 * Simple growth of the indicator from 直近期 (申請時) to plan year `planYear` ≥ minPercent, e.g. 持続化 第20回
 * 賃金引上げ特例: 1人あたり給与支給総額 +3.0% over the 12 months after the project.
 */
const GrowthToPlanYear = RuleBase.extend({
  kind: z.literal('growthToPlanYear'),
  indicator: Indicator,
  planYear: z.number().int().min(1).default(1),
  minPercent: PercentNumber,
  skipWhenNoPeople: z.enum(['jugyoinSu', 'yakuinSu']).optional(),
});

/** The choice needs employees (e.g. 持続化 第20回: no 賃金引上げ特例 without employees). */
const RequiresEmployees = RuleBase.extend({
  kind: z.literal('requiresEmployees'),
  minEmployees: z.number().int().min(1).default(1),
  message: z.string().min(1),
});

/**
 * Each indicator is higher at plan year `toPlanYear` than at `fromPlanYear` (0 = 直近期): 持続化 第20回
 * 要件(4), 売上高 and 売上総利益 at the 事業効果報告 above those at the end of the project.
 */
const Rising = RuleBase.extend({
  kind: z.literal('rising'),
  indicators: z.array(Indicator).min(1),
  fromPlanYear: z.number().int().min(0),
  toPlanYear: z.number().int().min(1),
});

/**
 * A claim to be a 小規模企業者・小規模事業者 (kihon choice `field` = `yesValue`) checked against the 業種 and
 * 従業員数: limits per industry class (商業・サービス業 5人, 宿泊業・娯楽業 20人, 製造業その他 20人).
 */
const SmallBusinessClaim = RuleBase.extend({
  kind: z.literal('smallBusinessClaim'),
  field: FieldId,
  yesValue: z.string().min(1),
  limits: z.object({ shogyoService: z.number().int().min(0), shukuhakuGoraku: z.number().int().min(0), seizoSonota: z.number().int().min(0) }),
});

export const NumericRule = z.discriminatedUnion('kind', [
  PlanLength,
  CumulativeGrowth,
  CagrRule,
  MinWageMargin,
  OwnWageIncrease,
  PositiveFinalYear,
  EmployeeLimit,
  GrowthToPlanYear,
  RequiresEmployees,
  Rising,
  SmallBusinessClaim,
]);
export type NumericRule = z.infer<typeof NumericRule>;

// ---- choices ----

/** When `when` holds, `require` must hold too (e.g. 赤字事業者 → 賃金引上げ特例). */
export const ChoiceRule = RuleBase.extend({
  kind: z.literal('choiceRequires'),
  require: z.array(Condition).min(1),
  message: z.string().min(1),
});
export type ChoiceRule = z.infer<typeof ChoiceRule>;

// ---- expenses ----

export const ExpenseCategory = z.object({
  id: FieldId,
  name: z.string().min(1), // 経費区分 as the form names it
  /** 機械装置・システム構築費 (もの補助): the required core category. */
  core: z.boolean().default(false),
  /** ウェブサイト関連費 (持続化): counted in the web portion. */
  web: z.boolean().default(false),
  note: z.string().default(''),
});
export type ExpenseCategory = z.infer<typeof ExpenseCategory>;

export const ExpenseRule = z.discriminatedUnion('kind', [
  /** At least one line in a core category with 単価 ≥ minUnitPriceYen (税抜). */
  RuleBase.extend({ kind: z.literal('coreItemRequired'), minUnitPriceYen: Yen }),
  /** Σ categories ≤ maxShare × total eligible costs (税抜). */
  RuleBase.extend({ kind: z.literal('categoryShare'), categories: z.array(FieldId).min(1), maxShare: Fraction }),
  /** Σ non-core costs ≤ capYen. The 公募要領 words it as a 補助上限額: checked on the subsidy, and on costs as a warning. */
  RuleBase.extend({ kind: z.literal('nonCoreCap'), capYen: Yen }),
  /** Lines in these categories are not allowed (under `when`). */
  RuleBase.extend({ kind: z.literal('categoryForbidden'), categories: z.array(FieldId).min(1) }),
  /** Web costs may not be the only costs. */
  RuleBase.extend({ kind: z.literal('noWebOnly') }),
  /**
   * A line whose amount including tax exceeds thresholdYen needs two or more quotes (相見積). 税抜 lines
   * are converted at taxRatePercent (truncated) before comparing.
   */
  RuleBase.extend({ kind: z.literal('quoteRequired'), thresholdYen: Yen, taxRatePercent: z.number().int().min(0).max(100).default(10) }),
]);
export type ExpenseRule = z.infer<typeof ExpenseRule>;

export const ExpenseRules = z.object({
  categories: z.array(ExpenseCategory).min(1),
  /** Where the tax basis is chosen (持続化 kazei: 課税 → 税抜, 免税・簡易 → 税込). Absent: always 税抜. */
  taxBasis: z.object({ section: FieldId.default('kihon'), field: FieldId, zeikomiValues: z.array(z.string()).min(1) }).optional(),
  rules: z.array(ExpenseRule).default([]),
});
export type ExpenseRules = z.infer<typeof ExpenseRules>;

// ---- subsidy amount ----

const RateOption = z.object({ when: z.array(Condition).default([]), rate: Fraction, label: z.string().min(1), source: SourceNote });
export const EmployeeBand = z.object({ maxEmployees: z.number().int().min(0).nullable(), yen: Yen, label: z.string().min(1) });
const CapOption = z.object({
  when: z.array(Condition).default([]),
  label: z.string().min(1),
  yen: Yen.optional(),
  bands: z.array(EmployeeBand).min(1).optional(),
  /** 補助下限額 of this 枠 when it differs from the rule's `minYen` (新事業進出・ものづくり: 新事業進出枠 750万円). */
  minYen: Yen.optional(),
  source: SourceNote,
});
export type CapOption = z.infer<typeof CapOption>;

const SubsidyBase = z.object({
  /** First match wins; none matching → defaultRate. */
  rates: z.array(RateOption).default([]),
  defaultRate: RateOption,
  source: SourceNote,
});

/** もの補助: ROUNDDOWN(eligible × rate) capped by the 枠 (by employee band) plus 特例 uplifts; 下限 minYen. */
const SimpleSubsidy = SubsidyBase.extend({
  method: z.literal('simple'),
  caps: z.array(CapOption).min(1),
  uplifts: z.array(CapOption.extend({ onlyIfBaseCapReached: z.boolean().default(false) })).default([]),
  minYen: Yen.optional(),
});

/** 持続化 様式3: b = ROUNDDOWN(non-web × rate); d = min(ROUNDDOWN(web × rate), ROUNDDOWN(b/3), ROUNDDOWN(cap/4), webCapYen); f = min(b + d, cap). */
const JizokukaSubsidy = SubsidyBase.extend({
  method: z.literal('jizokukaYoshiki3'),
  baseCapYen: Yen,
  addOns: z.array(z.object({ when: z.array(Condition).min(1), yen: Yen, label: z.string().min(1), source: SourceNote })).default([]),
  webCapYen: Yen,
});

/** A cap on the subsidy of some categories, e.g. 持続化 第20回 ウェブサイト関連費 30万円・広報費 30万円. */
export const CategoryCap = z.object({ categories: z.array(FieldId).min(1), capYen: Yen, label: z.string().min(1), source: SourceNote });
export type CategoryCap = z.infer<typeof CategoryCap>;

/**
 * 持続化 第20回 (no 1/4 rule): b = ROUNDDOWN(costs outside the capped groups × rate); each capped group
 * g: d_g = min(ROUNDDOWN(its costs × rate), capYen); f = min(b + Σ d_g, 上限 (枠 + 特例)).
 */
const CategoryCappedSubsidy = SubsidyBase.extend({
  method: z.literal('categoryCapped'),
  baseCapYen: Yen,
  addOns: z.array(z.object({ when: z.array(Condition).min(1), yen: Yen, label: z.string().min(1), source: SourceNote })).default([]),
  categoryCaps: z.array(CategoryCap).default([]),
  minYen: Yen.optional(),
});

export const SubsidyRule = z.discriminatedUnion('method', [SimpleSubsidy, JizokukaSubsidy, CategoryCappedSubsidy]);
export type SubsidyRule = z.infer<typeof SubsidyRule>;

// ---- 加点 ----

export const KatenRule = z.object({
  section: FieldId.default('kihon'),
  field: FieldId,
  maxSelected: z.number().int().min(1).optional(),
  /** Option values starting with `prefix` form a group; more than `max` from one group voids them. */
  groups: z.array(z.object({ prefix: z.string().min(1), name: z.string().min(1), max: z.number().int().min(1) })).default([]),
  /** 加点 the program applies by itself when a choice is made (they count in their group). */
  implied: z.array(z.object({ when: z.array(Condition).min(1), value: z.string().min(1), label: z.string().min(1) })).default([]),
  /** Shown when nothing is claimed. */
  noneHint: z.string().optional(),
  source: SourceNote,
});
export type KatenRule = z.infer<typeof KatenRule>;

// ---- text ----

export const TextRules = z.object({
  /** Extra keywords (regular-expression sources) per aspect, added to the engine's defaults. */
  aspectKeywords: z.partialRecord(AspectId, z.array(z.string().min(1))).default({}),
  sentenceMaxChars: z.number().int().min(20).default(120),
  /** Table fields whose `quarter` columns must fall within the plan period (field of the planLength rule). */
  scheduleChecks: z.boolean().default(true),
  /** A kihon choice adding years before the plan (経営革新 研究開発期間): quarter codes may reach n + this. */
  scheduleExtraYearsField: FieldId.optional(),
  /** 審査項目 that apply only under conditions (e.g. the 大幅賃上げ criterion): left out of coverage otherwise. */
  criteriaWhen: z.record(z.string(), z.array(Condition).min(1)).default({}),
});
export type TextRules = z.infer<typeof TextRules>;

export const TemplateRules = z.object({
  source: SourceNote,
  numeric: z.array(NumericRule).default([]),
  choices: z.array(ChoiceRule).default([]),
  expenses: ExpenseRules.optional(),
  subsidy: SubsidyRule.optional(),
  katen: KatenRule.optional(),
  text: TextRules.prefault({}),
});
export type TemplateRules = z.infer<typeof TemplateRules>;
export type TemplateRulesInput = z.input<typeof TemplateRules>;
