import type { Application, TableRow } from '../schemas/application';
import type { Template } from '../templates/template';
import type { Field, Section } from '../templates/schema';
import { planShape } from '../finance/plan';
import { fieldValue, type FindingList } from './context';
import { countChars, isBlank } from './textScan';

/** Required content, character limits (as the e-application counts), choice limits. */

const rowFilled = (row: TableRow): boolean => Object.values(row).some((v) => v !== null && (typeof v === 'number' || !isBlank(v)));

function isFilled(app: Application, s: Section, f: Field): boolean {
  const v = fieldValue(app, s.id, f.id);
  switch (f.kind) {
    case 'text':
      return typeof v === 'string' && !isBlank(v);
    case 'choice':
      return (typeof v === 'string' && v !== '') || (Array.isArray(v) && v.length > 0);
    case 'table':
      return Array.isArray(v) && v.some((r) => typeof r === 'object' && rowFilled(r));
    case 'expenses':
      return app.expenses.length > 0;
    case 'financialPlan': {
      const shape = planShape(app.financialPlan);
      return shape.base !== null && shape.planYears.length > 0;
    }
  }
}

export function checkContent(t: Template, app: Application, out: FindingList): void {
  for (const s of t.sections) {
    for (const f of s.fields) {
      const at = { sectionId: s.id, fieldId: f.id };
      if (f.required && !isFilled(app, s, f)) {
        const what = f.kind === 'financialPlan' ? '（直近期の実績と計画年度を入力）' : f.kind === 'expenses' ? '（経費を1行以上入力）' : '';
        out.add({ id: `required:${s.id}.${f.id}`, kind: 'required', severity: 'error', ...at, message: `「${s.title}」の「${f.label}」が未記入です${what}。` });
        continue;
      }
      const v = fieldValue(app, s.id, f.id);
      if (f.kind === 'text' && typeof v === 'string' && f.maxChars !== undefined) {
        const n = countChars(v);
        if (n > f.maxChars) {
          out.add({
            id: `charLimit:${s.id}.${f.id}`,
            kind: 'charLimit',
            severity: 'error',
            ...at,
            message: `「${f.label}」は${n.toLocaleString('en-US')}字で、上限の${f.maxChars.toLocaleString('en-US')}字を${(n - f.maxChars).toLocaleString('en-US')}字超えています（改行も1字と数えます）。要点を絞って削ってください。`,
          });
        }
      }
      if (f.kind === 'choice') {
        const picked = typeof v === 'string' ? (v === '' ? [] : [v]) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
        const unknown = picked.filter((p) => !f.options.some((o) => o.value === p));
        if (unknown.length > 0) {
          out.add({ id: `choiceUnknown:${s.id}.${f.id}`, kind: 'choice', severity: 'warning', ...at, message: `「${f.label}」に様式にない選択肢（${unknown.join('、')}）が残っています。選び直してください。` });
        }
        if (f.maxSelected !== undefined && picked.length > f.maxSelected) {
          out.add({ id: `maxSelected:${s.id}.${f.id}`, kind: 'choice', severity: 'error', ...at, message: `「${f.label}」は${picked.length}個選ばれていますが、選べるのは${f.maxSelected}個までです。` });
        }
      }
      if (f.kind === 'table' && Array.isArray(v)) {
        const filled = v.filter((r) => typeof r === 'object' && rowFilled(r)).length;
        if (filled > 0 && filled < f.minRows) {
          out.add({ id: `minRows:${s.id}.${f.id}`, kind: 'required', severity: 'warning', ...at, message: `「${f.label}」は${filled}行です。${f.minRows}行以上で具体的に書いてください。` });
        }
      }
    }
  }
}
