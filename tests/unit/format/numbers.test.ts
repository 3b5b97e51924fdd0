import { describe, expect, it } from 'vitest';
import { asNumberUnit, parseNumberText, readNumberInput, readNumberText, type NumberInputSpec } from '../../../shared/format/numbers';

/** The value a text is read as, or the reason it is not a number. */
const read = (raw: string): number | null | string => {
  const r = readNumberText(raw);
  return r.kind === 'blank' ? null : r.kind === 'number' ? r.value : `invalid: ${r.message}`;
};

/** What an input stores for a text, or the reason it stores nothing. */
const stored = (raw: string, spec: NumberInputSpec): number | null | string => {
  const r = readNumberInput(raw, spec);
  return r.kind === 'blank' ? null : r.kind === 'number' ? r.stored : `invalid: ${r.message}`;
};

const SEN_YEN_CELL: NumberInputSpec = { unit: '千円', scale: 1000 }; // plan table: shown in 千円, stored in 円
const YEN_CELL: NumberInputSpec = { unit: '円' };

describe('readNumberText: the forms people type', () => {
  it.each([
    ['202000', 202000],
    ['202,000', 202000],
    ['1,234,567', 1234567],
    ['２０２，０００', 202000],
    ['２０２,０００', 202000],
    ['12.5', 12.5],
    ['１２．５', 12.5],
    ['0.25', 0.25],
    ['1.', 1],
    [' 1 000 ', 1000],
    ['１　０００', 1000],
    ['0', 0],
    ['007', 7],
  ])('plain %s → %s', (raw, value) => expect(read(raw)).toBe(value));

  it.each([
    ['20万2千', 202000],
    ['２０万２千', 202000],
    ['1億2,000万', 120_000_000],
    ['1.5億', 150_000_000],
    ['3千', 3000],
    ['2万5000', 25000],
    ['2万5,000', 25000],
    ['12,345万', 123_450_000],
    ['3百万', 3_000_000],
    ['1,500千', 1_500_000],
    ['2千5百', 2500],
    ['2千500', 2500],
    ['5百', 500],
    ['2千3万', 20_030_000],
    ['2千万3千', 20_003_000],
    ['1兆2億3万4', 1_000_200_030_004],
    ['1億2.5万', 100_025_000],
    ['1.5千万', 15_000_000],
    ['0.5万', 5000],
    ['1億', 100_000_000],
    ['20万 2千', 202000],
  ])('with kanji magnitudes %s → %s', (raw, value) => expect(read(raw)).toBe(value));

  it.each([
    ['-5', -5],
    ['−5', -5], // U+2212
    ['－5', -5], // full-width hyphen-minus
    ['ー5', -5], // 長音符: what a Japanese IME types for the minus key
    ['△5', -5],
    ['▲1,200', -1200],
    ['(1,200)', -1200],
    ['（1,200）', -1200],
    ['△20万2千', -202000],
    ['▲1.5億', -150_000_000],
    ['(20万円)', -200000],
    ['(20万)円', -200000],
    ['△20万円', -200000],
  ])('negative %s → %s', (raw, value) => expect(read(raw)).toBe(value));

  it.each([
    ['202,000円', 202000],
    ['3千円', 3000],
    ['1,234千円', 1_234_000],
    ['1,000万円', 10_000_000],
    ['¥5,000', 5000],
    ['￥5,000', 5000],
    ['12人', 12],
    ['１２名', 12],
    ['1998年', 1998],
    ['3月', 3],
    ['6回', 6],
  ])('with a unit word %s → %s', (raw, value) => expect(read(raw)).toBe(value));

  it.each(['', '   ', '　'])('blank %j', (raw) => expect(readNumberText(raw)).toEqual({ kind: 'blank' }));

  it.each([
    ['万', '「万」の前に数字がありません'],
    ['千円', '「千」の前に数字がありません'],
    ['2万万', '「万」の前に数字がありません'],
    ['1.2.3', '数値として読めません'],
    ['20万2千x', '数値として読めません'],
    ['１０ー', '数値として読めません'],
    ['10-', '数値として読めません'],
    ['abc', '数字がありません'],
    ['-', '数字がありません'],
    ['△', '数字がありません'],
    ['円', '数字がありません'],
    ['--5', '数値として読めません'],
    ['△-5', '数値として読めません'],
    ['-(5)', '数値として読めません'],
    ['(5', '数値として読めません'],
    ['+5', '数値として読めません'],
    ['.5', '数値として読めません'],
    ['1,20', 'カンマの位置が違います'],
    ['1,2345', 'カンマの位置が違います'],
    ['12,34,567', 'カンマの位置が違います'],
    ['1,', 'カンマの位置が違います'],
    ['1.000,5', '数値として読めません'],
    ['2万3億', '位の順序が違います'],
    ['2百3千', '位の順序が違います'],
    ['2千3千', '位の順序が違います'],
    ['2万50000', '位の書き方が違います'],
    ['1億12345万', '位の書き方が違います'],
    ['2千5000', '位の書き方が違います'],
    ['2千15百', '位の書き方が違います'],
    ['2万12千', '位の書き方が違います'],
    ['1.5億3千万', '小数のあとに位は続けられません'],
    ['1.5千500', '小数のあとに位は続けられません'],
    ['20円万', '数値として読めません'],
    ['20万円円', '数値として読めません'],
    ['¥5人', '「¥」と「人」は一緒に使えません'],
    ['1e3', '数値として読めません'],
    ['二十万', '漢数字ではなく数字で入力してください'],
    ['三千円', '漢数字ではなく数字で入力してください'],
    ['9999兆', '桁が大きすぎます'],
  ])('invalid %s: %s', (raw, message) => expect(readNumberText(raw)).toEqual({ kind: 'invalid', message }));

  it('is exact where floating point is not (no 0.1 + 0.2 drift)', () => {
    expect(read('1.5億')).toBe(150_000_000);
    expect(read('20万2千')).toBe(202_000);
    expect(read('0.1万')).toBe(1000);
    expect(read('1.1万')).toBe(11000); // 1.1 * 10000 = 11000.000000000002 in floating point
    expect(read('4.35万')).toBe(43500); // 4.35 * 10000 = 43499.99999999999
    expect(read('1.005千')).toBe(1005);
    expect(read('0.3')).toBe(0.3);
    expect(read('9,007,199,254,740,991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(read('9,007,199,254,740,992')).toBe('invalid: 桁が大きすぎます');
    expect(read('1.23456789億')).toBe(123_456_789);
  });

  it('says whether the text names its own unit', () => {
    expect(readNumberText('3000')).toMatchObject({ selfUnit: false, unitWord: null });
    expect(readNumberText('3千')).toMatchObject({ selfUnit: true, unitWord: null });
    expect(readNumberText('3000円')).toMatchObject({ selfUnit: true, unitWord: '円' });
    expect(readNumberText('¥3000')).toMatchObject({ selfUnit: true, unitWord: '円' });
  });
});

describe('parseNumberText: backwards compatible, extended to the new forms', () => {
  it('keeps every form it accepted before, with the same value', () => {
    expect(parseNumberText('')).toBeNull();
    expect(parseNumberText(' , ')).toBeNull();
    expect(parseNumberText('1,200')).toBe(1200);
    expect(parseNumberText('１２００')).toBe(1200);
    expect(parseNumberText('△1,200')).toBe(-1200);
    expect(parseNumberText('▲5')).toBe(-5);
    expect(parseNumberText('(5)')).toBe(-5);
    expect(parseNumberText('−3.5')).toBe(-3.5);
    expect(parseNumberText('1,2,3')).toBe(123);
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('12.5')).toBe(12.5);
  });

  it('reads the new forms and still refuses what is not a number', () => {
    expect(parseNumberText('20万2千')).toBe(202000);
    expect(parseNumberText('1.5億')).toBe(150_000_000);
    expect(parseNumberText('1,200円')).toBe(1200);
    expect(parseNumberText('ー5')).toBe(-5);
    expect(parseNumberText('20万2千x')).toBeUndefined();
    expect(parseNumberText('2万万')).toBeUndefined();
    expect(parseNumberText('abc')).toBeUndefined();
  });
});

describe('readNumberInput: a number typed into an input with a unit', () => {
  it('a plain number is in the display unit; a kanji magnitude or 円 makes it an amount of 円', () => {
    expect(stored('3000', SEN_YEN_CELL)).toBe(3_000_000); // 3,000千円
    expect(stored('3,000', SEN_YEN_CELL)).toBe(3_000_000);
    expect(stored('20万2千', SEN_YEN_CELL)).toBe(202_000); // 202千円
    expect(stored('1.5億', SEN_YEN_CELL)).toBe(150_000_000); // 150,000千円
    expect(stored('3千', SEN_YEN_CELL)).toBe(3000); // 3千円 = 3千円
    expect(stored('3000円', SEN_YEN_CELL)).toBe(3000);
    expect(stored('3000千円', SEN_YEN_CELL)).toBe(3_000_000);
    expect(stored('1.5', SEN_YEN_CELL)).toBe(1500);
    expect(stored('1.005', SEN_YEN_CELL)).toBe(1005);
    expect(stored('△3千万', SEN_YEN_CELL)).toBe(-30_000_000);
  });

  it('a table column shown and stored in 千円 (scale 1) stores 千円', () => {
    expect(stored('1.5億', { unit: '千円' })).toBe(150_000);
    expect(stored('20万2千', { unit: '千円' })).toBe(202);
    expect(stored('20万2500', { unit: '千円' })).toBe(202.5);
    expect(stored('3000', { unit: '千円' })).toBe(3000);
  });

  it('円, 人 and count inputs have scale 1', () => {
    expect(stored('20万2千', YEN_CELL)).toBe(202_000);
    expect(stored('１，２００円', YEN_CELL)).toBe(1200);
    expect(stored('12人', { unit: '人' })).toBe(12);
    expect(stored('1.5名', { unit: '人' })).toBe(1.5);
    expect(stored('6回', { unit: '個' })).toBe(6);
    expect(stored('1998年', { unit: '年' })).toBe(1998);
    expect(stored('3月', { unit: '月' })).toBe(3);
    expect(stored('', YEN_CELL)).toBeNull();
  });

  it('says what it understood', () => {
    const understood = (raw: string, spec: NumberInputSpec) => {
      const r = readNumberInput(raw, spec);
      return r.kind === 'number' ? r.understood : r.kind;
    };
    expect(understood('20万2千', SEN_YEN_CELL)).toBe('= 202千円（202,000円）');
    expect(understood('20万2500', SEN_YEN_CELL)).toBe('= 202.5千円（202,500円）');
    expect(understood('3000', SEN_YEN_CELL)).toBe('= 3,000千円（3,000,000円）');
    expect(understood('△3千万', SEN_YEN_CELL)).toBe('= -30,000千円（-30,000,000円）');
    expect(understood('20万2千', YEN_CELL)).toBe('= 202,000円');
    expect(understood('１２人', { unit: '人' })).toBe('= 12人');
    expect(understood('1998', { unit: '年' })).toBe('= 1998年');
    expect(understood('2.5', { unit: '個' })).toBe('= 2.5');
    expect(understood('2万', {})).toBe('= 20,000');
    expect(readNumberInput('20万2千', SEN_YEN_CELL)).toMatchObject({ display: 202 });
  });

  it('a unit word that does not fit the input is invalid, not ignored', () => {
    expect(stored('5円', { unit: '人' })).toBe('invalid: この欄の単位は人です（「円」は使えません）');
    expect(stored('5人', SEN_YEN_CELL)).toBe('invalid: この欄の単位は千円です（「人」は使えません）');
    expect(stored('5円', { unit: '個' })).toBe('invalid: この欄の単位は個数です（「円」は使えません）');
    expect(stored('5円', {})).toBe('invalid: 単位は付けずに入力してください');
    expect(stored('¥5', { unit: '人' })).toBe('invalid: この欄の単位は人です（「円」は使えません）');
  });

  it('refuses a negative where the input allows none, rather than changing it', () => {
    expect(stored('△5,000', { unit: '円', allowNegative: false })).toBe('invalid: マイナスの値は入れられません');
    expect(stored('0', { unit: '円', allowNegative: false })).toBe(0);
    expect(stored('△5,000', YEN_CELL)).toBe(-5000);
  });

  it('passes the parser’s reason on for text that is not a number', () => {
    expect(stored('20万2千x', SEN_YEN_CELL)).toBe('invalid: 数値として読めません');
    expect(stored('2万万', YEN_CELL)).toBe('invalid: 「万」の前に数字がありません');
    expect(stored('9008兆', SEN_YEN_CELL)).toBe('invalid: 桁が大きすぎます');
    expect(stored('9,100,000,000,000', SEN_YEN_CELL)).toBe('invalid: 桁が大きすぎます'); // ×1000 is beyond exact
  });

  it('maps a template column unit to an input unit when it is one', () => {
    expect(asNumberUnit('千円')).toBe('千円');
    expect(asNumberUnit('円')).toBe('円');
    expect(asNumberUnit('%')).toBeUndefined();
    expect(asNumberUnit(undefined)).toBeUndefined();
  });
});
