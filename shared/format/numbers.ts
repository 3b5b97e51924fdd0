import { normalizeDigits } from '../checks/textScan';

/** Money and counts as Japanese forms print them: 3-digit commas, 千円 tables, never NaN. */
export function yen(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return Math.trunc(n).toLocaleString('ja-JP');
}

/** 円 → 千円, truncated toward zero (as plan tables are usually rounded down), with commas. */
export function senYen(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return Math.trunc(n / 1000).toLocaleString('ja-JP');
}

export function plainNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString('ja-JP', { maximumFractionDigits: digits });
}

// ── Numbers as people type them ──────────────────────────────────────────────────────────────────
//
// Accepted: digits (full-width too), commas in groups of three (， too), spaces, a decimal point (．
// too); kanji magnitudes 兆 億 万 and, inside each of them, 千 百 (「20万2千」, 「1億2,000万」, 「1.5億」,
// 「3千」, 「2万5000」, 「3百万」, 「1,500千」); a negative written -, −, ー, △, ▲ or (…); a leading ¥ and
// one trailing unit word (円, 人/名, 年, 月, 個/台/件/回/式/点/本/枚). Everything else is invalid, with
// a short Japanese reason. Arithmetic is exact (decimal, BigInt): 1.5億 is 150000000, not a float
// near it. Magnitudes go from large to small, each at most once per level, and what follows a
// magnitude must be smaller than it (「2万50000」 and 「1億12345万」 are invalid, 「12,345万」 is fine).

/** An exact decimal: coef × 10^exp. */
interface Decimal {
  coef: bigint;
  exp: number;
}

const ZERO: Decimal = { coef: 0n, exp: 0 };
const pow10 = (k: number): bigint => 10n ** BigInt(k);
const shift = (d: Decimal, k: number): Decimal => ({ coef: d.coef, exp: d.exp + k });
const negate = (d: Decimal): Decimal => ({ coef: -d.coef, exp: d.exp });
const times = (d: Decimal, n: bigint): Decimal => ({ coef: d.coef * n, exp: d.exp });

function add(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  return { coef: a.coef * pow10(a.exp - exp) + b.coef * pow10(b.exp - exp), exp };
}

/** |d| < 10^k */
function belowPow10(d: Decimal, k: number): boolean {
  const abs = d.coef < 0n ? -d.coef : d.coef;
  return k - d.exp >= 0 ? abs < pow10(k - d.exp) : abs * pow10(d.exp - k) < 1n;
}

/** Digits of |d| split at the decimal point, without trailing fraction zeros: 150000000 → ["150000000", ""]. */
function decimalParts(d: Decimal): { negative: boolean; int: string; frac: string } {
  const negative = d.coef < 0n;
  const digits = (negative ? -d.coef : d.coef).toString();
  if (d.exp >= 0) return { negative, int: digits === '0' ? '0' : digits + '0'.repeat(d.exp), frac: '' };
  const padded = digits.padStart(-d.exp + 1, '0');
  const cut = padded.length + d.exp;
  return { negative, int: padded.slice(0, cut), frac: padded.slice(cut).replace(/0+$/, '') };
}

function decimalToNumber(d: Decimal): number {
  const p = decimalParts(d);
  return Number(`${p.negative ? '-' : ''}${p.int}${p.frac ? `.${p.frac}` : ''}`);
}

/** "1,234,567.5" (exact, no locale, no rounding); `grouped` false gives "1998". */
function decimalText(d: Decimal, grouped = true): string {
  const p = decimalParts(d);
  const int = grouped ? p.int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : p.int;
  const sign = p.negative && (p.int !== '0' || p.frac !== '') ? '-' : '';
  return `${sign}${int}${p.frac ? `.${p.frac}` : ''}`;
}

/** Unit words a typed number may end with. */
export const UNIT_WORDS = ['円', '人', '名', '年', '月', '個', '台', '件', '回', '式', '点', '本', '枚'] as const;
export type UnitWord = (typeof UNIT_WORDS)[number];

/** How a text typed as a number was read. `value` is in the text's own terms (magnitudes applied). */
export type NumberReading =
  | { kind: 'blank' }
  | {
      kind: 'number';
      value: number;
      /** The trailing unit word (or 円 for a leading ¥), if any. */
      unitWord: UnitWord | null;
      /**
       * True when the text names its own unit — a kanji magnitude (万 億 兆 千 百) or a unit word: the
       * value is then an amount of 円 (人, …), not of the display unit of the cell it was typed in.
       */
      selfUnit: boolean;
    }
  | { kind: 'invalid'; message: string };

