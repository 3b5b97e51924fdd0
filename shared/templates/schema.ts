import { z } from 'zod';
import { ProgramId } from '../schemas/common';

/**
 * Program templates are data (templates/<program>-<round>/…), validated with these schemas at load.
 * The renderer draws the wizard from `sections[].fields`; the check engine reads the rest.
 */

/**
 * Where a fact comes from; `unconfirmed` when no official text could confirm it (shown in the UI as
 * 未確認). `edition` and `page` cite the 公募要領 (e.g. 第8版, P.12); `confidence` is how sure the source
 * is: H an official page or two independent sources, M one careful source citing the official page,
 * L a single summary (always `unconfirmed`).
 */
export const SourceNote = z.object({
  note: z.string().min(1),
  unconfirmed: z.boolean().default(false),
  edition: z.string().max(80).optional(),
  page: z.string().max(40).optional(),
  confidence: z.enum(['H', 'M', 'L']).optional(),
});
export type SourceNote = z.infer<typeof SourceNote>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A round's dates in Japan time, as the 公募要領 gives them. */
export const RoundDates = z.object({
  /** 公募開始 / 申請受付開始. */
  openFrom: IsoDay.optional(),
  /** 締切: the day and, where given, the time (JST), e.g. 2026-12-15 17:00. */
  deadline: IsoDay,
  deadlineTime: z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM').optional(),
  /** 様式4 事業支援計画書 発行受付締切 (持続化: the chamber issues it before this day). */
  yoshiki4Deadline: IsoDay.optional(),
  /** 採択発表 as announced (expected; free text such as 「2027年3月頃」). */
  adoptionAnnouncement: z.string().max(60).optional(),
  source: SourceNote,
});
export type RoundDates = z.infer<typeof RoundDates>;

const ItemId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/);

/**
 * When an item of the form applies: tests on the application's choices, as rules.json conditions
 * (section defaults to kihon). An item that does not apply is left out of the printed form.
 */
export const AppliesWhen = z.array(
  z.object({
    section: ItemId.default('kihon'),
    field: ItemId,
    op: z.enum(['equals', 'notEquals', 'includes', 'notIncludes', 'includesAny', 'filled', 'empty']),
    value: z.string().optional(),
    /** includesAny: one of these is chosen. */
    values: z.array(z.string()).optional(),
  }),
);
export type AppliesWhen = z.infer<typeof AppliesWhen>;

/**
 * Facts the form asks that Banso keeps outside the sections: the 事業者 record (client.*), the plan
 * table's 直近期 (latest.*) and the 経営状況表 of the last two actual years (plan.keieiJokyo). They are
 * printed and listed on the 転記シート where the section (or item) that names them stands.
 */
export const FactKey = z.enum([
  'client.nameKana',
  'client.name',
  'client.corporateNumber',
  'client.homepageUrl',
  'client.representative',
  'client.legalForm',
  'client.industry',
  'client.prefecture',
  'client.employeeCount',
  'client.capitalYen',
  'client.capitalManYen',
  'client.foundedYear',
  'client.contactKana',
  'client.contactName',
  'client.contactTitle',
  'client.address',
  'client.phone',
  'client.email',
  'latest.uriageDaka',
  'latest.uriageSoRieki',
  'latest.keijoRieki',
  'plan.keieiJokyo',
]);
export type FactKey = z.infer<typeof FactKey>;

/**
 * A field the official form prints as an item of its own (「5. 経費明細表」「Ⅲ. 資金調達方法」「4－2.」):
 * its number and title, and the section after which the form has it (default: where the field is).
 * Consecutive fields with the same number form one item.
 */
export const FormItem = z.object({
  number: z.string().max(20),
  title: z.string().min(1),
  after: ItemId.optional(),
  /** The part of the form the item belongs to (「4. 事業内容」): printed before it when the item opens the part. */
  part: z.string().optional(),
  facts: z.array(FactKey).optional(),
});
export type FormItem = z.infer<typeof FormItem>;

