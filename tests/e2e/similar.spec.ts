import { test, expect } from './fixtures';
import fs from 'node:fs';
import path from 'node:path';

test("a passage retold from another client's plan shows up in the check panel, with both passages", async ({ page, server }) => {
  // A社's 企業概要 as the demo seeds it, retold with small edits (another word, other punctuation, 全角 digits).
  const demo = JSON.parse(fs.readFileSync(path.resolve('electron/demo/content/jizokuka-20.json'), 'utf8')) as { kigyoGaiyo: { kigyoGaiyo: string } };
  const passage = demo.kigyoGaiyo.kigyoGaiyo.split('\n').slice(0, 2).join('\n');
  const retold = passage.replace('工務店', '住宅会社').replace(/、/g, '，').replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  expect(retold).not.toBe(passage);

  await page.goto(server.url);
  await page.getByRole('button', { name: '＋ 新しい事業者' }).click();
  const dialog = page.getByRole('dialog', { name: '新しい事業者' });
  await dialog.getByLabel('事業者名').fill('有限会社みなと住建');
  await dialog.getByLabel('従業員数（人）').fill('3');
  await dialog.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('heading', { name: '有限会社みなと住建' })).toBeVisible();
  await page.getByRole('button', { name: '＋ 新しい申請' }).click();
  const appDialog = page.getByRole('dialog', { name: '新しい申請' });
  await appDialog.getByRole('radio', { name: '小規模事業者持続化補助金' }).check();
  await appDialog.getByLabel('申請の名前（空欄なら様式名）').fill('住まいの相談窓口の開設');
  await appDialog.getByRole('button', { name: '作成して開く' }).click();
  await expect(page.getByRole('heading', { name: '住まいの相談窓口の開設' })).toBeVisible();

  // A new application: nothing alike yet.
  await expect(page.getByTestId('similar-none')).toContainText('ほかの申請と似ている箇所はありません');

  await page.getByRole('navigation', { name: '項目' }).getByRole('button', { name: /企業概要/ }).click();
  await page.locator('textarea').first().fill(`当社は港町で住宅の修繕を請け負う住宅会社である。\n${retold}`);
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');

  // Refreshed once the typing pauses: a warning naming A社's application, with both passages.
  const box = page.getByTestId('similar');
  await expect(box).toContainText('同一又は類似', { timeout: 15_000 });
  const item = box.locator('.similar-item').filter({ hasText: /株式会社A工務店『リフォーム専門店の認知拡大と見積業務の効率化』の \S*\s?企業概要 と \d+% 一致/ });
  await expect(item).toHaveCount(1);
  await expect(item.locator('summary')).toHaveText(/と \d+% 一致$/);
  await expect(item.locator('.side-by-side .before')).toContainText('住宅会社');
  await expect(item.locator('.side-by-side .after')).toContainText('工務店');
  await expect(item.getByRole('link', { name: '株式会社A工務店の申請を開く' })).toBeVisible();
  await page.locator('.check-panel').screenshot({ path: 'test-results/similar-panel.png' });
  await page.screenshot({ path: 'test-results/similar.png' });

  // It is a warning: the readiness (errors) is not changed by it, and the link opens A社's application.
  await expect(page.getByTestId('readiness')).not.toContainText('類似');
  await item.getByRole('link', { name: '株式会社A工務店の申請を開く' }).click();
  await expect(page.getByRole('heading', { name: 'リフォーム専門店の認知拡大と見積業務の効率化' })).toBeVisible();
  await expect(page.getByTestId('similar')).toContainText(/有限会社みなと住建『住まいの相談窓口の開設』の \S*\s?企業概要 と/);
});
