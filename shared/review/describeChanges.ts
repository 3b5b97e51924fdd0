/**
 * A replaced application body in words the advisor knows: which sections change (with their
 * titles and how much text), which plan figures, which expense lines — shown before an import.
 */
import type { Application, FieldValue } from '../schemas/application';
import type { Section } from '../templates/schema';
import { PLAN_ROWS } from '../schemas/planRows';
import { diffApplications } from './diffApplications';
import { yen } from '../format/numbers';
import { countChars } from '../checks/textScan';

export interface ChangeLine {
  area: 'title' | 'section' | 'plan' | 'expenses';
  label: string;
  detail: string;
}

const textLength = (v: FieldValue | undefined) => (typeof v === 'string' ? countChars(v) : 0);
const figure = (v: string | number | null) => (v === null ? '空欄' : typeof v === 'number' ? yen(v) : v);

/** What replacing `before` by `after` would change, section by section, in the template's order. */
export function describeChanges(before: Application, after: Application, sections: readonly Section[]): ChangeLine[] {
  const d = diffApplications(before, after);
  const out: ChangeLine[] = [];
  if (d.title) out.push({ area: 'title', label: '申請名', detail: `「${before.title}」→「${after.title}」` });
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const changed = d.sections.filter((s) => s.changed).sort((a, b) => (order.get(a.sectionId) ?? 1e9) - (order.get(b.sectionId) ?? 1e9));
  for (const s of changed) {
    const section = sections.find((x) => x.id === s.sectionId);
    const fields = s.fields.filter((f) => f.status !== 'same');
    const parts = fields.map((f) => {
      const name = section?.fields.find((x) => x.id === f.fieldId)?.label ?? f.fieldId;
      if (f.kind === 'text') return `${name}: ${textLength(before.content[s.sectionId]?.[f.fieldId])}字 → ${textLength(after.content[s.sectionId]?.[f.fieldId])}字`;
      if (f.table) return `${name}: ${f.table.rowsBefore}行 → ${f.table.rowsAfter}行`;
      return `${name}: 選択が変わります`;
    });
    out.push({ area: 'section', label: section?.title ?? s.sectionId, detail: parts.join('、') });
  }
  const figs = d.financialPlan.figures;
  if (figs.length > 0) {
    const named = figs.slice(0, 6).map((f) => `${f.label} ${PLAN_ROWS.find((r) => r.key === f.key)?.label ?? (f.key === 'label' ? '年度名' : '区分')}: ${figure(f.before)} → ${figure(f.after)}`);
    out.push({ area: 'plan', label: '数値計画', detail: named.join('、') + (figs.length > 6 ? ` ほか${figs.length - 6}件` : '') });
  }
  if (d.expenses.changed) {
    const count = (k: 'added' | 'removed' | 'changed') => d.expenses.lines.filter((l) => l.status === k).length;
    const words = [['追加', count('added')], ['削除', count('removed')], ['変更', count('changed')]].filter(([, n]) => Number(n) > 0).map(([w, n]) => `${w} ${n}行`);
    out.push({ area: 'expenses', label: '経費明細', detail: `${before.expenses.length}行 → ${after.expenses.length}行（${words.join('・') || '並び順'}）` });
  }
  return out;
}
