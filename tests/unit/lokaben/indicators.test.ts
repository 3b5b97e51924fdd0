import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  ebitdaBairitsu,
  eigyoRiekiRitsu,
  formatIndicatorValue,
  INDICATOR_IDS,
  jikoShihonHiritsu,
  resultText,
  rodoSeisansei,
  untenShihonKikan,
  uriageZokaRitsu,
  computeIndicator,
} from '../../../shared/lokaben/indicators';
import { ClientFinancials, KessanPeriod } from '../../../shared/lokaben/schema';
import { period, reasonOf, valueOf } from './helpers';

describe('売上高増加率 = 売上高 ÷ 前期売上高 − 1 (%)', () => {
  it('120,000,000 over 100,000,000 is 20%', () => expect(valueOf(uriageZokaRitsu(period()))).toBe(20));
  it('is exact at 15%: 115 over 100 (naive 115/100 − 1 gives 14.999…)', () => {
    expect(115 / 100 - 1 < 0.15).toBe(true); // the trap the formula avoids
    expect(valueOf(uriageZokaRitsu(period({ uriageDaka: 115_000_000 })))).toBe(15);
  });
  it('sales falling to 0 is −100%', () => expect(valueOf(uriageZokaRitsu(period({ uriageDaka: 0 })))).toBe(-100));
  it('前期売上高 0 is 算出不可 (zeroDivision)', () => {
    const r = uriageZokaRitsu(period({ zenkiUriageDaka: 0 }));
    expect(reasonOf(r)).toBe('zeroDivision');
    expect(r.ok ? '' : r.message).toContain('前期売上高が0円');
  });
  it('前期売上高 not entered is missing, with a hint for the oldest period', () => {
    const r = uriageZokaRitsu(period({ zenkiUriageDaka: null }));
    expect(r).toMatchObject({ ok: false, reason: 'missing', missing: ['zenkiUriageDaka'] });
    expect(r.ok ? '' : r.message).toContain('最も古い期');
  });
  it('both missing names both', () => {
    expect(uriageZokaRitsu(period({ uriageDaka: null, zenkiUriageDaka: null }))).toMatchObject({ reason: 'missing', missing: ['uriageDaka', 'zenkiUriageDaka'] });
  });
  it('a previous period wins over the 前期売上高 field', () => {
    const prev = period({ label: '2023年3月期', uriageDaka: 80_000_000 });
    expect(valueOf(uriageZokaRitsu(period({ uriageDaka: 100_000_000, zenkiUriageDaka: 1 }), prev))).toBe(25);
  });
  it("a previous period without 売上高 is missing and named", () => {
    const prev = period({ label: '2023年3月期', uriageDaka: null });
    const r = uriageZokaRitsu(period(), prev);
    expect(reasonOf(r)).toBe('missing');
    expect(r.ok ? '' : r.message).toContain('前期（2023年3月期）の売上高');
  });
});

describe('営業利益率 = 営業利益 ÷ 売上高 (%)', () => {
  it('6,000,000 / 120,000,000 is 5%', () => expect(valueOf(eigyoRiekiRitsu(period()))).toBe(5));
  it('is exact at 57% (naive 57/100 × 100 gives 56.999…)', () => {
    expect((57 / 100) * 100 < 57).toBe(true);
    expect(valueOf(eigyoRiekiRitsu(period({ eigyoRieki: 57, uriageDaka: 100 })))).toBe(57);
  });
  it('an operating loss is a negative ratio', () => expect(valueOf(eigyoRiekiRitsu(period({ eigyoRieki: -6_000_000 })))).toBe(-5));
  it('売上高 0 is zeroDivision', () => expect(reasonOf(eigyoRiekiRitsu(period({ uriageDaka: 0 })))).toBe('zeroDivision'));
  it('missing 営業利益', () => expect(eigyoRiekiRitsu(period({ eigyoRieki: null }))).toMatchObject({ reason: 'missing', missing: ['eigyoRieki'], message: '営業利益が未入力です' }));
});

