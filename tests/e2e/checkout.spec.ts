import { test, expect, startServer, download, sectionButton } from './fixtures';

const APP = 'リフォーム専門店の認知拡大と見積業務の効率化';

test('持ち出し and 持ち帰り in the app: edit on a laptop, edit at the office, both kept on return', async ({ page, server, browser }) => {
  test.setTimeout(120_000);
  // At the office: take the application out.
  await page.goto(server.url);
  await page.getByRole('link', { name: '株式会社A工務店' }).click();
  await page.getByRole('link', { name: APP }).click();
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const out = await download(page, '持ち出し用ファイルを書き出す');
  await expect(page.getByText('ノートPCの伴走で')).toBeVisible();
  await page.getByRole('dialog').screenshot({ path: 'test-results/checkout-dialog.png' });
  await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).click();

  // On the laptop (its own data folder): opened in the editor, not in review mode.
  const laptop = await startServer({ empty: true });
  const lp = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } })).newPage();
  try {
    await lp.goto(laptop.url);
    await lp.getByLabel('確認用・持ち出しファイルを開く').setInputFiles(out);
    await expect(lp.getByRole('heading', { name: APP })).toBeVisible();
    await expect(lp.getByText('事業者確認モード')).toHaveCount(0);
    await sectionButton(lp, /補助事業で行う事業名/).click();
    await lp.getByRole('textbox', { name: /補助事業で行う事業名/ }).fill('リフォーム専門店の認知拡大（訪問先で修正）');
    await expect(lp.getByTestId('save-status')).toHaveText('保存済み');
    await lp.getByRole('button', { name: '書き出し・読み込み' }).click();
    const back = await download(lp, '持ち帰り用ファイルを書き出す（持ち出した先で）');

    // Meanwhile at the office, another section changed.
    await sectionButton(page, /1\. 企業概要/).click();
    const gaiyo = page.getByRole('textbox', { name: /企業概要/ });
    await gaiyo.fill(`${await gaiyo.inputValue()}\n（事務所で追記）`);
    await expect(page.getByTestId('save-status')).toHaveText('保存済み');

    // Back at the office: both changes kept, no choice needed; the version before is in 履歴.
    await page.getByRole('button', { name: '書き出し・読み込み' }).click();
    await page.getByLabel('戻ったファイルを取り込む').setInputFiles(back);
    await expect(page.getByText(/取り込みました/)).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).click();
    await expect(gaiyo).toHaveValue(/（事務所で追記）/);
    await sectionButton(page, /補助事業で行う事業名/).click();
    await expect(page.getByRole('textbox', { name: /補助事業で行う事業名/ })).toHaveValue('リフォーム専門店の認知拡大（訪問先で修正）');
    await page.getByRole('tab', { name: '履歴' }).click();
    await expect(page.getByRole('row', { name: /持ち帰りを取り込む前/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /持ち出し/ }).first()).toBeVisible();
  } finally {
    await laptop.stop();
  }
});
