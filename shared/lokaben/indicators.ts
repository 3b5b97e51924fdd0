import { INDICATOR_IDS, type ClientFinancials, type IndicatorId, type KessanFigureKey, type KessanPeriod } from './schema';

/**
 * The six ロカベン financial indicators (/work/shared/domain/local-benchmark.md, table lines 9–16).
 * Values are in their display unit (%, 千円, 倍, か月). Each is computed as ONE division of exact
 * integers (e.g. 営業利益 × 100 ÷ 売上高, not ÷ then × 100), so a value that equals a scoring
 * threshold mathematically also equals it in floating point. Division by zero and meaningless ratios
 * are never numbers: they come back as 算出不可 with a Japanese reason.
 */
export { INDICATOR_IDS, type IndicatorId };

/** Which end of the scale scores better. */
export type Direction = 'higher' | 'lower';

export interface IndicatorInfo {
  name: string; // Japanese name as on the sheet
  viewpoint: string; // 売上持続性 / 収益性 / …
  unit: '%' | '千円' | '倍' | 'か月';
  direction: Direction;
  /** Decimals shown. */
  digits: number;
  formula: string;
}

export const INDICATORS: Record<IndicatorId, IndicatorInfo> = {
  uriageZokaRitsu: { name: '売上高増加率', viewpoint: '売上持続性', unit: '%', direction: 'higher', digits: 1, formula: '売上高 ÷ 前期売上高 − 1' },
  eigyoRiekiRitsu: { name: '営業利益率', viewpoint: '収益性', unit: '%', direction: 'higher', digits: 1, formula: '営業利益 ÷ 売上高' },
  rodoSeisansei: { name: '労働生産性', viewpoint: '生産性', unit: '千円', direction: 'higher', digits: 0, formula: '営業利益 ÷ 従業員数' },
  ebitdaBairitsu: { name: 'EBITDA有利子負債倍率', viewpoint: '健全性', unit: '倍', direction: 'lower', digits: 1, formula: '（借入金 − 現預金）÷（営業利益 ＋ 減価償却費）' },
  untenShihonKikan: { name: '営業運転資本回転期間', viewpoint: '効率性', unit: 'か月', direction: 'lower', digits: 1, formula: '（売上債権 ＋ 棚卸資産 − 買入債務）÷（売上高 ÷ 12）' },
  jikoShihonHiritsu: { name: '自己資本比率', viewpoint: '安全性', unit: '%', direction: 'higher', digits: 1, formula: '純資産 ÷ 総資産' },
};

/** Japanese names of the 決算 inputs. */
export const FIGURE_LABELS: Record<KessanFigureKey, string> = {
  uriageDaka: '売上高',
  zenkiUriageDaka: '前期売上高',
  eigyoRieki: '営業利益',
  genkaShokyakuHi: '減価償却費',
  jugyoinSu: '従業員数',
  kariireKin: '借入金',
  genYokin: '現預金',
  uriageSaiken: '売上債権',
  tanaoroshiShisan: '棚卸資産',
  kaiireSaimu: '買入債務',
  junShisan: '純資産',
  soShisan: '総資産',
};

export type LokabenUnavailableReason = 'missing' | 'zeroDivision' | 'meaningless';

export interface LokabenUnavailable {
  ok: false;
  reason: LokabenUnavailableReason;
  /** Japanese, e.g. 前期売上高が0円のため算出できません */
  message: string;
  /** The figures not entered (reason 'missing'). */
  missing: KessanFigureKey[];
}

export interface LokabenAvailable {
  ok: true;
  value: number;
  /** A remark that goes with a real value, e.g. 債務超過, 実質無借金. */
  note?: string;
}

export type LokabenResult = LokabenAvailable | LokabenUnavailable;

const value = (v: number, note?: string): LokabenAvailable => (note === undefined ? { ok: true, value: v } : { ok: true, value: v, note });
const cannot = (reason: LokabenUnavailableReason, message: string, missing: KessanFigureKey[] = []): LokabenUnavailable => ({ ok: false, reason, message, missing });

