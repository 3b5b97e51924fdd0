import { beforeAll, describe, expect, it } from 'vitest';
import { readOfficialBenchmarks } from '../../../electron/lokaben/benchmarkImport';
import { lokabenAttachmentBlocks } from '../../../shared/lokaben/attachment';
import { chooseBenchmark, type BenchmarkChoiceSource } from '../../../shared/lokaben/benchmarkChoice';
import { DEMO_KOMUTEN_A } from '../../../shared/lokaben/demo';
import { builtinBenchmarks } from '../../../shared/lokaben/industries';
import { officialSourceText } from '../../../shared/lokaben/officialBenchmark';
import { guessShobunrui, SHOBUNRUI, type ShobunruiId } from '../../../shared/lokaben/officialIndustries';
import type { OfficialBenchmarks } from '../../../shared/lokaben/officialSchema';
import { buildLokabenReport, PLACEHOLDER_WATERMARK } from '../../../shared/lokaben/report';
import { ClientFinancials } from '../../../shared/lokaben/schema';
import { evaluateWith } from '../../../shared/lokaben/scoring';
import { suggestSize } from '../../../shared/lokaben/sizeRule';
import { syntheticOfficialXlsx } from './syntheticOfficial';

const none = ClientFinancials.parse({ periods: [] });

describe('guessShobunrui: the client’s 業種 text → one of the 27 小分類', () => {
  it.each<[string, ShobunruiId | null]>([
    ['建設業（工務店・リフォーム）', '0201'],
    ['製造業（婦人下着ODM）', '0306'],
    ['製造業（コンクリート二次製品）', '0306'],
    ['菓子製造販売', '0301'],
    ['金属加工（板金・溶接）', '0304'],
    ['産業機械製造', '0305'],
    ['食品卸売業', '0403'],
    ['繊維製品の卸', '0402'],
    ['建材の卸売', '0404'],
    ['居酒屋', '0601'],
    ['温泉旅館', '1301'],
    ['ホテル・旅館業', '1301'],
    ['美容室', '1006'],
    ['学習塾', '1006'],
    ['税理士事務所', '1005'],
    ['建築設計事務所', '1005'],
    ['ソフトウェア開発', '1003'],
    ['ＩＴサービス', '1003'],
    ['不動産賃貸業', '0701'],
    ['一般貨物自動車運送業', '0801'],
    ['レンタカー・リース', '1001'],
    ['ゴルフ練習場', '1002'],
    ['歯科診療所', '1101'],
    ['産業廃棄物処理', '1201'],
    ['酒店（小売）', '0501'],
    ['水稲・野菜の栽培（農業）', '0101'],
    ['太陽光発電', '0901'],
    ['よろず屋', null],
  ])('%s → %s', (text, id) => expect(guessShobunrui(text)).toBe(id));
});

describe('suggestSize: 中小企業基本法 第2条第5項 (20人, 商業・サービス業 5人)', () => {
  it('従業員4名・建設業 → 小規模事業者', () => {
    const s = suggestSize('0201', 4, none);
    expect(s).toMatchObject({ size: 'shokibo', employees: 4, employeesFrom: 'client', limit: 20 });
    expect(s.text).toBe('従業員4名・建設業 → 小規模事業者の基準値');
    expect(s.rule).toBe('中小企業基本法の小規模企業者（製造業その他は従業員20人以下）');
  });
  it.each<[ShobunruiId, number, 'shokibo' | 'chukibo']>([
    ['0201', 20, 'shokibo'],
    ['0201', 21, 'chukibo'],
    ['0306', 18, 'shokibo'],
    ['0701', 15, 'shokibo'], // 不動産業: 製造業その他
    ['0801', 21, 'chukibo'],
    ['0501', 5, 'shokibo'],
    ['0501', 6, 'chukibo'],
    ['0404', 6, 'chukibo'],
    ['0601', 5, 'shokibo'], // 飲食店は小売業
    ['1005', 6, 'chukibo'],
    ['1002', 10, 'chukibo'], // the law's 5, not the 政令's 20 …
    ['1301', 20, 'chukibo'],
    ['1400', 20, 'shokibo'],
  ])('%s with %s employees → %s', (id, n, size) => expect(suggestSize(id, n, none).size).toBe(size));
  it('… and says so for 宿泊業・娯楽業 where the 政令 of other laws would differ', () => {
    expect(suggestSize('1002', 10, none).note).toContain('宿泊業・娯楽業は従業員20人以下');
    expect(suggestSize('1002', 3, none).note).toBeUndefined();
    expect(suggestSize('0201', 10, none).note).toBeUndefined();
  });
  it('falls back to the newest period’s 従業員数, then to asking', () => {
    const f = ClientFinancials.parse({ periods: [{ label: 'A', jugyoinSu: 30 }, { label: 'B', jugyoinSu: 4.5 }, { label: 'C' }] });
    expect(suggestSize('0501', null, f)).toMatchObject({ size: 'shokibo', employees: 4.5, employeesFrom: 'kessan' });
    expect(suggestSize('0501', null, f).text).toBe('従業員4.5名（決算の従業員数）・小売業 → 小規模事業者の基準値');
    expect(suggestSize('0501', null, none)).toMatchObject({ size: null, employees: null });
  });
  it('every 小分類 has a category', () => {
    for (const s of SHOBUNRUI) expect([5, 20]).toContain(suggestSize(s.id, 1, none).limit);
  });
});

