import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, ChartBlock, DocModel } from '../../../shared/export/docModel';
import { renderDocx } from '../../../electron/export/docx/index';
import { getFontFaces } from '../../../electron/export/pdf/fonts';
import { renderPdf } from '../../../electron/export/pdf/index';
import { layoutDocument } from '../../../electron/export/pdf/layout';
import { sampleText } from '../../../electron/export/pdf/sampleDoc';
import { CONTENT_BOTTOM, CONTENT_TOP, PAGE } from '../../../electron/export/pdf/style';
import { DEMO_KOMUTEN_A, DEMO_SEIZO_C } from '../../../shared/lokaben/demo';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../../shared/lokaben/indicators';
import { builtinBenchmarks } from '../../../shared/lokaben/industries';
import { radarChartBlock } from '../../../shared/lokaben/radar';
import { buildLokabenReport } from '../../../shared/lokaben/report';
import type { Score } from '../../../shared/lokaben/scoring';
import { paragraphTexts, unzipDocx, xmlProblem } from './docxXml';

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'banso-chart-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function pdfText(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

const all = (s: Score | null): Record<IndicatorId, Score | null> => ({
  uriageZokaRitsu: s,
  eigyoRiekiRitsu: s,
  rodoSeisansei: s,
  ebitdaBairitsu: s,
  untenShihonKikan: s,
  jikoShihonHiritsu: s,
});

const chart = (width?: number): ChartBlock =>
  radarChartBlock(
    [
      { label: '2023年3月期', scores: all(2) },
      { label: '2024年3月期', scores: { ...all(3), ebitdaBairitsu: null } },
      { label: '2025年3月期', scores: all(4) },
    ],
    { caption: '図1 レーダーチャート（テスト）', ...(width ? { width } : {}) },
  );

const doc = (blocks: Block[]): DocModel => ({ meta: { title: 'チャート', author: 'テスト', createdAt: new Date('2025-06-10T00:00:00Z') }, blocks });

