import { test, expect } from './fixtures';

/**
 * After 採択, as a new user meets it: B社's もの補助 第18次 (adopted 2024-06, 9月決算) with two years of
 * actuals. Its 採択後 view shows the achievement and the 返還 estimate with the formula; raising the
 * minimum wage of the year in progress changes it; the dashboard lists the client at risk.
 */
const CLIENT = 'B縫製株式会社';
const APP = '自社ブランド試作のための縫製ラインの整備（前回）';

test('採択後: achievement, the 返還 estimate and what avoids it; an edit changes it; the dashboard lists the client at risk', async ({ page, server }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+09:00'));
  await page.setViewportSize({ width: 1400, height: 3400 }); // the whole view in one screenshot
  await page.goto(server.url);
  await page.getByRole('link', { name: CLIENT }).click();
  await page.getByRole('link', { name: APP }).click();
  await expect(page.getByRole('heading', { name: APP })).toBeVisible();
  await page.getByRole('tab', { name: '採択後' }).click();

  // このままでは: 給与 7,500,000 × (1 − 122/170) → 2,117,647円 + 最低賃金 2 years × 2,500,000円.
  await expect(page.getByTestId('henkan-total')).toContainText('7,117,647円');
  await expect(page.getByTestId('target-saiteiChingin')).toContainText('+19円');
  await expect(page.getByTestId('target-kyuyo')).toContainText('1.22%');
  await expect(page.getByTestId('henkan-kihon2')).toContainText('1.22% ÷ 1.70%');
  await expect(page.getByTestId('henkan-kihon2')).toContainText('2,117,647円（1円未満切捨て）');
  await expect(page.getByTestId('henkan-kihon2')).toContainText('未確認');
  const hint = page.getByTestId('avoid-hint').filter({ hasText: '事業場内最低賃金' });
  await expect(hint).toContainText('2027年3月31日までに');
  await expect(hint).toContainText('1,171円以上');
  await expect(page.getByTestId('avoid-hint').filter({ hasText: '給与支給総額' })).toContainText('64,795,310円以上');
  await page.screenshot({ path: 'test-results/aftercare-before.png', fullPage: true });

  // The advisor records this year's minimum wage at the level that avoids the year-3 返還.
  await page.getByRole('textbox', { name: '3年目（2027年9月期） 事業場内最低賃金（時給・3月末）' }).fill('1171');
  await expect(page.getByTestId('henkan-total')).toContainText('4,617,647円');
  await expect(page.getByTestId('avoid-hint').filter({ hasText: '事業場内最低賃金' })).toHaveCount(0);
  await expect(page.getByTestId('aftercare-save')).toHaveText('保存済み');
  await page.screenshot({ path: 'test-results/aftercare.png', fullPage: true });

  // The dashboard lists B社 at risk with the new estimate, and the next 事業化状況報告.
  await page.getByRole('link', { name: 'ポートフォリオ' }).click();
  const atRisk = page.getByTestId('at-risk');
  await expect(atRisk).toContainText(CLIENT);
  await expect(atRisk).toContainText('4,617,647円');
  await expect(atRisk).toContainText('うち確定 2,500,000円');
  await expect(page.getByTestId('reports-due')).toContainText('2027年5月30日');
  await expect(page.getByTestId('reports-due')).toContainText('事業化状況・知的財産権等報告 第2回');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: 'test-results/aftercare-dashboard.png' });

  // The edit was saved: back in the view, the cell holds it.
  await page.getByTestId('at-risk').getByRole('link', { name: new RegExp(CLIENT) }).click();
  await page.getByRole('tab', { name: '採択後' }).click();
  await expect(page.getByRole('textbox', { name: '3年目（2027年9月期） 事業場内最低賃金（時給・3月末）' })).toHaveValue('1,171');
});
