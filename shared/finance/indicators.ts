import type { FinancialYear } from '../schemas/financialPlan';
import {
  eigyoRiekiExact,
  figureExact,
  fukaKachiGakuExact,
  hitoriAtariFukaKachiGakuExact,
  hitoriAtariKyuyoExact,
  keijoRiekiExact,
  kyuyoShikyuSogakuExact,
  uriageSoRiekiExact,
} from './figures';
import type { Rational } from './rational';
import type { FinanceResult } from './result';

/** The indicators numeric rules can name (rules.json `indicator`). */
export const INDICATOR_IDS = [
  'uriageDaka', // 売上高
  'uriageSoRieki', // 売上総利益 (売上高 − 売上原価)
  'eigyoRieki', // 営業利益
  'keijoRieki', // 経常利益
  'fukaKachiGaku', // 付加価値額
  'hitoriAtariFukaKachiGaku', // 一人当たり付加価値額
  'kyuyoShikyuSogaku', // 給与支給総額 (従業員 + 役員)
  'kyuyoJugyoin', // 給与支給総額 (従業員)
  'kyuyoYakuin', // 給与支給総額 (役員)
  'hitoriAtariKyuyoJugyoin', // 1人あたり給与支給総額 (従業員)
  'hitoriAtariKyuyoYakuin', // 1人あたり給与支給総額 (役員)
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export const INDICATOR_NAMES: Record<IndicatorId, string> = {
  uriageDaka: '売上高',
  uriageSoRieki: '売上総利益',
  eigyoRieki: '営業利益',
  keijoRieki: '経常利益',
  fukaKachiGaku: '付加価値額',
  hitoriAtariFukaKachiGaku: '一人当たり付加価値額',
  kyuyoShikyuSogaku: '給与支給総額',
  kyuyoJugyoin: '給与支給総額（従業員）',
  kyuyoYakuin: '給与支給総額（役員）',
  hitoriAtariKyuyoJugyoin: '1人あたり給与支給総額（従業員）',
  hitoriAtariKyuyoYakuin: '1人あたり給与支給総額（役員）',
};

/** Whether an indicator is in 円 (all but none today; kept for formatting). */
export const indicatorUnit = (_id: IndicatorId): '円' => '円';

export function indicatorExact(year: FinancialYear, id: IndicatorId): FinanceResult<Rational> {
  switch (id) {
    case 'uriageDaka':
      return figureExact(year, 'uriageDaka');
    case 'uriageSoRieki':
      return uriageSoRiekiExact(year);
    case 'eigyoRieki':
      return eigyoRiekiExact(year);
    case 'keijoRieki':
      return keijoRiekiExact(year);
    case 'fukaKachiGaku':
      return fukaKachiGakuExact(year);
    case 'hitoriAtariFukaKachiGaku':
      return hitoriAtariFukaKachiGakuExact(year);
    case 'kyuyoShikyuSogaku':
      return kyuyoShikyuSogakuExact(year, 'zentai');
    case 'kyuyoJugyoin':
      return kyuyoShikyuSogakuExact(year, 'jugyoin');
    case 'kyuyoYakuin':
      return kyuyoShikyuSogakuExact(year, 'yakuin');
    case 'hitoriAtariKyuyoJugyoin':
      return hitoriAtariKyuyoExact(year, 'jugyoin');
    case 'hitoriAtariKyuyoYakuin':
      return hitoriAtariKyuyoExact(year, 'yakuin');
  }
}
