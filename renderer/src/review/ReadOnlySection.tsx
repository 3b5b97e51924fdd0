import type { Application } from '../../../shared/schemas/application';
import type { Section } from '../../../shared/templates/schema';
import { NOT_FILLED, readOnlySection } from '../../../shared/review/readOnlyView';
import { ReadOnlyBlocks } from './ReadOnlyBlocks';
import { useReviewFigures } from './useReviewFigures';
import './review.css';

/**
 * 事業者確認 mode: the section as it will be submitted, read-only — texts (selectable for comments),
 * choices by their labels, tables, the plan with its derived rows and the expenses with the subsidy.
 * The HTML review file shows the same model (shared/review/readOnlyView.ts).
 */
export function ReadOnlySection({ app, section }: { app: Application; section: Section }) {
  const { template, figures } = useReviewFigures(app);
  if (!template) return <p className="notice error">様式「{app.templateId}」が見つかりません。</p>;
  const view = readOnlySection(template, app, section, figures);
  return (
    <div className="read-only">
      {view.fields.map((f) => (
        <div key={f.fieldId} className="ro-field">
          <h3>{f.label}</h3>
          {f.kind === 'text' && <p className="prewrap" data-review-field={f.fieldId}>{f.text || <span className="muted">{NOT_FILLED}</span>}</p>}
          {f.kind === 'choice' && <p className={f.text ? undefined : 'muted'}>{f.text || NOT_FILLED}</p>}
          {f.kind === 'figures' && <ReadOnlyBlocks blocks={f.blocks} />}
        </div>
      ))}
    </div>
  );
}
