import { floor, mul, rat, toNumber, trunc, type Rational } from '../finance/rational';
import { percentFromHundredths } from '../finance/growth';
import type { FigureKey } from '../schemas/financialPlan';
import type { MeasureId } from './schema';

/** Display helpers for the aftercare report (Japanese, never NaN). */

export const yenText = (y: bigint | number): string => `${Number(y) < 0 ? '△' : ''}${Math.abs(Number(y)).toLocaleString('en-US')}円`;

/** A rational amount of 円 with up to 2 decimals (truncated), e.g. per-head figures. */
export function yenFine(r: Rational): string {
  const hundredths = trunc(mul(r, rat(100n)));
  const neg = hundredths < 0n;
  const a = neg ? -hundredths : hundredths;
  const whole = (a / 100n).toLocaleString('en-US');
  const frac = a % 100n;
  return `${neg ? '△' : ''}${whole}${frac === 0n ? '' : `.${frac.toString().padStart(2, '0').replace(/0$/, '')}`}円`;
}

/** A ratio as a percentage truncated to 0.1% (0.375 → "37.5%", 1 → "100.0%"). */
export function ratioText(r: Rational): string {
  const tenths = trunc(mul(r, rat(1000n)));
  const neg = tenths < 0n;
  const a = neg ? -tenths : tenths;
  return `${neg ? '−' : ''}${(a / 10n).toString()}.${(a % 10n).toString()}%`;
}

/** ratioText, with the exact fraction when the percentage is cut (122/170 → "71.7…%（122/170）"). */
export function exactRatioText(r: Rational): string {
  const exact = (r.n * 1000n) % r.d === 0n;
  return exact ? ratioText(r) : `${ratioText(r)}…（${r.n}/${r.d}）`;
}

export const hundredthsText = (h: number): string => percentFromHundredths(BigInt(h)).display;

/** "+19円" / "−11円" / "±0円". */
export function signedYen(r: Rational): string {
  const v = toNumber(r) ?? 0;
  const t = Math.trunc(v * 100) / 100;
  return `${t > 0 ? '+' : t < 0 ? '−' : '±'}${Math.abs(t).toLocaleString('en-US')}円`;
}

/** Smallest integer ≥ r. */
export const ceil = (r: Rational): bigint => -floor(rat(-r.n, r.d));

/** The plan-table figures a measure is computed from (to say which were carried forward). */
export const MEASURE_KEYS: Record<MeasureId, FigureKey[]> = {
  uriageDaka: ['uriageDaka'],
  uriageSoRieki: ['uriageDaka', 'uriageGenka'],
  eigyoRieki: ['eigyoRieki'],
  keijoRieki: ['keijoRieki', 'eigyoRieki'],
  fukaKachiGaku: ['eigyoRieki', 'jinkenHi', 'genkaShokyakuHi'],
  hitoriAtariFukaKachiGaku: ['eigyoRieki', 'jinkenHi', 'genkaShokyakuHi', 'jugyoinSu'],
  kyuyoShikyuSogaku: ['kyuyoShikyuSogaku', 'yakuinKyuyo'],
  kyuyoJugyoin: ['kyuyoShikyuSogaku'],
  kyuyoYakuin: ['yakuinKyuyo'],
  hitoriAtariKyuyoJugyoin: ['kyuyoShikyuSogaku', 'jugyoinSu'],
  hitoriAtariKyuyoYakuin: ['yakuinKyuyo', 'yakuinSu'],
  jigyojoNaiSaiteiChingin: ['jigyojoNaiSaiteiChingin'],
};
