import { describe, expect, it } from 'vitest';
import { materialFor, materialTag, type MaterialSource } from '../../../renderer/src/lokaben/materialText';
import { DEMO_KOMUTEN_A, DEMO_SEIZO_C, type LokabenDemoCase } from '../../../shared/lokaben/demo';
import { builtinBenchmarks } from '../../../shared/lokaben/industries';
import { BenchmarkSet, ClientFinancials, HizaimuAnswers } from '../../../shared/lokaben/schema';

const source = (d: LokabenDemoCase, o: Partial<MaterialSource> = {}): MaterialSource => ({
  industryId: d.industryId,
  suggestedIndustryId: null,
  financials: d.financials,
  hizaimu: d.hizaimu,
  benchmarks: builtinBenchmarks(),
  ...o,
});

const official = (): BenchmarkSet => {
  const set = builtinBenchmarks();
  return BenchmarkSet.parse({ ...set, grading: { ...set.grading, placeholder: false, note: '公式' }, tables: set.tables.map((t) => ({ ...t, placeholder: false, note: '公式' })) });
};

describe('materialFor (LokabenMaterial)', () => {
  it('feeds only the four purposes (inherited names are not purposes)', () => {
    expect(['kigyoGaiyo', 'genjoKadai', 'tsuyomi', 'shijoKokyaku'].map(materialTag)).toEqual(['keieiJokyo', 'keieiJokyo', 'tsuyomi', 'kokyakuNeeds']);
    for (const p of ['koka', 'toString', 'constructor', '__proto__', undefined]) expect(materialTag(p)).toBeUndefined();
    expect(materialFor('koka', source(DEMO_KOMUTEN_A))).toBeUndefined();
  });

  it('経営状況分析: six indicators oldest → newest; with placeholder benchmarks no scores, and says why', () => {
    const m = materialFor('genjoKadai', source(DEMO_KOMUTEN_A));
    expect(m?.title).toBe('経営状況分析');
    const zaimu = m?.items.find((i) => i.id === 'zaimu')?.text ?? '';
    expect(zaimu).toContain('建設業の基準値と比べて');
    expect(zaimu).toContain('・営業利益率（収益性）：2023年3月期 2.0% → 2024年3月期 0.8% → 2025年3月期 2.4%');
    expect(zaimu).not.toMatch(/評点|総合評価/);
    expect(m?.notes.join('')).toContain('仮の基準値');
    expect(m?.items.some((i) => i.heading.startsWith('経営者：'))).toBe(true);
  });

  it('with official benchmarks: scores and the grade; 算出不可 with its reason, never a number', () => {
    const a = materialFor('kigyoGaiyo', source(DEMO_KOMUTEN_A, { benchmarks: official() }))?.items[0]?.text ?? '';
    expect(a).toContain('直近期の総合評価点は23点／30点（評価B）');
    expect(a).toContain('直近期の評点');
    const c = materialFor('kigyoGaiyo', source(DEMO_SEIZO_C, { benchmarks: official() }))?.items[0]?.text ?? '';
    expect(c).toContain('EBITDA有利子負債倍率（健全性）：2022年3月期 ');
    expect(c).toContain('2024年3月期 算出不可。直近期は算出不可（営業利益＋減価償却費がマイナス');
    expect(c).toContain('債務超過');
    expect(c).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('自社の強み: answers and, with official values, the indicators scoring 4+', () => {
    const m = materialFor('tsuyomi', source(DEMO_KOMUTEN_A, { benchmarks: official() }));
    expect(m?.items[0]?.heading).toBe('財務面の強み');
    expect(m?.items[0]?.text).toContain('売上高増加率（10.8%');
    expect(m?.items.some((i) => i.text.includes('自社大工'))).toBe(true);
    expect(materialFor('tsuyomi', source(DEMO_KOMUTEN_A))?.items.some((i) => i.id === 'zaimu')).toBe(false);
  });

  it('顧客ニーズと市場の動向: the answers; nothing entered → no items and a hint', () => {
    expect(materialFor('shijoKokyaku', source(DEMO_KOMUTEN_A))?.items.map((i) => i.heading)).toContain('企業を取り巻く環境・関係者：御社の市場は伸びていますか、縮んでいますか。その理由は何ですか。');
    const empty = materialFor('kigyoGaiyo', { industryId: null, suggestedIndustryId: null, financials: ClientFinancials.parse({}), hizaimu: HizaimuAnswers.parse({}), benchmarks: builtinBenchmarks() });
    expect(empty?.items).toEqual([]);
    expect(empty?.notes).toEqual(['決算の数値がまだ入力されていません。']);
  });
});