/** The reading with its exact amount, for converting between units without floating point. */
type ExactReading =
  | { kind: 'blank' }
  | { kind: 'number'; amount: Decimal; unitWord: UnitWord | null; selfUnit: boolean }
  | { kind: 'invalid'; message: string };

const NOT_A_NUMBER = '数値として読めません';
const MAGNITUDES: Readonly<Record<string, number>> = { 百: 2, 千: 3, 万: 4, 億: 8, 兆: 12 };
const LITERAL = /\d[\d,]*(?:\.\d*)?/y;
const invalid = (message: string): { kind: 'invalid'; message: string } => ({ kind: 'invalid', message });

/** Full-width digits and punctuation to ASCII, no spaces, one kind of parenthesis and yen sign. */
function normalizeTyped(raw: string): string {
  return normalizeDigits(raw)
    .replace(/\s/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/￥/g, '¥');
}

function takeUnitWord(t: string): { rest: string; word: UnitWord | null } {
  const last = t.slice(-1);
  return (UNIT_WORDS as readonly string[]).includes(last) ? { rest: t.slice(0, -1), word: last as UnitWord } : { rest: t, word: null };
}

/** A leading -, −, ー, △ or ▲, or parentheses around the whole amount. */
function takeSign(t: string): { rest: string; negative: boolean } {
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) return { rest: paren[1]!, negative: true };
  if (/^[-ー△▲]/.test(t)) return { rest: t.slice(1), negative: true };
  return { rest: t, negative: false };
}

/** "1,234.5" → 12345 × 10^-1; commas must group thousands. */
function readLiteral(text: string): Decimal | string {
  const [int = '', frac = ''] = text.split('.');
  if (int.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(int)) return 'カンマの位置が違います';
  const digits = int.replace(/,/g, '') + frac;
  return { coef: BigInt(digits), exp: -frac.length };
}

interface Term {
  literal: string | null;
  magnitude: string | null;
}

/** "20万2千" → [20 万] [2 千]; a trailing plain number is a term without magnitude. */
function splitTerms(t: string): Term[] | string {
  const terms: Term[] = [];
  let pos = 0;
  while (pos < t.length) {
    LITERAL.lastIndex = pos;
    const literal = LITERAL.exec(t)?.[0] ?? null;
    pos += literal?.length ?? 0;
    const ch = t[pos];
    if (ch !== undefined && Object.hasOwn(MAGNITUDES, ch)) {
      terms.push({ literal, magnitude: ch });
      pos++;
    } else if (ch === undefined && literal !== null) {
      terms.push({ literal, magnitude: null });
    } else {
      return NOT_A_NUMBER;
    }
  }
  return terms;
}

/** Running sum of the terms: closed 万/億/兆 groups, the open group of 千/百, the last magnitudes used. */
interface Sum {
  total: Decimal;
  group: Decimal | null;
  lastLarge: number;
  lastSmall: number;
}

/** Each term's number; a number with a fraction must be the last one (「1.5億」, not 「1.5億3千万」). */
function readLiterals(terms: readonly Term[]): (Decimal | null)[] | string {
  const out: (Decimal | null)[] = [];
  for (const { literal } of terms) {
    if (literal === null) {
      out.push(null);
      continue;
    }
    if (out.some((d) => d !== null && d.exp < 0)) return '小数のあとに位は続けられません';
    const read = readLiteral(literal);
    if (typeof read === 'string') return read;
    out.push(read);
  }
  return out;
}

/** 「2千」 or 「5百」 into the open group: below the 千/百 before it. */
function addSmall(sum: Sum, part: Decimal | null, e: number, magnitude: string): string | null {
  if (part === null) return `「${magnitude}」の前に数字がありません`;
  if (e >= sum.lastSmall) return '位の順序が違います';
  const value = shift(part, e);
  if (sum.lastSmall !== Infinity && !belowPow10(value, sum.lastSmall)) return '位の書き方が違います';
  sum.lastSmall = e;
  sum.group = sum.group === null ? value : add(sum.group, value);
  return null;
}

