import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

/**
 * The official ローカルベンチマーク table in the UI: load METI's tool (its 「業種平均」 sheet) on the ロカベン
 * page, see what was read, load it; the 27 小分類 and the size with its suggestion; scores follow the
 * choice; no 仮の基準値 anywhere; the report PDF names the table's source. The file is read from
 * ../shared/data/lokaben next to the checkout (never copied into the project).
 */
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OFFICIAL = path.resolve(root, '../shared/data/lokaben/benchmarks-gyoshu-heikin.xlsx');
const hasOfficial = fs.existsSync(OFFICIAL);
const hasPoppler = spawnSync('pdftoppm', ['-v']).error === undefined && spawnSync('pdftotext', ['-v']).error === undefined;

/** The expected totals of 工務店A社's three periods, computed by the app's own code from the same file (tests/e2e/lokabenExpected.ts). */
let expected: Record<string, string[]> | undefined;
function expectedTotals(shobunruiId: '0201' | '1005', size: 'shokibo' | 'chukibo'): string[] {
  if (!expected) {
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'tests/e2e/lokabenExpected.ts'), OFFICIAL], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`lokabenExpected.ts failed: ${r.stderr}`);
    expected = JSON.parse(r.stdout) as Record<string, string[]>;
  }
  const totals = expected[`${shobunruiId}:${size}`];
  if (!totals) throw new Error(`no expected totals for ${shobunruiId}:${size}`);
  return totals;
}

test('ロカベン: load the official 業種平均 table, pick 小分類 and size, scores change, no 仮の基準値, the report names the source', async ({ page, server }) => {
  test.skip(!hasOfficial, `${OFFICIAL} is absent: the official ローカルベンチマーク table cannot be loaded in this run`);
  await page.goto(server.url);
  await page.getByRole('link', { name: '株式会社A工務店' }).click();
  await page.getByRole('link', { name: 'ローカルベンチマーク' }).click();
  const table = page.getByTestId('lokaben-indicators');
  const totals = table.locator('tfoot td.total');
  await expect(totals.last()).toHaveText('23点／30点 B'); // the placeholder values
  await expect(page.getByTestId('placeholder-notice')).toBeVisible();

  // Pick the tool's Excel: what was read is shown before anything is stored.
  await page.getByLabel('業種基準値を読み込む（ローカルベンチマーク・ツールのExcel）').setInputFiles(OFFICIAL);
  const preview = page.getByRole('region', { name: '読み込む業種基準値の確認' });
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('benchmark-preview-size')).toHaveText('27業種 × 2規模（中規模事業者・小規模事業者）　54行・1,944個の数値');
  await expect(preview).toContainText('benchmarks-gyoshu-heikin.xlsx（シート「業種平均」）');
  await expect(preview).toContainText('2024-09-24（Kazuyuki Goshima）');
  await page.screenshot({ path: 'test-results/lokaben-benchmarks-preview.png', fullPage: true });
  await preview.getByRole('button', { name: '読み込む', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '業種基準値を読み込みました' })).toBeVisible();

  // The 27 小分類, 建設業 guessed from 「建設業（工務店・リフォーム）」, 小規模 suggested from 4 employees.
  const picker = page.getByLabel('比較する業種', { exact: true });
  await expect(picker.locator('option')).toHaveCount(27);
  await expect(picker).toHaveValue('0201');
  await expect(page.getByTestId('size-suggestion')).toContainText('従業員4名・建設業 → 小規模事業者の基準値');
  await expect(page.getByRole('radio', { name: /小規模事業者/ })).toBeChecked();
  await expect(page.getByTestId('placeholder-notice')).toHaveCount(0);
  await expect(page.getByTestId('lokaben-radar')).not.toContainText('仮の基準値');
  await expect(page.getByTestId('benchmark-used')).toContainText('建設業・小規模事業者の基準値と比べています（ローカルベンチマーク・ツール『業種平均』（benchmarks-gyoshu-heikin.xlsx、最終更新 2024-09-24、');
  await expect(totals).toHaveText(expectedTotals('0201', 'shokibo'));
  await page.screenshot({ path: 'test-results/lokaben-benchmarks-page.png', fullPage: true });

  // The advisor changes the size, then the 小分類: the scores follow, and each choice is saved.
  await page.getByRole('radio', { name: /中規模事業者/ }).check();
  await expect(totals).toHaveText(expectedTotals('0201', 'chukibo'));
  await expect(page.getByTestId('size-suggestion')).toContainText('いまは選んだ中規模事業者の基準値で比べています');
  await picker.selectOption({ label: '専門サービス業' });
  await expect(totals).toHaveText(expectedTotals('1005', 'chukibo'));
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');
  await page.reload();
  await expect(page.getByLabel('比較する業種', { exact: true })).toHaveValue('1005');
  await expect(page.getByRole('radio', { name: /中規模事業者/ })).toBeChecked();
  await expect(page.getByTestId('lokaben-indicators').locator('tfoot td.total')).toHaveText(expectedTotals('1005', 'chukibo'));

  // Back to 建設業 and the suggested size for the report.
  await page.getByLabel('比較する業種', { exact: true }).selectOption('0201');
  await page.getByRole('button', { name: '提案に戻す' }).click();
  await expect(page.getByRole('radio', { name: /小規模事業者/ })).toBeChecked();
  await expect(page.getByTestId('lokaben-indicators').locator('tfoot td.total')).toHaveText(expectedTotals('0201', 'shokibo'));
  await expect(page.getByTestId('save-status')).toHaveText('保存済み');

  // The report PDF: no watermark, the source named.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '報告書（PDF）を書き出す' }).click();
  const d = await download;
  const file = path.resolve('test-results/lokaben-benchmarks-report.pdf');
  await d.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (!hasPoppler) {
    console.warn('SKIP: poppler (pdftoppm, pdftotext) is absent — the report PDF is not rendered or read');
    return;
  }
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
  expect(text).not.toContain('仮の基準値');
  expect(text).toContain('業種基準値：ローカルベンチマーク・ツール『業種平均』（benchmarks-gyoshu-heikin.xlsx、最終更新2024-09-24、');
  expect(text).toContain('比較する業種：建設業・小規模事業者');
  const png = path.resolve('test-results/lokaben-benchmarks-report');
  const r = spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file, png]);
  expect(r.status).toBe(0);
  expect(fs.existsSync(`${png}.png`)).toBe(true);
});

