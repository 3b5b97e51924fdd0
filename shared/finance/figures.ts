import type { FigureKey, FinancialYear } from '../schemas/financialPlan';
import { add, div, fromNumber, mul, rat, sign, sub, toNumber, type Rational } from './rational';
import { available, missingMessage, unavailable, type FinanceResult } from './result';

/**
 * Per-year derived figures (付加価値額, 一人当たり付加価値額, 経常利益, 給与, 労働分配率).
 * `*Exact` variants return exact rationals for the check engine; the plain ones return numbers for the UI.
 */
type Exact = FinanceResult<Rational>;

const yearLabel = (y: FinancialYear): string => y.label || (y.kind === 'actual' ? '実績' : '計画');

function need(year: FinancialYear, keys: readonly FigureKey[]): FinanceResult<Rational[]> {
  const missing = keys.filter((k) => year[k] === null);
  if (missing.length > 0) return unavailable('missing', missingMessage(yearLabel(year), missing), missing);
  const out: Rational[] = [];
  for (const k of keys) {
    const r = fromNumber(year[k] ?? Number.NaN);
    if (!r) return unavailable('outOfRange', `${yearLabel(year)}の数値が扱える範囲を超えています`);
    out.push(r);
  }
  return available(out);
}

export function figureExact(year: FinancialYear, key: FigureKey): Exact {
  const r = need(year, [key]);
  return r.ok ? available(r.value[0] ?? rat(0n)) : r;
}

/** 売上総利益 (粗利) = 売上高 − 売上原価. */
export function uriageSoRiekiExact(year: FinancialYear): Exact {
  const r = need(year, ['uriageDaka', 'uriageGenka']);
  if (!r.ok) return r;
  const [u, g] = r.value as [Rational, Rational];
  return available(sub(u, g));
}

/** 営業利益: as entered, or 売上高 − 売上原価 − 販売費及び一般管理費 when not entered. */
export function eigyoRiekiExact(year: FinancialYear): Exact {
  if (year.eigyoRieki !== null) return figureExact(year, 'eigyoRieki');
  const r = need(year, ['uriageDaka', 'uriageGenka', 'hanbaiKanriHi']);
  if (!r.ok) return unavailable('missing', missingMessage(yearLabel(year), ['eigyoRieki']), ['eigyoRieki']);
  const [u, g, h] = r.value as [Rational, Rational, Rational];
  return available(sub(sub(u, g), h));
}

/** 付加価値額 = 営業利益 + 人件費 + 減価償却費. */
export function fukaKachiGakuExact(year: FinancialYear): Exact {
  const op = eigyoRiekiExact(year);
  const rest = need(year, ['jinkenHi', 'genkaShokyakuHi']);
  if (!op.ok && !rest.ok) {
    const missing = [...op.missing, ...rest.missing];
    return unavailable('missing', missingMessage(yearLabel(year), missing), missing);
  }
  if (!op.ok) return op;
  if (!rest.ok) return rest;
  const [j, g] = rest.value as [Rational, Rational];
  return available(add(add(op.value, j), g));
}

function perHead(year: FinancialYear, total: Exact, headKey: 'jugyoinSu' | 'yakuinSu', what: string): Exact {
  if (!total.ok) return total;
  const heads = figureExact(year, headKey);
  if (!heads.ok) return heads;
  if (sign(heads.value) <= 0) {
    const who = headKey === 'jugyoinSu' ? '従業員数' : '役員数';
    return unavailable('zeroEmployees', `${yearLabel(year)}の${who}が0のため${what}を計算できません`);
  }
  const q = div(total.value, heads.value);
  return q ? available(q) : unavailable('zeroEmployees', `${yearLabel(year)}の人数が0です`);
}

/** 一人当たり付加価値額 = 付加価値額 / 従業員数. */
export const hitoriAtariFukaKachiGakuExact = (year: FinancialYear): Exact =>
  perHead(year, fukaKachiGakuExact(year), 'jugyoinSu', '一人当たり付加価値額');

/** 経常利益: as entered, or 営業利益 + 営業外収益 − 営業外費用. */
export function keijoRiekiExact(year: FinancialYear): Exact {
  if (year.keijoRieki !== null) return figureExact(year, 'keijoRieki');
  const op = eigyoRiekiExact(year);
  const rest = need(year, ['eigyoGaiShueki', 'eigyoGaiHiyo']);
  if (!op.ok || !rest.ok) {
    const missing: FigureKey[] = ['keijoRieki'];
    return unavailable('missing', `${missingMessage(yearLabel(year), missing)}（営業利益・営業外収益・営業外費用からも計算できません）`, missing);
  }
  const [s, h] = rest.value as [Rational, Rational];
  return available(sub(add(op.value, s), h));
}

