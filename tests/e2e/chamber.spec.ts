import { test, expect, startServer, type BansoServer } from './fixtures';
import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Chamber mode as a new chamber would try it: one PostgreSQL database, two advisors' browser-mode
 * servers (each signed in with their own login) and the manager's. Different sections of one
 * application, then the same section; then the manager's dashboard counts both advisors' adoptions.
 */
const ADMIN_URL = process.env.BANSO_E2E_DATABASE_URL ?? '';
const A_APP = 'リフォーム専門店の認知拡大と見積業務の効率化';
const B_MONO = 'CAD/CAMとRFIDによる多品種少量生産体制の構築';

test.skip(!ADMIN_URL, 'PostgreSQL not available (apt-get install postgresql)');

const urlFor = (base: string, user: string, db: string) => {
  const u = new URL(base);
  u.username = user;
  u.password = '';
  u.pathname = `/${db}`;
  return u.toString();
};
const sections = (page: Page) => page.getByRole('navigation', { name: '項目' });
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('保存済み');

async function openApp(page: Page, url: string, client: string, title: string) {
  await page.goto(url);
  await page.getByRole('link', { name: client }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** The pipeline moves of an application to 採択, through the API the page uses (its token). */
async function adopt(page: Page, title: string) {
  await page.evaluate(async (t) => {
    const token = sessionStorage.getItem('banso.token');
    const api = async (m: string, input: unknown) => {
      const r = (await (await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(input) })).json()) as { ok: boolean; value: any; error?: { message: string } };
      if (!r.ok) throw new Error(r.error?.message);
      return r.value;
    };
    const apps = await api('listApplications', { limit: 100 });
    const app = apps.items.find((a: { title: string }) => a.title === t);
    for (const to of ['ready', 'submitted', 'adopted']) {
      const p = await api('getPipeline', { applicationId: app.id });
      await api('moveApplication', { applicationId: app.id, to, on: '2026-11-30', baseRevision: p.revision });
    }
  }, title);
}