const FieldBase = z.object({
  id: ItemId,
  label: z.string().min(1),
  help: z.string().default(''),
  required: z.boolean().default(false),
  /** The field applies only when these hold (e.g. 「①-2」 only when 米国の追加関税 affects the business). */
  appliesWhen: AppliesWhen.optional(),
  /** The form prints this field as its own numbered item (see FormItem). */
  item: FormItem.optional(),
});

export const TextField = FieldBase.extend({
  kind: z.literal('text'),
  multiline: z.boolean().default(true),
  /** Character limit as the e-application counts it (code points; line breaks counted). */
  maxChars: z.number().int().positive().optional(),
  /** Typed into the 電子申請 system field by field → appears on the 転記シート. */
  transcribe: z.boolean().default(false),
  placeholder: z.string().default(''),
});

export const ChoiceField = FieldBase.extend({
  kind: z.literal('choice'),
  /** Chosen in the 電子申請 system → on the 転記シート (as the label of the choice). */
  transcribe: z.boolean().optional(),
  multiple: z.boolean().default(false),
  options: z.array(z.object({ value: z.string(), label: z.string(), source: SourceNote.optional() })).min(1),
  /** For multiple choice: at most this many may be picked (e.g. 加点 max 6). */
  maxSelected: z.number().int().positive().optional(),
});

export const TableColumn = z.object({
  id: z.string(),
  label: z.string(),
  type: z.enum(['text', 'number', 'quarter', 'date']).default('text'),
  unit: z.string().optional(),
});

export const TableField = FieldBase.extend({
  kind: z.literal('table'),
  columns: z.array(TableColumn).min(1),
  minRows: z.number().int().min(0).default(0),
  /** Typed into the 電子申請 system row by row, cell by cell → on the 転記シート. */
  transcribe: z.boolean().optional(),
  /** Printed with a 合計 row summing this number column (e.g. 資金調達 金額). */
  totalColumn: z.string().optional(),
});

/** Binds to application.expenses (経費明細表). */
export const ExpensesField = FieldBase.extend({
  kind: z.literal('expenses'),
  transcribe: z.boolean().optional(),
  /**
   * How the form lays the 経費明細表 out: `lines` one row per line with the subsidy calculation
   * (default), `yoshiki3` 持続化 様式3 Ⅱ with rows (1)–(6), `byCategory` もの補助 5. with (A)(B)(C) per 経費区分.
   */
  form: z.enum(['lines', 'yoshiki3', 'byCategory']).optional(),
});
/** Binds to application.financialPlan (数値計画). */
export const FinancialPlanField = FieldBase.extend({
  kind: z.literal('financialPlan'),
  transcribe: z.boolean().optional(),
  /**
   * How the form lays the plan out: `table` Banso's 千円 table (default), `monozukuri` the もの補助 会社全体の
   * 事業計画 in 円 (基準年度, 1〜5年目 with 年/月期, the official rows and the 目標値).
   */
  form: z.enum(['table', 'monozukuri']).optional(),
});

export const Field = z.discriminatedUnion('kind', [TextField, ChoiceField, TableField, ExpensesField, FinancialPlanField]);
export type Field = z.infer<typeof Field>;
export type TextField = z.infer<typeof TextField>;
export type ChoiceField = z.infer<typeof ChoiceField>;
export type TableField = z.infer<typeof TableField>;

