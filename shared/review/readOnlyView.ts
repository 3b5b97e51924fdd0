/**
 * What the owner reads and signs off on, one section at a time: every field of the template read-only —
 * texts as typed, choices by their labels, tables, the plan table with its derived rows and the
 * expense lines with the subsidy as the exported document prints them (shared/export/planTable.ts,
 * expenseTable.ts). One model for the 事業者確認 view in the app and the HTML review file.
 */
import type { Application, FieldValue, TableRow } from '../schemas/application';
import type { Template } from '../templates/template';
import type { ChoiceField, Field, Section, TableField } from '../templates/schema';
import type { ComputedFigures } from '../checks/types';
import type { Block, ParagraphBlock, TableBlock } from '../export/docModel';
import { planBlocks } from '../export/planTable';
import { expenseBlocks } from '../export/expenseTable';
import { plainNumber } from '../format/numbers';

/** Shown for an empty item (fine for a review; the checks say what a submission needs). */
export const NOT_FILLED = '未記入';

/** A block of figures: a table or a line of text (what the plan and expense builders produce). */
export type FigureBlock = TableBlock | ParagraphBlock;

export type ReadOnlyField =
  /** A text the owner can select a passage of; `text` exactly as stored ('' when empty). */
  | { kind: 'text'; fieldId: string; label: string; text: string }
  /** Choices by their labels ('' when none is chosen). */
  | { kind: 'choice'; fieldId: string; label: string; text: string }
  /** A table field, the plan or the expenses. */
  | { kind: 'figures'; fieldId: string; label: string; blocks: FigureBlock[] };

export interface ReadOnlySectionView {
  id: string;
  title: string;
  part: string;
  fields: ReadOnlyField[];
}

export function choiceLabels(field: ChoiceField, v: FieldValue | undefined): string {
  const values = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];
  return values.map((x) => field.options.find((o) => o.value === x)?.label ?? x).join('、');
}

function tableBlocks(field: TableField, v: FieldValue | undefined): FigureBlock[] {
  const rows = Array.isArray(v) ? v.filter((r): r is TableRow => typeof r === 'object' && r !== null) : [];
  if (rows.length === 0) return [{ type: 'paragraph', text: NOT_FILLED }];
  return [
    {
      type: 'table',
      columns: field.columns.map((c) => ({ header: c.unit ? `${c.label}（${c.unit}）` : c.label, width: c.type === 'text' ? 3 : 1.2, align: c.type === 'number' ? 'right' : 'left' })),
      rows: rows.map((r) => field.columns.map((c) => {
        const cell = r[c.id];
        return cell === null || cell === undefined ? '' : typeof cell === 'number' ? plainNumber(cell, 2) : cell;
      })),
    },
  ];
}

const figureBlocks = (blocks: Block[]): FigureBlock[] => blocks.filter((b): b is FigureBlock => b.type === 'table' || b.type === 'paragraph');

function fieldView(t: Template, app: Application, section: Section, field: Field, figures: ComputedFigures | undefined): ReadOnlyField {
  const v = app.content[section.id]?.[field.id];
  const base = { fieldId: field.id, label: field.label };
  switch (field.kind) {
    case 'text':
      return { kind: 'text', ...base, text: typeof v === 'string' ? v : '' };
    case 'choice':
      return { kind: 'choice', ...base, text: choiceLabels(field, v) };
    case 'table':
      return { kind: 'figures', ...base, blocks: tableBlocks(field, v) };
    case 'financialPlan':
      return { kind: 'figures', ...base, blocks: figureBlocks(planBlocks(app.financialPlan, figures)) };
    case 'expenses':
      return { kind: 'figures', ...base, blocks: figureBlocks(expenseBlocks(app.expenses, t.rules.expenses?.categories ?? [], figures)) };
  }
}

/** The section's heading as the form prints it: its own number (「⑤」「1.」) then its title. */
export const sectionTitle = (s: Pick<Section, 'number' | 'title'>): string => (s.number?.trim() ? `${s.number.trim()} ${s.title}` : s.title);

/** One section as the owner reads it. `figures`: checkApplication(...).figures (derived rows, subsidy). */
export function readOnlySection(t: Template, app: Application, section: Section, figures: ComputedFigures | undefined): ReadOnlySectionView {
  return { id: section.id, title: sectionTitle(section), part: section.part, fields: section.fields.map((f) => fieldView(t, app, section, f, figures)) };
}
