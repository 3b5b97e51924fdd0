import { test, expect } from './fixtures';
import fs from 'node:fs';

test('portfolio: stages, adoption rates as the chamber reports them, deadlines, follow-ups and the yearly sheet', async ({ page, server }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+09:00'));
  await page.goto(server.url);
  await page.getByRole('link', { name: 'ポートフォリオ' }).click();
  await expect(page.getByRole('heading', { name: 'ポートフォリオ' })).toBeVisible();
  await expect(page.getByRole('img', { name: '採択率のグラフ' }).first()).toContainText('2 / 2 = 100.0%');
  // A社's 第20回 draft is due by the round's own dates (公募要領): 様式4 2026-12-04, 締切 2026-12-15.
  await expect(page.locator('.due-list')).toContainText('様式4 締切まで あと10日');
  await expect(page.locator('.due-list')).toContainText('申請締切まで あと21日');
  // A follow-up visit with 売上高増加 is counted.
  await page.getByLabel('売上高増加').check();
  await page.getByRole('button', { name: '訪問を記録' }).click();
  await expect(page.getByRole('row', { name: /うち売上高増加/ })).toContainText('1 者');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excelに書き出す' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^経営発達支援事業_実績_\d{4}年度\.xlsx$/);
  expect(fs.statSync(await download.path()).size).toBeGreaterThan(1000);
  await page.screenshot({ path: 'test-results/portfolio.png', fullPage: true });
});