describe('労働生産性 = 営業利益 ÷ 従業員数 (千円)', () => {
  it('6,000,000 / 10 人 is 600千円 (営業利益, not 付加価値額)', () => expect(valueOf(rodoSeisansei(period()))).toBe(600));
  it('part-timers as fractions: 1,000,000 / 2.5 人 is 400千円', () => expect(valueOf(rodoSeisansei(period({ eigyoRieki: 1_000_000, jugyoinSu: 2.5 })))).toBe(400));
  it('a loss gives a negative value', () => expect(valueOf(rodoSeisansei(period({ eigyoRieki: -1_000_000, jugyoinSu: 4 })))).toBe(-250));
  it('従業員数 0 (owner alone) is zeroDivision', () => {
    const r = rodoSeisansei(period({ jugyoinSu: 0 }));
    expect(reasonOf(r)).toBe('zeroDivision');
    expect(r.ok ? '' : r.message).toContain('従業員数が0人');
  });
  it('missing 従業員数', () => expect(rodoSeisansei(period({ jugyoinSu: null }))).toMatchObject({ reason: 'missing', missing: ['jugyoinSu'] }));
});

describe('EBITDA有利子負債倍率 = (借入金 − 現預金) ÷ (営業利益 + 減価償却費) (倍)', () => {
  it('(50M − 10M) / (6M + 2M) is 5倍', () => expect(valueOf(ebitdaBairitsu(period()))).toBe(5));
  it('an operating loss covered by depreciation still gives a value: (12M − 2M) / (−1M + 3M) = 5倍', () => {
    expect(valueOf(ebitdaBairitsu(period({ kariireKin: 12_000_000, genYokin: 2_000_000, eigyoRieki: -1_000_000, genkaShokyakuHi: 3_000_000 })))).toBe(5);
  });
  it('cash above borrowings: a real negative value, noted 実質無借金', () => {
    const r = ebitdaBairitsu(period({ kariireKin: 10_000_000, genYokin: 30_000_000, eigyoRieki: 8_000_000, genkaShokyakuHi: 2_000_000 }));
    expect(r).toEqual({ ok: true, value: -2, note: '実質無借金' });
  });
  it('EBITDA exactly 0 is zeroDivision', () => expect(reasonOf(ebitdaBairitsu(period({ eigyoRieki: -2_000_000, genkaShokyakuHi: 2_000_000 })))).toBe('zeroDivision'));
  it('EBITDA < 0 is meaningless, never a negative multiple', () => {
    const r = ebitdaBairitsu(period({ eigyoRieki: -5_000_000, genkaShokyakuHi: 2_000_000 }));
    expect(reasonOf(r)).toBe('meaningless');
    expect(r.ok ? '' : r.message).toContain('意味がありません');
  });
  it('EBITDA < 0 with net cash is still meaningless', () => {
    expect(reasonOf(ebitdaBairitsu(period({ kariireKin: 0, genYokin: 5_000_000, eigyoRieki: -5_000_000, genkaShokyakuHi: 0 })))).toBe('meaningless');
  });
  it('lists every missing input in formula order', () => {
    expect(ebitdaBairitsu(period({ genYokin: null, genkaShokyakuHi: null }))).toMatchObject({ reason: 'missing', missing: ['genYokin', 'genkaShokyakuHi'], message: '現預金・減価償却費が未入力です' });
  });
});

describe('営業運転資本回転期間 = (売上債権 + 棚卸資産 − 買入債務) ÷ (売上高 ÷ 12) (か月)', () => {
  it('(10M + 5M − 5M) / (120M / 12) is 1か月', () => expect(valueOf(untenShihonKikan(period()))).toBe(1));
  it('payables above receivables + stock give negative months: (1M + 0 − 3M) / 2M = −1', () => {
    expect(valueOf(untenShihonKikan(period({ uriageSaiken: 1_000_000, tanaoroshiShisan: 0, kaiireSaimu: 3_000_000, uriageDaka: 24_000_000 })))).toBe(-1);
  });
  it('売上高 0 is zeroDivision', () => expect(reasonOf(untenShihonKikan(period({ uriageDaka: 0 })))).toBe('zeroDivision'));
  it('missing 棚卸資産', () => expect(untenShihonKikan(period({ tanaoroshiShisan: null }))).toMatchObject({ reason: 'missing', missing: ['tanaoroshiShisan'] }));
});

