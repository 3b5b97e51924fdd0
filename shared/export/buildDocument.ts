import type { Application, FieldValue } from '../schemas/application';
import type { Client } from '../schemas/client';
import { LEGAL_FORM_NAMES } from '../schemas/client';
import { PROGRAM_NAMES } from '../schemas/common';
import type { Template } from '../templates/template';
import type { FactKey, Field, Section } from '../templates/schema';
import type { CheckReport } from '../checks/types';
import { formatJapaneseDate, type DateStyle } from '../format/dates';
import { plainNumber, yen } from '../format/numbers';
import type { Block, DocModel, HeadingBlock } from './docModel';
import { planBlocks } from './planTable';
import { expenseBlocks } from './expenseTable';
import { walkForm } from './formWalk';
import { factText, factValues } from './facts';
import { keieiJokyoGrid, monozukuriPlanGrid, monozukuriTargetsGrid } from './monozukuriPlan';
import { gridBlock } from './grid';
import { fiscalPeriodLabels } from './fiscalYears';
import { tableFieldBlock, tableRowsOf } from './tableField';
import { documentTitle } from './documentTitle';

export interface BuildOptions {
  dateStyle?: DateStyle;
  now?: Date;
  /** The check report at export time: its figures fill the plan and subsidy tables; errors add a 下書き watermark. */
  report?: CheckReport;
  /** 明朝 or ゴシック body (see DocMeta.bodyFont). */
  bodyFont?: 'mincho' | 'gothic';
}

/** Printed for a required item left empty — only ever in a draft (an empty required item is an error). */
export const DRAFT_EMPTY = '（未記入）';
/** Printed for an optional item left empty: the form's own wording for items that do not apply. */
export const NOT_APPLICABLE = '該当なし';

interface Ctx {
  t: Template;
  app: Application;
  client: Client;
  report: CheckReport | undefined;
  now: Date;
  draft: boolean;
}

const emptyFor = (field: Field, ctx: Ctx) => (field.required && ctx.draft ? DRAFT_EMPTY : NOT_APPLICABLE);

function choiceLabels(field: Extract<Field, { kind: 'choice' }>, v: FieldValue | undefined): string[] {
  const values = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];
  return values.map((x) => field.options.find((o) => o.value === x)?.label ?? x);
}

/** The value of a choice or one-line text as one cell. */
function shortValue(field: Field, v: FieldValue | undefined, ctx: Ctx): string {
  if (field.kind === 'choice') return choiceLabels(field, v).join('、') || emptyFor(field, ctx);
  return typeof v === 'string' && v.trim() ? v : emptyFor(field, ctx);
}

function fieldBlocks(section: Section, field: Field, ctx: Ctx): Block[] {
  const { t, app, report } = ctx;
  const v = app.content[section.id]?.[field.id];
  switch (field.kind) {
    case 'text':
      return [typeof v === 'string' && v.trim() ? { type: 'paragraph', text: v, indentFirstLine: field.multiline } : { type: 'paragraph', text: emptyFor(field, ctx) }];
    case 'choice':
      return [{ type: 'paragraph', text: shortValue(field, v, ctx) }];
    case 'table': {
      const rows = tableRowsOf(v);
      return rows.length === 0 ? [{ type: 'paragraph', text: emptyFor(field, ctx) }] : [tableFieldBlock(field, rows)];
    }
    case 'financialPlan': {
      const plan = app.financialPlan;
      if (field.form === 'monozukuri') {
        if (plan.years.length === 0) return [{ type: 'paragraph', text: emptyFor(field, ctx) }];
        return [
          { type: 'paragraph', text: '（単位：円）', align: 'right', size: 'small' },
          gridBlock(monozukuriPlanGrid(plan, ctx.client.fiscalYearEndMonth, ctx.now)),
          { type: 'paragraph', text: '基準年度は直近期（実績）、1〜5年目は補助事業終了後の各年度。事業所内最低賃金は各事業年度の3月末時点の額。', size: 'small' },
          gridBlock(monozukuriTargetsGrid(plan, report?.figures), '目標値の設定（基準年度に対する事業計画最終年度の年平均成長率）'),
        ];
      }
      return planBlocks(plan, report?.figures, fiscalPeriodLabels(plan.years, ctx.client.fiscalYearEndMonth, ctx.now));
    }
    case 'expenses':
      return expenseBlocks(app.expenses, t.rules.expenses?.categories ?? [], report?.figures, field.form ?? 'lines');
  }
}

const isShort = (f: Field) => f.kind === 'choice' || (f.kind === 'text' && !f.multiline);

function keieiJokyoBlocks(ctx: Ctx): Block[] {
  const g = keieiJokyoGrid(ctx.app.financialPlan, ctx.client.fiscalYearEndMonth, ctx.now);
  if (g.columns.length === 0) return [];
  return [gridBlock(g, '経営状況表（直近2期分の実績）（単位：円）')];
}

