import { z } from 'zod';
import { SourceNote } from '../templates/schema';
import { Condition } from '../rules/schema';
import { FinancialYear } from '../schemas/financialPlan';
import { IsoDate } from '../portfolio/dates';

/**
 * After 採択: what a round measures in the years after the project, how its 返還 is computed and when
 * its reports are due (templates/<id>/aftercare.json, `AftercareRules`), and the actual figures an
 * advisor records per adopted application (`AftercareRecord`, stored in application_actuals).
 * Every number of a round carries its SourceNote; `unconfirmed` where no official text gave it.
 */

const Key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'id は英字で始まる英数字');
const Title = z.string().min(1).max(160);

/** What is measured in a year of actual figures (computed, never typed). */
export const MeasureId = z.enum([
  'uriageDaka', // 売上高
  'uriageSoRieki', // 売上総利益（粗利）
  'eigyoRieki', // 営業利益
  'keijoRieki', // 経常利益
  'fukaKachiGaku', // 付加価値額 = 営業利益 + 人件費 + 減価償却費
  'hitoriAtariFukaKachiGaku', // 一人当たり付加価値額
  'kyuyoShikyuSogaku', // 給与支給総額（従業員 + 役員）
  'kyuyoJugyoin', // 給与支給総額（従業員）
  'kyuyoYakuin', // 給与支給総額（役員）
  'hitoriAtariKyuyoJugyoin', // 1人あたり給与支給総額（従業員, パートは正社員換算）
  'hitoriAtariKyuyoYakuin', // 1人あたり給与支給総額（役員）
  'jigyojoNaiSaiteiChingin', // 事業場内最低賃金（時給）
]);
export type MeasureId = z.infer<typeof MeasureId>;

const TargetBase = {
  id: Key,
  label: Title,
  /** Applies only under these choices of the application (e.g. 特例 chosen). */
  when: z.array(Condition).default([]),
  source: SourceNote,
};

/**
 * A target measured after 採択.
 * - cagr: the firm's own target CAGR (the plan table's, never below `minPercent` or the rule `minFromRule`),
 *   met at the final plan year; CAGR exactly as the official CAGR tool (0.01% truncated).
 * - marginEveryYear: 事業場内最低賃金 − 地域別最低賃金 ≥ the firm's margin (plan table's, never below `minYen`)
 *   at the end of `checkMonth` in every plan year.
 * - cumulativeGrowth: simple growth base → final plan year ≥ the % for the plan length (経営革新).
 * - growthToYear: growth base → plan year `planYear` ≥ minPercent (持続化 第20回 賃金引上げ特例).
 * - ownWageIncrease: 事業場内最低賃金 at `planYear` ≥ its base-year level + minYen (持続化 第17回 特例).
 * - rising: the measure at `toPlanYear` > at `fromPlanYear` (持続化 第20回 要件(4)).
 * - plan: the actual against the plan table's value of the same year (information only).
 */
export const AftercareTarget = z.discriminatedUnion('kind', [
  z.object({
    ...TargetBase,
    kind: z.literal('cagr'),
    measure: MeasureId,
    minPercent: z.number().min(-100).max(100).optional(),
    /** The minimum comes from this numeric rule of rules.json (a fixed or per-prefecture CAGR target). */
    minFromRule: Key.optional(),
    negativeBase: z.enum(['oddRoot', 'dash']).default('dash'),
  }),
  z.object({ ...TargetBase, kind: z.literal('marginEveryYear'), minYen: z.number().int().min(0).max(1_000), checkMonth: z.number().int().min(1).max(12).default(3) }),
  z.object({ ...TargetBase, kind: z.literal('cumulativeGrowth'), measure: MeasureId, targetsByYears: z.record(z.string().regex(/^[1-9]$/), z.number().min(0).max(1_000)) }),
  z.object({ ...TargetBase, kind: z.literal('growthToYear'), measure: MeasureId, planYear: z.number().int().min(1).max(10), minPercent: z.number().min(-100).max(1_000) }),
  z.object({ ...TargetBase, kind: z.literal('ownWageIncrease'), planYear: z.number().int().min(1).max(10), minYen: z.number().int().min(0).max(1_000) }),
  z.object({ ...TargetBase, kind: z.literal('rising'), measure: MeasureId, fromPlanYear: z.number().int().min(0).max(10), toPlanYear: z.number().int().min(1).max(10) }),
  z.object({ ...TargetBase, kind: z.literal('plan'), measure: MeasureId }),
]);
export type AftercareTarget = z.infer<typeof AftercareTarget>;

/** One group of a wage path (従業員 or 役員): a `cagr` target. */
const WageGroup = z.object({ label: z.string().min(1).max(40), target: Key });
/** 給与支給総額 or 1人あたり給与支給総額: its groups' achievement is the lowest of them (FAQ 4-1 step 1). */
const WagePath = z.object({ label: z.string().min(1).max(60), groups: z.array(WageGroup).min(1).max(4) });

const RuleBase = { id: Key, title: Title, when: z.array(Condition).default([]), source: SourceNote };

