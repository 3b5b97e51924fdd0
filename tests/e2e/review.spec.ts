import { test, expect, startServer, download, sectionButton } from './fixtures';
import type { Page } from '@playwright/test';
import fs from 'node:fs';

const APP = 'リフォーム専門店の認知拡大と見積業務の効率化';

async function openApp(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: '株式会社A工務店' }).click();
  await page.getByRole('link', { name: APP }).click();
  await expect(page.getByRole('heading', { name: APP })).toBeVisible();
}

test('owner review at home: export, comment and approve in a second copy, import back; a conflict is settled by choice', async ({ page, server, browser }) => {
  test.setTimeout(120_000);
  // The advisor sends the draft.
  await openApp(page, server.url);
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const sent = await download(page, '確認用ファイルを書き出す');
  await page.getByRole('button', { name: '閉じる' }).click();

  // The owner, in a copy of 伴走 with its own data directory, opens it.
  const ownerServer = await startServer({ empty: true });
  const ownerPage = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } })).newPage();
  try {
    await ownerPage.goto(ownerServer.url);
    await ownerPage.getByLabel('確認用・持ち出しファイルを開く').setInputFiles(sent);
    await expect(ownerPage.getByRole('heading', { name: APP })).toBeVisible();
    await expect(ownerPage.getByText('事業者確認モード')).toBeVisible();
    await sectionButton(ownerPage, /企業概要/).click();
    await ownerPage.getByLabel('お名前').fill('青木 健一');
    await ownerPage.getByLabel('コメント', { exact: true }).fill('従業員は今年から5名です。');
    await ownerPage.getByRole('button', { name: 'コメントを追加' }).click();
    await expect(ownerPage.locator('.comment-list')).toContainText('従業員は今年から5名です。');
    await ownerPage.getByRole('button', { name: 'この項目を確認済みにする' }).click();
    await sectionButton(ownerPage, /自社や自社の提供する/).click();
    await ownerPage.getByLabel('お名前').fill('青木 健一');
    await ownerPage.getByRole('button', { name: 'この項目を確認済みにする' }).click();
    await expect(ownerPage.getByText('確認済み', { exact: true })).toBeVisible();
    // The owner also rewrites the 事業名 (in the 入力 view).
    await ownerPage.getByRole('tab', { name: '入力' }).click();
    await sectionButton(ownerPage, /補助事業で行う事業名/).click();
    await ownerPage.getByRole('textbox', { name: /補助事業で行う事業名/ }).fill('リフォーム専門店の認知拡大（事業者案）');
    await expect(ownerPage.getByTestId('save-status')).toHaveText('保存済み');
    await ownerPage.getByRole('button', { name: '書き出し・読み込み' }).click();
    const returned = await download(ownerPage, '確認結果を書き出す（事業者用）');

    // Meanwhile the advisor changed the same 事業名 differently.
    await sectionButton(page, /補助事業で行う事業名/).click();
    await page.getByRole('textbox', { name: /補助事業で行う事業名/ }).fill('リフォーム専門店の認知拡大（指導員案）');
    await expect(page.getByTestId('save-status')).toHaveText('保存済み');

    // The advisor reads the owner's file: one conflict, settled by taking the owner's version.
    await page.getByRole('button', { name: '書き出し・読み込み' }).click();
    await page.getByLabel('戻ったファイルを取り込む').setInputFiles(returned);
    const conflicts = page.getByRole('group', { name: '競合の解決' });
    await expect(conflicts).toContainText('1 か所');
    await conflicts.getByText('事業者の版').click();
    await conflicts.getByRole('button', { name: '選んだ内容で取り込む' }).click();
    await expect(page.getByText('事業者確認を取り込みました')).toBeVisible();
    await page.getByRole('button', { name: '閉じる' }).click();
    await expect(page.getByRole('textbox', { name: /補助事業で行う事業名/ })).toHaveValue('リフォーム専門店の認知拡大（事業者案）');
    // The comment and the two approvals are there.
    await sectionButton(page, /企業概要/).click();
    await expect(page.locator('.comment-list')).toContainText('従業員は今年から5名です。');
    await page.getByRole('tab', { name: '事業者確認' }).click();
    await expect(page.getByText('確認済み', { exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/review-merged.png' });
    // History keeps the advisor's version from before the import; compare it with now.
    await page.getByRole('tab', { name: '履歴' }).click();
    await page.getByRole('row', { name: /読み込み前/ }).getByRole('button', { name: '現在と比較' }).click();
    await expect(page.getByTestId('diff')).toContainText('事業者案');
    await page.screenshot({ path: 'test-results/history-diff.png' });
  } finally {
    await ownerServer.stop();
  }
});

test('a review file for another application is refused with a clear message', async ({ page, server }) => {
  await openApp(page, server.url);
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const sent = await download(page, '確認用ファイルを書き出す');
  const raw = JSON.parse(fs.readFileSync(sent, 'utf8'));
  raw.applicationId = 'other-application';
  fs.writeFileSync(sent, JSON.stringify(raw));
  await page.getByLabel('戻ったファイルを取り込む').setInputFiles(sent);
  await expect(page.getByRole('alert')).toContainText('別の申請書');
});
