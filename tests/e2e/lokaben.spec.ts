import fs from 'node:fs';
import { test, expect } from './fixtures';

const INDICATOR_NAMES = ['売上高増加率', '営業利益率', '労働生産性', 'EBITDA有利子負債倍率', '営業運転資本回転期間', '自己資本比率'];

test('ロカベン: six indicators and the radar; edit → saved → reload; 売上高 0 → 算出不可; report PDF', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: '株式会社A工務店' }).click();
  await page.getByRole('link', { name: 'ローカルベンチマーク' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /ローカルベンチマーク/ })).toBeVisible();

  // The demo figures are there: six indicators for three periods, and the radar chart.
  const table = page.getByTestId('lokaben-indicators');
  for (const name of INDICATOR_NAMES) await expect(table.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '2025年3月期' })).toBeVisible();
  await expect(table).toContainText('23点／30点');
  const radar = page.getByTestId('lokaben-radar');
  await expect(radar).toBeVisible();
  await expect(radar).toContainText('EBITDA有利子負債倍率');
  await expect(radar).toContainText('2023年3月期');

  // 営業利益率 of the newest period follows the figure as it is typed.
  const rate = page.getByTestId('value-eigyoRiekiRitsu-2');
  await expect(rate).toHaveText('2.4%');
  await page.screenshot({ path: 'test-results/lokaben-page.png', fullPage: true });
  await page.getByLabel('2025年3月期 営業利益', { exact: true }).fill('４，３００');
  await expect(rate).toHaveText('5.0%');
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');

  await page.reload();
  await expect(page.getByLabel('2025年3月期 営業利益', { exact: true })).toHaveValue('4,300');
  await expect(page.getByTestId('value-eigyoRiekiRitsu-2')).toHaveText('5.0%');

  // Division by zero is never a number.
  await page.getByLabel('2025年3月期 売上高', { exact: true }).fill('0');
  const cell = page.getByTestId('value-eigyoRiekiRitsu-2');
  await expect(cell).toContainText('算出不可');
  await expect(cell).toContainText('売上高が0円のため算出できません');
  await expect(page.getByTestId('value-untenShihonKikan-2')).toContainText('算出不可');
  await expect(table.locator('tfoot')).toContainText('評価なし');
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');
  await page.screenshot({ path: 'test-results/lokaben-zero.png', fullPage: true });

  // The printable report.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '報告書（PDF）を書き出す' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^株式会社A工務店_ローカルベンチマーク_\d{8}\.pdf$/);
  const file = 'test-results/lokaben-report.pdf';
  await d.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'を書き出しました' })).toBeVisible();
});

test('ロカベン: the 非財務 answers and 商流 are kept', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: 'C工業株式会社' }).click();
  await page.getByRole('link', { name: 'ローカルベンチマーク' }).click();
  // 製造業C社: EBITDA ≤ 0 in the newest period
  await expect(page.getByTestId('value-ebitdaBairitsu-2')).toContainText('算出不可');

  await page.getByRole('tab', { name: '非財務（4つの視点）' }).click();
  const q = page.getByLabel('お客様が他社ではなく御社を選ぶ理由は何だと思いますか。');
  await q.fill('短納期の特注品に対応できること。');
  await page.getByRole('tab', { name: '商流・業務フロー' }).click();
  await page.getByRole('button', { name: '＋ 仕入先を追加' }).click();
  await page.getByLabel(/^仕入先 \d+ 名称$/).last().fill('地元の生コン工場');
  await expect(page.getByLabel('商流の流れ')).toContainText('地元の生コン工場');
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');
  await page.screenshot({ path: 'test-results/lokaben-shoryu.png', fullPage: true });

  await page.reload();
  await page.getByRole('tab', { name: '非財務（4つの視点）' }).click();
  await expect(page.getByLabel('お客様が他社ではなく御社を選ぶ理由は何だと思いますか。')).toHaveValue('短納期の特注品に対応できること。');
  await page.screenshot({ path: 'test-results/lokaben-hizaimu.png' });
  await page.getByRole('tab', { name: '商流・業務フロー' }).click();
  await expect(page.getByLabel('商流の流れ')).toContainText('地元の生コン工場');

  // What the plan sections will offer to cite.
  await page.getByRole('tab', { name: '計画書への引用' }).click();
  const analysis = page.getByRole('region', { name: '企業概要・現状と課題（経営状況分析）' });
  await expect(analysis).toContainText('財務分析（6つの指標）');
  await expect(analysis).toContainText('EBITDA有利子負債倍率（健全性）');
  await expect(analysis).toContainText('直近期は算出不可（営業利益＋減価償却費がマイナス');
  await expect(page.getByRole('region', { name: '自社の強み' })).toContainText('短納期の特注品に対応できること。');
  await page.screenshot({ path: 'test-results/lokaben-cite.png', fullPage: true });
});

test('ロカベン: 決算 figures come in from an Excel sheet; unreadable cells are named', async ({ page, server }) => {
  const { writeXlsx } = await import('../../electron/xlsx/writeSheet');
  await page.goto(server.url);
  await page.getByRole('link', { name: 'C工業株式会社' }).click();
  await page.getByRole('link', { name: 'ローカルベンチマーク' }).click();
  const xlsx = await writeXlsx('決算', [['項目', '2026年3月期'], ['売上高', '180,000'], ['営業利益', '△4,000'], ['総資産', 'ひみつ']]);
  page.once('dialog', (d) => void d.accept());
  await page.getByLabel('Excelから読み込む').setInputFiles({ name: '決算.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsx) });
  await expect(page.getByRole('status').filter({ hasText: '1 期・2 個の数値を読み込みました' })).toBeVisible();
  await expect(page.getByRole('list', { name: '読めなかったセル' })).toContainText('B4');
  await expect(page.getByLabel('2026年3月期 売上高', { exact: true })).toHaveValue('180,000');
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');
});

test('ロカベン: the owner comments on a viewpoint and marks it 確認済み, as on plan sections', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: '株式会社A工務店' }).click();
  await page.getByRole('link', { name: 'ローカルベンチマーク' }).click();
  await page.getByRole('tab', { name: /非財務/ }).click();
  const first = page.locator('.viewpoint-review').first();
  await first.getByRole('button', { name: '事業者が確認済みにする' }).click();
  await expect(first.getByText('確認済み', { exact: true })).toBeVisible();
  await first.getByRole('button', { name: /コメント/ }).click();
  await first.getByLabel('コメント').fill('後継者のことも書いておきたい');
  await first.getByRole('button', { name: 'コメントを追加' }).click();
  await page.reload();
  await page.getByRole('tab', { name: /非財務/ }).click();
  await expect(page.locator('.viewpoint-review').first().getByText('確認済み', { exact: true })).toBeVisible();
  await expect(page.locator('.viewpoint-review').first().getByRole('button', { name: /コメント（1・未対応 1）/ })).toBeVisible();
});
