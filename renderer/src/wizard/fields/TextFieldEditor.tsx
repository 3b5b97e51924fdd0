import type { TextField } from '../../../../shared/templates/schema';
import { countChars, formatNumber } from '../../format';

/** A text field with the character count as the e-application counts it, and the limit. */
export function TextFieldEditor({ field, value, onChange, inputId }: { field: TextField; value: string; onChange: (v: string) => void; inputId: string }) {
  const n = countChars(value);
  const over = field.maxChars !== undefined && n > field.maxChars;
  const counter = (
    <span className={`char-count${over ? ' over' : ''}`} aria-live="polite">
      {formatNumber(n)}
      {field.maxChars !== undefined && ` / ${formatNumber(field.maxChars)}`}字
      {over && `（${formatNumber(n - (field.maxChars ?? 0))}字超過）`}
    </span>
  );
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={inputId}>
          {field.label}
          {field.required && <span className="req">必須</span>}
          {field.transcribe && <span className="tag">電子申請</span>}
        </label>
        {counter}
      </div>
      {field.help && <p className="help">{field.help}</p>}
      {field.multiline ? (
        <textarea id={inputId} data-field={field.id} value={value} placeholder={field.placeholder} onChange={(e) => onChange(e.target.value)} rows={Math.min(24, Math.max(5, Math.ceil(n / 45) + 2))} aria-invalid={over} />
      ) : (
        <input id={inputId} data-field={field.id} value={value} placeholder={field.placeholder} onChange={(e) => onChange(e.target.value)} aria-invalid={over} />
      )}
    </div>
  );
}
