import { test, expect } from './fixtures';
import type { Locator } from '@playwright/test';

/** Pixels of a page's canvas that are clearly ink (not white paper), and how many distinct grey levels. */
async function ink(canvas: Locator): Promise<{ width: number; height: number; dark: number; levels: number }> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    const levels = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const y = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      if (y < 128) dark++;
      levels.add(Math.round(y / 16));
    }
    return { width: c.width, height: c.height, dark, levels: levels.size };
  });
}

test('印刷プレビュー: pdf.js draws every page on a canvas, lazily, with page numbers and no plugin', async ({ page, server }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|fake worker|Warning: |Error/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto(server.url);
  await page.getByRole('link', { name: '株式会社A工務店' }).click();
  await page.getByRole('link', { name: 'リフォーム専門店の認知拡大と見積業務の効率化' }).click();
  await page.getByRole('tab', { name: '印刷プレビュー' }).click();

  const pages = page.getByTestId('preview-frame');
  await expect(pages).toBeVisible();
  await expect(page.locator('iframe, embed, object')).toHaveCount(0);
  const figures = pages.locator('figure.pdf-page');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(pages).toHaveAttribute('aria-label', `印刷プレビュー（全 ${count} ページ）`);
  await expect(figures.first().locator('figcaption')).toHaveText(`1 / ${count}`);

  // The first page is drawn: a page-sized canvas with text on it.
  const first = figures.first().locator('canvas');
  await expect(first).toHaveAttribute('data-rendered', 'true');
  const firstInk = await ink(first);
  expect(firstInk.width).toBeGreaterThan(600);
  expect(firstInk.height / firstInk.width).toBeCloseTo(297 / 210, 1); // A4 portrait
  expect(firstInk.dark).toBeGreaterThan(2_000);
  expect(firstInk.levels).toBeGreaterThan(4); // anti-aliased glyphs, not a flat fill
  await page.screenshot({ path: 'test-results/preview.png' });

  // Far pages are not drawn until scrolled to; then they are.
  const last = figures.last();
  await expect(last.locator('canvas')).toHaveCount(0);
  await pages.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(last.locator('canvas')).toHaveAttribute('data-rendered', 'true');
  expect((await ink(last.locator('canvas'))).dark).toBeGreaterThan(200);
  await expect(last.locator('figcaption')).toHaveText(`${count} / ${count}`);
  await page.screenshot({ path: 'test-results/preview-last-page.png' });

  expect(problems).toEqual([]);
});
