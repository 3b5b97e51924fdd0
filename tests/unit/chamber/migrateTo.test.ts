import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../../electron/store/postgres/open';
import { migrateTo } from '../../../electron/chamber/migrateTo';
import { cleanup, freshSchema, openEnv, PG_URL } from '../testStore';
import { fixtureTemplates } from '../helpers';

/** Two advisors' SQLite files moved into one chamber database (npm run cli -- migrate-to). */
describe.skipIf(!PG_URL)('migrate-to', () => {
  const NUMBER = '7000012050002'; // a valid 法人番号 (check digit)
  const none = { merge: new Map<string, string>(), separate: new Set<string>() };

  async function advisorFile(clients: { name: string; corporateNumber?: string; text: string }[]) {
    const env = await openEnv(fixtureTemplates(), 'sqlite');
    for (const c of clients) {
      const client = await env.clients.create({ name: c.name, corporateNumber: c.corporateNumber ?? '', advisor: '田中 美咲' });
      const app = await env.call<{ id: string; revision: number }>('createApplication', { clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-t', title: `${c.name}の計画` });
      await env.call('saveSection', { id: app.id, sectionId: 'gaiyo', values: { body: c.text }, baseRevision: 0 });
      await env.call('takeSnapshot', { applicationId: app.id, name: '送付前' });
    }
    return env;
  }
  async function chamber() {
    const store = await openPostgres({ connectionString: await freshSchema(), listen: false });
    cleanup(() => store.close());
    return store;
  }
  const count = async (pg: Awaited<ReturnType<typeof chamber>>, table: string) => Number((await pg.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n);

  it('copies every table with counts and checksums that match, and a second run copies nothing', async () => {
    const file = await advisorFile([{ name: '株式会社A工務店', corporateNumber: NUMBER, text: 'Aの企業概要' }, { name: 'C工業株式会社', text: 'Cの企業概要' }]);
    const pg = await chamber();
    const first = await migrateTo(file.db!, pg, none, []);
    expect(first.ok).toBe(true);
    const t = Object.fromEntries(first.tables.map((x) => [x.table, x]));
    expect(t.clients).toMatchObject({ source: 2, copied: 2, alreadyThere: 0 });
    expect(t.applications).toMatchObject({ source: 2, copied: 2 });
    expect(t.snapshots!.copied).toBe(2);
    expect(t.change_log!.copied).toBe(2);
    for (const x of first.tables) expect(x.checksumChamber, x.table).toBe(x.checksumSource);
    const again = await migrateTo(file.db!, pg, none, []);
    expect(again.ok).toBe(true);
    expect(again.tables.reduce((n, x) => n + x.copied, 0)).toBe(0);
    expect(await count(pg, 'applications')).toBe(2);
    // The chamber reads the copied text back through the same store.
    const body = await pg.get<{ content: string }>("SELECT content FROM applications WHERE title = '株式会社A工務店の計画'");
    expect(JSON.parse(body!.content).gaiyo.body).toBe('Aの企業概要');
  });

  it('merges a client both advisors had by 法人番号, and stops to ask about a same-named one without', async () => {
    const pg = await chamber();
    const first = await advisorFile([{ name: '株式会社A工務店', corporateNumber: NUMBER, text: '田中の版' }, { name: 'C工業株式会社', text: 'Cの企業概要' }]);
    await migrateTo(first.db!, pg, none, []);
    const chamberA = (await pg.get<{ id: string }>('SELECT id FROM clients WHERE corporate_number = ?', [NUMBER]))!.id;

    const second = await advisorFile([{ name: '（株）A工務店', corporateNumber: NUMBER, text: '佐藤の版' }, { name: 'C工業株式会社', text: '佐藤のC' }]);
    const asked = await migrateTo(second.db!, pg, none, []);
    expect(asked.ambiguous.map((a) => a.name)).toEqual(['C工業株式会社']);
    expect(asked.tables).toEqual([]); // nothing written
    expect(await count(pg, 'applications')).toBe(2);

    const cSecond = asked.ambiguous[0]!.sourceId;
    const done = await migrateTo(second.db!, pg, { merge: new Map(), separate: new Set([cSecond]) }, []);
    expect(done.ok).toBe(true);
    expect(done.mergedClients).toEqual([expect.objectContaining({ chamberId: chamberA, by: '法人番号' })]);
    expect(await count(pg, 'clients')).toBe(3); // A once, C twice (kept separate on purpose)
    expect(await count(pg, 'applications')).toBe(4);
    // 佐藤's A社 application now belongs to the chamber's A社.
    const sato = await pg.get<{ client_id: string }>("SELECT client_id FROM applications WHERE title = '（株）A工務店の計画'");
    expect(sato!.client_id).toBe(chamberA);
  });
});
