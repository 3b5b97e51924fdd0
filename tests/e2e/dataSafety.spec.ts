import { test, expect, startServer } from './fixtures';
import type { Page } from '@playwright/test';
import fs from 'node:fs';

/** Nothing an advisor types is lost or silently changed: the UI side (conflicts, previews, undo, locks, screens). */

const A_APP = 'リフォーム専門店の認知拡大と見積業務の効率化';
const B_MONO = 'CAD/CAMとRFIDによる多品種少量生産体制の構築';
const sections = (page: Page) => page.getByRole('navigation', { name: '項目' });

async function openApp(page: Page, url: string, client = '株式会社A工務店', title = A_APP) {
  await page.goto(url);
  await page.getByRole('link', { name: client }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('保存済み');

test('two windows on one section: the stale one keeps its typing and chooses per field', async ({ page, server, context }) => {
  await openApp(page, server.url);
  await sections(page).getByRole('button', { name: /企業概要/ }).click();
  const other = await context.newPage();
  await openApp(other, server.url);
  await sections(other).getByRole('button', { name: /企業概要/ }).click();

  await page.locator('textarea').first().fill('一つ目の画面で書いた企業概要。');
  await saved(page);
  // The second window, opened before that save, types in the same field.
  await other.locator('textarea').first().fill('二つ目の画面で書いた企業概要。');
  const conflict = other.getByRole('alertdialog', { name: '保存の競合' });
  await expect(conflict).toBeVisible();
  await expect(other.getByTestId('save-status')).toHaveText(/競合/);
  await expect(conflict).toContainText('一つ目の画面で書いた企業概要。');
  await expect(conflict).toContainText('二つ目の画面で書いた企業概要。');
  // The typed text is still in the editor.
  await expect(other.locator('textarea').first()).toHaveValue('二つ目の画面で書いた企業概要。');
  await other.screenshot({ path: 'test-results/conflict.png' });
  await conflict.getByRole('button', { name: 'この選択で確定する' }).click(); // 自分の入力を残す is the default
  await saved(other);
  await page.reload();
  await expect(page.locator('textarea').first()).toHaveValue('二つ目の画面で書いた企業概要。');

  // Take theirs: the first window (now reloaded) writes; the second, stale again, takes the stored text.
  await page.locator('textarea').first().fill('一つ目の画面で書き直した。');
  await saved(page);
  await other.locator('textarea').first().fill('二つ目の画面の古い続き。');
  await expect(conflict).toBeVisible();
  await conflict.getByRole('radio', { name: '保存されている内容を使う' }).check();
  await conflict.getByRole('button', { name: 'この選択で確定する' }).click();
  await expect(other.locator('textarea').first()).toHaveValue('一つ目の画面で書き直した。');
  await saved(other);
});

test('a whole-field 修正案 shows what it replaces before 反映, and 元に戻す brings the text back', async ({ page, server }) => {
  await openApp(page, server.url);
  await sections(page).getByRole('button', { name: /企業概要/ }).click();
  const before = await page.locator('textarea').first().inputValue();
  expect(before.length).toBeGreaterThan(150);
  // The owner proposes a rewording without selecting a passage.
  await page.getByRole('tab', { name: '事業者確認' }).click();
  await page.getByLabel('お名前').fill('青木 健一');
  await page.getByLabel('コメント', { exact: true }).fill('もっと短くしてください');
  await page.getByLabel('修正案（任意）').fill('当社は地域の工務店です。');
  await page.getByRole('button', { name: 'コメントを追加' }).click();
  await page.getByRole('tab', { name: '入力' }).click();
  await page.getByRole('button', { name: '修正案を反映…' }).click();
  const dialog = page.getByRole('dialog', { name: '修正案を反映する前の確認' });
  await expect(dialog).toContainText('欄全体を置き換えます');
  await expect(dialog).toContainText(`${[...before].length}字 → 12字`);
  await page.screenshot({ path: 'test-results/proposal-preview.png' });
  await dialog.getByRole('button', { name: '反映する' }).click();
  await expect(page.locator('textarea').first()).toHaveValue('当社は地域の工務店です。');
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.locator('textarea').first()).toHaveValue(before);
  await page.reload();
  await expect(page.locator('textarea').first()).toHaveValue(before);
});

test('確認済み is of the text approved: after a rewrite it reads 確認後に変更あり with the diff', async ({ page, server }) => {
  await openApp(page, server.url);
  await page.getByRole('tab', { name: '事業者確認' }).click();
  await sections(page).getByRole('button', { name: /企業概要/ }).click();
  await page.getByLabel('お名前').fill('青木 健一');
  await page.getByRole('button', { name: 'この項目を確認済みにする' }).click();
  await expect(page.getByTestId('approval-state')).toHaveText('確認済み');
  await page.getByRole('tab', { name: '入力' }).click();
  const box = page.locator('textarea').first();
  await box.fill(`${await box.inputValue()}指導員が一文を足した。`);
  await saved(page);
  await expect(page.getByTestId('approval-state')).toHaveText('確認後に変更あり');
  await page.getByRole('button', { name: '確認後の変更を見る' }).click();
  await expect(page.getByLabel('確認後の変更').locator('ins')).toContainText('指導員が一文を足した。');
});

test("importing another client's package: preview, explicit confirmation, 元に戻す", async ({ page, server }) => {
  test.setTimeout(90_000);
  await openApp(page, server.url, 'B縫製株式会社', B_MONO);
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '申請パッケージ（.zip）' }).click()]);
  const pkg = `${await d.path()}.zip`;
  fs.copyFileSync(await d.path(), pkg);

  // Another client's もの補助 application with its own text.
  await page.goto(server.url);
  await page.getByRole('button', { name: '＋ 新しい事業者' }).click();
  await page.getByRole('dialog', { name: '新しい事業者' }).getByLabel('事業者名').fill('株式会社D精機');
  await page.getByRole('dialog', { name: '新しい事業者' }).getByRole('button', { name: '登録する' }).click();
  await page.getByRole('button', { name: '＋ 新しい申請' }).click();
  const nd = page.getByRole('dialog', { name: '新しい申請' });
  await nd.getByRole('radio', { name: 'ものづくり補助金', exact: true }).check();
  await nd.getByLabel('申請の名前（空欄なら様式名）').fill('D精機の計画');
  await nd.getByRole('button', { name: '作成して開く' }).click();
  await expect(page.getByRole('heading', { name: 'D精機の計画' })).toBeVisible();
  const first = page.locator('textarea').first();
  await first.fill('D精機が自分で書いた文章。');
  await saved(page);

  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  await page.getByLabel('申請パッケージを選ぶ').setInputFiles(pkg);
  const preview = page.getByRole('region', { name: '読み込みの確認' });
  await expect(preview).toContainText('別の事業者（B縫製株式会社）');
  await expect(preview.getByRole('table')).toContainText('数値計画');
  const go = preview.getByRole('button', { name: '置き換えて読み込む' });
  await expect(go).toBeDisabled();
  await page.screenshot({ path: 'test-results/import-preview.png' });
  await preview.getByLabel('別の事業者の内容で置き換えることを確認しました').check();
  await go.click();
  await expect(page.getByText('読み込み前」の版として残っています')).toBeVisible();
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByText('読み込む前の内容に戻しました')).toBeVisible();
  const dialog = page.getByRole('dialog', { name: '書き出し・読み込み' });
  await dialog.getByRole('button', { name: '閉じる' }).click();
  // The import and its undo were this window's own: not news from elsewhere.
  await expect(page.getByTestId('other-changes')).toHaveCount(0);
  await expect(first).toHaveValue('D精機が自分で書いた文章。');
});