/** The document header: the plan's name as the title, the form, who applies and when. */
function headerBlocks(ctx: Ctx, date: string, withFacts: boolean): Block[] {
  const { t, app, client } = ctx;
  const out: Block[] = [
    { type: 'heading', level: 1, text: documentTitle(t, app) },
    { type: 'paragraph', text: t.form && !t.name.startsWith(t.form.name) ? `${t.form.name}　${t.name}` : t.name, align: 'center', size: 'small' },
  ];
  if (withFacts) {
    out.push({ type: 'paragraph', text: `名称：${client.name}　　作成日：${date}`, align: 'right', size: 'small' });
    return out;
  }
  const rows: string[][] = [
    ['事業者名', client.name],
    ['代表者', client.representative],
    ['形態', LEGAL_FORM_NAMES[client.legalForm]],
    ['業種', client.industry],
    ['所在地（都道府県）', client.prefecture],
    ['従業員数', client.employeeCount === null ? '' : `${plainNumber(client.employeeCount)} 人`],
    ['資本金', client.capitalYen === null ? '' : `${yen(client.capitalYen)} 円`],
    ['制度・公募回', `${PROGRAM_NAMES[app.programId]}　${app.koboKai}`],
    ['作成日', date],
  ];
  out.push({ type: 'table', columns: [{ header: '申請者', width: 1 }, { header: '', width: 3 }], rows, repeatHeader: false });
  return out;
}

/**
 * The application as a document laid out like the official form: the plan's name as the title, the
 * form's parts and numbered items in the form's order (from the template data), the facts of the 事業者
 * where the form asks them, the plan and expense tables as the form lays them out. Items that do not
 * apply are left out; optional items left empty say 該当なし.
 */
export function buildApplicationDocument(t: Template, app: Application, client: Client, opts: BuildOptions = {}): DocModel {
  const now = opts.now ?? new Date();
  const date = formatJapaneseDate(now, opts.dateStyle ?? 'wareki');
  const report = opts.report;
  const ctx: Ctx = { t, app, client, report, now, draft: report ? report.readiness.errors > 0 : true };
  const withFacts = t.sections.some((s) => (s.facts?.length ?? 0) > 0 || s.fields.some((f) => (f.item?.facts?.length ?? 0) > 0));
  const blocks: Block[] = headerBlocks(ctx, date, withFacts);
  const entries = walkForm(t, app);
  let lastHeading: HeadingBlock | undefined;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind === 'part') {
      lastHeading = { type: 'heading', level: 2, text: e.text, bookmark: true };
      blocks.push(lastHeading);
      continue;
    }
    if (e.kind === 'heading') {
      if (e.text === '') {
        if (lastHeading && e.anchor) lastHeading.anchor = e.anchor;
        continue;
      }
      lastHeading = { type: 'heading', level: e.level, text: e.text, bookmark: true, ...(e.anchor ? { anchor: e.anchor } : {}) };
      blocks.push(lastHeading);
      continue;
    }
    // facts, then the fields up to the next heading: short answers of a section form one table with its facts
    const keys: FactKey[] = e.kind === 'facts' ? e.keys : [];
    let j = e.kind === 'facts' ? i + 1 : i;
    const fields: { section: Section; field: Field; labelled: boolean }[] = [];
    while (j < entries.length) {
      const x = entries[j]!;
      if (x.kind !== 'field') break;
      fields.push(x);
      j++;
    }
    i = j - 1;
    // facts and runs of short answers print as two-column tables (項目 | 内容); longer answers under their labels
    let rows: string[][] = factValues(keys, ctx.client, ctx.app).map((f) => [f.label, factText(f)]);
    let lone: (typeof fields)[number] | undefined;
    const flush = () => {
      if (rows.length === 1 && lone && !lone.labelled) blocks.push({ type: 'paragraph', text: rows[0]![1]! });
      else if (rows.length > 0) blocks.push({ type: 'table', columns: [{ header: '項目', width: 2 }, { header: '内容', width: 3 }], rows, size: 'small' });
      rows = [];
      lone = undefined;
    };
    for (const f of fields) {
      if (isShort(f.field)) {
        lone = rows.length === 0 ? f : undefined;
        rows.push([f.field.label, shortValue(f.field, ctx.app.content[f.section.id]?.[f.field.id], ctx)]);
        continue;
      }
      flush();
      if (f.labelled) blocks.push({ type: 'paragraph', text: `【${f.field.label}】`, bold: true, keepWithNext: true });
      blocks.push(...fieldBlocks(f.section, f.field, ctx));
    }
    flush();
    if (keys.includes('plan.keieiJokyo')) blocks.push(...keieiJokyoBlocks(ctx));
  }
  const hasErrors = (report?.readiness.errors ?? 0) > 0;
  return {
    meta: {
      title: documentTitle(t, app),
      author: client.name,
      subject: `${PROGRAM_NAMES[app.programId]} ${app.koboKai}${t.form ? ` ${t.form.name}` : ''}`,
      createdAt: now,
      ...(hasErrors ? { watermark: '下書き' } : {}),
      ...(opts.bodyFont ? { bodyFont: opts.bodyFont } : {}),
    },
    blocks,
  };
}