test('設定・情報: the table in use is named; an earlier state can be restored', async ({ page, server }) => {
  test.skip(!hasOfficial, `${OFFICIAL} is absent: the official ローカルベンチマーク table cannot be loaded in this run`);
  await page.goto(server.url);
  await page.getByRole('link', { name: '設定・情報' }).click();
  const section = page.getByRole('region', { name: 'ローカルベンチマークの業種基準値' });
  await expect(section.getByTestId('benchmark-current')).toContainText('仮の基準値');
  await section.getByLabel('業種基準値を読み込む（ローカルベンチマーク・ツールのExcel）').setInputFiles(OFFICIAL);
  await section.getByRole('button', { name: '読み込む', exact: true }).click();
  await expect(section.getByTestId('benchmark-current')).toContainText('ローカルベンチマーク・ツール『業種平均』（benchmarks-gyoshu-heikin.xlsx、最終更新 2024-09-24、');
  await page.screenshot({ path: 'test-results/lokaben-benchmarks-settings.png', fullPage: true });
  page.once('dialog', (dlg) => void dlg.accept());
  await section.getByText('以前の業種基準値・仮の基準値に戻す').click();
  await section.getByRole('button', { name: '読み込んだ基準値を使わず、仮の基準値に戻す' }).click();
  await expect(section.getByTestId('benchmark-current')).toContainText('仮の基準値');
  await section.getByRole('button', { name: 'この基準値に戻す' }).first().click(); // the history stays open
  await expect(section.getByTestId('benchmark-current')).toContainText('benchmarks-gyoshu-heikin.xlsx');
});
