import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// Numbers as advisors type them (「20万2千」, 「1.5億」, △…) are understood and saved; anything else stays
// visibly invalid in the cell and is never saved, not even as the prefix that was valid a keystroke earlier.

const CLIENT = 'B縫製株式会社';
const APP = 'CAD/CAMとRFIDによる多品種少量生産体制の構築';

async function openSection(page: Page, url: string, section: RegExp): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: CLIENT }).click();
  await page.getByRole('link', { name: APP }).click();
  await expect(page.getByRole('heading', { name: APP })).toBeVisible();
  await page.getByRole('navigation', { name: '項目' }).getByRole('button', { name: section }).click();
}

/** Types as a person does: select what is there, then one key at a time (every prefix reaches the app). */
async function typeInto(cell: Locator, text: string): Promise<void> {
  await cell.click();
  await cell.press('ControlOrMeta+a');
  await cell.pressSequentially(text);
}

const cellOf = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('保存済み');

test('plan cells (千円 and 円) understand 「20万2千」 and keep it after a reload', async ({ page, server }) => {
  await openSection(page, server.url, /^(?!.*②).*会社全体の事業計画/);
  const sales = cellOf(page, '直近期 売上高');
  await expect(sales).toHaveValue('240,000');
  await typeInto(sales, '20万2千');
  // While focused, the cell says what it understood: an amount in 万 is yen, shown in the cell's 千円.
  await expect(sales).toHaveAccessibleDescription('= 202千円（202,000円）');
  await page.locator('.plan .table-scroll').screenshot({ path: 'test-results/numbers-understood.png' });
  await sales.press('Tab');
  await expect(sales).toHaveValue('202');

  const wage = cellOf(page, '直近期 事業場内最低賃金（時給）');
  await typeInto(wage, '１，２００円');
  await wage.press('Tab');
  await expect(wage).toHaveValue('1,200');

  const cost = cellOf(page, '1年後 売上原価');
  await typeInto(cost, '1.5億');
  await cost.press('Tab');
  await expect(cost).toHaveValue('150,000');

  const profit = cellOf(page, '1年後 営業利益');
  await typeInto(profit, '△3千万');
  await profit.press('Tab');
  await expect(profit).toHaveValue('-30,000');
  await saved(page);

  await page.reload();
  await expect(cellOf(page, '直近期 売上高')).toHaveValue('202');
  await expect(cellOf(page, '直近期 事業場内最低賃金（時給）')).toHaveValue('1,200');
  await expect(cellOf(page, '1年後 売上原価')).toHaveValue('150,000');
  await expect(cellOf(page, '1年後 営業利益')).toHaveValue('-30,000');
});

test('expense 単価 and table 金額 cells understand 「20万2千」 and keep it after a reload', async ({ page, server }) => {
  await openSection(page, server.url, /④ 今回の事業に要する経費/);
  const price = cellOf(page, '1行目 単価');
  await typeInto(price, '20万2千');
  await expect(price).toHaveAccessibleDescription('= 202,000円');
  await price.press('Tab');
  await expect(price).toHaveValue('202,000');

  const amount = cellOf(page, '1行目 金額');
  await typeInto(amount, '650万');
  await amount.press('Tab');
  await expect(amount).toHaveValue('6,500,000');
  await saved(page);

  await page.reload();
  await expect(cellOf(page, '1行目 単価')).toHaveValue('202,000');
  await expect(cellOf(page, '1行目 金額')).toHaveValue('6,500,000');
});

test('a plan cell with text that is not a number says so and never keeps a partial value', async ({ page, server }) => {
  await openSection(page, server.url, /^(?!.*②).*会社全体の事業計画/);
  const cost = cellOf(page, '直近期 売上原価');
  await expect(cost).toHaveValue('178,000');
  await typeInto(cost, '20万2千x');
  await cost.press('Tab');
  // The typed text stays, marked invalid, with a visible message (not only a tooltip).
  await expect(cost).toHaveValue('20万2千x');
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  const message = cost.locator('xpath=ancestor::td[1]').getByText(/保存されていません/);
  await expect(message).toBeVisible();
  await expect(cost).toHaveAccessibleDescription(/保存されていません/);
  await page.locator('.plan .table-scroll').screenshot({ path: 'test-results/numbers-invalid.png' });

  // A number the plan cannot hold (時給 up to 100,000円) is refused in the cell the same way.
  const wage = cellOf(page, '直近期 事業場内最低賃金（時給）');
  await typeInto(wage, '20万2千');
  await wage.press('Tab');
  await expect(wage).toHaveAttribute('aria-invalid', 'true');
  await expect(wage.locator('xpath=ancestor::td[1]').getByText(/100,000以下/)).toBeVisible();
  await saved(page);

  await page.reload();
  // The value from before the edit, not 20 (the valid prefix typed on the way to 「20万2千x」).
  await expect(cellOf(page, '直近期 売上原価')).toHaveValue('178,000');
  await expect(cellOf(page, '直近期 売上原価')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(cellOf(page, '直近期 事業場内最低賃金（時給）')).toHaveValue('1,180');
});

test('an expense 単価 or table 金額 that is not a number is never saved as a partial value', async ({ page, server }) => {
  await openSection(page, server.url, /④ 今回の事業に要する経費/);
  const price = cellOf(page, '2行目 単価');
  await expect(price).toHaveValue('7,800,000');
  await typeInto(price, '3千x');
  await price.press('Tab');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(price.locator('xpath=ancestor::td[1]').getByText(/保存されていません/)).toBeVisible();

  const amount = cellOf(page, '2行目 金額');
  await expect(amount).toHaveValue('10,000,000');
  await typeInto(amount, '12万万');
  await amount.press('Tab');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount.locator('xpath=ancestor::td[1]').getByText(/保存されていません/)).toBeVisible();
  await saved(page);

  await page.reload();
  await expect(cellOf(page, '2行目 単価')).toHaveValue('7,800,000');
  await expect(cellOf(page, '2行目 金額')).toHaveValue('10,000,000');
});

test('Escape in a cell with text that is not a number brings back the saved value', async ({ page, server }) => {
  await openSection(page, server.url, /^(?!.*②).*会社全体の事業計画/);
  const staff = cellOf(page, '直近期 従業員数');
  await expect(staff).toHaveValue('18');
  await typeInto(staff, '2０人x');
  await expect(staff).toHaveAttribute('aria-invalid', 'true');
  await staff.press('Escape');
  await expect(staff).toHaveValue('18');
  await expect(staff).not.toHaveAttribute('aria-invalid', 'true');
});

test('the client form reads 「1,000万円」 and refuses a number it cannot read, saving nothing', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '＋ 新しい事業者' }).click();
  const dialog = page.getByRole('dialog', { name: '新しい事業者' });
  await dialog.getByLabel('事業者名').fill('有限会社テスト精工');
  const capital = dialog.getByRole('textbox', { name: '資本金（円）' });
  await capital.fill('20万2千x');
  await expect(capital).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: '登録する' }).click();
  await expect(dialog.getByRole('alert')).toContainText('資本金');
  await expect(dialog).toBeVisible();

  await capital.fill('1,000万円');
  await expect(capital).toHaveAccessibleDescription('= 10,000,000円');
  await dialog.getByRole('textbox', { name: '従業員数（人）' }).fill('１２人');
  await dialog.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('heading', { name: '有限会社テスト精工' })).toBeVisible();
  await expect(page.getByText('10,000,000 円')).toBeVisible();
});
