import type { AspectId, SourceNote } from '../templates/schema';
import type { FinanceResult } from '../finance/result';
import type { Cagr } from '../finance/cagr';
import type { Percent } from '../finance/growth';
import type { IndicatorId } from '../finance/indicators';

/**
 * What checkApplication returns. Plain JSON (no BigInt, no NaN/Infinity), so it can cross IPC/HTTP.
 */
export type Severity = 'error' | 'warning' | 'hint';

export type FindingKind =
  | 'required' // a required field is empty
  | 'charLimit' // over the e-application's character limit
  | 'numeric' // a numeric rule of the template (targets, wages, plan length)
  | 'expense' // an expense rule (categories, limits, required items)
  | 'subsidy' // the subsidy amount (caps, 下限, 特例 conditions)
  | 'katen' // 加点 count and groups
  | 'choice' // contradictory choices
  | 'consistency' // text vs plan table, schedule vs plan period
  | 'readability' // long sentences, numbers without units
  | 'dated'; // a rule's validity window

/**
 * What a finding is about, for the advisor: 要件 (eligibility: the application is refused as it stands),
 * 審査 (a weak point or likely mistake the reviewers will mark down), 加点 (what it would take to earn
 * one — information, never an error), 体裁 (form and presentation: limits, characters, layout).
 */
export type FindingCategory = 'yoken' | 'shinsa' | 'katen' | 'teisai';

export const CATEGORY_NAMES: Record<FindingCategory, string> = { yoken: '要件', shinsa: '審査', katen: '加点', teisai: '体裁' };

export interface Finding {
  /** Stable across runs for the same problem (rule id + place), so the UI can remember dismissals. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** 要件 / 審査 / 加点 / 体裁 (set by classify.ts for every finding). */
  category?: FindingCategory;
  criterionId?: string;
  sectionId?: string;
  fieldId?: string;
  /** Japanese: what was seen and what would fix it. */
  message: string;
  source?: SourceNote;
  /** A one-click fix: text replacements in fields (e.g. 絵文字を削除する). */
  fix?: FindingFix;
}

/** Replacements the UI applies through the normal save path when the advisor clicks the fix. */
export interface FindingFix {
  label: string;
  replacements: { sectionId: string; fieldId: string; from: string; to: string }[];
}

export interface AspectCoverage {
  aspectId: AspectId;
  name: string;
  covered: boolean;
  /** The phrase that matched, with the place it was found. */
  evidence?: { sectionId: string; fieldId: string; phrase: string };
}

export type CriterionStatus = 'ok' | 'improve' | 'empty';

export const CRITERION_STATUS_NAMES: Record<CriterionStatus, string> = { ok: '満たしている', improve: '要改善', empty: '未記入' };

export interface CriterionCoverage {
  criterionId: string;
  title: string;
  status: CriterionStatus;
  aspects: AspectCoverage[];
  /** Sections whose texts were read for this criterion. */
  sectionIds: string[];
  /** Ids of error/warning findings that weigh on this criterion. */
  findingIds: string[];
}

/** One plan-table year with its derived figures (in 円, % for 労働分配率). */
export interface YearFigures {
  label: string;
  kind: 'actual' | 'plan';
  fukaKachiGaku: FinanceResult<number>;
  hitoriAtariFukaKachiGaku: FinanceResult<number>;
  keijoRieki: FinanceResult<number>;
  kyuyoShikyuSogaku: FinanceResult<number>;
  hitoriAtariKyuyoJugyoin: FinanceResult<number>;
  hitoriAtariKyuyoYakuin: FinanceResult<number>;
  rodoBunpairitsu: FinanceResult<number>;
  /** 事業場内最低賃金 − 地域別最低賃金 (円). */
  saiteiChinginMargin: FinanceResult<number>;
}

/** Growth of one indicator from 直近期 to the final plan year, as the rules that name it see it. */
export interface GrowthFigure {
  ruleId: string;
  indicator: IndicatorId;
  name: string;
  baseLabel: string;
  finalLabel: string;
  years: number;
  /** 経営革新 (B − A) / |A|, or the official CAGR, truncated to 0.01%. */
  measure: 'cumulative' | 'cagr';
  value: FinanceResult<Percent | Cagr>;
  targetPercent: number | null;
  met: boolean | null;
}

export interface SubsidyBreakdown {
  method: 'simple' | 'jizokukaYoshiki3' | 'categoryCapped';
  rateLabel: string;
  rate: { num: number; den: number };
  /** 税抜 or 税込 as entered (持続化: by tax status). */
  taxBasis: 'zeinuki' | 'zeikomi';
  eligibleYen: number;
  nonWebYen: number;
  webYen: number;
  capYen: number;
  capLabel: string;
  /** 持続化 (b): subsidy on non-web costs; もの補助: the whole amount before the cap. */
  nonWebSubsidyYen: number;
  /** 持続化 (d): subsidy on web costs after the 1/4 and 50万円 limits; categoryCapped: on the capped groups after their caps. */
  webSubsidyYen: number;
  /** The 1 yen 様式3 adds when the truncated fractions of (b) and (d) sum to ≥ 1 yen. */
  roundingBonusYen: number;
  /** The amount applied for: (f). */
  totalYen: number;
  /** When b + d exceeds the cap, the sheet accepts a range of (b); null otherwise. */
  nonWebRange: { minYen: number; maxYen: number } | null;
  minYen: number | null;
  /** categoryCapped: each capped group (e.g. ウェブサイト関連費, 広報費) with its cost, subsidy and cap. */
  cappedGroups: { label: string; costYen: number; subsidyYen: number; capYen: number }[];
}

export interface ExpenseTotals {
  totalYen: number;
  byCategory: { categoryId: string; name: string; yen: number; lines: number }[];
  nonCoreYen: number;
  webYen: number;
}

export interface ComputedFigures {
  /** Plan years chosen in the template's plan-length field, or the number of plan years in the table. */
  planYears: number | null;
  years: YearFigures[];
  growth: GrowthFigure[];
  expenses: ExpenseTotals | null;
  subsidy: SubsidyBreakdown | null;
}

export interface Readiness {
  errors: number;
  warnings: number;
  hints: number;
  criteriaOk: number;
  criteriaTotal: number;
  /** No errors: nothing that the rules say blocks submission. */
  ready: boolean;
}

export interface CheckReport {
  templateId: string;
  applicationId: string;
  findings: Finding[];
  coverage: CriterionCoverage[];
  figures: ComputedFigures;
  readiness: Readiness;
}

/** Optional facts from outside the application (the client record, the date the rules are read at). */
export interface CheckContext {
  /** 常時使用する従業員数 for the cap bands; falls back to the plan table's 直近期 従業員数. */
  employeeCount?: number | null;
  /** 都道府県 (e.g. 埼玉 or 埼玉県) for prefecture-dependent targets. */
  prefecture?: string | null;
  /** The client's 業種 as typed (e.g. 製造業（婦人下着ODM）): for 小規模事業者 status. */
  industry?: string | null;
  /** YYYY-MM-DD: rules outside their validity window on this date are skipped. Default: none skipped. */
  asOf?: string;
  /** The client's ローカルベンチマーク, when one is saved: the 経営状況分析 sections are expected to use it. */
  lokaben?: { periods: string[] };
  /** The client's 応募者の概要 items, when the caller has the client: the form's missing ones are named (applicant.ts). */
  applicant?: ApplicantFacts;
}

/** What the 応募者の概要 check reads of the client record. */
export type ApplicantFacts = Partial<Record<'nameKana' | 'homepageUrl' | 'contactName' | 'contactKana' | 'address' | 'phone' | 'representative', string>>;
