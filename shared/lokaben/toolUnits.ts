import { INDICATORS, type IndicatorId } from './indicators';
import type { KessanPeriod } from './schema';

/**
 * The six indicators in the units METI's tool stores its cut values in: rates as fractions
 * (0.0227 = 2.27%), 労働生産性 in 円/人, 倍, ヶ月. Scoring against the official table compares in THIS
 * form: each value is ONE division of exact integers (the same figures as indicators.ts), and the
 * cut value is used as the tool stores it, unconverted. So a company whose ratio equals a cut value
 * — mathematically, or as the decimal the tool shows (7/100 against a cut of 0.07) — meets it, and
 * rounding can never put a value on the other side of a cut. (Comparing in display units would not
 * be safe: 0.07 × 100 is 7.000000000000001, while 営業利益 7 ÷ 売上高 100 × 100 is exactly 7.)
 *
 * Call only where indicators.ts gave a value (`ok: true`); null otherwise.
 */
export function toolUnitValue(id: IndicatorId, p: KessanPeriod, previous?: KessanPeriod): number | null {
  switch (id) {
    case 'uriageZokaRitsu': {
      const base = previous ? previous.uriageDaka : p.zenkiUriageDaka;
      return p.uriageDaka === null || base === null || base === 0 ? null : (p.uriageDaka - base) / base;
    }
    case 'eigyoRiekiRitsu':
      return p.eigyoRieki === null || !p.uriageDaka ? null : p.eigyoRieki / p.uriageDaka;
    case 'rodoSeisansei':
      return p.eigyoRieki === null || !p.jugyoinSu ? null : p.eigyoRieki / p.jugyoinSu;
    case 'ebitdaBairitsu': {
      const { kariireKin, genYokin, eigyoRieki, genkaShokyakuHi } = p;
      if (kariireKin === null || genYokin === null || eigyoRieki === null || genkaShokyakuHi === null) return null;
      const ebitda = eigyoRieki + genkaShokyakuHi;
      return ebitda > 0 ? (kariireKin - genYokin) / ebitda : null;
    }
    case 'untenShihonKikan': {
      const { uriageSaiken, tanaoroshiShisan, kaiireSaimu, uriageDaka } = p;
      if (uriageSaiken === null || tanaoroshiShisan === null || kaiireSaimu === null || !uriageDaka) return null;
      return ((uriageSaiken + tanaoroshiShisan - kaiireSaimu) * 12) / uriageDaka;
    }
    case 'jikoShihonHiritsu':
      return p.junShisan === null || !p.soShisan ? null : p.junShisan / p.soShisan;
  }
}

/**
 * A value of the tool (fraction, 円/人, 倍, ヶ月) in the app's display unit (%, 千円, 倍, か月): one
 * correctly rounded operation (× 100, ÷ 1,000), so it equals what indicators.ts shows for a company
 * whose ratio is exactly that value. For printing (基準値); scoring never uses the converted form.
 */
export function toDisplayUnit(id: IndicatorId, toolValue: number): number {
  switch (INDICATORS[id].unit) {
    case '%':
      return toolValue * 100;
    case '千円':
      return toolValue / 1000;
    default:
      return toolValue;
  }
}