/** Closes the open group (with its last plain number) times 万/億/兆, or as ones (e = 0) at the end. */
function closeGroup(sum: Sum, part: Decimal | null, e: number, magnitude: string | null): string | null {
  if (part !== null) {
    if (sum.lastSmall !== Infinity && !belowPow10(part, sum.lastSmall)) return '位の書き方が違います';
    sum.group = sum.group === null ? part : add(sum.group, part);
  }
  if (sum.group === null) return `「${magnitude ?? ''}」の前に数字がありません`;
  if (e > 0 && e >= sum.lastLarge) return '位の順序が違います';
  if (sum.lastLarge !== Infinity && !belowPow10(sum.group, sum.lastLarge - e)) return '位の書き方が違います';
  sum.total = add(sum.total, shift(sum.group, e));
  sum.group = null;
  sum.lastSmall = Infinity;
  if (e > 0) sum.lastLarge = e;
  return null;
}

/**
 * Adds up the terms, 万/億/兆 over groups of 千/百: a group (「2千3」) is multiplied by the next large
 * magnitude (「2千3万」 = 2003万). Large and small magnitudes each descend, and what follows a
 * magnitude must be smaller than it.
 */
function sumTerms(terms: readonly Term[]): Decimal | string {
  const parts = readLiterals(terms);
  if (typeof parts === 'string') return parts;
  const sum: Sum = { total: ZERO, group: null, lastLarge: Infinity, lastSmall: Infinity };
  for (const [i, { magnitude }] of terms.entries()) {
    const e = magnitude === null ? 0 : MAGNITUDES[magnitude]!;
    const part = parts[i] ?? null;
    const problem = magnitude === '千' || magnitude === '百' ? addSmall(sum, part, e, magnitude) : closeGroup(sum, part, e, magnitude);
    if (problem) return problem;
  }
  const problem = sum.group === null ? null : closeGroup(sum, null, 0, null);
  return problem ?? sum.total;
}

/** Why a text without digits is not a number. */
function noDigitsReason(body: string): string {
  if (/^[百千万億兆]/.test(body)) return `「${body[0]}」の前に数字がありません`;
  if (/[〇一二三四五六七八九十]/.test(body)) return '漢数字ではなく数字で入力してください';
  return '数字がありません';
}

/** Sign, ¥ and unit word around the amount: 「△20万円」, 「(1,200)」, 「¥5,000」, 「(20万円)」. */
function readExact(raw: string): ExactReading {
  const t = normalizeTyped(raw);
  if (t === '') return { kind: 'blank' };
  const outer = takeUnitWord(t);
  const signed = takeSign(outer.rest);
  const inner = outer.word === null ? takeUnitWord(signed.rest) : { rest: signed.rest, word: outer.word };
  let body = inner.rest;
  let word = inner.word;
  if (body.startsWith('¥')) {
    if (word !== null && word !== '円') return invalid(`「¥」と「${word}」は一緒に使えません`);
    body = body.slice(1);
    word = '円';
  }
  if (!/\d/.test(body)) return invalid(noDigitsReason(body));
  const terms = splitTerms(body);
  if (typeof terms === 'string') return invalid(terms);
  const sum = sumTerms(terms);
  if (typeof sum === 'string') return invalid(sum);
  const amount = signed.negative ? negate(sum) : sum;
  if (!Number.isSafeInteger(Math.trunc(decimalToNumber(amount)))) return invalid('桁が大きすぎます');
  return { kind: 'number', amount, unitWord: word, selfUnit: word !== null || terms.some((x) => x.magnitude !== null) };
}

/** A number as people type it in Japanese forms (see above). */
export function readNumberText(raw: string): NumberReading {
  const r = readExact(raw);
  if (r.kind !== 'number') return r;
  return { kind: 'number', value: decimalToNumber(r.amount), unitWord: r.unitWord, selfUnit: r.selfUnit };
}

