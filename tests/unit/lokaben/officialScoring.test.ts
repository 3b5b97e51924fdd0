import { beforeAll, describe, expect, it } from 'vitest';
import { readOfficialBenchmarks } from '../../../electron/lokaben/benchmarkImport';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../../shared/lokaben/indicators';
import { builtinBenchmarks } from '../../../shared/lokaben/industries';
import { resolveOfficial } from '../../../shared/lokaben/officialBenchmark';
import type { OfficialBenchmarks, OfficialRow } from '../../../shared/lokaben/officialSchema';
import { ClientFinancials, type KessanPeriodInput } from '../../../shared/lokaben/schema';
import { evaluateWith, scoreOn, type Score } from '../../../shared/lokaben/scoring';
import { toolUnitValue } from '../../../shared/lokaben/toolUnits';
import { hasOfficialData, officialBytes } from './officialData';

/**
 * Scoring against the official table at its boundaries: a value equal to a cut value gets the better
 * score, one step toward the worse side the worse one — for the higher-is-better indicators and the
 * two mirrored ones — through the formulas, from whole-yen figures.
 */
const grading = builtinBenchmarks().grading;

/** The exact rational value of a double, as BigInts. */
function exactRational(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = exp === 0 ? frac : frac | (1n << 52n);
  const e = (exp === 0 ? 1 : exp) - 1075;
  return e >= 0 ? [sign * mant * (1n << BigInt(e)), 1n] : [sign * mant, 1n << BigInt(-e)];
}

/** The closest fraction p/q to num/den with q ≤ maxDen (continued-fraction convergents and the last semiconvergent). */
function bestFraction(num: bigint, den: bigint, maxDen: bigint): [number, number] {
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let [n, d] = [num, den];
  for (;;) {
    let a = n / d;
    if (n < 0n && a * d !== n) a -= 1n; // floor for negatives
    const [p2, q2] = [a * p1 + p0, a * q1 + q0];
    if (q2 > maxDen) {
      const j = (maxDen - q0) / q1;
      const [ps, qs] = [p0 + j * p1, q0 + j * q1];
      // |x − p/q| compared as |x·q − p| / q, cross-multiplied.
      const err = (p: bigint, q: bigint) => (num * q - p * den < 0n ? -(num * q - p * den) : num * q - p * den);
      if (j > 0n && err(ps, qs) * q1 < err(p1, q1) * qs) return [Number(ps), Number(qs)];
      break;
    }
    [p0, q0, p1, q1] = [p1, q1, p2, q2];
    const r = n - a * d;
    if (r === 0n) break;
    [n, d] = [d, r];
  }
  return [Number(p1), Number(q1)];
}

/** Figures of one period whose indicator `id` is the fraction p/q (q > 0) in the tool's units; the rest empty. */
function figures(id: IndicatorId, p: number, q: number): KessanPeriodInput {
  switch (id) {
    case 'uriageZokaRitsu':
      return { label: 'P', zenkiUriageDaka: q, uriageDaka: q + p };
    case 'eigyoRiekiRitsu':
      return { label: 'P', eigyoRieki: p, uriageDaka: q };
    case 'rodoSeisansei':
      return { label: 'P', eigyoRieki: p, jugyoinSu: q };
    case 'ebitdaBairitsu':
      return { label: 'P', kariireKin: Math.max(p, 0), genYokin: Math.max(-p, 0), eigyoRieki: q, genkaShokyakuHi: 0 };
    case 'untenShihonKikan': // (売上債権 − 買入債務) × 12 ÷ 売上高: p/q is the value ÷ 12
      return { label: 'P', uriageSaiken: Math.max(p, 0), tanaoroshiShisan: 0, kaiireSaimu: Math.max(-p, 0), uriageDaka: q };
    case 'jikoShihonHiritsu':
      return { label: 'P', junShisan: p, soShisan: q };
  }
}