test('after 提出済 the text is read-only; 「提出後に修正する」 unlocks it and keeps a version', async ({ page, server }) => {
  await openApp(page, server.url);
  const move = async (label: string) => {
    await page.getByLabel('次の段階へ進める').selectOption({ label });
    await page.getByRole('dialog').getByRole('button', { name: /にする」?$|」にする/ }).click();
  };
  await move('提出準備完了にする（対面で確認済み）');
  await move('提出済にする');
  await expect(page.getByTestId('stage')).toHaveText('提出済');
  await sections(page).getByRole('button', { name: /企業概要/ }).click();
  await expect(page.locator('textarea')).toHaveCount(0);
  await expect(page.getByText('読み取り専用になっています')).toBeVisible();
  await page.screenshot({ path: 'test-results/submitted-locked.png' });
  await page.getByRole('button', { name: '提出後に修正する' }).click();
  await page.getByRole('dialog', { name: '提出後に修正する' }).getByRole('button', { name: '版を残して編集を再開する' }).click();
  await page.locator('textarea').first().fill('補正後の企業概要。');
  await saved(page);
  await page.getByRole('tab', { name: '履歴' }).click();
  await expect(page.getByRole('row', { name: /提出後の修正前/ })).toBeVisible();
});

test('a zero-byte database shows a clear screen and is neither seeded nor changed', async ({ page }) => {
  const dir = fs.mkdtempSync(`${(await import('node:os')).tmpdir()}/banso-e2e-empty-`);
  fs.writeFileSync(`${dir}/banso.sqlite`, '');
  const server = await startServer({ dataDir: dir });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: '伴走を開けませんでした' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('0バイト');
    await page.screenshot({ path: 'test-results/empty-db.png' });
  } finally {
    await server.stop();
  }
  expect(fs.statSync(`${dir}/banso.sqlite`).size).toBe(0);
});
