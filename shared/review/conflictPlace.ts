/**
 * Where a merge conflict is, in the words of the form: 「⑤ 今回の事業の革新性・差別化」, 「数値計画 ／ 1年後 ／
 * 売上高」, 「経費明細 ／ 3次元CADソフト」 — never the field ids. And whether 両方を残す fits it.
 */
import type { Application } from '../schemas/application';
import { PLAN_ROWS } from '../schemas/planRows';
import type { Section } from '../templates/schema';
import { canKeepBoth, type Conflict } from './merge';
import { sectionTitle } from './readOnlyView';

export interface ConflictPlace {
  /** 「section ／ field」, or one of them when they read the same. */
  place: string;
  /** The template field's kind ('text', 'choice', …) for a field conflict. */
  fieldKind: string | null;
  /** 両方を残す is offered: texts, multiple choices, tables, expense lines. */
  keepBoth: boolean;
}

const CELL_LABELS: Record<string, string> = { label: '年度の名前', kind: '実績・計画の別' };

/** 「⑤ 背景（1,000字以内）」 → 「⑤ 背景」: the limit is the form's note, not the name. */
const bare = (label: string) => label.replace(/[（(][^（）()]*字以内[）)]\s*$/, '').trim();

function join(section: string, field: string): string {
  const s = bare(section);
  const f = bare(field);
  return f === s ? s : `${s} ／ ${f}`;
}

export function conflictPlace(sections: readonly Section[], advisor: Application, c: Conflict): ConflictPlace {
  switch (c.kind) {
    case 'field': {
      const section = sections.find((s) => s.id === c.sectionId);
      const field = section?.fields.find((f) => f.id === c.fieldId);
      const place = section ? join(sectionTitle(section), field?.label ?? '（この様式にない欄）') : `（この様式にない項目）`;
      const combinable = field?.kind === 'text' || field?.kind === 'table' || (field?.kind === 'choice' && field.multiple);
      return { place, fieldKind: field?.kind ?? null, keepBoth: combinable && canKeepBoth(c) };
    }
    case 'title':
      return { place: '申請の名前（事業計画名）', fieldKind: null, keepBoth: false };
    case 'figure': {
      const year = advisor.financialPlan.years[c.yearIndex]?.label || `${c.yearIndex + 1}列目`;
      const row = PLAN_ROWS.find((r) => r.key === c.key)?.label ?? CELL_LABELS[c.key] ?? c.key;
      return { place: `数値計画 ／ ${year} ／ ${row}`, fieldKind: null, keepBoth: false };
    }
    case 'financialPlan':
      return { place: '数値計画（年度の数）', fieldKind: null, keepBoth: false };
    case 'expense': {
      const line = c.advisor ?? c.owner ?? c.base;
      return { place: `経費明細 ／ ${line?.description.trim() || '（内容なし）'}`, fieldKind: null, keepBoth: true };
    }
  }
}