/** Exemptions the rounds write: 付加価値額 not increased and the period's majority (or that year) 営業利益赤字. */
const Exemption = z.enum(['none', 'fukaKachiDownAndMajorityLoss', 'fukaKachiDownAndLossThatYear']);

/**
 * How a round asks for money back.
 * - wageShortfall (もの補助 基本要件②): at the final year, if no path is fully achieved,
 *   交付額 × (1 − achievement), achievement = the highest path's lowest group; CAGR ≤ 0 → all.
 * - minWageYears (基本要件③): 交付額 ÷ plan years for each year the margin target was missed.
 * - upliftShortfall (大幅賃上げ特例): 引上げ額 + (交付額 − 引上げ額) × (1 − achievement).
 * - wholeGrant: the whole subsidy is lost when a target is missed (`notGranted`: not paid at 実績報告).
 * - unknown: no source gives the consequence; achievement is shown, no amount (未確認).
 */
export const HenkanRule = z.discriminatedUnion('kind', [
  z.object({ ...RuleBase, kind: z.literal('wageShortfall'), paths: z.array(WagePath).min(1).max(3), exemption: Exemption.default('none') }),
  z.object({ ...RuleBase, kind: z.literal('minWageYears'), target: Key, exemption: Exemption.default('none') }),
  z.object({ ...RuleBase, kind: z.literal('upliftShortfall'), wageGroups: z.array(WageGroup).min(1).max(4), minWageTarget: Key, exemption: Exemption.default('none') }),
  z.object({ ...RuleBase, kind: z.literal('wholeGrant'), targets: z.array(Key).min(1), consequence: z.enum(['notGranted', 'henkan']) }),
  z.object({ ...RuleBase, kind: z.literal('unknown'), targets: z.array(Key).default([]) }),
]);
export type HenkanRule = z.infer<typeof HenkanRule>;

/**
 * A report after the project.
 * - nationalFiscalYear: one per 国の会計年度 (April–March) after the one holding the completion date,
 *   due `dueDays` after each March 31 (もの補助 事業化状況報告: 5 years, 60 days).
 * - afterCompletion: the state `monthsAfter` months after completion, due `dueDays` after that (持続化 事業効果報告).
 * - planYear: after each plan year's end (経営革新 フォローアップ).
 */
export const ReportSchedule = z.object({
  id: Key,
  name: Title,
  kind: z.enum(['nationalFiscalYear', 'afterCompletion', 'planYear']),
  count: z.union([z.number().int().min(1).max(10), z.literal('planYears')]),
  dueDays: z.number().int().min(0).max(400),
  monthsAfter: z.number().int().min(1).max(60).default(12),
  /** The secretariat sets the exact date; ours is shown as 推定. */
  estimated: z.boolean().default(false),
  source: SourceNote,
});
export type ReportSchedule = z.infer<typeof ReportSchedule>;

/**
 * Where plan year 1 lies. kakuteiFiscalYear: the firm's business year holding 額の確定日 (もの補助).
 * completion: year 1 ends at 補助事業の完了 and each later year 12 months on (持続化: 終了時, 事業効果報告時).
 * afterApproval: the first business year after 承認 (経営革新).
 */
export const PlanStart = z.object({ kind: z.enum(['kakuteiFiscalYear', 'completion', 'afterApproval']), source: SourceNote });
export type PlanStart = z.infer<typeof PlanStart>;

export const AftercareRules = z
  .object({
    source: SourceNote,
    planStart: PlanStart,
    targets: z.array(AftercareTarget).max(30),
    henkan: z.array(HenkanRule).max(10).default([]),
    /** How 返還 amounts are rounded to the yen. */
    yenRounding: z.object({ mode: z.enum(['floor', 'ceil']), source: SourceNote }),
    /** How the 返還 of several rules add up (shown with the estimate). */
    combination: SourceNote,
    /** Part-time staff in 正社員 equivalents: hours ÷ regular hours, truncated to `digits` decimals. */
    fte: z.object({ digits: z.number().int().min(0).max(4), source: SourceNote }).optional(),
    reports: z.array(ReportSchedule).max(5).default([]),
    /** Other consequences (減点, 不交付 …) in words. */
    notes: z.array(z.object({ text: z.string().min(1).max(400), when: z.array(Condition).default([]), source: SourceNote })).max(10).default([]),
  })
  .superRefine((a, ctx) => {
    const byId = new Map<string, AftercareTarget>();
    a.targets.forEach((t, i) => {
      if (byId.has(t.id)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'id'], message: `duplicate target "${t.id}"` });
      byId.set(t.id, t);
    });
    const need = (id: string, kind: AftercareTarget['kind'], path: (string | number)[]) => {
      const t = byId.get(id);
      if (!t) ctx.addIssue({ code: 'custom', path, message: `no target "${id}"` });
      else if (t.kind !== kind) ctx.addIssue({ code: 'custom', path, message: `target "${id}" is not a ${kind} target` });
    };
    const ruleIds = new Set<string>();
    a.henkan.forEach((r, i) => {
      if (ruleIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['henkan', i, 'id'], message: `duplicate rule "${r.id}"` });
      ruleIds.add(r.id);
      if (r.kind === 'wageShortfall') r.paths.forEach((p, j) => p.groups.forEach((g, k) => need(g.target, 'cagr', ['henkan', i, 'paths', j, 'groups', k, 'target'])));
      if (r.kind === 'minWageYears') need(r.target, 'marginEveryYear', ['henkan', i, 'target']);
      if (r.kind === 'upliftShortfall') {
        r.wageGroups.forEach((g, k) => need(g.target, 'cagr', ['henkan', i, 'wageGroups', k, 'target']));
        need(r.minWageTarget, 'marginEveryYear', ['henkan', i, 'minWageTarget']);
      }
      if (r.kind === 'wholeGrant' || r.kind === 'unknown') r.targets.forEach((id, k) => { if (!byId.has(id)) ctx.addIssue({ code: 'custom', path: ['henkan', i, 'targets', k], message: `no target "${id}"` }); });
    });
    a.targets.forEach((t, i) => {
      if (t.kind === 'cagr' && t.minPercent === undefined && t.minFromRule === undefined) ctx.addIssue({ code: 'custom', path: ['targets', i, 'minPercent'], message: 'give minPercent or minFromRule' });
    });
  });
