/**
 * Structural equality of JSON-like values (what zod parses: strings, numbers, booleans, null,
 * arrays, plain objects). Object key order does not matter; an `undefined` property equals a missing one.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  for (const k of Object.keys(a)) if (!sameValue(prop(a, k), prop(b, k))) return false;
  for (const k of Object.keys(b)) if (!Object.hasOwn(a, k) && prop(b, k) !== undefined) return false;
  return true;
}

const prop = (o: object, k: string): unknown => (Object.hasOwn(o, k) ? Reflect.get(o, k) : undefined);

/** Union of the keys of several records, in first-seen order. */
export function keysOf(...records: ReadonlyArray<Readonly<Record<string, unknown>> | undefined>): string[] {
  const seen = new Set<string>();
  for (const r of records) if (r) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
