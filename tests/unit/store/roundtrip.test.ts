import { describe, expect, it } from 'vitest';
import { createClientsRepo } from '../../../electron/store/clients';
import { createApplicationsRepo } from '../../../electron/store/applications';
import { openPostgres } from '../../../electron/store/postgres/open';
import type { SqlStore } from '../../../electron/store/sql/types';
import { BACKENDS, cleanup, openTestStore, type TestEnv } from '../testStore';
import { openTestEnv } from '../helpers';

/** Section text (JSON) keeps even NUL; names and notes refuse it (PostgreSQL cannot store it in a column). */
const WITH_NUL = 'と\u0000ヌル';
const TRICKY = [
  '𠮷野家の😀絵文字👨‍👩‍👧‍👦と異体字󠄀',
  'か\u3099が\u309a（結合文字）e\u0301',
  '改行\r\nと\tタブ',
  '𠀋'.repeat(50_000), // 50,000 characters outside the BMP
  'あ'.repeat(50_000),
];

/** The same data seen through a new connection once the first is closed: the SQLite file opened again, or a new PostgreSQL store on the schema. */
async function reopen(env: TestEnv): Promise<SqlStore> {
  await env.sql.close();
  if (env.backend === 'sqlite') return (await openTestStore('sqlite', env.file)).sql;
  const sql = await openPostgres({ connectionString: env.url!, listen: false });
  cleanup(() => sql.close());
  return sql;
}

describe.each(BACKENDS)('%s', (backend) => {
  describe('store round-trips text exactly', () => {
    it('client names and notes', async () => {
      const env = await openTestEnv(backend);
      const clients = createClientsRepo(env.sql);
      for (const t of TRICKY) {
        const c = await clients.create({ name: [...t].slice(0, 100).join(''), notes: t });
        expect((await clients.get(c.id)).notes).toBe(t);
        expect((await clients.get(c.id)).name).toBe([...t].slice(0, 100).join(''));
      }
      const again = createClientsRepo(await reopen(env));
      const all = await again.list('', 0, 100);
      expect(all.total).toBe(TRICKY.length);
      for (const item of all.items) expect(TRICKY.some((t) => (item.name === [...t].slice(0, 100).join('')))).toBe(true);
      await expect(clients.create({ name: `事業者${WITH_NUL}` })).rejects.toThrow(/使えない文字（NUL）/);
    });

    it('section text of an application, after closing and reopening the store', async () => {
      const env = await openTestEnv(backend);
      const client = await createClientsRepo(env.sql).create({ name: 'A社' });
      const apps = createApplicationsRepo(env.sql);
      const a = await apps.create({ clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-t', koboKai: '第1回', title: 't' });
      for (const [i, t] of [...TRICKY, WITH_NUL].entries()) await apps.saveSection(a.id, `s${i}`, { body: t }, 0);
      const again = await createApplicationsRepo(await reopen(env)).get(a.id);
      [...TRICKY, WITH_NUL].forEach((t, i) => expect(again.content[`s${i}`]?.body).toBe(t));
      expect(again.revision).toBe(TRICKY.length + 1);
    });
  });

  describe('clients', () => {
    it('search matches name, industry and advisor; LIKE wildcards are literal', async () => {
      const { sql } = await openTestEnv(backend);
      const clients = createClientsRepo(sql);
      await clients.create({ name: '株式会社A工務店', industry: '建設業', advisor: '田中' });
      await clients.create({ name: 'B縫製', industry: '製造業', advisor: '佐藤' });
      await clients.create({ name: '100%果汁の店' });
      await clients.create({ name: 'C_D商事' });
      expect((await clients.list('工務店', 0, 10)).items.map((c) => c.name)).toEqual(['株式会社A工務店']);
      expect((await clients.list('製造', 0, 10)).items.map((c) => c.name)).toEqual(['B縫製']);
      expect((await clients.list('佐藤', 0, 10)).total).toBe(1);
      expect((await clients.list('%', 0, 10)).items.map((c) => c.name)).toEqual(['100%果汁の店']);
      expect((await clients.list('_', 0, 10)).items.map((c) => c.name)).toEqual(['C_D商事']);
      // Latin letters match either case, on both backends (PostgreSQL's LIKE alone would not).
      expect((await clients.list('c_d', 0, 10)).items.map((c) => c.name)).toEqual(['C_D商事']);
      expect((await clients.list('', 0, 2)).items).toHaveLength(2);
      expect((await clients.list('', 0, 2)).total).toBe(4);
    });

    it('deleting a client deletes its applications (foreign keys on)', async () => {
      const { sql } = await openTestEnv(backend);
      const clients = createClientsRepo(sql);
      const apps = createApplicationsRepo(sql);
      const c = await clients.create({ name: 'C社' });
      await apps.create({ clientId: c.id, programId: 'jizokuka', templateId: 'jizokuka-t', koboKai: '第1回', title: 't' });
      expect(await clients.delete(c.id)).toBe(true);
      expect((await apps.list(undefined, 0, 10)).total).toBe(0);
      expect(await sql.get('SELECT count(*) AS n FROM applications')).toEqual({ n: 0 });
    });
  });
});
