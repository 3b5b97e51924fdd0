import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { dispatch } from '../../../electron/api/dispatch';
import { openPostgres } from '../../../electron/store/postgres/open';
import { PG_SCHEMA_VERSION } from '../../../electron/store/postgres/migrations';
import { CHANGES_CHANNEL, type PostgresStore } from '../../../electron/store/sql/postgres';
import type { ChangeEvent } from '../../../electron/store/sql/types';
import { ApiFailure } from '../../../shared/api/errors';
import type { Application } from '../../../shared/schemas/application';
import type { Client } from '../../../shared/schemas/client';
import type { ApplicationChange } from '../../../shared/api/chamberContract';
import { freePort, startTempCluster } from '../../support/pgCluster';
import { cleanup, envOf, freshSchema, PG_URL, type TestEnv } from '../testStore';
import { fixtureTemplates, tempDir } from '../helpers';

/**
 * What only the chamber's PostgreSQL has: several machines on one database (row locks across
 * connections), a schema that is checked and migrated, change notices (LISTEN/NOTIFY), and a server
 * that can go away and come back.
 */

const quiet = () => undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A store on `url` as one machine opens it, closed when the test ends. */
async function machine(url: string): Promise<TestEnv> {
  const sql = await openPostgres({ connectionString: url });
  cleanup(() => sql.close());
  return envOf({ backend: 'postgres', sql, file: url, dataDir: tempDir(), url }, fixtureTemplates());
}

/** Two machines on one fresh schema. */
async function twoMachines() {
  const url = await freshSchema();
  const a = await machine(url);
  const b = await machine(url);
  return { url, a, b };
}

/** A connection of its own, outside Banso, to look at (or tamper with) the schema. */
async function raw(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  cleanup(() => c.end());
  return c;
}

async function newApplication(env: TestEnv): Promise<Application> {
  const c = await env.call<Client>('createClient', { name: '株式会社A工務店' });
  return env.call<Application>('createApplication', { clientId: c.id, programId: 'jizokuka', templateId: 'jizokuka-t' });
}

/** Collects what a store hears; `until` waits for a matching event. */
function listenOn(store: PostgresStore | TestEnv['sql']) {
  const heard: ChangeEvent[] = [];
  const waiters = new Set<() => void>();
  const off = store.subscribe((e) => {
    heard.push(e);
    for (const w of waiters) w();
  });
  cleanup(off);
  const until = (pred: (e: ChangeEvent) => boolean, ms: number) =>
    new Promise<ChangeEvent | undefined>((resolve) => {
      const check = () => {
        const hit = heard.find(pred);
        if (hit) done(hit);
      };
      const timer = setTimeout(() => done(undefined), ms);
      function done(e: ChangeEvent | undefined) {
        clearTimeout(timer);
        waiters.delete(check);
        resolve(e);
      }
      waiters.add(check);
      check();
    });
  return { heard, until };
}

/**
 * Waits until `to` hears a notice sent on `from`'s connection (its LISTEN connection is up: it connects
 * in the background after the store opens), so a test's "nothing arrived" means something.
 */
async function listening(from: TestEnv, to: ReturnType<typeof listenOn>) {
  const deadline = Date.now() + 10_000;
  for (let i = 0; Date.now() < deadline; i++) {
    const id = `ping-${i}`;
    const ping: ChangeEvent = { applicationId: id, parts: [], revision: 0, user: 'test', at: new Date().toISOString() };
    await from.sql.run('SELECT pg_notify(?, ?)', [CHANGES_CHANNEL, JSON.stringify(ping)]);
    if (await to.until((e) => e.applicationId === id, 200)) return;
  }
  throw new Error('the second machine never heard the first');
}

