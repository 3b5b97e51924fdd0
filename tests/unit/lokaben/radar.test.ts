import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../../shared/lokaben/indicators';
import { escapeXml, radarChartBlock, radarSvg, radarTableBlock, type RadarSeries } from '../../../shared/lokaben/radar';
import type { Score } from '../../../shared/lokaben/scoring';

/**
 * A small XML well-formedness check (no DOMParser in node): tags balance, attributes are quoted,
 * no raw '<' or stray '&' in text or attribute values, a single <svg> root with the SVG namespace.
 */
function expectWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const tokens = xml.split(/(<[^>]*>)/);
  for (const tok of tokens) {
    if (tok.startsWith('<')) {
      const close = /^<\/([A-Za-z][\w:-]*)\s*>$/.exec(tok);
      if (close) {
        expect(stack.pop(), `closing ${tok}`).toBe(close[1]);
        continue;
      }
      const open = /^<([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(tok);
      expect(open, `bad tag ${tok}`).not.toBeNull();
      if (!open) return;
      expect(open[2]?.replace(entity, '')).not.toMatch(/&/);
      if (stack.length === 0) roots++;
      if (open[3] !== '/') stack.push(open[1]!);
    } else {
      expect(tok).not.toMatch(/</);
      expect(tok.replace(entity, '')).not.toMatch(/&/);
      if (stack.length === 0) expect(tok.trim()).toBe('');
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  expect(xml.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
}

const all = (s: Score): Record<IndicatorId, Score | null> => ({
  uriageZokaRitsu: s,
  eigyoRiekiRitsu: s,
  rodoSeisansei: s,
  ebitdaBairitsu: s,
  untenShihonKikan: s,
  jikoShihonHiritsu: s,
});

const SCORES: Score[] = [1, 2, 3, 4, 5];
const series = (labels: string[]): RadarSeries[] => labels.map((label, i) => ({ label, scores: all(SCORES[i % 5] ?? 3) }));

const count = (s: string, needle: string) => s.split(needle).length - 1;

describe('radarSvg', () => {
  it.each([1, 2, 3])('is well-formed XML with %s period(s), one polygon and legend entry each', (n) => {
    const labels = ['2023年3月期', '2024年3月期', '2025年3月期'].slice(0, n);
    const svg = radarSvg(series(labels));
    expectWellFormedXml(svg);
    for (const l of labels) expect(svg).toContain(`>${l}</text>`);
    // 5 grid rings + the benchmark ring + one filled polygon per period
    expect(count(svg, '<polygon')).toBe(6 + n);
    expect(count(svg, 'fill-opacity="0.10"')).toBe(n);
    expect(svg).toContain('業種基準（3点）');
  });

  it('labels the six axes in Japanese and uses only the embedded font stack', () => {
    const svg = radarSvg(series(['P']));
    for (const id of INDICATOR_IDS) expect(svg).toContain(INDICATORS[id].name);
    expect(svg).toContain('font-family="Noto Sans JP, sans-serif"');
    expect(svg).not.toMatch(/href|url\(|@import|<style|<image/);
  });

  it('shows distinct colours for the periods', () => {
    const svg = radarSvg(series(['A', 'B', 'C']));
    const fills = [...svg.matchAll(/<polygon[^>]*fill="(#[0-9a-f]{6})" fill-opacity/g)].map((m) => m[1]);
    expect(new Set(fills).size).toBe(3);
  });

  it('keeps the newest three of more periods', () => {
    const svg = radarSvg(series(['P1', 'P2', 'P3', 'P4']));
    expect(svg).not.toContain('>P1<');
    expect(svg).toContain('>P4<');
    expectWellFormedXml(svg);
  });

  it('escapes labels and the title', () => {
    const svg = radarSvg([{ label: 'A&B <期>', scores: all(3) }], { title: '"診断" & 結果' });
    expect(svg).toContain('A&amp;B &lt;期&gt;');
    expectWellFormedXml(svg);
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('leaves a gap for 算出不可 (no filled polygon, open sides, a footnote)', () => {
    const scores = { ...all(4), ebitdaBairitsu: null };
    const svg = radarSvg([{ label: 'C社', scores }]);
    expectWellFormedXml(svg);
    expect(count(svg, 'fill-opacity')).toBe(0);
    expect(count(svg, '<circle')).toBe(5);
    expect(svg).toContain('算出不可');
  });

  it('scales with the width option', () => {
    expect(radarSvg(series(['P']), { width: 320 })).toMatch(/^<svg[^>]* width="320" height="\d+" viewBox="0 0 640 /);
  });
});

describe('radarTableBlock', () => {
  it('has a row per indicator, a column per period plus the benchmark, 算出不可 where no score', () => {
    const t = radarTableBlock([
      { label: 'P1', scores: all(2) },
      { label: 'P2', scores: { ...all(5), rodoSeisansei: null } },
    ]);
    expect(t.columns.map((c) => c.header)).toEqual(['指標', 'P1', 'P2', '業種基準']);
    expect(t.rows).toHaveLength(6);
    expect(t.rows[2]).toEqual(['労働生産性（生産性）', '●●○○○ 2点', '算出不可', '●●●○○ 3点']);
  });
});

describe('radarChartBlock', () => {
  it('is the same chart as the SVG, in pt, with the table as its fallback', () => {
    const ser = series(['2023年3月期', '2024年3月期', '2025年3月期']);
    const b = radarChartBlock(ser, { width: 320, caption: '図' });
    expect(b).toMatchObject({ type: 'chart', width: 320, caption: '図' });
    expect(b.fallback).toEqual(radarTableBlock(ser));
    const svg = radarSvg(ser);
    const viewH = Number(/viewBox="0 0 640 ([\d.]+)"/.exec(svg)?.[1]);
    expect(b.height).toBeCloseTo((viewH * 320) / 640, 6);
    const texts = b.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    for (const id of INDICATOR_IDS) expect(texts).toContain(INDICATORS[id].name);
    expect(texts).toContain('2025年3月期');
    // 5 grid rings + benchmark + 3 period polygons + 3 × 6 point markers (circles as polygons)
    expect(b.shapes.filter((s) => s.kind === 'polygon')).toHaveLength(6 + 3 + 18);
    expect(b.shapes.filter((s) => s.kind === 'polygon' && s.fillOpacity !== undefined && s.fillOpacity < 1)).toHaveLength(3);
    for (const s of b.shapes) {
      if (s.kind === 'text') continue;
      for (const [x, y] of s.points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(320);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(b.height);
      }
    }
  });

  it('leaves a gap for 算出不可 (open sides, no filled polygon)', () => {
    const b = radarChartBlock([{ label: 'C社', scores: { ...all(4), ebitdaBairitsu: null } }]);
    expect(b.shapes.some((s) => s.kind === 'polygon' && s.fillOpacity !== undefined && s.fillOpacity < 1)).toBe(false);
    expect(b.shapes.some((s) => s.kind === 'text' && s.text.includes('算出不可'))).toBe(true);
  });
});
