import { describe, expect, it } from 'vitest';
import {
  eigyoRieki,
  fukaKachiGaku,
  hitoriAtariFukaKachiGaku,
  hitoriAtariKyuyo,
  keijoRieki,
  kyuyoShikyuSogaku,
  rodoBunpairitsu,
  saiteiChinginMargin,
} from '../../../shared/finance/figures';
import { FinancialYear } from '../../../shared/schemas/financialPlan';
import { fromNumber, roundDown, rat, floor } from '../../../shared/finance/rational';

const y = (f: Partial<Record<string, number | null>>) => FinancialYear.parse({ label: '直近期', kind: 'actual', ...f });

describe('付加価値額 and friends', () => {
  it('付加価値額 = 営業利益 + 人件費 + 減価償却費', () => {
    const r = fukaKachiGaku(y({ eigyoRieki: 5_000_000, jinkenHi: 20_000_000, genkaShokyakuHi: 3_000_000 }));
    expect(r).toEqual({ ok: true, value: 28_000_000 });
  });

  it('derives 営業利益 from 売上高 − 売上原価 − 販管費 when it is blank', () => {
    const year = y({ uriageDaka: 100_000_000, uriageGenka: 60_000_000, hanbaiKanriHi: 35_000_000, jinkenHi: 20_000_000, genkaShokyakuHi: 1_000_000 });
    expect(eigyoRieki(year)).toEqual({ ok: true, value: 5_000_000 });
    expect(fukaKachiGaku(year)).toEqual({ ok: true, value: 26_000_000 });
  });

  it('says which figures are missing', () => {
    const r = fukaKachiGaku(y({ eigyoRieki: 1 }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('missing');
    expect(!r.ok && r.missing).toEqual(['jinkenHi', 'genkaShokyakuHi']);
    expect(!r.ok && r.message).toContain('人件費');
  });

  it('一人当たり付加価値額 with 0 employees is zeroEmployees, not Infinity', () => {
    const base = { eigyoRieki: 1_000_000, jinkenHi: 1_000_000, genkaShokyakuHi: 0 };
    expect(hitoriAtariFukaKachiGaku(y({ ...base, jugyoinSu: 4 }))).toEqual({ ok: true, value: 500_000 });
    const r = hitoriAtariFukaKachiGaku(y({ ...base, jugyoinSu: 0 }));
    expect(!r.ok && r.reason).toBe('zeroEmployees');
  });

  it('経常利益: as entered, else 営業利益 + 営業外収益 − 営業外費用', () => {
    expect(keijoRieki(y({ keijoRieki: 7 }))).toEqual({ ok: true, value: 7 });
    expect(keijoRieki(y({ eigyoRieki: 10_000, eigyoGaiShueki: 500, eigyoGaiHiyo: 1_500 }))).toEqual({ ok: true, value: 9_000 });
    expect(keijoRieki(y({ eigyoRieki: 10_000 })).ok).toBe(false);
  });

  it('給与支給総額 and 1人あたり, by group', () => {
    const year = y({ kyuyoShikyuSogaku: 30_000_000, yakuinKyuyo: 12_000_000, jugyoinSu: 10, yakuinSu: 2 });
    expect(kyuyoShikyuSogaku(year, 'zentai')).toEqual({ ok: true, value: 42_000_000 });
    expect(hitoriAtariKyuyo(year, 'jugyoin')).toEqual({ ok: true, value: 3_000_000 });
    expect(hitoriAtariKyuyo(year, 'yakuin')).toEqual({ ok: true, value: 6_000_000 });
    expect(hitoriAtariKyuyo(year, 'zentai')).toEqual({ ok: true, value: 3_500_000 });
    expect(hitoriAtariKyuyo(y({ kyuyoShikyuSogaku: 1, jugyoinSu: 0 }), 'jugyoin').ok).toBe(false);
  });

  it('労働分配率 = 人件費 / 付加価値額, undefined when 付加価値額 ≤ 0', () => {
    expect(rodoBunpairitsu(y({ eigyoRieki: 0, jinkenHi: 3_000, genkaShokyakuHi: 1_000 }))).toEqual({ ok: true, value: 75 });
    const r = rodoBunpairitsu(y({ eigyoRieki: -5_000, jinkenHi: 3_000, genkaShokyakuHi: 1_000 }));
    expect(!r.ok && r.reason).toBe('nonPositiveDenominator');
  });

  it('最低賃金の差', () => {
    expect(saiteiChinginMargin(y({ jigyojoNaiSaiteiChingin: 1_030, chiikiBetsuSaiteiChingin: 1_000 }))).toEqual({ ok: true, value: 30 });
  });
});

describe('rational', () => {
  it('reads decimals as typed (0.1 is 1/10)', () => {
    expect(fromNumber(0.1)).toEqual(rat(1n, 10n));
    expect(fromNumber(-2.5)).toEqual(rat(-5n, 2n));
    expect(fromNumber(1e21)).toEqual(rat(10n ** 21n));
    expect(fromNumber(Number.NaN)).toBeNull();
  });
  it('floor and ROUNDDOWN', () => {
    expect(floor(rat(-7n, 2n))).toBe(-4n);
    expect(roundDown(rat(-7n, 3n), 2)).toEqual(rat(-233n, 100n));
  });
});
