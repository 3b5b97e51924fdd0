import { indicatorExact } from '../finance/indicators';
import { div, fromNumber, sign, sub, type Rational } from '../finance/rational';
import { available, unavailable, type FinanceResult } from '../finance/result';
import type { FinancialYear } from '../schemas/financialPlan';
import { employeeCount } from './fte';
import type { ActualFigures, MeasureId, PartTime } from './schema';

/** A year's figures as the measures read them: actual (with part-timers) or the plan table's row. */
export interface YearFigures {
  figures: ActualFigures;
  partTime?: PartTime;
}

export const MEASURE_NAMES: Record<MeasureId, string> = {
  uriageDaka: '売上高',
  uriageSoRieki: '売上総利益',
  eigyoRieki: '営業利益',
  keijoRieki: '経常利益',
  fukaKachiGaku: '付加価値額',
  hitoriAtariFukaKachiGaku: '一人当たり付加価値額',
  kyuyoShikyuSogaku: '給与支給総額（従業員＋役員）',
  kyuyoJugyoin: '給与支給総額（従業員）',
  kyuyoYakuin: '給与支給総額（役員）',
  hitoriAtariKyuyoJugyoin: '1人あたり給与支給総額（従業員）',
  hitoriAtariKyuyoYakuin: '1人あたり給与支給総額（役員）',
  jigyojoNaiSaiteiChingin: '事業場内最低賃金',
};

const asYear = (y: YearFigures, label: string): FinancialYear => ({ ...y.figures, label, kind: 'actual' });

/** The people a per-head measure divides by: 従業員 (part-timers converted) or 役員. */
export function headsOf(y: YearFigures, group: 'jugyoin' | 'yakuin', fteDigits: number): FinanceResult<Rational> {
  if (group === 'yakuin') {
    const r = y.figures.yakuinSu === null ? null : fromNumber(y.figures.yakuinSu);
    return r ? available(r) : unavailable('missing', '役員数が入力されていません', ['yakuinSu']);
  }
  return employeeCount(y.figures.jugyoinSu, y.partTime ?? { regularHours: null, rows: [] }, fteDigits);
}

/** The exact value of a measure in one year (円, or 円/時 for the wage). */
export function measureExact(y: YearFigures, id: MeasureId, fteDigits: number, label = ''): FinanceResult<Rational> {
  if (id === 'hitoriAtariKyuyoJugyoin' || id === 'hitoriAtariKyuyoYakuin') {
    const group = id === 'hitoriAtariKyuyoJugyoin' ? 'jugyoin' : 'yakuin';
    const total = indicatorExact(asYear(y, label), group === 'jugyoin' ? 'kyuyoJugyoin' : 'kyuyoYakuin');
    if (!total.ok) return total;
    const heads = headsOf(y, group, fteDigits);
    if (!heads.ok) return heads;
    if (sign(heads.value) <= 0) return unavailable('zeroEmployees', `${group === 'jugyoin' ? '従業員' : '役員'}が0人のため1人あたりを計算できません`);
    return available(div(total.value, heads.value) ?? heads.value);
  }
  if (id === 'jigyojoNaiSaiteiChingin') {
    const v = y.figures.jigyojoNaiSaiteiChingin;
    const r = v === null ? null : fromNumber(v);
    return r ? available(r) : unavailable('missing', '事業場内最低賃金が入力されていません', ['jigyojoNaiSaiteiChingin']);
  }
  return indicatorExact(asYear(y, label), id);
}

/** 事業場内最低賃金 − 地域別最低賃金 (円). */
export function wageMarginExact(y: YearFigures): FinanceResult<Rational> {
  const a = y.figures.jigyojoNaiSaiteiChingin;
  const b = y.figures.chiikiBetsuSaiteiChingin;
  const missing = [...(a === null ? (['jigyojoNaiSaiteiChingin'] as const) : []), ...(b === null ? (['chiikiBetsuSaiteiChingin'] as const) : [])];
  if (a === null || b === null) return unavailable('missing', '事業場内最低賃金と地域別最低賃金が必要です', [...missing]);
  const ra = fromNumber(a);
  const rb = fromNumber(b);
  return ra && rb ? available(sub(ra, rb)) : unavailable('outOfRange', '時給が扱える範囲を超えています');
}