export type AftercareRules = z.infer<typeof AftercareRules>;
export type AftercareRulesInput = z.input<typeof AftercareRules>;

// ── The record an advisor keeps per adopted application ───────────────────────────────────────────

/** The figures of one year: the plan table's rows and bounds (円, 人, 円/時), all optional. */
export const ActualFigures = FinancialYear.omit({ label: true, kind: true });
export type ActualFigures = z.infer<typeof ActualFigures>;

/** Part-time staff of a year: weekly (or daily) hours against the regular staff's, and how many at those hours. */
export const PartTime = z.object({
  /** 正社員の所定労働時間 (same unit as `hours`). */
  regularHours: z.number().gt(0, '0より大きい時間を入力してください').max(200).nullable().default(null),
  rows: z.array(z.object({ hours: z.number().min(0).max(200), count: z.number().int().min(0).max(10_000) })).max(20).default([]),
});
export type PartTime = z.infer<typeof PartTime>;

export const ActualYear = z.object({
  /** 0 = 基準年度 (the business year before plan year 1), 1…n = plan years. */
  year: z.number().int().min(0).max(10),
  figures: ActualFigures.default(ActualFigures.parse({})),
  /** jugyoinSu counts full-time staff paid every month; part-timers add their 正社員換算. */
  partTime: PartTime.default(PartTime.parse({})),
  /** The day these figures were last recorded (counts as a フォローアップ in its 年度). */
  recordedOn: IsoDate.nullable().default(null),
  /** The ロカベン 決算期 the figures were taken from, when imported. */
  importedFrom: z.string().max(40).nullable().default(null),
});
export type ActualYear = z.infer<typeof ActualYear>;
export type ActualYearInput = z.input<typeof ActualYear>;

export const AftercareSettings = z.object({
  /** 補助金交付額 (額の確定後); null → the 採択額 recorded in the pipeline. */
  kofuYen: z.number().int().min(0).max(1e12).nullable().default(null),
  /** 補助事業の完了日; null → the 実績報告日 (推定). */
  kanryoBi: IsoDate.nullable().default(null),
  /** 額の確定日; null → 実績報告日 + 30日 (推定). */
  kakuteiBi: IsoDate.nullable().default(null),
  /** 本来の補助上限額 (大幅賃上げ特例: 引上げ額 = 交付額 − this); null → from the round's caps. */
  honraiJogenYen: z.number().int().min(0).max(1e12).nullable().default(null),
  /** 再生事業者 or 天災など事業者の責めに負わない理由 (事務局が認めたもの): no 返還 under 基本要件②③. */
  exemption: z.enum(['none', 'saisei', 'tensai']).default('none'),
  /** The targets as declared at 交付申請 when they differ from the plan table: target id → % or 円. */
  targetOverrides: z.record(Key, z.number().min(-100).max(1_000)).default({}),
  /** Reports marked as submitted: "<scheduleId>:<index>" (e.g. jigyokaJokyo:1). */
  reportsDone: z.array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*:\d{1,2}$/)).max(50).default([]),
});
export type AftercareSettings = z.infer<typeof AftercareSettings>;

export const AftercareRecord = z
  .object({
    years: z.array(ActualYear).max(11).default([]),
    settings: AftercareSettings.default(AftercareSettings.parse({})),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<number>();
    r.years.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `${y.year}年目が重複しています` });
      seen.add(y.year);
    });
  });
export type AftercareRecord = z.infer<typeof AftercareRecord>;
export type AftercareRecordInput = z.input<typeof AftercareRecord>;

export const emptyAftercareRecord = (): AftercareRecord => AftercareRecord.parse({});