/** The forms the first parser accepted (any commas, 1e3), kept for callers that relied on them. */
function parseLegacyNumber(raw: string): number | null | undefined {
  let t = normalizeDigits(raw).replace(/[,\s　]/g, '');
  if (t === '') return null;
  let negative = false;
  if (/^[△▲-]/.test(t)) {
    negative = true;
    t = t.slice(1);
  } else if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/**
 * A number as people type it: null for a blank text, undefined for text that is not a number.
 * Everything {@link readNumberText} reads (「20万2千」 → 202000, 「1,200円」 → 1200), plus what this
 * function accepted before it (「1,2,3」, 「1e3」). Unit words are dropped: the caller knows its unit.
 * Forms, cells and tables use {@link readNumberInput}, which also says why a text is invalid.
 */
export function parseNumberText(raw: string): number | null | undefined {
  const r = readNumberText(raw);
  if (r.kind === 'blank') return null;
  if (r.kind === 'number') return r.value;
  return parseLegacyNumber(raw);
}

// ── Numbers typed into an input with a unit ─────────────────────────────────────────────────────

/**
 * The unit an input shows its number in. 千円: money shown in thousands of yen. 個: a count of things
 * (個 台 件 回 式 点 本 枚 may be typed; the understood value is shown without a unit).
 */
export type NumberUnit = '円' | '千円' | '人' | '年' | '月' | '個';
const NUMBER_UNITS: readonly NumberUnit[] = ['円', '千円', '人', '年', '月', '個'];

/** A template's free-text column unit as a NumberUnit, if it is one. */
export function asNumberUnit(label: string | undefined): NumberUnit | undefined {
  return NUMBER_UNITS.find((u) => u === label);
}

const ACCEPTED_WORDS: Readonly<Record<NumberUnit, readonly UnitWord[]>> = {
  円: ['円'],
  千円: ['円'],
  人: ['人', '名'],
  年: ['年'],
  月: ['月'],
  個: ['個', '台', '件', '回', '式', '点', '本', '枚'],
};

/** Base units (円, 人, …) per display unit: 1000 for 千円. */
const unitFactorExp = (unit: NumberUnit | undefined): number => (unit === '千円' ? 3 : 0);

export interface NumberInputSpec {
  /** The unit the input shows (and a plain typed number is in). */
  unit?: NumberUnit;
  /** Stored units per display unit (1000 for a 千円 input stored in 円); a positive integer. */
  scale?: number;
  allowNegative?: boolean;
}

/** What a text typed into a number input means: the value to store, and a line saying so. */
export type NumberInputReading =
  | { kind: 'blank' }
  | { kind: 'number'; stored: number; display: number; understood: string }
  | { kind: 'invalid'; message: string };

function unitWordProblem(word: UnitWord | null, unit: NumberUnit | undefined): string | null {
  if (word === null) return null;
  if (unit === undefined) return '単位は付けずに入力してください';
  return ACCEPTED_WORDS[unit].includes(word) ? null : `この欄の単位は${unit === '個' ? '個数' : unit}です（「${word}」は使えません）`;
}

/** 「= 202千円（202,000円）」, 「= 202,000円」, 「= 12人」, 「= 1998年」, 「= 2.5」. */
function understoodText(display: Decimal, unit: NumberUnit | undefined): string {
  if (unit === '千円') return `= ${decimalText(display)}千円（${decimalText(shift(display, 3))}円）`;
  if (unit === '年' || unit === '月') return `= ${decimalText(display, false)}${unit}`;
  return `= ${decimalText(display)}${unit === undefined || unit === '個' ? '' : unit}`;
}

/**
 * Reads a text typed into a number input. A plain number is in the input's display unit (「3000」 in
 * a 千円 input is 3,000千円); a text that names its own unit — with 万/億/兆/千/百 or ending in 円 —
 * is an amount of 円 (「1.5億」 in a 千円 input is 150,000千円, 「20万2千」 is 202千円). The stored
 * value is display × scale, computed exactly.
 */
export function readNumberInput(raw: string, spec: NumberInputSpec = {}): NumberInputReading {
  const r = readExact(raw);
  if (r.kind !== 'number') return r;
  const problem = unitWordProblem(r.unitWord, spec.unit);
  if (problem) return invalid(problem);
  if (spec.allowNegative === false && r.amount.coef < 0n) return invalid('マイナスの値は入れられません');
  const display = r.selfUnit ? shift(r.amount, -unitFactorExp(spec.unit)) : r.amount;
  const scale = spec.scale ?? 1;
  const stored = Number.isSafeInteger(scale) && scale > 0 ? decimalToNumber(times(display, BigInt(scale))) : decimalToNumber(display) * scale;
  if (!Number.isSafeInteger(Math.trunc(stored))) return invalid('桁が大きすぎます');
  return { kind: 'number', stored, display: decimalToNumber(display), understood: understoodText(display, spec.unit) };
}
