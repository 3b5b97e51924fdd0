import type { Application } from '../schemas/application';
import type { Client } from '../schemas/client';
import type { Template } from '../templates/template';
import type { Field, Section } from '../templates/schema';
import type { CheckReport } from '../checks/types';
import { countChars } from '../checks/textScan';
import { yen } from '../format/numbers';
import { walkForm } from './formWalk';
import { factValues } from './facts';
import { keieiJokyoGrid, monozukuriPlanGrid, monozukuriTargetsGrid } from './monozukuriPlan';
import { byCategoryGrid, lineAmountYen, yoshiki3Rows } from './expenseTable';
import { cellText, tableRowsOf, tableTotal } from './tableField';
import type { Grid } from './grid';

/** One row of the 転記シート: one box of the e-application, what to type into it, and where it comes from. */
export interface TranscriptionRow {
  no: number;
  /** Stable across exports for the same box (for the 入力済み ticks). */
  key: string;
  /** The printed item it belongs to: 「1. 申請者の概要等」「会社全体の事業計画」. */
  group: string;
  sectionId: string;
  /** null for a fact of the 事業者 (edited on the 事業者 page) or a computed cell. */
  fieldId: string | null;
  /** The box: 「事業計画名（30字以内）」「① 売上高／基準年度 [2026年9月期]」. */
  label: string;
  /** What to type or paste: text as written, numbers as digits only in the unit the system wants. */
  text: string;
  /** As printed on the sheet (numbers with commas). */
  shown: string;
  unit: string;
  chars: number;
  maxChars: number | null;
  over: boolean;
  /** Cells of a table: which table, row and column, for copying a row or the whole table at once. */
  table?: { id: string; title: string; row: string; column: string };
  /** @deprecated the group (kept for older callers). */
  sectionTitle: string;
  /** @deprecated the label (kept for older callers). */
  fieldLabel: string;
}

type Draft = Omit<TranscriptionRow, 'no' | 'chars' | 'maxChars' | 'over' | 'sectionTitle' | 'fieldLabel'> & { maxChars?: number | null };

export interface TranscriptionInput {
  client: Client;
  report?: CheckReport | undefined;
  now?: Date;
}

function gridRows(g: Grid, tableId: string, group: string, sectionId: string, fieldId: string | null): Draft[] {
  const out: Draft[] = [];
  for (const r of g.rows) {
    g.columns.forEach((col, i) => {
      const column = col.replace(/\n/g, ' ');
      out.push({
        key: `${tableId}:${r.label}:${column}`,
        group,
        sectionId,
        fieldId,
        label: `${r.label}／${column}`,
        text: r.copy[i] ?? '',
        shown: r.cells[i] ?? '',
        unit: g.unit,
        table: { id: tableId, title: g.title, row: r.label, column },
      });
    });
  }
  return out;
}

