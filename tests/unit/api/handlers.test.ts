import { ClientInput } from '../../../shared/schemas/client';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { openTestEnv } from '../helpers';
import { BACKENDS } from '../testStore';

const quiet = () => undefined;

describe.each(BACKENDS)('%s', (backend) => {
  describe('dispatch', () => {
    it('creates and lists clients with good input', async () => {
      const { handlers } = await openTestEnv(backend);
      const created = await dispatch(handlers, 'createClient', { name: '株式会社A工務店', employeeCount: 4 });
      expect(created.ok).toBe(true);
      const list = await dispatch(handlers, 'listClients', {});
      expect(list).toMatchObject({ ok: true, value: { total: 1, items: [{ name: '株式会社A工務店', applicationCount: 0 }] } });
    });

    it.each([
      ['createClient', { name: '' }, 'BAD_INPUT'],
      ['createClient', { name: 'x', employeeCount: -1 }, 'BAD_INPUT'],
      ['createClient', { name: 'x', employeeCount: '4人' }, 'BAD_INPUT'],
      ['createClient', null, 'BAD_INPUT'],
      ['createClient', 'just a string', 'BAD_INPUT'],
      ['getClient', { id: 42 }, 'BAD_INPUT'],
      ['getClient', { id: 'missing' }, 'NOT_FOUND'],
      ['saveSection', { id: 'x', sectionId: 's', values: { body: { nested: true } } }, 'BAD_INPUT'],
      ['listClients', { limit: 100000 }, 'BAD_INPUT'],
      ['dropDatabase', {}, 'UNKNOWN_METHOD'],
      ['__proto__', {}, 'UNKNOWN_METHOD'],
      ['constructor', {}, 'UNKNOWN_METHOD'],
    ])('%s(%j) → %s, nothing changes', async (method, input, code) => {
      const { handlers, sql } = await openTestEnv(backend);
      const count = () => sql.get('SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM applications) AS n');
      const before = await count();
      const r = await dispatch(handlers, method, input, quiet);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message.length).toBeGreaterThan(0);
      }
      expect(await count()).toEqual(before);
    });

    it('names the bad field in the message', async () => {
      const { handlers } = await openTestEnv(backend);
      const r = await dispatch(handlers, 'createClient', { name: 'x', fiscalYearEndMonth: 13 }, quiet);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('fiscalYearEndMonth');
    });

    it('an application for a missing client is refused and nothing is written', async () => {
      const { handlers, sql } = await openTestEnv(backend);
      const r = await dispatch(handlers, 'createApplication', { clientId: 'nope', programId: 'jizokuka', templateId: 'jizokuka-t' }, quiet);
      expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await sql.get('SELECT count(*) AS n FROM applications')).toEqual({ n: 0 });
    });

    it('refuses a program/template mismatch', async () => {
      const { handlers } = await openTestEnv(backend);
      const c = await handlers.createClient(ClientInput.parse({ name: 'A', representative: '', corporateNumber: '', legalForm: 'hojin', industry: '', prefecture: '', employeeCount: null, capitalYen: null, foundedYear: null, fiscalYearEndMonth: null, advisor: '', notes: '' }));
      const r = await dispatch(handlers, 'createApplication', { clientId: c.id, programId: 'keieiKakushin', templateId: 'jizokuka-t' }, quiet);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    });

    it('autosave: a stale baseRevision is refused with CONFLICT and the newer text stays', async () => {
      const { handlers } = await openTestEnv(backend);
      const c = (await dispatch(handlers, 'createClient', { name: 'B社' })) as { ok: true; value: { id: string } };
      const a = (await dispatch(handlers, 'createApplication', { clientId: c.value.id, programId: 'jizokuka', templateId: 'jizokuka-t' })) as { ok: true; value: { id: string; revision: number } };
      const first = await dispatch(handlers, 'saveSection', { id: a.value.id, sectionId: 'gaiyo', values: { body: '新しい文章' }, baseRevision: 0 });
      expect(first).toMatchObject({ ok: true, value: { revision: 1 } });
      const stale = await dispatch(handlers, 'saveSection', { id: a.value.id, sectionId: 'gaiyo', values: { body: '古い画面の文章' }, baseRevision: 0 }, quiet);
      expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const got = (await dispatch(handlers, 'getApplication', { id: a.value.id })) as { ok: true; value: { content: Record<string, Record<string, string>> } };
      expect(got.value.content.gaiyo?.body).toBe('新しい文章');
    });

    it('a section id that looks like a JSON path is stored as a plain key', async () => {
      const { handlers } = await openTestEnv(backend);
      const c = (await dispatch(handlers, 'createClient', { name: 'B社' })) as { ok: true; value: { id: string } };
      const a = (await dispatch(handlers, 'createApplication', { clientId: c.value.id, programId: 'jizokuka', templateId: 'jizokuka-t' })) as { ok: true; value: { id: string } };
      const odd = 'a.b[0]"x';
      expect((await dispatch(handlers, 'saveSection', { id: a.value.id, sectionId: odd, values: { body: 'ok' }, baseRevision: 0 })).ok).toBe(true);
      const got = (await dispatch(handlers, 'getApplication', { id: a.value.id })) as { ok: true; value: { content: Record<string, unknown> } };
      expect(Object.keys(got.value.content)).toEqual([odd]);
    });

    it('reuse: sections with the same purpose carry over, with their origin', async () => {
      const { handlers } = await openTestEnv(backend);
      const c = (await dispatch(handlers, 'createClient', { name: 'B社' })) as { ok: true; value: { id: string } };
      const src = (await dispatch(handlers, 'createApplication', { clientId: c.value.id, programId: 'keieiKakushin', templateId: 'keiei-t', title: '経営革新' })) as { ok: true; value: { id: string } };
      await dispatch(handlers, 'saveSection', { id: src.value.id, sectionId: 'genjo', values: { body: '当社は婦人下着のODMを行う。' }, baseRevision: 0 });
      await dispatch(handlers, 'saveSection', { id: src.value.id, sectionId: 'other', values: { body: '効果の記述' }, baseRevision: 0 });
      const r = await dispatch(handlers, 'createApplication', { clientId: c.value.id, programId: 'jizokuka', templateId: 'jizokuka-t', reuseFromId: src.value.id });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const app = r.value as { content: Record<string, Record<string, string>>; origins: Record<string, { sectionId: string }> };
      expect(app.content.gaiyo?.body).toBe('当社は婦人下着のODMを行う。');
      expect(app.origins.gaiyo?.sectionId).toBe('genjo');
      expect(app.content.tsuyomi).toBeUndefined();
    });
  });
});
