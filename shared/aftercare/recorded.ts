import type { AftercareRecord, ActualYear } from './schema';

/**
 * Stamps `recordedOn` on the years whose figures changed in a save (a recorded actual is a follow-up
 * of its 年度); years left as they were keep their date. The caller passes the day (Japan).
 */
const sameYear = (a: ActualYear | undefined, b: ActualYear): boolean =>
  !!a && JSON.stringify({ f: a.figures, p: a.partTime }) === JSON.stringify({ f: b.figures, p: b.partTime });

export function stampRecorded(previous: AftercareRecord, next: AftercareRecord, today: string): AftercareRecord {
  const before = new Map(previous.years.map((y) => [y.year, y]));
  return {
    ...next,
    years: next.years
      .map((y) => {
        const old = before.get(y.year);
        return sameYear(old, y) ? { ...y, recordedOn: old?.recordedOn ?? y.recordedOn } : { ...y, recordedOn: today };
      })
      .sort((a, b) => a.year - b.year),
  };
}
