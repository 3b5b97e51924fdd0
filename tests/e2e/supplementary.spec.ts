import { test, expect } from './fixtures';
import { makePng } from './png';

test('もの補助 補足資料: figures numbered 図1…, unreferenced ones flagged, pages counted against the limit', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: 'B縫製株式会社' }).click();
  await page.getByRole('link', { name: 'CAD/CAMとRFIDによる多品種少量生産体制の構築' }).click();
  await page.getByRole('tab', { name: '補足資料' }).click();
  const colours: [number, number, number][] = [[30, 95, 168], [31, 122, 61], [180, 35, 24], [154, 103, 0], [90, 90, 90], [120, 60, 160], [0, 120, 120]];
  for (const [i, c] of colours.entries()) {
    await page.getByLabel('図を追加').setInputFiles({ name: `工程${i + 1}.png`, mimeType: 'image/png', buffer: makePng(800, 600, c) });
    await expect(page.locator('ol.figures-list li')).toHaveCount(i + 1);
  }
  await expect(page.getByLabel('図1の説明')).toHaveValue('工程1');
  await page.getByRole('button', { name: 'ページ数を確認' }).click();
  await expect(page.getByTestId('supp-pages')).toContainText('/ 3 ページ');
  await expect(page.getByRole('alert')).toContainText('上限の3ページを超えています');
  // Something that is not an image is refused.
  await page.getByLabel('図を追加').setInputFiles({ name: 'memo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
  await expect(page.getByRole('alert')).toContainText('PNG または JPEG');
  // Two figures fit within the limit.
  for (let i = 0; i < 5; i++) {
    page.once('dialog', (d) => void d.accept());
    await page.locator('ol.figures-list li').last().getByRole('button', { name: '削除' }).click();
    await expect(page.locator('ol.figures-list li')).toHaveCount(6 - i);
  }
  await page.getByRole('button', { name: 'ページ数を確認' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ページ（上限 3 ページ以内）' })).toBeVisible();
  await page.screenshot({ path: 'test-results/supplementary.png' });
});