describe('自己資本比率 = 純資産 ÷ 総資産 (%)', () => {
  it('30M / 150M is 20%', () => expect(valueOf(jikoShihonHiritsu(period()))).toBe(20));
  it('negative equity is a real negative ratio noted 債務超過: −27M / 470M', () => {
    const r = jikoShihonHiritsu(period({ junShisan: -27_000_000, soShisan: 470_000_000 }));
    expect(r.ok && r.note).toBe('債務超過');
    expect(valueOf(r)).toBeCloseTo(-5.7446808, 6);
  });
  it('総資産 0 is zeroDivision', () => expect(reasonOf(jikoShihonHiritsu(period({ junShisan: 0, soShisan: 0 })))).toBe('zeroDivision'));
  it('純資産 above 総資産 is meaningless (negative liabilities)', () => expect(reasonOf(jikoShihonHiritsu(period({ junShisan: 200_000_000 })))).toBe('meaningless'));
  it('純資産 = 総資産 (no liabilities) is 100%', () => expect(valueOf(jikoShihonHiritsu(period({ junShisan: 150_000_000 })))).toBe(100));
});

describe('never NaN or Infinity', () => {
  it('every combination of 0 / negative / missing gives a finite value or 算出不可', () => {
    const values = [null, 0, -1_000_000, 1_000_000];
    const keys = ['uriageDaka', 'zenkiUriageDaka', 'eigyoRieki', 'genkaShokyakuHi', 'jugyoinSu', 'junShisan', 'soShisan'] as const;
    const nonNegative = new Set(['uriageDaka', 'zenkiUriageDaka', 'genkaShokyakuHi', 'jugyoinSu', 'soShisan']);
    for (const k of keys) {
      for (const v of values) {
        if (v !== null && v < 0 && nonNegative.has(k)) continue;
        const p = period({ [k]: v });
        for (const id of INDICATOR_IDS) {
          const r = computeIndicator(id, p);
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(r.message.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('computeIndicators over periods', () => {
  it('uses the previous period for growth and the field for the oldest', () => {
    const f = ClientFinancials.parse({
      periods: [period({ label: 'P1', uriageDaka: 100_000_000, zenkiUriageDaka: null }), period({ label: 'P2', uriageDaka: 90_000_000 })],
    });
    const [p1, p2] = computeIndicators(f);
    expect(p1?.label).toBe('P1');
    expect(reasonOf(p1!.results.uriageZokaRitsu)).toBe('missing');
    expect(valueOf(p2!.results.uriageZokaRitsu)).toBe(-10);
    expect(Object.keys(p2!.results)).toEqual([...INDICATOR_IDS]);
  });
});

describe('formatting', () => {
  it('shows the unit and the right decimals, never "-0"', () => {
    expect(formatIndicatorValue('eigyoRiekiRitsu', 12.34)).toBe('12.3%');
    expect(formatIndicatorValue('eigyoRiekiRitsu', -0.04)).toBe('0.0%');
    expect(formatIndicatorValue('rodoSeisansei', 1234.5)).toBe('1,235千円');
    expect(formatIndicatorValue('ebitdaBairitsu', 4.25)).toBe('4.3倍');
    expect(formatIndicatorValue('untenShihonKikan', -1)).toBe('-1.0か月');
  });
  it('算出不可 with the reason', () => {
    expect(resultText('eigyoRiekiRitsu', eigyoRiekiRitsu(period({ uriageDaka: 0 })))).toBe('算出不可（売上高が0円のため算出できません）');
    expect(resultText('jikoShihonHiritsu', jikoShihonHiritsu(period({ junShisan: -15_000_000 })))).toBe('-10.0%（債務超過）');
  });
});

describe('KessanPeriod schema', () => {
  it('accepts negative 営業利益 and 純資産, fills missing figures with null', () => {
    const p = KessanPeriod.parse({ label: 'x', eigyoRieki: -1, junShisan: -1 });
    expect(p.uriageDaka).toBeNull();
    expect(p.eigyoRieki).toBe(-1);
  });
  it('refuses fractional yen, negative 売上高 and more than 5 periods', () => {
    expect(KessanPeriod.safeParse({ label: 'x', uriageDaka: 1.5 }).success).toBe(false);
    expect(KessanPeriod.safeParse({ label: 'x', uriageDaka: -1 }).success).toBe(false);
    expect(ClientFinancials.safeParse({ periods: Array.from({ length: 6 }, () => ({ label: 'x' })) }).success).toBe(false);
  });
});
