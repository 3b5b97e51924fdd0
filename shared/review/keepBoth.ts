/**
 * 両方を残す: where the advisor and the owner both changed a value differently, keep both for the
 * advisor to edit — texts one after the other (the advisor's first) with a marked line between,
 * choices and table rows as a union, expense lines side by side.
 */
import type { FieldValue, TableRow } from '../schemas/application';
import { sameValue } from './equal';

/** The line between the advisor's and the owner's text. */
export const KEEP_BOTH_SEPARATOR = '\n――――――――――（以下、事業者の版）――――――――――\n';

const isStrings = (v: FieldValue): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRows = (v: FieldValue): v is TableRow[] => Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null);

/** Both values of a field kept, or null when they cannot be combined (a text and a list). */
export function keepBothValue(advisor: FieldValue | null, owner: FieldValue | null): FieldValue | null {
  if (advisor === null || owner === null) return advisor ?? owner; // one side emptied it: keep what is there
  if (typeof advisor === 'string' && typeof owner === 'string') {
    if (!advisor.trim()) return owner;
    if (!owner.trim()) return advisor;
    return `${advisor}${KEEP_BOTH_SEPARATOR}${owner}`;
  }
  if (typeof advisor === 'string' || typeof owner === 'string') return null;
  if (advisor.length === 0) return owner;
  if (owner.length === 0) return advisor;
  if (isStrings(advisor) && isStrings(owner)) return [...advisor, ...owner.filter((x) => !advisor.includes(x))];
  if (isRows(advisor) && isRows(owner)) return [...advisor, ...owner.filter((r) => !advisor.some((a) => sameValue(a, r)))];
  return null;
}
