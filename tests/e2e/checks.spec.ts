import { test, expect } from './fixtures';
import fs from 'node:fs';

async function openDemo(page: import('@playwright/test').Page, url: string, client: string, app: string) {
  await page.goto(url);
  await page.getByRole('link', { name: client }).click();
  await page.getByRole('link', { name: app }).click();
  await expect(page.getByRole('heading', { name: app })).toBeVisible();
}

test('live checks: an over-long 事業名 is an error, and clicking it focuses the field', async ({ page, server }) => {
  await openDemo(page, server.url, '株式会社A工務店', 'リフォーム専門店の認知拡大と見積業務の効率化');
  await expect(page.getByTestId('readiness')).toContainText('提出を妨げるエラーはありません');
  await page.getByRole('navigation', { name: '項目' }).getByRole('button', { name: /補助事業で行う事業名/ }).click();
  const name = page.getByRole('textbox', { name: /補助事業で行う事業名/ });
  await name.fill('地域初のリフォーム専門店の認知拡大と見積業務の効率化による新規顧客の獲得');
  await expect(page.getByTestId('readiness')).toContainText('エラー 1 件');
  const finding = page.locator('.finding.sev-error').first();
  await expect(finding).toContainText('30');
  await page.getByRole('navigation', { name: '項目' }).getByRole('button', { name: /企業概要/ }).click();
  // The finding is listed under the whole application too; clicking it goes back and focuses the field.
  await page.getByRole('tab', { name: '審査項目' }).click();
  await page.locator('.finding.sev-error button').first().click();
  await expect(name).toBeFocused();
  await page.screenshot({ path: 'test-results/check-panel.png' });
});

test('figures: the subsidy is computed as the official sheet computes it', async ({ page, server }) => {
  await openDemo(page, server.url, '株式会社A工務店', 'リフォーム専門店の認知拡大と見積業務の効率化');
  await page.getByRole('tab', { name: '数値' }).click();
  await expect(page.getByTestId('subsidy-total')).toHaveText('500,000 円');
  // Lower one line: the total falls below the cap; 第20回 truncates each part and caps 広報費・ウェブサイト関連費 at 30万円 each.
  await page.getByRole('navigation', { name: '項目' }).getByRole('button', { name: /経費明細表/ }).click();
  await page.getByRole('textbox', { name: '1行目 単価' }).fill('20000');
  // 機械装置等費 20,000 + 借料 30,000 = 50,000 × 2/3 → 33,333; 広報費 340,000 × 2/3 → 226,666;
  // ウェブサイト関連費 236,000 × 2/3 → 157,333 (both under 300,000); total 417,332.
  await expect(page.getByTestId('subsidy-total')).toHaveText('417,332 円');
});

test('export: Word, PDF and the package download; 転記シート lists the e-application fields', async ({ page, server }) => {
  await openDemo(page, server.url, 'B縫製株式会社', 'CAD/CAMとRFIDによる多品種少量生産体制の構築');
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const dialog = page.getByRole('dialog', { name: '書き出し・読み込み' });
  for (const [label, ext] of [['Word（.docx）', '.docx'], ['PDF', '.pdf'], ['申請パッケージ（.zip）', '.zip']] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: label, exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^B縫製株式会社_ものづくり補助金_\\d{8}.*\\${ext}$`));
    const file = await download.path();
    expect(fs.statSync(file).size).toBeGreaterThan(5_000);
  }
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await page.getByRole('tab', { name: '転記シート' }).click();
  await expect(page.getByRole('button', { name: /事業計画名.*をコピー/ })).toBeVisible();
  expect(await page.locator('.transcription tbody tr').count()).toBeGreaterThan(8);
  await page.getByRole('tab', { name: '印刷プレビュー' }).click();
  await expect(page.getByTestId('preview-frame')).toBeVisible();
});