/** 'missing' naming those of `keys` that `p` has not entered (call when at least one is null). */
function missingOf(p: KessanPeriod, keys: readonly KessanFigureKey[]): LokabenUnavailable {
  const missing = keys.filter((k) => p[k] === null);
  return cannot('missing', `${missing.map((k) => FIGURE_LABELS[k]).join('・')}が未入力です`, missing);
}

/**
 * 売上高増加率 (%) = (売上高 − 前期売上高) × 100 ÷ 前期売上高. The previous period's 売上高 when there is
 * one, else this period's 前期売上高 field.
 */
export function uriageZokaRitsu(p: KessanPeriod, previous?: KessanPeriod): LokabenResult {
  const base = previous ? previous.uriageDaka : p.zenkiUriageDaka;
  if (p.uriageDaka === null || base === null) {
    const names: string[] = [];
    const missing: KessanFigureKey[] = [];
    if (p.uriageDaka === null) {
      names.push('売上高');
      missing.push('uriageDaka');
    }
    if (base === null) {
      names.push(previous ? `前期（${previous.label}）の売上高` : '前期売上高');
      missing.push('zenkiUriageDaka');
    }
    const hint = base === null && !previous ? '。最も古い期は前期売上高を入れると算出できます' : '';
    return cannot('missing', `${names.join('・')}が未入力です${hint}`, missing);
  }
  if (base === 0) return cannot('zeroDivision', '前期売上高が0円のため算出できません');
  return value(((p.uriageDaka - base) * 100) / base);
}

/** 営業利益率 (%) = 営業利益 × 100 ÷ 売上高. */
export function eigyoRiekiRitsu(p: KessanPeriod): LokabenResult {
  const { eigyoRieki, uriageDaka } = p;
  if (eigyoRieki === null || uriageDaka === null) return missingOf(p, ['eigyoRieki', 'uriageDaka']);
  if (uriageDaka === 0) return cannot('zeroDivision', '売上高が0円のため算出できません');
  return value((eigyoRieki * 100) / uriageDaka);
}

/** 労働生産性 (千円/人) = 営業利益 ÷ (従業員数 × 1,000). 営業利益, not 付加価値額. */
export function rodoSeisansei(p: KessanPeriod): LokabenResult {
  const { eigyoRieki, jugyoinSu } = p;
  if (eigyoRieki === null || jugyoinSu === null) return missingOf(p, ['eigyoRieki', 'jugyoinSu']);
  if (jugyoinSu === 0) return cannot('zeroDivision', '従業員数が0人のため算出できません');
  return value(eigyoRieki / (jugyoinSu * 1000));
}

/**
 * EBITDA有利子負債倍率 (倍) = (借入金 − 現預金) ÷ (営業利益 + 減価償却費). With EBITDA ≤ 0 the multiple
 * has no meaning (a negative number would look better than any positive one): 算出不可. A negative
 * value with positive EBITDA is real: 現預金 exceed 借入金 (実質無借金).
 */
export function ebitdaBairitsu(p: KessanPeriod): LokabenResult {
  const { kariireKin, genYokin, eigyoRieki, genkaShokyakuHi } = p;
  if (kariireKin === null || genYokin === null || eigyoRieki === null || genkaShokyakuHi === null) {
    return missingOf(p, ['kariireKin', 'genYokin', 'eigyoRieki', 'genkaShokyakuHi']);
  }
  const ebitda = eigyoRieki + genkaShokyakuHi;
  if (ebitda === 0) return cannot('zeroDivision', '営業利益＋減価償却費が0円のため算出できません');
  if (ebitda < 0) return cannot('meaningless', '営業利益＋減価償却費がマイナスのため倍率に意味がありません。返済の原資となる利益が出ていません');
  const netDebt = kariireKin - genYokin;
  return value(netDebt / ebitda, netDebt <= 0 ? '実質無借金' : undefined);
}