test('two advisors and the manager on one PostgreSQL: notices, merges, conflicts and the chamber totals', async ({ browser }) => {
  test.setTimeout(180_000);
  const suffix = randomBytes(3).toString('hex');
  const db = `chamber_${suffix}`;
  const [tanaka, sato, boss] = [`tanaka_${suffix}`, `sato_${suffix}`, `kanri_${suffix}`];
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  for (const r of ['banso_advisor', 'banso_manager']) {
    if (!(await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [r])).rowCount) await admin.query(`CREATE ROLE ${r} NOLOGIN`);
  }
  await admin.query('GRANT banso_advisor TO banso_manager');
  await admin.query(`CREATE ROLE ${tanaka} LOGIN IN ROLE banso_advisor; CREATE ROLE ${sato} LOGIN IN ROLE banso_advisor; CREATE ROLE ${boss} LOGIN IN ROLE banso_manager`);
  await admin.end();

  const servers: BansoServer[] = [];
  try {
    // The chamber's owner creates the schema (and the demo cases) once; the advisors' logins cannot.
    const setup = await startServer({ databaseUrl: urlFor(ADMIN_URL, 'postgres', db), demo: true });
    const owner = new pg.Client({ connectionString: urlFor(ADMIN_URL, 'postgres', db) });
    await owner.connect();
    await owner.query("INSERT INTO people (login, name, role) VALUES ($1, '田中 美咲', 'advisor'), ($2, '佐藤 大輔', 'advisor'), ($3, '山本 課長', 'manager')", [tanaka, sato, boss]);
    await owner.end();
    await setup.stop();

    const [a, b, m] = await Promise.all([tanaka, sato, boss].map((u) => startServer({ databaseUrl: urlFor(ADMIN_URL, u, db) })));
    servers.push(a!, b!, m!);
    const pa = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } })).newPage();
    const pb = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } })).newPage();

    // Both open A社's application; each is signed in as themselves.
    await openApp(pa, a!.url, '株式会社A工務店', A_APP);
    await openApp(pb, b!.url, '株式会社A工務店', A_APP);
    await expect(pa.getByTestId('signed-in')).toContainText('田中 美咲');
    await expect(pb.getByTestId('signed-in')).toContainText('佐藤 大輔');

    // Different sections: both kept; 佐藤 is told which section 田中 changed, and reloads it.
    await sections(pa).getByRole('button', { name: /企業概要/ }).click();
    await sections(pb).getByRole('button', { name: /顧客ニーズ/ }).click();
    await pa.locator('textarea').first().fill('田中が書いた企業概要（会議所サーバー）。');
    await saved(pa);
    await pb.locator('textarea').first().fill('佐藤が書いた顧客ニーズ。');
    await saved(pb);
    const notice = pb.getByTestId('other-changes');
    await expect(notice).toContainText('田中 美咲 さんが「1. 企業概要」を変更しました');
    await pb.screenshot({ path: 'test-results/chamber-notice.png' });
    await notice.getByRole('button', { name: 'この項目を読み込み直す' }).click();
    await sections(pb).getByRole('button', { name: /企業概要/ }).click();
    await expect(pb.locator('textarea').first()).toHaveValue('田中が書いた企業概要（会議所サーバー）。');
    // 佐藤's own section is still his.
    await sections(pb).getByRole('button', { name: /顧客ニーズ/ }).click();
    await expect(pb.locator('textarea').first()).toHaveValue('佐藤が書いた顧客ニーズ。');

    // The same section: 田中 saves first; 佐藤's typing, based on the older text, is kept and offered side by side.
    await sections(pa).getByRole('button', { name: /強み/ }).click();
    await sections(pb).getByRole('button', { name: /強み/ }).click();
    await pa.locator('textarea').first().fill('田中の版の強み。');
    await saved(pa);
    await pb.locator('textarea').first().fill('佐藤の版の強み。');
    const conflict = pb.getByRole('alertdialog', { name: '保存の競合' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('田中の版の強み。');
    await expect(pb.locator('textarea').first()).toHaveValue('佐藤の版の強み。');
    await conflict.getByRole('button', { name: 'この選択で確定する' }).click(); // 自分の入力を残す
    await saved(pb);
    await pa.reload();
    await expect(pa.locator('textarea').first()).toHaveValue('佐藤の版の強み。');
    // Each advisor adopts one application of their clients; each sees only their own on the portfolio.
    await adopt(pa, A_APP);
    await adopt(pb, B_MONO);
    // The version history says who submitted.
    await pa.reload();
    await pa.getByRole('tab', { name: '履歴' }).click();
    await expect(pa.getByRole('row', { name: /提出/ }).first()).toContainText(tanaka);
    await pa.goto(a!.url);
    await pa.getByRole('link', { name: 'ポートフォリオ' }).click();
    await expect(pa.getByTestId('portfolio-scope')).toBeVisible();

    // The manager sees the whole chamber: both advisors' adoptions (the demo's earlier one each, plus today's).
    const pm = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } })).newPage();
    await pm.goto(m!.url);
    await expect(pm.getByTestId('signed-in')).toContainText('山本 課長（管理者）');
    await pm.getByRole('link', { name: 'ポートフォリオ' }).click();
    await expect(pm.getByRole('heading', { name: 'ポートフォリオ' })).toBeVisible();
    await expect(pm.getByTestId('portfolio-scope')).toHaveCount(0);
    const byAdvisor = pm.getByRole('img', { name: '採択率のグラフ' }).nth(2);
    await expect(byAdvisor.locator('g', { hasText: '田中 美咲' })).toContainText('2 / 2 = 100.0%');
    await expect(byAdvisor.locator('g', { hasText: '佐藤 大輔' })).toContainText('2 / 2 = 100.0%');
    await expect(pm.getByRole('img', { name: '採択率のグラフ' }).first()).toContainText('4 / 4 = 100.0%');
    await pm.screenshot({ path: 'test-results/chamber-manager.png', fullPage: true });

    // Rule packs are the manager's: an advisor's login is refused by the database itself.
    const refused = await pa.evaluate(async () => {
      const token = sessionStorage.getItem('banso.token');
      const r = await fetch('/api/createRound', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ baseTemplateId: 'jizokuka-20', koboKai: '第21回', name: '持続化 第21回', edits: [] }) });
      return (await r.json()) as { ok: boolean; error?: { code: string } };
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    const cleanup = new pg.Client({ connectionString: ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    for (const r of [tanaka, sato, boss]) await cleanup.query(`DROP ROLE IF EXISTS ${r}`);
    await cleanup.end();
  }
});

test('the chamber server stops mid-session: the screen says so, the typing stays and is saved when it is back', async ({ page }) => {
  test.setTimeout(120_000);
  const { startTempCluster } = await import('../support/pgCluster');
  const cluster = await startTempCluster();
  let server: BansoServer | undefined;
  try {
    server = await startServer({ databaseUrl: cluster.url, demo: true });
    await openApp(page, server.url, '株式会社A工務店', A_APP);
    await sections(page).getByRole('button', { name: /企業概要/ }).click();
    await page.locator('textarea').first().fill('サーバー停止前に保存した文。');
    await saved(page);

    cluster.kill(); // as a crash would
    await page.locator('textarea').first().fill('サーバーが止まっている間に書いた文。');
    await expect(page.getByTestId('save-status')).toContainText('サーバーに接続できません');
    await expect(page.getByTestId('connection-banner')).toBeVisible();
    await page.screenshot({ path: 'test-results/chamber-offline.png' });
    await expect(page.locator('textarea').first()).toHaveValue('サーバーが止まっている間に書いた文。');

    cluster.start();
    await saved(page); // retried by itself
    await expect(page.getByTestId('connection-banner')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('textarea').first()).toHaveValue('サーバーが止まっている間に書いた文。');
  } finally {
    await server?.stop();
    cluster.stop();
  }
});
