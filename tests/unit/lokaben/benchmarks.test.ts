import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkFor, builtinBenchmarks, guessIndustry, INDUSTRY_NAMES, parseBenchmarks } from '../../../shared/lokaben/industries';
import { INDUSTRY_IDS } from '../../../shared/lokaben/schema';

const file = path.resolve(__dirname, '../../../templates/lokaben/benchmarks.json');
/** A fresh, mutable copy of the shipped file. */
const raw = (): Record<string, unknown> & { tables: Record<string, unknown>[] } => JSON.parse(fs.readFileSync(file, 'utf8'));

function errorsOf(x: unknown) {
  const r = parseBenchmarks(x);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('the shipped benchmark file', () => {
  it('parses, has all 14 industry groups, and every value is labelled placeholder', () => {
    const set = builtinBenchmarks();
    expect(set.tables.map((t) => t.industryId).sort()).toEqual([...INDUSTRY_IDS].sort());
    expect(INDUSTRY_IDS).toHaveLength(14);
    expect(Object.keys(INDUSTRY_NAMES)).toHaveLength(14);
    for (const t of set.tables) {
      expect(t.placeholder).toBe(true);
      expect(t.note).toContain('公式の業種別基準値ではありません');
      for (const b of Object.values(t.indicators)) {
        // the reference value sits in the score-3 band
        expect(b.reference).toBeGreaterThanOrEqual(b.thresholds[1]);
        expect(b.reference).toBeLessThanOrEqual(b.thresholds[2]);
      }
    }
    expect(set.grading).toMatchObject({ a: 24, b: 18, c: 12, placeholder: true });
    expect(benchmarkFor(set, 'kensetsu').industryId).toBe('kensetsu');
  });
});

describe('parseBenchmarks reports the path of each bad value', () => {
  it('a threshold that is a string', () => {
    const x = raw();
    const t = x.tables[1] as { indicators: { eigyoRiekiRitsu: { thresholds: unknown[] } } };
    t.indicators.eigyoRiekiRitsu.thresholds[2] = '3';
    expect(errorsOf(x)).toEqual([{ path: 'tables[1].indicators.eigyoRiekiRitsu.thresholds[2]', message: '数値が必要です' }]);
  });
  it('thresholds out of order', () => {
    const x = raw();
    const t = x.tables[0] as { indicators: { ebitdaBairitsu: { thresholds: number[] } } };
    t.indicators.ebitdaBairitsu.thresholds = [2, 10, 5, 15];
    const errors = errorsOf(x);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('tables[0].indicators.ebitdaBairitsu.thresholds');
    expect(errors[0]?.message).toContain('小さい順');
  });
  it('three thresholds instead of four', () => {
    const x = raw();
    (x.tables[2] as { indicators: { rodoSeisansei: { thresholds: number[] } } }).indicators.rodoSeisansei.thresholds = [0, 1, 2];
    expect(errorsOf(x)[0]?.path).toBe('tables[2].indicators.rodoSeisansei.thresholds');
  });
  it('a missing indicator and a missing reference', () => {
    const x = raw();
    const t = x.tables[0] as { indicators: Record<string, Record<string, unknown>> };
    delete t.indicators.jikoShihonHiritsu;
    delete t.indicators.eigyoRiekiRitsu?.reference;
    expect(errorsOf(x).map((e) => e.path).sort()).toEqual(['tables[0].indicators.eigyoRiekiRitsu.reference', 'tables[0].indicators.jikoShihonHiritsu']);
  });
  it('an unknown industry id', () => {
    const x = raw();
    (x.tables[3] as { industryId: string }).industryId = 'nogyo';
    const paths = errorsOf(x).map((e) => e.path);
    expect(paths).toContain('tables[3].industryId');
  });
  it('a duplicated industry, and the one left out', () => {
    const x = raw();
    (x.tables[3] as { industryId: string }).industryId = 'kensetsu';
    const errors = errorsOf(x);
    expect(errors).toContainEqual({ path: 'tables[3].industryId', message: '業種 kensetsu が重複しています' });
    expect(errors).toContainEqual({ path: 'tables', message: `業種 ${INDUSTRY_IDS[3]} の基準値がありません` });
  });
  it('placeholder flag and source note are required', () => {
    const x = raw();
    delete x.tables[5]?.placeholder;
    (x.tables[5] as { note: string }).note = '';
    expect(errorsOf(x).map((e) => e.path).sort()).toEqual(['tables[5].note', 'tables[5].placeholder']);
  });
  it('grade cut-offs out of order', () => {
    const x = raw();
    x.grading = { placeholder: false, note: '公式', a: 18, b: 24, c: 12 };
    expect(errorsOf(x)[0]?.path).toBe('grading');
  });
  it('not a benchmark file at all', () => {
    expect(errorsOf([])).toEqual([{ path: '', message: 'オブジェクトが必要です' }]);
    expect(errorsOf({ ...raw(), format: 'other' }).map((e) => e.path)).toEqual(['format']);
  });
});

describe('guessIndustry', () => {
  it.each([
    ['工務店（木造注文住宅・リフォーム）', 'kensetsu'],
    ['コンクリート二次製品製造業', 'seizo'],
    ['婦人下着のODMメーカー', 'seizo'],
    ['居酒屋', 'shukuhakuInshoku'],
    ['食品卸売業', 'oroshiuri'],
    ['訪問介護', 'iryoFukushi'],
    ['美容室', 'seikatsuGoraku'],
  ])('%s → %s', (text, id) => expect(guessIndustry(text)).toBe(id));
  it('no guess for unknown text', () => expect(guessIndustry('その他')).toBeNull());
});