export const Section = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  /** The item's title without its number (「企業概要」). */
  title: z.string().min(1),
  /** The form's own number of the item (「1.」「①」「(2)」「別表1」), printed as the form prints it. */
  number: z.string().max(20).optional(),
  /** The section applies only when these hold; otherwise it is left out of the printed form. */
  appliesWhen: AppliesWhen.optional(),
  /** Facts of the 事業者 / plan the form asks in this section (see FactKey). */
  facts: z.array(FactKey).optional(),
  /** Group heading in the section list, e.g. 経営計画 / 補助事業計画 / 別表1. */
  part: z.string().default(''),
  /** Reuse key: sections of different programs with the same purpose carry over (e.g. "kigyoGaiyo"). */
  purpose: z.string().optional(),
  fields: z.array(Field).min(1),
  /** What the reviewers look for in this section. */
  guidance: z.string().default(''),
  /** Questions the advisor can ask the owner. */
  questions: z.array(z.string()).default([]),
  /** 審査項目 ids this section serves. */
  criteria: z.array(z.string()).default([]),
  /** A short good passage, written for the demo cases. */
  example: z.string().default(''),
  /** Common mistakes reviewers mark down. */
  mistakes: z.array(z.string()).default([]),
});
export type Section = z.infer<typeof Section>;

/** The part of a template the wizard needs. The full template (criteria, rules) extends this. */
export const TemplateCore = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/), // e.g. monozukuri-20
  programId: ProgramId,
  name: z.string(), // e.g. ものづくり補助金 第20次締切
  koboKai: z.string(), // 公募回 label
  validFrom: z.string().optional(), // ISO date the rules apply from
  validUntil: z.string().optional(),
  /** Older rule sets stay available for reference but new applications default to the current one. */
  current: z.boolean().default(true),
  source: SourceNote,
  /** The round's life: dates as the 公募要領 gives them (never computed). */
  round: RoundDates.optional(),
  /** This program replaced another (新事業進出・ものづくり補助金 after ものづくり補助金): its applications may move here. */
  successorOf: ProgramId.optional(),
  planYears: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
  /** The field whose text is the plan's name (事業計画名, 補助事業で行う事業名, テーマ): the document's title and file name. */
  titleField: z.object({ section: ItemId, field: ItemId }).optional(),
  /**
   * The printed form: its name (「事業計画書」, used in file names) and the page guidance of the
   * official form for the part from section `from` up to (not including) `until`.
   */
  form: z
    .object({
      name: z.string().min(1).max(40),
      pageGuidance: z.object({ maxPages: z.number().int().positive(), from: ItemId, until: ItemId.optional(), label: z.string(), source: SourceNote }).optional(),
    })
    .optional(),
  /** A separate PDF of figures and tables (もの補助 from round 20: A4, at most `maxPages` pages). */
  supplementary: z.object({ title: z.string(), maxPages: z.number().int().positive(), source: SourceNote }).optional(),
  sections: z.array(Section).min(1),
});
export type TemplateCore = z.infer<typeof TemplateCore>;

/**
 * The aspects reviewers look for across 審査項目; coverage checks report which ones a text addresses.
 */
export const AspectId = z.enum([
  'tsuyomi', // 強み
  'kadai', // 課題
  'shijoKibo', // 市場規模
  'kokyakuNeeds', // 顧客ニーズ
  'kyogoSabetsuka', // 競合と差別化
  'jisshiTaisei', // 実施体制
  'schedule', // スケジュール
  'suchiMokuhyo', // 数値目標
  'koka', // 効果
]);
export type AspectId = z.infer<typeof AspectId>;

export const ASPECT_NAMES: Record<AspectId, string> = {
  tsuyomi: '強み',
  kadai: '課題',
  shijoKibo: '市場規模',
  kokyakuNeeds: '顧客ニーズ',
  kyogoSabetsuka: '競合と差別化',
  jisshiTaisei: '実施体制',
  schedule: 'スケジュール',
  suchiMokuhyo: '数値目標',
  koka: '効果',
};

/** One 審査項目 (scoring criterion). */
export const Criterion = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  title: z.string().min(1), // e.g. 自社の経営状況分析の妥当性
  description: z.string().default(''), // what reviewers check, in the program's words (paraphrased)
  aspects: z.array(AspectId).default([]),
  source: SourceNote,
});
export type Criterion = z.infer<typeof Criterion>;

/** templates/<id>/template.json */
export const TemplateFile = TemplateCore.extend({ criteria: z.array(Criterion).min(1) });
export type TemplateFile = z.infer<typeof TemplateFile>;
