import { beforeAll, describe, expect, it } from 'vitest';
import { readOfficialBenchmarks } from '../../../electron/lokaben/benchmarkImport';
import { INDICATOR_IDS } from '../../../shared/lokaben/indicators';
import { KIBO_IDS, SHOBUNRUI } from '../../../shared/lokaben/officialIndustries';
import { officialRow, type OfficialBenchmarks } from '../../../shared/lokaben/officialSchema';
import { toDisplayUnit } from '../../../shared/lokaben/toolUnits';
import { hasOfficialData, officialBytes, readCsv, readJson } from './officialData';

/** The importer against the official sheet (../shared/data/lokaben, read at run time, never copied). */
describe.skipIf(!hasOfficialData)('the official 業種平均 sheet through the importer', () => {
  let table: OfficialBenchmarks;
  beforeAll(async () => {
    const r = await readOfficialBenchmarks(officialBytes(), 'benchmarks-gyoshu-heikin.xlsx', new Date('2026-11-30T10:00:00+09:00'));
    if (!r.ok) throw new Error(r.message);
    table = r.table;
  });

  it('holds the 27 小分類 × 2 sizes, each once', () => {
    expect(table.rows).toHaveLength(54);
    for (const s of SHOBUNRUI) for (const k of KIBO_IDS) expect(() => officialRow(table, s.id, k)).not.toThrow();
  });

  it('every value equals benchmarks.csv exactly (1,620 median and cut values, and the 324 標準偏差)', () => {
    const csv = readCsv();
    expect(csv).toHaveLength(54 * 6);
    let compared = 0;
    let medianAndCuts = 0;
    for (const c of csv) {
      const row = table.rows.find((r) => r.shobunruiLabel === c.minor && r.size === c.size);
      expect(row, `${c.minor} ${c.size}`).toBeDefined();
      const v = row!.indicators[c.id];
      const read = [v.median, v.std, ...v.cuts];
      read.forEach((x, i) => {
        expect(x, `${c.minor} ${c.size} ${c.id} #${i}`).toBe(c.values[i]);
        compared++;
        if (i !== 1) medianAndCuts++;
      });
      expect(c.direction === 'lower_is_better').toBe(c.id === 'ebitdaBairitsu' || c.id === 'untenShihonKikan');
    }
    expect(medianAndCuts).toBe(1620);
    expect(compared).toBe(1944);
  });

  it('converted to display units, every value matches benchmarks.json (its %, 千円/人 forms)', () => {
    const json = readJson();
    expect(json).toHaveLength(54);
    let exact = 0;
    let n = 0;
    for (const j of json) {
      const row = table.rows.find((r) => r.shobunruiLabel === j.minor && r.size === j.size)!;
      for (const id of INDICATOR_IDS) {
        const a = row.indicators[id];
        const b = j.indicators[id];
        const ours = [a.median, a.std, ...a.cuts].map((x) => toDisplayUnit(id, x));
        const theirs = [b.median, b.std, ...b.cuts];
        ours.forEach((x, i) => {
          const y = theirs[i]!;
          n++;
          if (x === y) exact++;
          // × 100 is one correctly rounded step on both sides; the JSON's 千円 were made with × 0.001 (not
          // the correctly rounded ÷ 1,000 used here and by indicators.ts), which can differ in the last bit.
          else if (id === 'rodoSeisansei') expect(Math.abs(x - y), `${j.minor} ${j.size} ${id} #${i}`).toBeLessThanOrEqual(Math.abs(y) * Number.EPSILON);
          else expect(x, `${j.minor} ${j.size} ${id} #${i}`).toBe(y);
        });
      }
    }
    expect(n).toBe(1944);
    expect(exact).toBeGreaterThan(1944 - 54 * 2 * 6);
  });

  it('the cut values run ⅳ → ⅰ the way each indicator is scored (ascending; descending for the two mirrored ones)', () => {
    for (const r of table.rows) {
      for (const id of INDICATOR_IDS) {
        const c = r.indicators[id].cuts;
        const lower = id === 'ebitdaBairitsu' || id === 'untenShihonKikan';
        expect(lower ? c[0] > c[1] && c[1] > c[2] && c[2] > c[3] : c[0] < c[1] && c[1] < c[2] && c[2] < c[3], `${r.shobunruiLabel} ${r.size} ${id}`).toBe(true);
      }
    }
  });

  it('records the source: file name, the workbook properties from core.xml, when it was loaded', () => {
    expect(table.source).toMatchObject({ fileName: 'benchmarks-gyoshu-heikin.xlsx', sheetName: '業種平均', creator: '山本一貴', lastModifiedBy: 'Kazuyuki Goshima' });
    expect(table.source.modified?.slice(0, 10)).toBe('2024-09-24');
    expect(table.source.created?.slice(0, 10)).toBe('2015-06-05');
    expect(new Date(table.source.loadedAt).toISOString()).toBe('2026-11-30T01:00:00.000Z');
  });
});