export type KyuyoGroup = 'jugyoin' | 'yakuin' | 'zentai';

/** 給与支給総額: 従業員分, 役員分, or both (全体; a blank 役員分 counts as 0 there). */
export function kyuyoShikyuSogakuExact(year: FinancialYear, group: KyuyoGroup): Exact {
  if (group === 'jugyoin') return figureExact(year, 'kyuyoShikyuSogaku');
  if (group === 'yakuin') return figureExact(year, 'yakuinKyuyo');
  const emp = figureExact(year, 'kyuyoShikyuSogaku');
  if (!emp.ok) return emp;
  const off = year.yakuinKyuyo === null ? available(rat(0n)) : figureExact(year, 'yakuinKyuyo');
  return off.ok ? available(add(emp.value, off.value)) : off;
}

/** 1人あたり給与支給総額 = 給与支給総額 / 人数 (従業員: 従業員数, 役員: 役員数, 全体: 両方). */
export function hitoriAtariKyuyoExact(year: FinancialYear, group: KyuyoGroup): Exact {
  const total = kyuyoShikyuSogakuExact(year, group);
  if (group === 'jugyoin') return perHead(year, total, 'jugyoinSu', '1人あたり給与支給総額');
  if (group === 'yakuin') return perHead(year, total, 'yakuinSu', '1人あたり給与支給総額（役員）');
  if (!total.ok) return total;
  const emp = figureExact(year, 'jugyoinSu');
  if (!emp.ok) return emp;
  const off = year.yakuinSu === null ? rat(0n) : fromNumber(year.yakuinSu);
  if (!off) return unavailable('outOfRange', `${yearLabel(year)}の役員数が扱える範囲を超えています`);
  const heads = add(emp.value, off);
  const q = sign(heads) > 0 ? div(total.value, heads) : null;
  return q ? available(q) : unavailable('zeroEmployees', `${yearLabel(year)}の人数が0のため1人あたり給与支給総額を計算できません`);
}

/** 労働分配率 = 人件費 / 付加価値額 × 100 (%). Undefined when 付加価値額 ≤ 0. */
export function rodoBunpairitsuExact(year: FinancialYear): Exact {
  const fkg = fukaKachiGakuExact(year);
  if (!fkg.ok) return fkg;
  const j = figureExact(year, 'jinkenHi');
  if (!j.ok) return j;
  if (sign(fkg.value) <= 0) {
    return unavailable('nonPositiveDenominator', `${yearLabel(year)}の付加価値額が0以下のため労働分配率に意味がありません`);
  }
  const q = div(mul(j.value, rat(100n)), fkg.value);
  return q ? available(q) : unavailable('nonPositiveDenominator', '付加価値額が0です');
}

/** 事業場内最低賃金 − 地域別最低賃金 (円). */
export function saiteiChinginMarginExact(year: FinancialYear): Exact {
  const r = need(year, ['jigyojoNaiSaiteiChingin', 'chiikiBetsuSaiteiChingin']);
  if (!r.ok) return r;
  const [own, regional] = r.value as [Rational, Rational];
  return available(sub(own, regional));
}

/** Converts an exact result for the UI (a number, never NaN/Infinity). */
export function toNumberResult(r: Exact): FinanceResult<number> {
  if (!r.ok) return r;
  const x = toNumber(r.value);
  return x === null ? unavailable('outOfRange', '数値が大きすぎて表示できません') : available(x);
}

export const fukaKachiGaku = (y: FinancialYear) => toNumberResult(fukaKachiGakuExact(y));
export const hitoriAtariFukaKachiGaku = (y: FinancialYear) => toNumberResult(hitoriAtariFukaKachiGakuExact(y));
export const keijoRieki = (y: FinancialYear) => toNumberResult(keijoRiekiExact(y));
export const eigyoRieki = (y: FinancialYear) => toNumberResult(eigyoRiekiExact(y));
export const kyuyoShikyuSogaku = (y: FinancialYear, g: KyuyoGroup) => toNumberResult(kyuyoShikyuSogakuExact(y, g));
export const hitoriAtariKyuyo = (y: FinancialYear, g: KyuyoGroup) => toNumberResult(hitoriAtariKyuyoExact(y, g));
export const rodoBunpairitsu = (y: FinancialYear) => toNumberResult(rodoBunpairitsuExact(y));
export const saiteiChinginMargin = (y: FinancialYear) => toNumberResult(saiteiChinginMarginExact(y));
