import { describe, expect, it } from 'vitest';
import { portfolioSnapshot } from '../../../electron/store/portfolioView';
import { createPortfolioRepo } from '../../../electron/store/portfolio';
import { BACKENDS } from '../testStore';
import { openTestEnv } from '../helpers';

/** The dashboard's rows in memory, kept current by what changed (electron/store/portfolioView.ts). */
describe.each(BACKENDS)('portfolio view (%s)', (backend) => {
  async function setUp() {
    const env = await openTestEnv(backend);
    const client = await env.clients.create({ name: '株式会社テスト', advisor: '田中' });
    const a = await env.applications.create({ clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-t', koboKai: '第1回', title: '計画A' });
    const b = await env.applications.create({ clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-t', koboKai: '第1回', title: '計画B' });
    return { env, client, a, b };
  }

  it('follows every change: a save, a new application, a client renamed, a deletion', async () => {
    const { env, client, a, b } = await setUp();
    const rows = async () => (await portfolioSnapshot(env.sql)).rows.map((r) => `${r.title}/${r.clientName}/${r.clientAdvisor}`);
    expect(await rows()).toEqual(['計画B/株式会社テスト/田中', '計画A/株式会社テスト/田中']);
    await env.applications.rename(a.id, '計画A2', a.revision);
    expect(await rows()).toEqual(['計画A2/株式会社テスト/田中', '計画B/株式会社テスト/田中']); // the newest first
    await env.applications.create({ clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-t', koboKai: '第1回', title: '計画C' });
    expect(await rows()).toHaveLength(3);
    await env.clients.update(client.id, { name: '株式会社テスト改', advisor: '佐藤' }, client.revision);
    expect((await rows()).every((r) => r.endsWith('/株式会社テスト改/佐藤'))).toBe(true);
    await env.applications.delete(b.id);
    expect((await rows()).map((r) => r.split('/')[0])).toEqual(['計画C', '計画A2']);
  });

  it('`seq` stays while nothing changes and moves on any write; `version` only on what the statistics count', async () => {
    const { env, a } = await setUp();
    const first = await portfolioSnapshot(env.sql);
    const again = await portfolioSnapshot(env.sql);
    expect([again.seq, again.version]).toEqual([first.seq, first.version]);
    // An autosave: the rows changed (updated_at), the statistics did not.
    await env.applications.saveSection(a.id, 'gaiyo', { body: '自動保存' }, a.revision);
    const saved = await portfolioSnapshot(env.sql);
    expect(saved.seq).toBeGreaterThan(again.seq);
    expect(saved.version).toBe(again.version);
    expect((await portfolioSnapshot(env.sql)).seq).toBe(saved.seq);
    // A stage change: both move.
    const portfolio = createPortfolioRepo(env.sql);
    const p = await portfolio.pipelineOf(a.id);
    await env.sql.tx(async () => {
      await env.applications.bump(a.id, { parts: { pipeline: 0 } }, { ignoreLock: true });
      await portfolio.savePipeline(a.id, { ...p.record, status: 'ownerReview' });
    });
    const moved = await portfolioSnapshot(env.sql);
    expect(moved.seq).toBeGreaterThan(saved.seq);
    expect(moved.version).toBeGreaterThan(saved.version);
  });
});