/** 営業運転資本回転期間 (か月) = (売上債権 + 棚卸資産 − 買入債務) × 12 ÷ 売上高. */
export function untenShihonKikan(p: KessanPeriod): LokabenResult {
  const { uriageSaiken, tanaoroshiShisan, kaiireSaimu, uriageDaka } = p;
  if (uriageSaiken === null || tanaoroshiShisan === null || kaiireSaimu === null || uriageDaka === null) {
    return missingOf(p, ['uriageSaiken', 'tanaoroshiShisan', 'kaiireSaimu', 'uriageDaka']);
  }
  if (uriageDaka === 0) return cannot('zeroDivision', '売上高が0円のため月商で割れません');
  return value(((uriageSaiken + tanaoroshiShisan - kaiireSaimu) * 12) / uriageDaka);
}

/**
 * 自己資本比率 (%) = 純資産 × 100 ÷ 総資産. Negative equity gives a real, negative ratio (債務超過; it
 * scores in the lowest band); 純資産 above 総資産 would mean negative liabilities: an input error.
 */
export function jikoShihonHiritsu(p: KessanPeriod): LokabenResult {
  const { junShisan, soShisan } = p;
  if (junShisan === null || soShisan === null) return missingOf(p, ['junShisan', 'soShisan']);
  if (soShisan === 0) return cannot('zeroDivision', '総資産が0円のため算出できません');
  if (junShisan > soShisan) return cannot('meaningless', '純資産が総資産を上回っています。入力を確認してください');
  return value((junShisan * 100) / soShisan, junShisan < 0 ? '債務超過' : undefined);
}

/** One indicator for period `p` (`previous` = the period before it, if any). */
export function computeIndicator(id: IndicatorId, p: KessanPeriod, previous?: KessanPeriod): LokabenResult {
  switch (id) {
    case 'uriageZokaRitsu':
      return uriageZokaRitsu(p, previous);
    case 'eigyoRiekiRitsu':
      return eigyoRiekiRitsu(p);
    case 'rodoSeisansei':
      return rodoSeisansei(p);
    case 'ebitdaBairitsu':
      return ebitdaBairitsu(p);
    case 'untenShihonKikan':
      return untenShihonKikan(p);
    case 'jikoShihonHiritsu':
      return jikoShihonHiritsu(p);
  }
}

export interface PeriodIndicators {
  label: string;
  results: Record<IndicatorId, LokabenResult>;
}

/** All six indicators for every period, oldest first. */
export function computeIndicators(financials: ClientFinancials): PeriodIndicators[] {
  return financials.periods.map((p, i) => {
    const previous = i > 0 ? financials.periods[i - 1] : undefined;
    const results = {
      uriageZokaRitsu: uriageZokaRitsu(p, previous),
      eigyoRiekiRitsu: eigyoRiekiRitsu(p),
      rodoSeisansei: rodoSeisansei(p),
      ebitdaBairitsu: ebitdaBairitsu(p),
      untenShihonKikan: untenShihonKikan(p),
      jikoShihonHiritsu: jikoShihonHiritsu(p),
    } satisfies Record<IndicatorId, LokabenResult>;
    return { label: p.label, results };
  });
}

/** e.g. 12.3%, 1,250千円, 4.2倍, 1.8か月 (rounded half away from zero; never "-0"). */
export function formatIndicatorValue(id: IndicatorId, v: number): string {
  const info = INDICATORS[id];
  const f = 10 ** info.digits;
  const r = (Math.sign(v) * Math.round(Math.abs(v) * f)) / f;
  const shown = (r === 0 ? 0 : r).toLocaleString('ja-JP', { minimumFractionDigits: info.digits, maximumFractionDigits: info.digits });
  return `${shown}${info.unit}`;
}

/** A result as printed: the value (with its note), or 算出不可 and the reason. */
export function resultText(id: IndicatorId, r: LokabenResult): string {
  if (!r.ok) return `算出不可（${r.message}）`;
  return r.note ? `${formatIndicatorValue(id, r.value)}（${r.note}）` : formatIndicatorValue(id, r.value);
}
