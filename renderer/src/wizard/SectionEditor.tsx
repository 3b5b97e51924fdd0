import type { Application, FieldValue, SectionValues, TableRow } from '../../../shared/schemas/application';
import type { FinancialPlan } from '../../../shared/schemas/financialPlan';
import type { ExpenseLine } from '../../../shared/schemas/expense';
import type { Field, Section } from '../../../shared/templates/schema';
import { TextFieldEditor } from './fields/TextFieldEditor';
import { ChoiceEditor } from './fields/ChoiceEditor';
import { TableEditor } from './fields/TableEditor';
import { FinancialPlanEditor } from './fields/FinancialPlanEditor';
import { SectionGuide } from './SectionGuide';
import { sectionHeading, numbered } from '../../../shared/export/sectionHeading';
import { LokabenMaterial } from '../lokaben/LokabenMaterial';
import { href } from '../router';
import type { YearFigures } from '../../../shared/checks/types';

export interface SectionEditorProps {
  section: Section;
  app: Application;
  values: SectionValues;
  onField: (fieldId: string, v: FieldValue) => void;
  onPlan: (p: FinancialPlan) => void;
  onExpenses: (e: ExpenseLine[]) => void;
  maxPlanYears?: number;
  renderExpenses?: (lines: ExpenseLine[], onChange: (e: ExpenseLine[]) => void) => React.ReactNode;
  figures?: YearFigures[];
  /** Shown under the fields (comments of the section). */
  footer?: React.ReactNode;
}

export const fieldDomId = (sectionId: string, fieldId: string) => `f-${sectionId}-${fieldId}`;

/** The middle column: one section's fields, with the guide (what reviewers look for, questions, example). */
export function SectionEditor({ section, app, values, onField, onPlan, onExpenses, maxPlanYears, renderExpenses, figures, footer }: SectionEditorProps) {
  const origin = app.origins[section.id];
  // The ローカルベンチマーク analysis is offered to the first text field of the sections it feeds.
  const mainText = section.fields.find((f) => f.kind === 'text');
  const renderField = (f: Field, i: number) => {
    const item = f.item && section.fields[i - 1]?.item?.number !== f.item.number ? <h3 key={`item-${f.id}`} className="form-item">{numbered(f.item.number, f.item.title)}</h3> : null;
    return item ? [item, renderOne(f)] : renderOne(f);
  };
  const renderOne = (f: Field) => {
    const id = fieldDomId(section.id, f.id);
    switch (f.kind) {
      case 'text':
        return <TextFieldEditor key={f.id} inputId={id} field={f} value={typeof values[f.id] === 'string' ? (values[f.id] as string) : ''} onChange={(v) => onField(f.id, v)} />;
      case 'choice': {
        const v = values[f.id];
        return <ChoiceEditor key={f.id} inputId={id} field={f} value={typeof v === 'string' || isStringArray(v) ? v : undefined} onChange={(x) => onField(f.id, x)} />;
      }
      case 'table': {
        const v = values[f.id];
        return <TableEditor key={f.id} inputId={id} field={f} rows={isRows(v) ? v : []} onChange={(rows) => onField(f.id, rows)} />;
      }
      case 'financialPlan':
        return <FinancialPlanEditor key={f.id} plan={app.financialPlan} onChange={onPlan} maxPlanYears={maxPlanYears} figures={figures} />;
      case 'expenses':
        return <div key={f.id} id={id} data-field={f.id}>{renderExpenses?.(app.expenses, onExpenses)}</div>;
    }
  };
  return (
    <article className="section-editor" aria-labelledby="section-title">
      <header>
        {section.part && <div className="part-title">{section.part}</div>}
        <h2 id="section-title">{sectionHeading(section)}</h2>
      </header>
      {origin && (
        <p className="notice info">
          この項目は <a href={href({ page: 'application', applicationId: origin.applicationId, sectionId: origin.sectionId })}>{origin.title}</a> から引き継いだ内容です。今回の申請に合わせて見直してください。
        </p>
      )}
      <SectionGuide section={section} />
      {mainText && (
        <LokabenMaterial
          clientId={app.clientId}
          purpose={section.purpose}
          onInsert={(t) => {
            const cur = values[mainText.id];
            onField(mainText.id, typeof cur === 'string' && cur ? `${cur}\n${t}` : t);
          }}
        />
      )}
      <div className="fields">{section.fields.map(renderField)}</div>
      {footer}
    </article>
  );
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
function isRows(v: unknown): v is TableRow[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null);
}