describe('chart block: PDF', () => {
  it('draws the chart as vector paths and labels as text, inside the page, on one page', async () => {
    const faces = await getFontFaces();
    const d = doc([{ type: 'heading', level: 2, text: 'レーダーチャート' }, chart(900), { type: 'paragraph', text: '以上。' }]);
    const layout = layoutDocument(d, faces, []);
    expect(layout.pages).toHaveLength(1);
    const ops = layout.pages[0]?.ops ?? [];
    const paths = ops.filter((o) => o.kind === 'path');
    // 5 grid rings + 6 spokes + the benchmark ring + polygons/sides and points of the periods + legend lines
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.some((p) => p.kind === 'path' && p.fill !== undefined && p.fillOpacity < 1)).toBe(true);
    for (const op of ops) {
      if (op.kind === 'path') {
        for (const [x, y] of op.points) {
          expect(x).toBeGreaterThanOrEqual(PAGE.marginLeft - 1e-6);
          expect(x).toBeLessThanOrEqual(PAGE.width - PAGE.marginRight + 1e-6);
          expect(y).toBeGreaterThanOrEqual(CONTENT_BOTTOM - 1e-6);
          expect(y).toBeLessThanOrEqual(CONTENT_TOP + 1e-6);
        }
      }
      if (op.kind === 'text') {
        expect(op.x).toBeGreaterThanOrEqual(PAGE.marginLeft - 1e-6);
        expect(op.x + faces[op.style].widthOf(op.text, op.size)).toBeLessThanOrEqual(PAGE.width - PAGE.marginRight + 1e-3);
      }
    }
    const texts = ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []));
    for (const id of INDICATOR_IDS) expect(texts).toContain(INDICATORS[id].name);
  });

  it('renders: Japanese axis labels, legend and caption extract; page count', async () => {
    const res = await renderPdf(doc([{ type: 'heading', level: 1, text: 'テスト' }, chart()]));
    expect(res.pageCount).toBe(1);
    expect(res.missingGlyphs).toEqual([]);
    const pdf = await PDFDocument.load(res.bytes);
    expect(pdf.getPageCount()).toBe(1);
    if (!hasPoppler) return;
    const text = pdfText('chart.pdf', res.bytes);
    for (const id of INDICATOR_IDS) {
      expect(text).toContain(INDICATORS[id].name);
      expect(text).toContain(`（${INDICATORS[id].viewpoint}）`);
    }
    for (const l of ['2023年3月期', '2024年3月期', '2025年3月期', '業種基準（3点）', '※点のない軸は算出不可の指標です', '図1レーダーチャート（テスト）']) expect(text).toContain(l);
  });

  it('moves whole to the next page when it does not fit below the text, its heading with it', async () => {
    const faces = await getFontFaces();
    const d = doc([{ type: 'paragraph', text: sampleText(40) }, { type: 'heading', level: 2, text: '2. レーダーチャート' }, chart()]);
    const layout = layoutDocument(d, faces, []);
    expect(layout.pages.length).toBe(2);
    const last = layout.pages[1]?.ops ?? [];
    expect(last.filter((o) => o.kind === 'path').length).toBeGreaterThan(30);
    expect(last.some((o) => o.kind === 'text' && o.text === '2. レーダーチャート')).toBe(true);
    expect(layout.pages[0]?.ops.some((o) => o.kind === 'path' || (o.kind === 'text' && o.text.includes('レーダー')))).toBe(false);
  });

  it('the ロカベン report of 製造業C社 renders with the chart and 算出不可', async () => {
    const report = buildLokabenReport({
      company: { name: 'C工業株式会社' },
      industryId: DEMO_SEIZO_C.industryId,
      financials: DEMO_SEIZO_C.financials,
      benchmarks: builtinBenchmarks(),
      hizaimu: DEMO_SEIZO_C.hizaimu,
      createdAt: new Date('2025-06-10T00:00:00Z'),
    });
    const res = await renderPdf(report);
    expect(res.pageCount).toBeGreaterThanOrEqual(3);
    if (!hasPoppler) return;
    const text = pdfText('report.pdf', res.bytes);
    expect(text).toContain('算出不可');
    expect(text).toContain('EBITDA有利子負債倍率');
    expect(text).toContain('業種基準（3点・仮の基準値）');
  });
});

describe('chart block: DOCX', () => {
  it('prints the fallback table', async () => {
    const files = unzipDocx(await renderDocx(doc([{ type: 'heading', level: 2, text: 'レーダーチャート' }, chart()])));
    const xml = files.get('word/document.xml') ?? '';
    expect(xmlProblem(xml)).toBeUndefined();
    const paras = paragraphTexts(xml);
    expect(paras).toContain('レーダーチャート（表形式・5点満点）');
    expect(paras).toContain('労働生産性（生産性）');
    expect(paras).toContain('●●○○○ 2点');
    expect(paras).toContain('算出不可');
    expect(paras).toContain('業種基準');
  });
});

describe('lokabenAttachmentBlocks', () => {
  it('appends the indicators and the chart on a page of their own', async () => {
    const { lokabenAttachmentBlocks } = await import('../../../shared/lokaben/attachment');
    const blocks = lokabenAttachmentBlocks({ industryId: 'kensetsu', financials: DEMO_KOMUTEN_A.financials, benchmarks: builtinBenchmarks() });
    expect(blocks[0]).toEqual({ type: 'pageBreak' });
    expect(blocks.some((b) => b.type === 'chart')).toBe(true);
    const res = await renderPdf(doc([{ type: 'heading', level: 1, text: '事業計画書' }, { type: 'paragraph', text: sampleText(5) }, ...blocks]));
    expect(res.pageCount).toBe(2);
    if (hasPoppler) expect(pdfText('attachment.pdf', res.bytes)).toContain('別紙ローカルベンチマーク（財務指標）');
    expect(lokabenAttachmentBlocks({ industryId: 'seizo', financials: { periods: [] }, benchmarks: builtinBenchmarks() })).toEqual([]);
  });
});
