import { test, expect, sectionButton } from './fixtures';
import type { Download, Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sealReviewFile, type ReviewFile } from '../../shared/review/schema';
import { KEEP_BOTH_SEPARATOR } from '../../shared/review/keepBoth';

const CLIENT = 'B縫製株式会社';
const APP = 'CAD/CAMとRFIDによる多品種少量生産体制の構築';
const KAKUSHINSEI = /今回の事業の革新性/;

async function openApp(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: CLIENT }).click();
  await page.getByRole('link', { name: APP }).click();
  await expect(page.getByRole('heading', { name: APP })).toBeVisible();
}

/** Saves a download under its own name (with its extension) in a folder of the test. */
async function keep(d: Download, dir: string): Promise<string> {
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

/** Selects characters [start, end) of a text field in the owner's page, as a mouse drag would. */
async function selectPassage(page: Page, fieldId: string, start: number, end: number) {
  await page.evaluate(([f, s, e]) => {
    const el = document.querySelector(`[data-field="${f}"]`);
    const node = el?.firstChild;
    if (!node) throw new Error('no text');
    const r = document.createRange();
    r.setStart(node, Number(s));
    r.setEnd(node, Number(e));
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(r);
  }, [fieldId, String(start), String(end)]);
}

test('owner review without installing anything: an HTML file opened offline from file://, a reply imported; conflicts in Japanese with keep-both', async ({ page, server, browser }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-review-html-'));
  const shots = path.join(test.info().outputDir, 'screens');
  fs.mkdirSync(shots, { recursive: true });

  // The advisor writes the HTML review file.
  await openApp(page, server.url);
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const [htmlDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '確認用HTMLを書き出す' }).click()]);
  const htmlFile = await keep(htmlDownload, dir);
  expect(htmlFile).toMatch(/\.html$/);
  expect(fs.statSync(htmlFile).size).toBeLessThan(1_000_000);
  await page.getByRole('button', { name: '閉じる' }).click();

  // The owner opens it from a file:// URL in a browser with the network off.
  const ownerContext = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1300, height: 900 }, acceptDownloads: true });
  await ownerContext.setOffline(true);
  const requests: string[] = [];
  await ownerContext.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : (requests.push(r.request().url()), r.abort())));
  const owner = await ownerContext.newPage();
  owner.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  const problems: string[] = [];
  owner.on('pageerror', (e) => problems.push(e.message));
  owner.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  try {
    await owner.goto(pathToFileURL(htmlFile).href);
    await expect(owner.getByRole('heading', { name: APP })).toBeVisible();
    // Only the owner's tools.
    await expect(owner.getByRole('button', { name: '返信ファイルを保存' })).toBeVisible();
    await expect(owner.getByRole('button', { name: /書き出し|取り込む/ })).toHaveCount(0);
    // Figures and expenses are there, read-only.
    await expect(owner.locator('#s-keihi')).toContainText('補助金交付申請額');
    await expect(owner.locator('#s-suchiKeikaku')).toContainText('付加価値額');

    await owner.getByLabel('お名前').fill('青木 健一');
    // A passage of ⑤ with a comment and a 修正案.
    const kakushinsei = owner.locator('#s-kakushinsei');
    const text = (await owner.locator('[data-field="kakushinsei"]').textContent()) ?? '';
    await selectPassage(owner, 'kakushinsei', 0, 12);
    await expect(owner.locator('#selbar')).toContainText(text.slice(0, 12));
    await owner.getByRole('button', { name: '選択した箇所にコメントを書く' }).click();
    await expect(kakushinsei).toContainText(`選択した箇所へのコメント：${text.slice(0, 12)}`);
    await kakushinsei.getByLabel('コメント', { exact: true }).fill('もう少し具体的に書きたいです。');
    await kakushinsei.getByLabel('修正案（任意）').fill('当社独自の縫製ノウハウを活かし、');
    await kakushinsei.getByRole('button', { name: 'コメントを追加' }).click();
    await expect(kakushinsei.locator('.comments')).toContainText('もう少し具体的に書きたいです。');
    await expect(kakushinsei.locator('mark')).toHaveText(text.slice(0, 12));
    // Two sections 確認済み.
    await owner.locator('#s-haikei').getByRole('button', { name: 'この項目を確認済みにする' }).click();
    await owner.locator('#s-zentaiKeikaku').getByRole('button', { name: 'この項目を確認済みにする' }).click();
    await expect(owner.locator('#progress')).toContainText('確認済み 2 /');
    await expect(owner.locator('#s-haikei').getByTestId('approval-state')).toHaveText('確認済み');
    // Kept in the browser: a reload loses nothing.
    await owner.reload();
    await expect(owner.locator('#progress')).toContainText('確認済み 2 /');
    await expect(owner.getByLabel('お名前')).toHaveValue('青木 健一');
    await expect(owner.locator('#s-kakushinsei .comments')).toContainText('もう少し具体的に書きたいです。');
    await owner.locator('#s-kakushinsei').scrollIntoViewIfNeeded();
    await owner.screenshot({ path: path.join(shots, 'owner-page.png') });

    const [replyDownload] = await Promise.all([owner.waitForEvent('download'), owner.getByRole('button', { name: '返信ファイルを保存' }).click()]);
    const replyFile = await keep(replyDownload, dir);
    expect(replyFile).toMatch(/\.banso-reply\.json$/);
    await expect(owner.locator('#saved-note')).toContainText('保存しました');
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);

    // The advisor reads the reply: the comment and the two 確認済み appear.
    await page.getByRole('button', { name: '書き出し・読み込み' }).click();
    await page.getByLabel('戻ったファイルを取り込む').setInputFiles(replyFile);
    await expect(page.getByText('事業者確認を取り込みました')).toContainText('新しいコメント 1 件・確認済み 2 件');
    await page.getByRole('button', { name: '閉じる' }).click();
    await sectionButton(page, KAKUSHINSEI).click();
    await expect(page.locator('.comment-list')).toContainText('もう少し具体的に書きたいです。');
    await expect(page.locator('.comment-list')).toContainText('当社独自の縫製ノウハウを活かし、');
    await page.getByRole('tab', { name: '事業者確認' }).click();
    await sectionButton(page, /今回の事業実施の背景/).click();
    await expect(page.getByTestId('approval-state')).toHaveText('確認済み');
    await expect(page.locator('.read-only')).toBeVisible();
    await sectionButton(page, /会社全体の事業計画/).last().click();
    await expect(page.locator('.read-only table').first()).toContainText('付加価値額');
    await page.screenshot({ path: path.join(shots, 'advisor-review-mode-plan.png') });
    await page.getByRole('tab', { name: '入力' }).click();
  } finally {
    await ownerContext.close();
  }

  // A conflict: the owner's copy of 伴走 and the advisor both changed ⑤.
  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  const [sentDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '確認用ファイルを書き出す' }).click()]);
  const sent = JSON.parse(fs.readFileSync(await keep(sentDownload, dir), 'utf8')) as ReviewFile;
  await page.getByRole('button', { name: '閉じる' }).click();
  const original = String(sent.owner.content.kakushinsei?.kakushinsei ?? '');
  const ownerText = `${original}さらに地域の縫製業者と連携する。`;
  const returned = sealReviewFile({ ...sent, owner: { ...sent.owner, content: { ...sent.owner.content, kakushinsei: { kakushinsei: ownerText } } }, returnedAt: new Date().toISOString() });
  const returnedFile = path.join(dir, 'returned.banso-review.json');
  fs.writeFileSync(returnedFile, JSON.stringify(returned));

  const advisorText = `${original}指導員が補足した一文。`;
  await sectionButton(page, KAKUSHINSEI).click();
  await page.getByRole('textbox', { name: KAKUSHINSEI }).fill(advisorText);
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');

  await page.getByRole('button', { name: '書き出し・読み込み' }).click();
  await page.getByLabel('戻ったファイルを取り込む').setInputFiles(returnedFile);
  const conflicts = page.getByRole('group', { name: '競合の解決' });
  await expect(conflicts).toContainText('1 か所');
  const one = conflicts.getByRole('group', { name: '⑤ 今回の事業の革新性・差別化' });
  await expect(one).toBeVisible();
  await expect(conflicts).not.toContainText('kakushinsei');
  await expect(one.locator('del')).toContainText('指導員が補足した一文');
  await expect(one.locator('ins')).toContainText('さらに地域の縫製業者と連携する');
  await one.getByText('両方を残す').click();
  await expect(one.getByLabel('両方を残した内容')).toContainText('以下、事業者の版');
  await one.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'conflict-dialog.png') });
  await conflicts.getByRole('button', { name: '選んだ内容で取り込む' }).click();
  await expect(page.getByText('事業者確認を取り込みました')).toBeVisible();
  await page.getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByRole('textbox', { name: KAKUSHINSEI })).toHaveValue(`${advisorText}${KEEP_BOTH_SEPARATOR}${ownerText}`);
  fs.rmSync(dir, { recursive: true, force: true });
});
