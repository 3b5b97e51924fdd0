import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../../shared/export/docModel';
import { DEMO_KOMUTEN_A, DEMO_SEIZO_C, LOKABEN_DEMOS } from '../../../shared/lokaben/demo';
import { INDICATOR_IDS, INDICATORS } from '../../../shared/lokaben/indicators';
import { builtinBenchmarks } from '../../../shared/lokaben/industries';
import { answersFeeding, VIEWPOINTS } from '../../../shared/lokaben/questions';
import { buildLokabenReport, financialTable, PLACEHOLDER_WATERMARK, type LokabenReportInput } from '../../../shared/lokaben/report';
import { shoryuSummary } from '../../../shared/lokaben/reportHizaimu';
import { BenchmarkSet, ClientFinancials, VIEWPOINT_IDS } from '../../../shared/lokaben/schema';
import { evaluateFinancials } from '../../../shared/lokaben/scoring';
import { period } from './helpers';

/** Every string a writer would print. */
function texts(b: Block): string[] {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return [b.text];
    case 'table':
      return [b.caption ?? '', ...b.columns.map((c) => c.header), ...b.rows.flat()];
    case 'image':
      return [b.caption ?? ''];
    case 'chart':
      return [b.caption ?? '', ...b.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : [])), ...texts(b.fallback)];
    case 'pageBreak':
      return [];
  }
}
const allText = (d: DocModel) => d.blocks.flatMap(texts).join('\n');

const input = (demo = DEMO_KOMUTEN_A, extra: Partial<LokabenReportInput> = {}): LokabenReportInput => ({
  company: { name: demo.companyName, representative: demo.representative, gyoshu: demo.gyoshu },
  industryId: demo.industryId,
  financials: demo.financials,
  benchmarks: builtinBenchmarks(),
  hizaimu: demo.hizaimu,
  chamber: '○○商工会議所',
  advisor: '山田',
  comment: demo.comment,
  createdAt: new Date('2025-06-10T03:00:00Z'),
  ...extra,
});

