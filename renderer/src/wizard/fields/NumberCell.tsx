import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../format';
import { readNumberInput, type NumberInputReading, type NumberUnit } from '../../../../shared/format/numbers';

export interface NumberNoteContent {
  text: string;
  invalid: boolean;
}

/**
 * The line under a number input: why the text is not a number (always, while it is there), or what
 * a valid text was understood as (while the input is focused).
 */
export function numberNote(reading: NumberInputReading | undefined, focused: boolean, invalidSuffix = ''): NumberNoteContent | null {
  if (reading?.kind === 'invalid') return { text: `${reading.message}${invalidSuffix}`, invalid: true };
  if (reading?.kind === 'number' && focused) return { text: reading.understood, invalid: false };
  return null;
}

/** The note element; the input points at it with aria-describedby. */
export function NumberNote({ id, note }: { id: string; note: NumberNoteContent }) {
  return (
    <span id={id} className={`num-note${note.invalid ? ' invalid' : ''}`}>
      {note.text}
    </span>
  );
}

export interface NumberCellProps {
  value: number | null;
  onChange: (v: number | null) => void;
  label: string;
  /** Stored units per display unit (1000 for 千円 shown, 円 stored). */
  scale?: number;
  /** The unit shown; defaults to 千円 when scale is 1000. Decides how 「20万」 or 「3,000円」 is read. */
  unit?: NumberUnit;
  digits?: number;
  allowNegative?: boolean;
  /** Further rules on the stored value (e.g. the schema's bounds): a Japanese message, or null. */
  check?: (stored: number) => string | null;
  /** A text stored as typed (e.g. a table cell that held text): shown instead of the value until edited. */
  initialText?: string;
  /** Goes back to the value the cell had when focused; default: onChange with that value. */
  onRestore?: () => void;
}

/** The typed text with the cell's own rule applied. */
function readCell(text: string, props: NumberCellProps, unit: NumberUnit | undefined): NumberInputReading {
  const r = readNumberInput(text, { unit, scale: props.scale ?? 1, allowNegative: props.allowNegative ?? true });
  const problem = r.kind === 'number' && props.check ? props.check(r.stored) : null;
  return problem ? { kind: 'invalid', message: problem } : r;
}

/**
 * A number input: shows "12,345"; understands what people type (「20万2千」, 「1.5億」, full-width digits,
 * △…) and says under the cell what it understood while focused; reformats on blur. A text that is not
 * a number is never passed up: the cell keeps it, marked invalid with a message, and the stored value
 * goes back to what it was when the cell was focused (never a valid prefix typed on the way). Escape
 * brings back that value. Focusing does not change the text (a changing value under the caret loses
 * keystrokes).
 */
export function NumberCell(props: NumberCellProps) {
  const { value, onChange, label, scale = 1, digits = 0, initialText, onRestore } = props;
  const unit = props.unit ?? (scale === 1000 ? '千円' : undefined);
  const [typed, setTyped] = useState<string>();
  const text = typed ?? initialText;
  const [focused, setFocused] = useState(false);
  const atFocus = useRef(value);
  const noteId = useId();
  const reading = text === undefined ? undefined : readCell(text, props, unit);
  const invalid = reading?.kind === 'invalid';
  const note = numberNote(reading, focused, '（保存されていません）');

  const restore = () => {
    if (onRestore) onRestore();
    else if (value !== atFocus.current) onChange(atFocus.current);
  };
  const pass = (r: NumberInputReading) => {
    if (r.kind === 'invalid') restore();
    else onChange(r.kind === 'blank' ? null : r.stored);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Escape' || typed === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    setTyped(undefined);
    restore();
  };

  return (
    <span className="num-cell">
      <input
        className={`num${invalid ? ' invalid' : ''}`}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={note ? noteId : undefined}
        inputMode="decimal"
        value={text ?? (value === null ? '' : formatNumber(value / scale, digits))}
        onFocus={() => {
          atFocus.current = value;
          setFocused(true);
        }}
        onBlur={() => {
          setFocused(false);
          if (!invalid) setTyped(undefined);
        }}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          setTyped(e.target.value);
          pass(readCell(e.target.value, props, unit));
        }}
      />
      {note && <NumberNote id={noteId} note={note} />}
    </span>
  );
}