/** The largest denominator keeping every figure within the schema's bound (10兆円) for a ratio near `x`. */
const maxDen = (x: number): bigint => BigInt(Math.floor(9e12 / (Math.abs(x) + 1)));

/**
 * 労働生産性 (円/人) has 15 significant digits and at most 1,000,000 employees: no whole count hits it
 * exactly, so the count is a fraction (part-timers are counted so): 営業利益 ≈ cut × 1,000 yen, and the
 * employee count next to 営業利益 ÷ cut for which the division lands exactly on the cut.
 */
function productivityAt(cut: number): [number, number] {
  const e = Math.round(cut * 1000);
  let n = e / cut;
  for (let i = 0; i < 64 && e / n !== cut; i++) n = e / n > cut === n > 0 ? nextUp(n) : nextDown(n);
  return [e, n];
}

/** Whole-yen figures whose indicator, computed as the app does, is exactly the double `cut`. */
function figuresAt(id: IndicatorId, cut: number): { at: KessanPeriodInput; worse: KessanPeriodInput } {
  if (id === 'rodoSeisansei') {
    const [e, n] = productivityAt(cut);
    return { at: figures(id, e, n), worse: figures(id, e - 1, n) };
  }
  const [n, d] = exactRational(cut);
  const [p, q] = id === 'untenShihonKikan' ? bestFraction(n, d * 12n, maxDen(cut / 12)) : bestFraction(n, d, maxDen(cut));
  const step = INDICATORS[id].direction === 'higher' ? -1 : 1; // one yen toward the worse side
  return { at: figures(id, p, q), worse: figures(id, p + step, q) };
}

const scoreOf = (row: OfficialRow, table: OfficialBenchmarks, id: IndicatorId, period: KessanPeriodInput): Score | null => {
  const e = evaluateWith(ClientFinancials.parse({ periods: [period] }), resolveOfficial(table, row.shobunruiId, row.size, grading));
  return e.periods[0]!.indicators[id].score;
};

