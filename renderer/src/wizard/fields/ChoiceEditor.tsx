import type { ChoiceField } from '../../../../shared/templates/schema';

/** Single choice (radio buttons) or multiple choice (checkboxes, with an optional maximum). */
export function ChoiceEditor({ field, value, onChange, inputId }: { field: ChoiceField; value: string | string[] | undefined; onChange: (v: string | string[]) => void; inputId: string }) {
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  const atMax = field.maxSelected !== undefined && selected.length >= field.maxSelected;
  return (
    <fieldset className="field choice" id={inputId} data-field={field.id}>
      <legend>
        {field.label}
        {field.required && <span className="req">必須</span>}
        {field.multiple && field.maxSelected !== undefined && <span className="muted small">（{selected.length} / 最大 {field.maxSelected}）</span>}
      </legend>
      {field.help && <p className="help">{field.help}</p>}
      <div className="options">
        {field.options.map((o) => {
          const checked = selected.includes(o.value);
          return (
            <label key={o.value} className="option">
              <input
                type={field.multiple ? 'checkbox' : 'radio'}
                name={`${inputId}-opt`}
                value={o.value}
                checked={checked}
                disabled={field.multiple && !checked && atMax}
                onChange={() => {
                  if (!field.multiple) onChange(o.value);
                  else onChange(checked ? selected.filter((x) => x !== o.value) : [...selected, o.value]);
                }}
              />
              {o.label}
              {o.source?.unconfirmed && <span className="tag warn" title={o.source.note}>未確認</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