describe.skipIf(!PG_URL)('PostgreSQL (chamber mode)', () => {
  describe('two machines on one database', () => {
    it('the same section saved from the same base at once: exactly one is kept, the other gets CONFLICT', async () => {
      const { a, b } = await twoMachines();
      const app = await newApplication(a);
      let base = 0;
      for (let round = 0; round < 8; round++) {
        const texts = [`A の入力 ${round}`, `B の入力 ${round}`];
        const [ra, rb] = await Promise.all(
          [a, b].map((m, i) => dispatch(m.handlers, 'saveSection', { id: app.id, sectionId: 'gaiyo', values: { body: texts[i] }, baseRevision: base }, quiet)),
        );
        const results = [ra!, rb!];
        const won = results.filter((r) => r.ok);
        const lost = results.filter((r) => !r.ok);
        expect(won, `round ${round}`).toHaveLength(1);
        expect(lost.map((r) => (r.ok ? '' : r.error.code))).toEqual(['CONFLICT']);
        const winner = results.findIndex((r) => r.ok);
        base = (won[0] as { ok: true; value: { revision: number } }).value.revision;
        // Both machines read the winner's text, at the winner's revision; one change logged per round.
        for (const m of [a, b]) {
          const now = await m.call<Application>('getApplication', { id: app.id });
          expect(now.content.gaiyo?.body).toBe(texts[winner]);
          expect(now.revision).toBe(base);
        }
      }
      expect(base).toBe(8);
      expect(await a.sql.get('SELECT count(*) AS n FROM change_log WHERE application_id = ?', [app.id])).toEqual({ n: 8 });
    });

    it('different sections of one application from the same base: both are saved and both values kept', async () => {
      const { a, b } = await twoMachines();
      const app = await newApplication(a);
      const bases = { gaiyo: 0, tsuyomi: 0 };
      for (let round = 0; round < 8; round++) {
        const [ra, rb] = await Promise.all([
          a.call<{ revision: number }>('saveSection', { id: app.id, sectionId: 'gaiyo', values: { body: `A の概要 ${round}` }, baseRevision: bases.gaiyo }),
          b.call<{ revision: number }>('saveSection', { id: app.id, sectionId: 'tsuyomi', values: { body: `B の強み ${round}` }, baseRevision: bases.tsuyomi }),
        ]);
        expect(ra!.revision).not.toBe(rb!.revision);
        bases.gaiyo = ra!.revision;
        bases.tsuyomi = rb!.revision;
        for (const m of [a, b]) {
          const now = await m.call<Application>('getApplication', { id: app.id });
          expect(now.content.gaiyo?.body).toBe(`A の概要 ${round}`);
          expect(now.content.tsuyomi?.body).toBe(`B の強み ${round}`);
          expect(now.revision).toBe(Math.max(ra!.revision, rb!.revision));
        }
      }
      expect((await a.call<Application>('getApplication', { id: app.id })).revision).toBe(16);
    });

    it('two machines editing one client from the same base: one is kept, the other gets CONFLICT', async () => {
      const { a, b } = await twoMachines();
      const c = await a.call<Client>('createClient', { name: 'C社' });
      const [ra, rb] = await Promise.all(
        [a, b].map((m, i) => dispatch(m.handlers, 'updateClient', { id: c.id, patch: { representative: `代表 ${i}` }, baseRevision: c.revision }, quiet)),
      );
      const results = [ra!, rb!];
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(['CONFLICT']);
      const winner = results.findIndex((r) => r.ok);
      expect(await b.call<Client>('getClient', { id: c.id })).toMatchObject({ representative: `代表 ${winner}`, revision: c.revision + 1 });
    });
  });

  describe('the schema', () => {
    const tables = async (c: pg.Client) =>
      (await c.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename')).rows.map((r) => r.tablename);

    it('a database written by a newer Banso is refused and left as it was', async () => {
      const url = await freshSchema();
      const first = await openPostgres({ connectionString: url, listen: false });
      await first.close();
      const c = await raw(url);
      await c.query("UPDATE banso_meta SET value = '999' WHERE key = 'schema_version'");
      const before = (await c.query('SELECT key, value FROM banso_meta ORDER BY key')).rows;
      const tablesBefore = await tables(c);
      const e = await openPostgres({ connectionString: url }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(ApiFailure);
      expect((e as ApiFailure).code).toBe('DB_NEWER_VERSION');
      expect((e as ApiFailure).message).toContain('新しいバージョン');
      expect((await c.query('SELECT key, value FROM banso_meta ORDER BY key')).rows).toEqual(before);
      expect(before).toContainEqual({ key: 'schema_version', value: '999' });
      expect(await tables(c)).toEqual(tablesBefore);
    });

    it("a schema holding another program's table is refused (DB_INVALID) and nothing is created", async () => {
      const url = await freshSchema();
      const c = await raw(url);
      await c.query('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)');
      await c.query('INSERT INTO invoices VALUES (1, 1000)');
      const e = await openPostgres({ connectionString: url }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(ApiFailure);
      expect((e as ApiFailure).code).toBe('DB_INVALID');
      expect(await tables(c)).toEqual(['invoices']);
      expect((await c.query('SELECT id, amount FROM invoices')).rows).toEqual([{ id: 1, amount: 1000 }]);
    });

    it('a banso_meta that is not Banso\'s is refused (DB_INVALID) and left as it was', async () => {
      const url = await freshSchema();
      const c = await raw(url);
      await c.query('CREATE TABLE banso_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      await c.query("INSERT INTO banso_meta VALUES ('app', 'other')");
      const e = await openPostgres({ connectionString: url }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect((e as ApiFailure).code).toBe('DB_INVALID');
      expect(await tables(c)).toEqual(['banso_meta']);
      expect((await c.query('SELECT key, value FROM banso_meta')).rows).toEqual([{ key: 'app', value: 'other' }]);
    });

    it('migrations are idempotent: opened again, one schema_version row, the same tables and indexes', async () => {
      const url = await freshSchema();
      const first = await openPostgres({ connectionString: url, listen: false });
      await first.close();
      const c = await raw(url);
      const once = await tables(c);
      expect(once).toEqual(expect.arrayContaining(['applications', 'banso_meta', 'change_log', 'clients', 'people', 'rule_packs']));
      const indexes = async () => (await c.query('SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname')).rows;
      const indexesOnce = await indexes();
      const second = await openPostgres({ connectionString: url, listen: false });
      await second.close();
      expect(await tables(c)).toEqual(once);
      expect(await indexes()).toEqual(indexesOnce);
      expect((await c.query("SELECT value FROM banso_meta WHERE key = 'schema_version'")).rows).toEqual([{ value: String(PG_SCHEMA_VERSION) }]);
      expect((await c.query('SELECT key, value FROM banso_meta ORDER BY key')).rows).toEqual([
        { key: 'app', value: 'banso' },
        { key: 'schema_version', value: String(PG_SCHEMA_VERSION) },
      ]);
    });

    it('two machines starting at once on an empty database: one migrates, the other waits and finds it done', async () => {
      const reference = await freshSchema();
      await (await openPostgres({ connectionString: reference, listen: false })).close();
      const expected = await tables(await raw(reference));
      // A race: tried on several empty schemas, as two PCs of a chamber would start on its new database.
      for (let round = 0; round < 10; round++) {
        const fresh = await freshSchema();
        const opened = await Promise.allSettled([openPostgres({ connectionString: fresh }), openPostgres({ connectionString: fresh })]);
        for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
        expect(opened.map((o) => (o.status === 'fulfilled' ? 'opened' : `${(o.reason as ApiFailure).code}: ${(o.reason as Error).message}`)), `round ${round}`).toEqual(['opened', 'opened']);
        const c = await raw(fresh);
        expect(await tables(c)).toEqual(expected);
        expect((await c.query("SELECT count(*)::int AS n FROM banso_meta WHERE key = 'schema_version'")).rows).toEqual([{ n: 1 }]);
      }
    });
  });

  describe('changes are announced to the other machines (LISTEN/NOTIFY)', () => {
    it('a save on machine A reaches machine B with the application, the part, the revision and who', async () => {
      const { a, b } = await twoMachines();
      const heard = listenOn(b.sql);
      await listening(a, heard);
      const app = await newApplication(a);
      const saved = await a.call<{ revision: number }>('saveSection', { id: app.id, sectionId: 'gaiyo', values: { body: '新しい文章' }, baseRevision: 0 });
      const e = await heard.until((x) => x.applicationId === app.id, 5000);
      expect(e).toMatchObject({ applicationId: app.id, parts: ['section:gaiyo'], revision: saved.revision, user: a.sql.user });
      expect(e!.user).toBe('postgres');
    });

    it('nothing is announced before the commit, and a rolled-back change never', async () => {
      const { a, b } = await twoMachines();
      const heard = listenOn(b.sql);
      await listening(a, heard);
      const app = await newApplication(a);

      // Rolled back: B never hears of it, and the text is not there.
      const rolledBack = a.sql.tx(async () => {
        await a.applications.saveSection(app.id, 'gaiyo', { body: '取り消される文章' }, 0);
        await sleep(500);
        throw new Error('rolled back');
      });
      await expect(rolledBack).rejects.toThrow('rolled back');
      expect(await heard.until((x) => x.applicationId === app.id, 1500)).toBeUndefined();
      expect((await b.call<Application>('getApplication', { id: app.id })).content.gaiyo).toBeUndefined();

      // Committed after a while: nothing while the transaction is open, the notice once it commits.
      let committed = false;
      const tx = a.sql.tx(async () => {
        const r = await a.applications.saveSection(app.id, 'gaiyo', { body: '確定する文章' }, 0);
        expect(await heard.until((x) => x.applicationId === app.id, 800)).toBeUndefined();
        committed = true;
        return r;
      });
      const e = await heard.until((x) => x.applicationId === app.id, 5000);
      expect(committed).toBe(true);
      const r = await tx;
      expect(e).toMatchObject({ applicationId: app.id, parts: ['section:gaiyo'], revision: r.revision });
      expect((await b.call<Application>('getApplication', { id: app.id })).content.gaiyo?.body).toBe('確定する文章');
      expect(heard.heard.filter((x) => x.applicationId === app.id)).toHaveLength(1);
    });

    it('waitForChanges on machine B answers as soon as machine A saves, not at the end of the wait', async () => {
      const { a, b } = await twoMachines();
      const heard = listenOn(b.sql);
      await listening(a, heard);
      const app = await newApplication(a);
      const started = Date.now();
      const waiting = b.call<{ changes: ApplicationChange[] }>('waitForChanges', { applicationId: app.id, afterRevision: 0, waitMs: 10_000 });
      await sleep(300);
      const saved = await a.call<{ revision: number }>('saveSection', { id: app.id, sectionId: 'tsuyomi', values: { body: '強み' }, baseRevision: 0 });
      const { changes } = await waiting;
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(300);
      expect(took).toBeLessThan(5000);
      expect(changes).toEqual([expect.objectContaining({ revision: saved.revision, parts: ['section:tsuyomi'], user: a.sql.user })]);
    });
  });

  describe('a server that cannot be reached', () => {
    it('opening a store on a closed port is refused with OFFLINE', async () => {
      const port = await freePort();
      const e = await openPostgres({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(ApiFailure);
      expect((e as ApiFailure).code).toBe('OFFLINE');
      expect((e as ApiFailure).message).toContain(`127.0.0.1:${port}`);
    });

    it('a server that goes away: the save is refused OFFLINE (nothing written), and the same save succeeds once it is back', async () => {
      const cluster = await startTempCluster();
      cleanup(() => cluster.stop());
      const statuses: boolean[] = [];
      const sql = await openPostgres({ connectionString: cluster.url, onStatus: (up) => statuses.push(up) });
      cleanup(() => sql.close());
      const env = await envOf({ backend: 'postgres', sql, file: cluster.url, dataDir: tempDir(), url: cluster.url }, fixtureTemplates());
      const app = await newApplication(env);
      const first = await env.call<{ revision: number }>('saveSection', { id: app.id, sectionId: 'gaiyo', values: { body: '落ちる前に保存した文章' }, baseRevision: 0 });
      const input = { id: app.id, sectionId: 'gaiyo', values: { body: '落ちている間の文章' }, baseRevision: first.revision };

      cluster.kill();
      await sleep(300); // the server is gone before the next save (see the test below for a save at that very moment)
      const refused = await env.fail('saveSection', input);
      expect(refused.code).toBe('OFFLINE');
      expect(statuses).toContain(false);
      expect((await env.fail('getApplication', { id: app.id })).code).toBe('OFFLINE');

      cluster.start();
      // Back: the acknowledged save is there, the refused one left nothing behind.
      const after = await env.call<Application>('getApplication', { id: app.id });
      expect(after.content.gaiyo?.body).toBe('落ちる前に保存した文章');
      expect(after.revision).toBe(first.revision);
      expect(await sql.get('SELECT count(*) AS n FROM change_log WHERE application_id = ?', [app.id])).toEqual({ n: 1 });
      expect(statuses.at(-1)).toBe(true);
      // The same save, from the same base, now goes through and is read back.
      const again = await env.call<{ revision: number }>('saveSection', input);
      expect(again.revision).toBe(first.revision + 1);
      expect((await env.call<Application>('getApplication', { id: app.id })).content.gaiyo?.body).toBe('落ちている間の文章');
    }, 60_000);

    it('a transaction on a connection the server dropped a moment ago is refused OFFLINE, without an uncaught error', async () => {
      const cluster = await startTempCluster();
      cleanup(() => cluster.stop());
      const uncaught: unknown[] = [];
      const onUncaught = (e: unknown) => uncaught.push(e);
      process.on('uncaughtException', onUncaught);
      cleanup(() => process.off('uncaughtException', onUncaught));
      const sql = await openPostgres({ connectionString: cluster.url, listen: false });
      cleanup(() => sql.close());
      await sql.get('SELECT 1'); // an idle connection in the pool
      cluster.kill(); // synchronous: the pool has not yet seen its connection end when the transaction takes it
      const e = await sql.tx(() => sql.get('SELECT 1')).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect((e as ApiFailure).code).toBe('OFFLINE');
      await sleep(200);
      expect(uncaught.map(String)).toEqual([]);
    }, 60_000);
  });
});