describe('chooseBenchmark and the report with an official table (a made-up one)', () => {
  let official: OfficialBenchmarks;
  beforeAll(async () => {
    const r = await readOfficialBenchmarks(await syntheticOfficialXlsx(), 'ローカルベンチマーク・ツール.xlsx', new Date(2026, 10, 30, 10, 0));
    if (!r.ok) throw new Error(r.message);
    official = { ...r.table, source: { ...r.table.source, modified: '2024-09-24T15:58:38.000Z' } };
  });
  const src = (o: Partial<BenchmarkChoiceSource> = {}): BenchmarkChoiceSource => ({
    benchmarks: builtinBenchmarks(),
    industryId: null,
    suggestedIndustryId: 'kensetsu',
    financials: DEMO_KOMUTEN_A.financials,
    ...o,
  });

  it('without a table: the 14 placeholder groups, as before', () => {
    const c = chooseBenchmark(src());
    expect(c).toMatchObject({ kind: 'placeholder', industryId: 'kensetsu', guessed: true });
    expect(c.benchmark?.placeholder).toBe(true);
    expect(chooseBenchmark(src({ suggestedIndustryId: null })).missing).toBe('比較する業種が選ばれていません。');
  });

  it('with a table: the guessed 小分類, the suggested size; the advisor’s choices win', () => {
    const c = chooseBenchmark(src({ official, suggestedShobunruiId: '0201', clientEmployeeCount: 4 }));
    expect(c).toMatchObject({ kind: 'official', shobunruiId: '0201', guessed: true, size: 'shokibo', sizeChosen: false });
    expect(c.benchmark).toMatchObject({ key: '0201:shokibo', industryName: '建設業', sizeName: '小規模事業者', official: true, placeholder: false });
    const chosen = chooseBenchmark(src({ official, shobunruiId: '1005', suggestedShobunruiId: '0201', size: 'chukibo', clientEmployeeCount: 4 }));
    expect(chosen).toMatchObject({ shobunruiId: '1005', guessed: false, size: 'chukibo', sizeChosen: true });
    expect(chosen.kind === 'official' && chosen.suggestion?.size).toBe('shokibo');
    expect(chooseBenchmark(src({ official, suggestedShobunruiId: null })).missing).toBe('比較する業種が選ばれていません。');
    expect(chooseBenchmark(src({ official, suggestedShobunruiId: '0201', financials: none })).missing).toBe('規模（中規模事業者・小規模事業者）が選ばれていません。');
  });

  it('the report: no notice, no watermark, the table’s source named', () => {
    const b = chooseBenchmark(src({ official, suggestedShobunruiId: '0201', clientEmployeeCount: 4 })).benchmark!;
    const doc = buildLokabenReport({ company: { name: '工務店A社', gyoshu: '建設業（工務店・リフォーム）' }, benchmark: b, financials: DEMO_KOMUTEN_A.financials, createdAt: new Date('2026-11-30T03:00:00Z') });
    const text = JSON.stringify(doc.blocks);
    expect(doc.meta.watermark).toBeUndefined();
    expect(text).not.toContain('【ご注意】');
    expect(text).not.toContain(PLACEHOLDER_WATERMARK);
    expect(text).toContain('比較する業種：建設業・小規模事業者');
    expect(text).toContain('業種基準値：ローカルベンチマーク・ツール『業種平均』（ローカルベンチマーク・ツール.xlsx、最終更新 2024-09-24、2026-11-30 読み込み）');
    expect(officialSourceText(official.source)).toBe('ローカルベンチマーク・ツール『業種平均』（ローカルベンチマーク・ツール.xlsx、最終更新 2024-09-24、2026-11-30 読み込み）');
  });

  it('the plan attachment page names the source and has no 仮の基準値', () => {
    const b = chooseBenchmark(src({ official, suggestedShobunruiId: '0201', clientEmployeeCount: 4 })).benchmark!;
    const text = JSON.stringify(lokabenAttachmentBlocks({ benchmark: b, financials: DEMO_KOMUTEN_A.financials }));
    expect(text).toContain('比較する業種：建設業・小規模事業者');
    expect(text).toContain('業種基準値：ローカルベンチマーク・ツール『業種平均』');
    expect(text).not.toContain('仮の基準値');
  });

  it('the label follows the chosen size (every indicator scored)', () => {
    const at = (o: Partial<BenchmarkChoiceSource>) => evaluateWith(DEMO_KOMUTEN_A.financials, chooseBenchmark(src({ official, suggestedShobunruiId: '0201', ...o })).benchmark!);
    const small = at({ size: 'shokibo' });
    expect(small.benchmarkLabel).toBe('建設業・小規模事業者');
    expect(small.periods.map((p) => p.scoredCount)).toEqual([6, 6, 6]);
    expect(at({ size: 'chukibo' }).benchmarkLabel).toBe('建設業・中規模事業者');
  });
});
