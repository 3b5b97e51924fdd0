import { test, expect, startServer } from './fixtures';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/review/sha256';

/** 公募回 as data: a 「第21回」 made from 第20回 in the UI, used by the checks, handed to another advisor. */

const R20 = '小規模事業者持続化補助金＜一般型 通常枠＞第20回';
const R21 = '小規模事業者持続化補助金＜一般型 通常枠＞第21回';

async function makeRound21(page: Page) {
  await page.getByRole('link', { name: '公募回' }).click();
  await expect(page.getByRole('heading', { name: '公募回', exact: true })).toBeVisible();
  await page.getByRole('link', { name: `${R20}をもとに新しい公募回を作る` }).click();
  await expect(page.getByRole('heading', { name: '新しい公募回を作る' })).toBeVisible();
  await page.getByLabel('公募回', { exact: true }).fill('第21回');
  await page.getByLabel('名称', { exact: true }).fill(R21);
  // Two numbers, each with its source.
  await page.getByLabel('締切日 新しい値').fill('2027-05-29');
  await page.getByLabel('締切日 公募要領の版').fill('第1版');
  await page.getByLabel('締切日 ページ').fill('P.1');
  const web = page.getByLabel(/ウェブサイト関連費.*の補助上限 新しい値/);
  await web.fill('10000');
  // Without a source the round is refused, and says which value lacks one.
  await page.getByRole('button', { name: 'この内容で公募回を作る' }).click();
  await expect(page.getByRole('alert')).toContainText('出典');
  await page.getByLabel(/ウェブサイト関連費.*の補助上限 公募要領の版/).fill('第1版');
  await page.getByLabel(/ウェブサイト関連費.*の補助上限 ページ/).fill('P.13');
  await page.screenshot({ path: 'test-results/new-round.png', fullPage: true });
  await page.getByRole('button', { name: 'この内容で公募回を作る' }).click();
  await expect(page.getByRole('heading', { name: R21 })).toBeVisible();
  const changes = page.getByRole('table');
  await expect(changes).toContainText('2027-05-29');
  await expect(changes).toContainText('10,000円');
  await page.screenshot({ path: 'test-results/round-diff.png', fullPage: true });
}

test('a 第21回 made from 第20回 in the UI: its numbers are the ones the checks use, and it travels to another advisor', async ({ page, server, browser }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+09:00'));
  await page.goto(server.url);
  await makeRound21(page);

  // A 第20回 application moved to 第21回 is checked against the new web cap.
  await page.getByRole('link', { name: '事業者' }).click();
  await page.getByRole('link', { name: '株式会社A工務店' }).click();
  await page.getByRole('link', { name: 'リフォーム専門店の認知拡大と見積業務の効率化' }).click();
  await page.getByRole('button', { name: 'この申請を新しい公募回に移す' }).click();
  const dialog = page.getByRole('dialog', { name: '新しい公募回に移す' });
  await dialog.getByRole('combobox').selectOption({ label: `${R21}（公募中）` });
  await expect(dialog.getByRole('table')).toContainText('10,000円');
  await dialog.getByRole('button', { name: '移す', exact: true }).click();
  await expect(dialog).toContainText('新たに見つかった指摘');
  await expect(dialog).toContainText('補助上限10,000円');
  await dialog.getByRole('button', { name: '新しい公募回で開く' }).click();
  await expect(page.getByText(R21)).toBeVisible();
  await page.getByRole('tab', { name: '数値' }).click();
  await expect(page.locator('.check-panel')).toContainText('（上限 10,000 円）');

  // Export the pack; another advisor imports it.
  await page.getByRole('link', { name: '公募回' }).click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('row', { name: new RegExp(R21) }).getByRole('button', { name: '書き出す' }).click()]);
  const file = `${await d.path()}.json`;
  fs.copyFileSync(await d.path(), file);
  const other = await startServer({ empty: true });
  const page2 = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
  try {
    await page2.goto(other.url);
    await page2.getByRole('link', { name: '公募回' }).click();
    await page2.getByLabel('公募回ファイルを読み込む').setInputFiles(file);
    await expect(page2.getByRole('status')).toContainText(`「${R21}」を追加しました`);
    await expect(page2.getByRole('link', { name: R21, exact: true })).toBeVisible();

    // A pack whose rules do not hold is refused whole, naming the path of the bad value.
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    raw.template.rules.subsidy.baseCapYen = -1;
    raw.template.id = `${raw.template.id}-bad`;
    const { checksum: _old, ...rest } = raw;
    raw.checksum = `sha256:${createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex')}`;
    const bad = `${file}.bad.json`;
    fs.writeFileSync(bad, JSON.stringify(raw));
    await page2.getByLabel('公募回ファイルを読み込む').setInputFiles(bad);
    await expect(page2.getByRole('alert')).toContainText('template.rules.subsidy.baseCapYen');
    await page2.screenshot({ path: 'test-results/pack-refused.png' });
  } finally {
    await other.stop();
  }
});
