import { ActualFigures, ActualYear, type AftercareRecord, type PartTime } from '../../../shared/aftercare/schema';
import type { FigureKey } from '../../../shared/schemas/financialPlan';

/** Immutable edits of the record the view keeps (one year's figure, its part-timers, a setting). */
export function yearOf(record: AftercareRecord, year: number): ActualYear {
  return record.years.find((y) => y.year === year) ?? ActualYear.parse({ year, figures: ActualFigures.parse({}) });
}

function withYear(record: AftercareRecord, y: ActualYear): AftercareRecord {
  const years = [...record.years.filter((x) => x.year !== y.year), y].sort((a, b) => a.year - b.year);
  return { ...record, years };
}

export const setFigure = (record: AftercareRecord, year: number, key: FigureKey, value: number | null): AftercareRecord => {
  const y = yearOf(record, year);
  return withYear(record, { ...y, figures: { ...y.figures, [key]: value }, importedFrom: null });
};

export const setPartTime = (record: AftercareRecord, year: number, partTime: PartTime): AftercareRecord => withYear(record, { ...yearOf(record, year), partTime });

/** Figures taken from a ロカベン period (the advisor confirmed them): marked with the period's label. */
export function applyImport(record: AftercareRecord, year: number, values: Partial<Record<FigureKey, number>>, label: string): AftercareRecord {
  const y = yearOf(record, year);
  return withYear(record, { ...y, figures: { ...y.figures, ...values }, importedFrom: label });
}

/** Copies the server's recordedOn dates onto the record being edited (the save stamped them). */
export function withRecordedOn(current: AftercareRecord, saved: AftercareRecord): AftercareRecord {
  const on = new Map(saved.years.map((y) => [y.year, y.recordedOn]));
  return { ...current, years: current.years.map((y) => ({ ...y, recordedOn: on.get(y.year) ?? y.recordedOn })) };
}
