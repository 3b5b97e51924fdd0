import { describe, expect, it } from 'vitest';
import { eigyoRiekiRitsu, uriageZokaRitsu } from '../../../shared/lokaben/indicators';
import { builtinBenchmarks } from '../../../shared/lokaben/industries';
import { BenchmarkSet, ClientFinancials, type IndicatorBenchmark } from '../../../shared/lokaben/schema';
import { evaluateFinancials, gradeFor, radarScores, scoreResult, scoreValue } from '../../../shared/lokaben/scoring';
import { period } from './helpers';

const higher: IndicatorBenchmark = { reference: 0, thresholds: [-10, -2, 2, 10] };
const lower: IndicatorBenchmark = { reference: 7, thresholds: [2, 5, 10, 15] };

describe('scoreValue: higher is better (reaching a cut-off earns the better score)', () => {
  it.each([
    [-10.0001, 1],
    [-10, 2],
    [-2.0001, 2],
    [-2, 3],
    [1.9999, 3],
    [2, 4],
    [9.9999, 4],
    [10, 5],
    [500, 5],
  ])('売上高増加率 %s%% → %s', (v, s) => expect(scoreValue('uriageZokaRitsu', v, higher)).toBe(s));
});

describe('scoreValue: lower is better', () => {
  it.each([
    [-3, 5],
    [2, 5],
    [2.0001, 4],
    [5, 4],
    [5.0001, 3],
    [10, 3],
    [10.0001, 2],
    [15, 2],
    [15.0001, 1],
  ])('EBITDA有利子負債倍率 %s倍 → %s', (v, s) => expect(scoreValue('ebitdaBairitsu', v, lower)).toBe(s));
  it('営業運転資本回転期間 is lower-is-better too', () => {
    expect(scoreValue('untenShihonKikan', 0.5, { reference: 2, thresholds: [0.5, 1.5, 2.5, 4] })).toBe(5);
    expect(scoreValue('untenShihonKikan', 4.01, { reference: 2, thresholds: [0.5, 1.5, 2.5, 4] })).toBe(1);
  });
});

describe('boundaries hold through the formulas (no floating-point slip)', () => {
  it('営業利益率 exactly 57% meets a 57% cut-off', () => {
    const r = eigyoRiekiRitsu(period({ eigyoRieki: 57, uriageDaka: 100 }));
    expect(scoreResult('eigyoRiekiRitsu', r, { reference: 0, thresholds: [10, 20, 57, 80] })).toBe(4);
  });
  it('売上高増加率 exactly 15% meets a 15% cut-off', () => {
    const r = uriageZokaRitsu(period({ uriageDaka: 115_000_000, zenkiUriageDaka: 100_000_000 }));
    expect(scoreResult('uriageZokaRitsu', r, { reference: 0, thresholds: [-10, 0, 5, 15] })).toBe(5);
  });
  it('算出不可 has no score', () => {
    expect(scoreResult('eigyoRiekiRitsu', eigyoRiekiRitsu(period({ uriageDaka: 0 })), higher)).toBeNull();
  });
});

describe('gradeFor: A ≥ 24, B 18–23, C 12–17, D ≤ 11 (doc line 20, unconfirmed)', () => {
  it.each([
    [30, 'A'],
    [24, 'A'],
    [23, 'B'],
    [18, 'B'],
    [17, 'C'],
    [12, 'C'],
    [11, 'D'],
    [6, 'D'],
  ])('%s点 → %s', (t, g) => expect(gradeFor(t)).toBe(g));
  it('cut-offs come from the data when given', () => {
    expect(gradeFor(25, { a: 26, b: 20, c: 14 })).toBe('B');
    expect(gradeFor(26, { a: 26, b: 20, c: 14 })).toBe('A');
  });
});

describe('evaluateFinancials', () => {
  const set = builtinBenchmarks();

  it('scores a full period, totals and grades it (placeholder 製造業 values)', () => {
    // growth 20% → 5; margin 5% → 4; 600千円 → 4; 5倍 → 4; 1か月 → 4; 20% → 3: total 24 → A
    const e = evaluateFinancials(ClientFinancials.parse({ periods: [period()] }), set, 'seizo');
    const p = e.periods[0]!;
    expect([p.indicators.uriageZokaRitsu.score, p.indicators.eigyoRiekiRitsu.score, p.indicators.rodoSeisansei.score]).toEqual([5, 4, 4]);
    expect([p.indicators.ebitdaBairitsu.score, p.indicators.untenShihonKikan.score, p.indicators.jikoShihonHiritsu.score]).toEqual([4, 4, 3]);
    expect(p.total).toBe(24);
    expect(p.scoredCount).toBe(6);
    expect(p.grade).toBe('A');
    expect(p.summary).toBe('総合評価点 24点／30点　評価 A');
    expect(e.placeholder).toBe(true);
    expect(e.industryName).toBe('製造業');
  });

  it('gives no grade when an indicator is 算出不可, but shows the partial total', () => {
    const e = evaluateFinancials(ClientFinancials.parse({ periods: [period({ eigyoRieki: -5_000_000, genkaShokyakuHi: 1_000_000 })] }), set, 'seizo');
    const p = e.periods[0]!;
    expect(p.indicators.ebitdaBairitsu.score).toBeNull();
    expect(p.scoredCount).toBe(5);
    expect(p.grade).toBeNull();
    expect(p.summary).toContain('算出不可の指標が1つ');
  });

  it('is not a placeholder when the data says so', () => {
    const real = BenchmarkSet.parse({
      ...set,
      grading: { ...set.grading, placeholder: false },
      tables: set.tables.map((t) => ({ ...t, placeholder: false, note: 'テスト用' })),
    });
    const e = evaluateFinancials(ClientFinancials.parse({ periods: [period()] }), real, 'kensetsu');
    expect(e.placeholder).toBe(false);
  });

  it('radarScores lists each period with null for 算出不可', () => {
    const e = evaluateFinancials(ClientFinancials.parse({ periods: [period({ label: 'A' }), period({ label: 'B', jugyoinSu: 0 })] }), set, 'kouri');
    const r = radarScores(e);
    expect(r.map((x) => x.label)).toEqual(['A', 'B']);
    expect(r[1]?.scores.rodoSeisansei).toBeNull();
    expect(r[1]?.scores.eigyoRiekiRitsu).toBe(4);
  });
});
