import type { Application } from '../../../shared/schemas/application';
import type { TemplateFile } from '../../../shared/templates/schema';

/** Right column: the 審査項目 this section serves. (Findings come from the check engine.) */
export function CheckPanel({ template, sectionId }: { template: TemplateFile; app: Application; sectionId: string }) {
  const section = template.sections.find((s) => s.id === sectionId);
  const criteria = template.criteria.filter((c) => section?.criteria.includes(c.id));
  return (
    <aside className="check-panel" aria-label="チェック">
      <h2>審査項目</h2>
      {criteria.length === 0 && <p className="muted">この項目に対応する審査項目はありません。</p>}
      <ul className="plain">
        {criteria.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong>
            {c.source.unconfirmed && <span className="tag warn">未確認</span>}
            <p className="muted small">{c.description}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
