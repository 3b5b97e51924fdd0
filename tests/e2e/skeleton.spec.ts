import { test, expect, startServer } from './fixtures';
import fs from 'node:fs';

test('client → application → type → reload → the text is still there', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: '事業者' })).toBeVisible();
  // Demo data is seeded on first start.
  await expect(page.getByRole('link', { name: '株式会社A工務店' })).toBeVisible();

  await page.getByRole('button', { name: '＋ 新しい事業者' }).click();
  const dialog = page.getByRole('dialog', { name: '新しい事業者' });
  await dialog.getByLabel('事業者名').fill('有限会社テスト製麺所');
  await dialog.getByLabel('従業員数（人）').fill('３');
  await dialog.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('heading', { name: '有限会社テスト製麺所' })).toBeVisible();

  await page.getByRole('button', { name: '＋ 新しい申請' }).click();
  const appDialog = page.getByRole('dialog', { name: '新しい申請' });
  await appDialog.getByRole('radio', { name: '小規模事業者持続化補助金' }).check();
  await appDialog.getByLabel('申請の名前（空欄なら様式名）').fill('製麺所の販路開拓');
  await appDialog.getByRole('button', { name: '作成して開く' }).click();
  await expect(page.getByRole('heading', { name: '製麺所の販路開拓' })).toBeVisible();

  // Open a text section and type.
  await page.getByRole('navigation', { name: '項目' }).getByRole('button', { name: /企業概要/ }).click();
  const text = '当社は昭和52年創業の製麺所で、😀地元の飲食店42店に生麺を卸している。𠮷';
  const box = page.locator('textarea').first();
  await box.fill(text);
  await expect(page.getByTestId('save-status')).toHaveText(/保存中/);
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');

  await page.reload();
  await expect(page.locator('textarea').first()).toHaveValue(text);
});

test('bad input in the client form gets a Japanese message and nothing is saved', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '＋ 新しい事業者' }).click();
  const dialog = page.getByRole('dialog', { name: '新しい事業者' });
  await dialog.getByLabel('事業者名').fill('X社');
  await dialog.getByLabel('決算月').fill('13');
  await dialog.getByRole('button', { name: '登録する' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('決算月は1〜12で入力してください。');
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await expect(page.getByRole('link', { name: 'X社' })).toHaveCount(0);
});

test('a database from a newer version shows a clear screen and stays untouched', async ({ page }) => {
  const seeded = await startServer();
  await seeded.stop();
  const file = `${seeded.dataDir}/banso.sqlite`;
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(file);
  db.pragma('user_version = 999');
  db.close();
  const before = fs.readFileSync(file);
  const server = await startServer({ dataDir: seeded.dataDir });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: '伴走を開けませんでした' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('新しいバージョン');
    await page.screenshot({ path: 'test-results/newer-db.png' });
  } finally {
    await server.stop();
  }
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});

test('an application can be deleted from the client page, after a confirmation', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: 'B縫製株式会社' }).click();
  const title = '肌トラブルに悩む方のための自社ブランド下着の開発・販売';
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: `「${title}」を削除` }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `「${title}」を削除` }).click();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