describe.skipIf(!hasOfficialData)('official table: a value equal to a cut value gets the better score', () => {
  let table: OfficialBenchmarks;
  beforeAll(async () => {
    const r = await readOfficialBenchmarks(officialBytes(), 'benchmarks-gyoshu-heikin.xlsx');
    if (!r.ok) throw new Error(r.message);
    table = r.table;
  });

  it('every cut value of every row (54 × 6 × 4): equal → the better score, the next double toward the worse side → one less', () => {
    let n = 0;
    for (const row of table.rows) {
      const b = resolveOfficial(table, row.shobunruiId, row.size, grading);
      for (const id of INDICATOR_IDS) {
        row.indicators[id].cuts.forEach((cut, k) => {
          const better = (k + 2) as Score; // ⅳ → 2, ⅲ → 3, ⅱ → 4, ⅰ → 5
          const worseValue = INDICATORS[id].direction === 'higher' ? nextDown(cut) : nextUp(cut);
          const ok = { ok: true as const, value: 0 }; // the shown value does not take part in official scoring
          expect(scoreOn(id, ok, cut, b.indicators[id]), `${row.shobunruiLabel} ${row.size} ${id} cut ${k}`).toBe(better);
          expect(scoreOn(id, ok, worseValue, b.indicators[id])).toBe(better - 1);
          n++;
        });
      }
    }
    expect(n).toBe(1296);
  });

  it('through the formulas, from whole-yen figures: exactly at each cut value, and one yen to the worse side', () => {
    // A cut value is a 15-digit decimal; figures within 10兆円 whose ratio rounds exactly onto it exist
    // for nearly all of them (the rest are covered by the test above).
    let exact = 0;
    for (const row of table.rows) {
      for (const id of INDICATOR_IDS) {
        row.indicators[id].cuts.forEach((cut, k) => {
          const { at, worse } = figuresAt(id, cut);
          const period = ClientFinancials.parse({ periods: [at] }).periods[0]!;
          if (toolUnitValue(id, period) !== cut) return;
          const what = `${row.shobunruiLabel} ${row.size} ${id} cut ${k} = ${cut}: ${JSON.stringify(at)}`;
          expect(scoreOf(row, table, id, at), what).toBe(k + 2);
          expect(scoreOf(row, table, id, worse), what).toBe(k + 1);
          exact++;
        });
      }
    }
    expect(exact).toBeGreaterThanOrEqual(1290);
  });

  it('a decimal cut the tool shows (0.07) is met by 営業利益 7 ÷ 売上高 100 — which comparing in % would miss', () => {
    expect(0.07 * 100).toBeGreaterThan(7); // 7.000000000000001: the trap of converting the cut
    const row = table.rows[0]!;
    const cuts = row.indicators.eigyoRiekiRitsu.cuts;
    const edited: OfficialBenchmarks = { ...table, rows: table.rows.map((r) => (r === row ? { ...r, indicators: { ...r.indicators, eigyoRiekiRitsu: { ...r.indicators.eigyoRiekiRitsu, cuts: [cuts[0], cuts[1], 0.07, 0.2] } } } : r)) };
    expect(scoreOf(row, edited, 'eigyoRiekiRitsu', { label: 'P', eigyoRieki: 7_000_000, uriageDaka: 100_000_000 })).toBe(4);
    expect(scoreOf(row, edited, 'eigyoRiekiRitsu', { label: 'P', eigyoRieki: 6_999_999, uriageDaka: 100_000_000 })).toBe(3);
    // The mirrored side: 営業運転資本回転期間 exactly at ⅱ = 1.5 か月 scores 4, a yen more scores 3.
    const owc = row.indicators.untenShihonKikan.cuts;
    const edited2: OfficialBenchmarks = { ...table, rows: table.rows.map((r) => (r === row ? { ...r, indicators: { ...r.indicators, untenShihonKikan: { ...r.indicators.untenShihonKikan, cuts: [owc[0], 2.4, 1.5, owc[3]] } } } : r)) };
    expect(scoreOf(row, edited2, 'untenShihonKikan', { label: 'P', uriageSaiken: 12_500_000, tanaoroshiShisan: 0, kaiireSaimu: 0, uriageDaka: 100_000_000 })).toBe(4);
    expect(scoreOf(row, edited2, 'untenShihonKikan', { label: 'P', uriageSaiken: 12_500_001, tanaoroshiShisan: 0, kaiireSaimu: 0, uriageDaka: 100_000_000 })).toBe(3);
  });

  it('the 基準値 shown is the 中央値 in display units, and it scores 3 (it lies between ⅲ and ⅱ)', () => {
    for (const row of table.rows) {
      const b = resolveOfficial(table, row.shobunruiId, row.size, grading);
      for (const id of INDICATOR_IDS) {
        const m = row.indicators[id].median;
        expect(b.indicators[id].reference).toBe(INDICATORS[id].unit === '%' ? m * 100 : INDICATORS[id].unit === '千円' ? m / 1000 : m);
        expect(scoreOn(id, { ok: true, value: 0 }, m, b.indicators[id])).toBe(3);
      }
    }
  });

  it('算出不可 has no score, and a negative multiple (実質無借金) is the best band', () => {
    const row = table.rows[0]!;
    expect(scoreOf(row, table, 'ebitdaBairitsu', { label: 'P', kariireKin: 1, genYokin: 0, eigyoRieki: -5, genkaShokyakuHi: 1 })).toBeNull();
    expect(scoreOf(row, table, 'ebitdaBairitsu', { label: 'P', kariireKin: 0, genYokin: 9_000_000, eigyoRieki: 1_000_000, genkaShokyakuHi: 0 })).toBe(5);
  });
});

function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x >= 0 ? bits + 1n : bits - 1n);
  return x === 0 ? Number.MIN_VALUE : view.getFloat64(0);
}
const nextDown = (x: number): number => -nextUp(-x);
