import type { Application } from '../../../shared/schemas/application';
import type { Section } from '../../../shared/templates/schema';

/** 事業者確認 mode: the section's text as it will be submitted, read-only, selectable for comments. */
export function ReadOnlySection({ app, section }: { app: Application; section: Section }) {
  const values = app.content[section.id] ?? {};
  return (
    <div className="read-only">
      {section.fields.map((f) => {
        const v = values[f.id];
        if (f.kind === 'financialPlan') return <p key={f.id} className="muted">（数値計画は「入力」画面の表をご覧ください）</p>;
        if (f.kind === 'expenses') return <p key={f.id} className="muted">（経費明細は「入力」画面の表をご覧ください）</p>;
        const text = typeof v === 'string' ? v : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? (f.kind === 'choice' ? f.options.find((o) => o.value === x)?.label ?? x : x) : Object.values(x).join(' / '))).join('\n') : '';
        const shown = f.kind === 'choice' && typeof v === 'string' ? f.options.find((o) => o.value === v)?.label ?? v : text;
        return (
          <div key={f.id} className="ro-field">
            <h3>{f.label}</h3>
            <p className="prewrap" data-review-field={f.id}>{shown || <span className="muted">（未記入）</span>}</p>
          </div>
        );
      })}
    </div>
  );
}
