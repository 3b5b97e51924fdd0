import type { Application, FieldValue, TableRow } from '../schemas/application';
import type { Client } from '../schemas/client';
import { LEGAL_FORM_NAMES } from '../schemas/client';
import { PROGRAM_NAMES } from '../schemas/common';
import type { Template } from '../templates/template';
import type { Field, Section } from '../templates/schema';
import type { CheckReport } from '../checks/types';
import { formatJapaneseDate, type DateStyle } from '../format/dates';
import { plainNumber, yen } from '../format/numbers';
import type { Block, DocModel } from './docModel';
import { planBlocks } from './planTable';
import { expenseBlocks } from './expenseTable';

export interface BuildOptions {
  dateStyle?: DateStyle;
  now?: Date;
  /** The check report at export time: its figures fill the plan and subsidy tables; errors add a 下書き watermark. */
  report?: CheckReport;
}

const EMPTY = '（未記入）';
/** Titles that carry the form's own numbering (「2. 顧客ニーズ…」「① 背景」「その1」) are printed as they are. */
const NUMBERED = /^([0-9０-９]+[.．、\s]|[①-⑳]|[（(]|その[0-9０-９一二三]|別表|様式)/;

function choiceText(field: Extract<Field, { kind: 'choice' }>, v: FieldValue | undefined): string {
  const values = Array.isArray(v) ? (v.filter((x) => typeof x === 'string') as string[]) : typeof v === 'string' && v ? [v] : [];
  if (values.length === 0) return EMPTY;
  return values.map((x) => field.options.find((o) => o.value === x)?.label ?? x).join('、');
}

function tableBlock(field: Extract<Field, { kind: 'table' }>, v: FieldValue | undefined): Block {
  const rows = Array.isArray(v) ? (v.filter((r) => typeof r === 'object') as TableRow[]) : [];
  if (rows.length === 0) return { type: 'paragraph', text: EMPTY };
  return {
    type: 'table',
    columns: field.columns.map((c) => ({ header: c.unit ? `${c.label}（${c.unit}）` : c.label, width: c.type === 'text' ? 3 : 1.2, align: c.type === 'number' ? 'right' : 'left' })),
    rows: rows.map((r) => field.columns.map((c) => {
      const cell = r[c.id];
      if (cell === null || cell === undefined) return '';
      return typeof cell === 'number' ? plainNumber(cell, 2) : cell;
    })),
  };
}

function fieldBlocks(t: Template, app: Application, section: Section, field: Field, report: CheckReport | undefined): Block[] {
  const v = app.content[section.id]?.[field.id];
  switch (field.kind) {
    case 'text':
      return [{ type: 'paragraph', text: typeof v === 'string' && v.trim() ? v : EMPTY, indentFirstLine: field.multiline }];
    case 'choice':
      return [{ type: 'paragraph', text: choiceText(field, v) }];
    case 'table':
      return [tableBlock(field, v)];
    case 'financialPlan':
      return planBlocks(app.financialPlan, report?.figures);
    case 'expenses':
      return expenseBlocks(app.expenses, t.rules.expenses?.categories ?? [], report?.figures);
  }
}

/** Sections of choices and one-line answers (申請要件 etc.) print as a two-column table. */
const isCompact = (section: Section) => section.fields.length > 1 && section.fields.every((f) => f.kind === 'choice' || (f.kind === 'text' && !f.multiline));

function compactTable(section: Section, app: Application): Block {
  const values = app.content[section.id] ?? {};
  const rows = section.fields.map((f) => {
    const v = values[f.id];
    const text = f.kind === 'choice' ? choiceText(f, v) : typeof v === 'string' && v.trim() ? v : EMPTY;
    return [f.label, text];
  });
  return { type: 'table', columns: [{ header: '項目', width: 2 }, { header: '内容', width: 3 }], rows, size: 'small' };
}

/** The 申請者 block: who applies, as the forms ask it. */
function applicantBlock(client: Client, app: Application, date: string): Block {
  const rows: string[][] = [
    ['事業者名', client.name],
    ['代表者', client.representative || EMPTY],
    ['形態', LEGAL_FORM_NAMES[client.legalForm]],
    ['業種', client.industry || EMPTY],
    ['所在地（都道府県）', client.prefecture || EMPTY],
    ['従業員数', client.employeeCount === null ? EMPTY : `${plainNumber(client.employeeCount)} 人`],
    ['資本金', client.capitalYen === null ? EMPTY : `${yen(client.capitalYen)} 円`],
    ['制度・公募回', `${PROGRAM_NAMES[app.programId]}　${app.koboKai}`],
    ['作成日', date],
  ];
  return { type: 'table', columns: [{ header: '申請者', width: 1 }, { header: '', width: 3 }], rows, repeatHeader: false };
}

/**
 * The application as a document laid out like the official form: title, 申請者 block, numbered
 * sections with their fields, the plan table, the expense table with the subsidy calculation.
 */
export function buildApplicationDocument(t: Template, app: Application, client: Client, opts: BuildOptions = {}): DocModel {
  const now = opts.now ?? new Date();
  const date = formatJapaneseDate(now, opts.dateStyle ?? 'wareki');
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: app.title || t.name },
    { type: 'paragraph', text: `${t.name}`, align: 'center', size: 'small' },
    applicantBlock(client, app, date),
  ];
  let part = '';
  let n = 0;
  for (const section of t.sections) {
    if (section.part && section.part !== part) {
      part = section.part;
      blocks.push({ type: 'heading', level: 2, text: part, bookmark: true });
    }
    n++;
    const title = NUMBERED.test(section.title) ? section.title : `${n}. ${section.title}`;
    blocks.push({ type: 'heading', level: section.part ? 3 : 2, text: title, bookmark: true });
    if (isCompact(section)) {
      blocks.push(compactTable(section, app));
      continue;
    }
    const many = section.fields.length > 1;
    for (const field of section.fields) {
      if (many) blocks.push({ type: 'paragraph', text: `【${field.label}】`, bold: true });
      blocks.push(...fieldBlocks(t, app, section, field, opts.report));
    }
  }
  const hasErrors = (opts.report?.readiness.errors ?? 0) > 0;
  return {
    meta: {
      title: app.title || t.name,
      author: client.name,
      subject: `${PROGRAM_NAMES[app.programId]} ${app.koboKai}`,
      createdAt: now,
      ...(hasErrors ? { watermark: '下書き' } : {}),
    },
    blocks,
  };
}