function fieldRows(t: Template, app: Application, s: Section, f: Field, group: string, input: TranscriptionInput): Draft[] {
  const v = app.content[s.id]?.[f.id];
  const base = { group, sectionId: s.id, fieldId: f.id };
  const id = `${s.id}.${f.id}`;
  const now = input.now ?? new Date();
  switch (f.kind) {
    case 'text': {
      const text = typeof v === 'string' ? v : '';
      return [{ ...base, key: id, label: f.label, text, shown: text, unit: '', maxChars: f.maxChars ?? null }];
    }
    case 'choice': {
      const vals = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];
      const text = vals.map((x) => f.options.find((o) => o.value === x)?.label ?? x).join('、');
      return [{ ...base, key: id, label: f.label, text, shown: text, unit: '' }];
    }
    case 'table': {
      const rows = tableRowsOf(v);
      const out: Draft[] = [];
      const title = f.label;
      rows.forEach((r, i) => {
        const rowName = `${i + 1}行目`;
        for (const c of f.columns) {
          const cell = r[c.id];
          const text = cell === null || cell === undefined ? '' : String(cell);
          out.push({ ...base, key: `${id}:${i}:${c.id}`, label: `${title}／${rowName}／${c.label}`, text, shown: cellText(f, c.id, cell), unit: c.unit ?? '', table: { id, title, row: rowName, column: c.label } });
        }
      });
      const total = tableTotal(f, rows);
      if (total !== null) {
        const col = f.columns.find((c) => c.id === f.totalColumn);
        out.push({ ...base, key: `${id}:total`, label: `${title}／合計額`, text: String(total), shown: cellText(f, f.totalColumn!, total), unit: col?.unit ?? '', table: { id, title, row: '合計', column: col?.label ?? '' } });
      }
      if (rows.length === 0) out.push({ ...base, key: `${id}:empty`, label: title, text: '', shown: '', unit: '' });
      return out;
    }
    case 'financialPlan': {
      if (f.form === 'monozukuri') {
        return [
          ...gridRows(monozukuriPlanGrid(app.financialPlan, input.client.fiscalYearEndMonth, now), `${id}:plan`, group, s.id, f.id),
          ...gridRows(monozukuriTargetsGrid(app.financialPlan, input.report?.figures), `${id}:targets`, group, s.id, f.id),
        ];
      }
      return [];
    }
    case 'expenses': {
      const cats = t.rules.expenses?.categories ?? [];
      const sub = input.report?.figures.subsidy;
      if (f.form === 'byCategory') return gridRows(byCategoryGrid(app.expenses, cats, sub), id, group, s.id, f.id);
      const name = (c: string) => cats.find((x) => x.id === c)?.name ?? c;
      const out: Draft[] = [];
      app.expenses.forEach((l, i) => {
        const row = `${i + 1}行目`;
        const cells: [string, string, string][] = [
          ['経費区分', name(l.category), name(l.category)],
          ['内容・必要理由', [l.description, l.reason].filter((x) => x.trim()).join('\n'), [l.description, l.reason].filter((x) => x.trim()).join('\n')],
          ['単価', l.unitPriceYen === null ? '' : String(l.unitPriceYen), yen(l.unitPriceYen)],
          ['回数・数量', l.quantity === null ? '' : String(l.quantity), l.quantity === null ? '' : String(l.quantity)],
          ['補助対象経費', String(lineAmountYen(l) ?? ''), yen(lineAmountYen(l))],
        ];
        for (const [col, text, shown] of cells) out.push({ ...base, key: `${id}:${l.id}:${col}`, label: `${f.label}／${row}／${col}`, text, shown, unit: col === '単価' || col === '補助対象経費' ? '円' : '', table: { id, title: f.label, row, column: col } });
      });
      if (sub && f.form === 'yoshiki3') {
        for (const r of yoshiki3Rows(sub)) out.push({ ...base, key: `${id}:calc:${r.label}`, label: r.label, text: r.copy[0] ?? '', shown: r.cells[0] ?? '', unit: '円', table: { id: `${id}:calc`, title: '補助金額の計算', row: r.label, column: '金額' } });
      }
      return out;
    }
  }
}

const isTranscribed = (f: Field): boolean => f.transcribe === true;

/**
 * Every box of the e-application, in the order of the form: the facts of the 事業者 where the form asks
 * them, every transcribed field, and the number tables cell by cell (数値計画, 目標値, 経費明細, 資金調達).
 */
export function transcriptionRows(t: Template, app: Application, input: TranscriptionInput): TranscriptionRow[] {
  const eApplication = t.sections.some((s) => s.fields.some(isTranscribed));
  if (!eApplication) return [];
  const drafts: Draft[] = [];
  let group = '';
  const now = input.now ?? new Date();
  for (const e of walkForm(t, app)) {
    if (e.kind === 'part') continue;
    if (e.kind === 'heading') {
      if (e.text) group = e.text;
      continue;
    }
    if (e.kind === 'facts') {
      for (const f of factValues(e.keys, input.client, app)) drafts.push({ key: `fact:${f.key}`, group, sectionId: e.sectionId, fieldId: null, label: f.label, text: f.copy, shown: f.text, unit: f.unit });
      if (e.keys.includes('plan.keieiJokyo')) drafts.push(...gridRows(keieiJokyoGrid(app.financialPlan, input.client.fiscalYearEndMonth, now), 'plan.keieiJokyo', group, e.sectionId, null));
      continue;
    }
    if (!isTranscribed(e.field)) continue;
    drafts.push(...fieldRows(t, app, e.section, e.field, group, input));
  }
  return drafts.map((d, i) => {
    const chars = countChars(d.text);
    const maxChars = d.maxChars ?? null;
    return { ...d, no: i + 1, chars, maxChars, over: maxChars !== null && chars > maxChars, sectionTitle: d.group, fieldLabel: d.label };
  });
}