describe('buildLokabenReport', () => {
  it('工務店A社: title, company block, every indicator, totals, grade and sections', () => {
    const doc = buildLokabenReport(input());
    const text = allText(doc);
    expect(doc.meta.title).toBe('ローカルベンチマーク　工務店A社');
    expect(doc.blocks[0]).toEqual({ type: 'heading', level: 1, text: 'ローカルベンチマーク　企業の健康診断' });
    expect(text).toContain('事業者名：工務店A社');
    expect(text).toContain('比較する業種：建設業');
    expect(text).toContain('令和7年6月10日');
    for (const id of INDICATOR_IDS) expect(text).toContain(INDICATORS[id].name);
    expect(text).toContain('2025年3月期：総合評価点 23点／30点　評価 B');
    for (const h of ['1. 財務情報', '2. レーダーチャート', '3. 所見・コメント', '4. 非財務情報', '(5) 商流・業務フロー']) expect(text).toContain(h);
    for (const v of VIEWPOINTS) expect(text).toContain(v.title);
    expect(text).toContain(DEMO_KOMUTEN_A.comment.split('\n')[0]);
    expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('製造業C社: 算出不可 with its reason, and no grade', () => {
    const text = allText(buildLokabenReport(input(DEMO_SEIZO_C)));
    expect(text).toContain('算出不可※1');
    expect(text).toContain('2023年3月期　EBITDA有利子負債倍率：算出不可（営業利益＋減価償却費がマイナスのため倍率に意味がありません');
    expect(text).toContain('2022年3月期　売上高増加率：算出不可（前期売上高が未入力です');
    expect(text).toContain('債務超過');
    expect(text).toContain('算出不可の指標が1つあるため総合評価は付けられません');
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('says so when the benchmark is a placeholder: a notice and a watermark', () => {
    const doc = buildLokabenReport(input());
    expect(doc.meta.watermark).toBe(PLACEHOLDER_WATERMARK);
    expect(allText(doc)).toContain('【ご注意】この評点は仮の基準値で付けています');
  });

  it('no notice and no watermark with official values', () => {
    const set = builtinBenchmarks();
    const official = BenchmarkSet.parse({
      ...set,
      grading: { ...set.grading, placeholder: false, note: '公式' },
      tables: set.tables.map((t) => ({ ...t, placeholder: false, note: '公式の基準値（テスト）' })),
    });
    const doc = buildLokabenReport(input(DEMO_KOMUTEN_A, { benchmarks: official }));
    expect(doc.meta.watermark).toBeUndefined();
    expect(allText(doc)).not.toContain('【ご注意】');
  });

  it('radar: a vector chart block (the table as its fallback) without a PNG, the image with one', () => {
    const without = buildLokabenReport(input());
    expect(without.blocks.some((b) => b.type === 'image')).toBe(false);
    const chart = without.blocks.find((b) => b.type === 'chart');
    expect(chart?.type === 'chart' && chart.fallback.caption?.startsWith('レーダーチャート（表形式')).toBe(true);
    expect(chart?.caption).toBe('レーダーチャート（2023年3月期・2024年3月期・2025年3月期、業種基準＝3点・仮の基準値）');

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const withPng = buildLokabenReport(input(DEMO_KOMUTEN_A, { radarPng: png }));
    const img = withPng.blocks.find((b) => b.type === 'image');
    expect(img).toMatchObject({ type: 'image', format: 'png', data: png });
    expect(withPng.blocks.some((b) => b.type === 'chart' || (b.type === 'table' && b.caption?.startsWith('レーダーチャート')))).toBe(false);
  });

  it('a blank comment area, no 非財務, no periods', () => {
    const doc = buildLokabenReport(input(DEMO_KOMUTEN_A, { comment: '', hizaimu: undefined, financials: ClientFinancials.parse({ periods: [] }) }));
    const text = allText(doc);
    expect(text).toContain('（経営指導員の所見・今後の取組を記入）');
    expect(text).toContain('非財務の聞き取りはまだ行っていません');
    expect(text).toContain('決算の数値が入力されていません');
  });
});

describe('financialTable', () => {
  it('千円 per period, 前期売上高 only for the oldest, 従業員数 in 人', () => {
    const t = financialTable(ClientFinancials.parse({ periods: [period({ label: 'P1' }), period({ label: 'P2', jugyoinSu: 2.5, genYokin: null })] }));
    expect(t.columns.map((c) => c.header)).toEqual(['項目', 'P1', 'P2']);
    expect(t.rows[0]).toEqual(['売上高', '120,000', '120,000']);
    expect(t.rows[1]).toEqual(['前期売上高', '100,000', '']);
    expect(t.rows.find((r) => r[0] === '現預金')).toEqual(['現預金', '10,000', '—']);
    expect(t.rows.at(-1)).toEqual(['従業員数（人）', '10', '2.5']);
  });
});

describe('demo data', () => {
  it('A社 is computable in every period; C社 shows 算出不可 and very low scores', () => {
    const set = builtinBenchmarks();
    const a = evaluateFinancials(DEMO_KOMUTEN_A.financials, set, DEMO_KOMUTEN_A.industryId);
    expect(a.periods.map((p) => p.grade)).toEqual(['B', 'C', 'B']);
    const c = evaluateFinancials(DEMO_SEIZO_C.financials, set, DEMO_SEIZO_C.industryId);
    expect(c.periods.map((p) => p.grade)).toEqual([null, null, null]);
    expect(c.periods.map((p) => p.indicators.ebitdaBairitsu.result.ok)).toEqual([true, false, false]);
    expect(c.periods[2]?.total).toBe(5);
    expect(c.periods[2]?.indicators.jikoShihonHiritsu.result).toMatchObject({ ok: true, note: '債務超過' });
  });

  it('every demo answer answers a real question; the flow summary reads left to right', () => {
    for (const d of LOKABEN_DEMOS) {
      for (const v of VIEWPOINT_IDS) {
        const ids = new Set(VIEWPOINTS.find((x) => x.id === v)?.questions.map((q) => q.id));
        for (const k of Object.keys(d.hizaimu[v])) expect(ids.has(k), `${d.key} ${v}.${k}`).toBe(true);
      }
    }
    expect(shoryuSummary(DEMO_KOMUTEN_A.hizaimu.shoryu)).toBe(
      '地元建材店2社・協力業者（電気・設備・左官） → 自社（集客・相談 → 設計・見積 → 施工 → 引渡し・点検） → 地元の個人施主 → 地域の住まい手',
    );
  });

  it('answersFeeding collects the answers for a plan section', () => {
    const t = answersFeeding('tsuyomi', DEMO_KOMUTEN_A.hizaimu);
    expect(t.map((x) => x.viewpoint)).toContain('商流・業務フロー');
    expect(t.some((x) => x.answer.includes('自社大工'))).toBe(true);
    const ids = VIEWPOINTS.flatMap((v) => v.questions.map((q) => `${v.id}.${q.id}`));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
