import { test, expect } from './fixtures';

async function openDemo(page: import('@playwright/test').Page, url: string, client: string, app: string) {
  await page.goto(url);
  await page.getByRole('link', { name: client }).click();
  await page.getByRole('link', { name: app }).click();
  await expect(page.getByRole('heading', { name: app })).toBeVisible();
}

test('転記シート: every box in the form’s order, number tables cell by cell, 入力済み ticks that stay', async ({ page, server }) => {
  await openDemo(page, server.url, 'B縫製株式会社', 'CAD/CAMとRFIDによる多品種少量生産体制の構築');
  await page.getByRole('tab', { name: '転記シート' }).click();
  const sheet = page.locator('.transcription');
  await expect(sheet.getByRole('heading', { name: '1. 申請者の概要等' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: '会社全体の事業計画', exact: true })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: '5. 経費明細表' })).toBeVisible();
  await expect(sheet.getByRole('button', { name: '会社全体の事業計画の表をコピー' })).toBeVisible();
  await expect(sheet.getByRole('button', { name: /① 売上高／基準年度 \d{4}年9月期をコピー/ })).toBeVisible();
  await expect(sheet.getByRole('button', { name: /会社全体の事業計画 ① 売上高の行をコピー/ })).toBeVisible();
  const count = page.getByTestId('transcribed-count');
  await expect(count).toContainText('入力済み 0 /');
  await sheet.getByRole('checkbox', { name: '事業計画名（30字以内）を入力済みにする' }).check();
  await expect(count).toContainText('入力済み 1 /');
  await page.reload();
  await page.getByRole('tab', { name: '転記シート' }).click();
  await expect(page.getByTestId('transcribed-count')).toContainText('入力済み 1 /');
  await expect(page.locator('.transcription').getByRole('checkbox', { name: '事業計画名（30字以内）を入力済みにする' })).toBeChecked();
  await page.locator('.transcription').getByRole('heading', { name: '会社全体の事業計画', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/transcription.png' });
});

test('the wizard prints the form’s numbers; an emoji is a finding fixed with one click', async ({ page, server }) => {
  await openDemo(page, server.url, '株式会社A工務店', 'リフォーム専門店の認知拡大と見積業務の効率化');
  const nav = page.getByRole('navigation', { name: '項目' });
  await expect(nav.getByRole('button', { name: /1\. 企業概要/ })).toBeVisible();
  await nav.getByRole('button', { name: /1\. 企業概要/ }).click();
  await expect(page.getByRole('heading', { name: '1. 企業概要', level: 2 })).toBeVisible();
  const box = page.locator('textarea').first();
  const before = await box.inputValue();
  await box.fill(`${before}地域のお客様に喜ばれています😊`);
  const fix = page.getByRole('button', { name: '絵文字を削除する' });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(box).toHaveValue(`${before}地域のお客様に喜ばれています`);
  await expect(page.getByRole('button', { name: '絵文字を削除する' })).toHaveCount(0);
});

test('export dialog: 本文の書体 (明朝 by default) and the PDF downloads', async ({ page, server }) => {
  await openDemo(page, server.url, 'B縫製株式会社', 'CAD/CAMとRFIDによる多品種少量生産体制の構築');
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const dialog = page.getByRole('dialog', { name: '書き出し・読み込み' });
  await expect(dialog.getByRole('radio', { name: /明朝/ })).toBeChecked();
  await dialog.getByRole('radio', { name: 'ゴシック' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'PDF', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^B縫製株式会社_ものづくり補助金_\d{8}_CAD_CAMとRFIDで肌トラブル向け多サイズ肌着を開発\.pdf$/);
});
