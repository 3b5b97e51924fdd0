import { useState } from 'react';
import { formatNumber } from '../../format';
import { parseNumberText } from '../../../../shared/format/numbers';


/**
 * A number input: shows "12,345"; accepts full-width digits and commas while typing, and reformats on
 * blur. Focusing does not change the text (a changing value under the caret loses keystrokes).
 * `scale` converts display units to stored units (e.g. 1000 for 千円 → 円).
 */
export function NumberCell({ value, onChange, scale = 1, label, digits = 0 }: { value: number | null; onChange: (v: number | null) => void; scale?: number; label: string; digits?: number }) {
  const [text, setText] = useState<string>();
  const shown = value === null ? '' : formatNumber(value / scale, digits);
  const invalid = text !== undefined && parseNumberText(text) === undefined;
  return (
    <input
      className={`num${invalid ? ' invalid' : ''}`}
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? '数値を入力してください' : undefined}
      inputMode="decimal"
      value={text ?? shown}
      onBlur={() => setText(undefined)}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseNumberText(e.target.value);
        if (n === null) onChange(null);
        else if (n !== undefined) onChange(Math.round(n * scale * 100) / 100);
      }}
    />
  );
}
