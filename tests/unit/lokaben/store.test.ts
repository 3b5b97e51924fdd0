import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { seedLokabenDemo } from '../../../electron/demo/lokabenSeed';
import type { LokabenDto } from '../../../shared/api/lokabenContract';
import { DEMO_KOMUTEN_A, DEMO_SEIZO_C } from '../../../shared/lokaben/demo';
import { openTestEnv } from '../helpers';
import { BACKENDS, type Backend } from '../testStore';

const quiet = () => undefined;

async function setup(backend: Backend) {
  const env = await openTestEnv(backend);
  const created = await dispatch(env.handlers, 'createClient', { name: '株式会社A工務店', industry: '建設業（工務店・リフォーム）' });
  if (!created.ok) throw new Error(created.error.message);
  const clientId = (created.value as { id: string }).id;
  const get = async (): Promise<LokabenDto> => {
    const r = await dispatch(env.handlers, 'getLokaben', { clientId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as LokabenDto;
  };
  const row = () => env.sql.get('SELECT industry_id, financials, hizaimu, updated_at, part_revisions FROM client_lokaben WHERE client_id = ?', [clientId]);
  /** saveLokaben based on the revisions stored now (as the page does). */
  const save = async (patch: Record<string, unknown>, log?: () => void) => {
    const d = await get();
    const baseRevisions = Object.fromEntries(Object.keys(patch).map((k) => [k, d.revisions[k] ?? 0]));
    return dispatch(env.handlers, 'saveLokaben', { clientId, ...patch, baseRevisions }, log);
  };
  return { ...env, clientId, get, row, save };
}

const PERIODS = [
  { label: '2024年3月期', uriageDaka: 100_000_000, zenkiUriageDaka: 90_000_000, eigyoRieki: 3_000_000, jugyoinSu: 2.5, junShisan: -1_000_000, soShisan: 50_000_000 },
  { label: '2025年3月期', uriageDaka: 0, eigyoRieki: -2_000_000 },
];

describe.each(BACKENDS)('on %s', (backend) => {
  describe('ロカベン store (through dispatch)', () => {
    it('an unsaved client gets empty defaults and a guessed industry', async () => {
      const { get } = await setup(backend);
      const d = await get();
      expect(d).toMatchObject({ industryId: null, suggestedIndustryId: 'kensetsu', financials: { periods: [] }, shoken: '', updatedAt: null });
      expect(d.hizaimu.shoryu.kotei).toEqual([]);
      expect(d.benchmarks.tables).toHaveLength(14);
    });

    it('save / load round trip; parts saved separately do not undo each other', async () => {
      const { get, save } = await setup(backend);
      const s1 = await save({ industryId: 'kensetsu', financials: { periods: PERIODS } });
      expect(s1.ok).toBe(true);
      const s2 = await save({ hizaimu: { jigyo: { tsuyomi: '自社大工による丁寧な施工' }, shoryu: { kotei: [{ name: '施工' }] } }, shoken: '所見です' });
      expect(s2.ok).toBe(true);
      const d = await get();
      expect(d.industryId).toBe('kensetsu');
      expect(d.financials.periods).toHaveLength(2);
      expect(d.financials.periods[0]).toMatchObject(PERIODS[0] ?? {});
      expect(d.financials.periods[1]).toMatchObject({ label: '2025年3月期', uriageDaka: 0, eigyoRieki: -2_000_000, soShisan: null });
      expect(d.hizaimu.jigyo).toEqual({ tsuyomi: '自社大工による丁寧な施工' });
      expect(d.hizaimu.shoryu.kotei).toEqual([{ name: '施工', naiyo: '', kachi: '' }]);
      expect(d.shoken).toBe('所見です');
      expect(d.updatedAt).not.toBeNull();

      // clearing the industry keeps the rest
      await save({ industryId: null });
      expect(await get()).toMatchObject({ industryId: null, shoken: '所見です', financials: { periods: [{ label: '2024年3月期' }, { label: '2025年3月期' }] } });
    });

    it.each([
      ['a fractional 円', { financials: { periods: [{ label: 'P', uriageDaka: 1.5 }] } }],
      ['negative 売上高', { financials: { periods: [{ label: 'P', uriageDaka: -1 }] } }],
      ['a number as text', { financials: { periods: [{ label: 'P', uriageDaka: '100' }] } }],
      ['six periods', { financials: { periods: Array.from({ length: 6 }, (_, i) => ({ label: `P${i}` })) } }],
      ['an unknown industry', { industryId: 'gyogyo' }],
      ['a bad answer key', { hizaimu: { jigyo: { 'no such key!': 'x' } } }],
      ['a too long 所見', { shoken: 'あ'.repeat(4001) }],
    ])('refuses %s with BAD_INPUT and changes nothing', async (_name, patch) => {
      const { row, save } = await setup(backend);
      await save({ industryId: 'kensetsu', financials: { periods: PERIODS } });
      const before = await row();
      expect(before).toBeDefined();
      const r = await save(patch, quiet);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
      expect(await row()).toEqual(before);
    });

    it('an unknown client is NOT_FOUND, and nothing is written', async () => {
      const { handlers, sql } = await setup(backend);
      for (const [m, input] of [
        ['getLokaben', { clientId: 'nope' }],
        ['saveLokaben', { clientId: 'nope', shoken: 'x', baseRevisions: { shoken: 0 } }],
        ['exportLokabenReport', { clientId: 'nope' }],
      ] as const) {
        expect(await dispatch(handlers, m, input, quiet)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      }
      expect(await sql.get('SELECT count(*) AS n FROM client_lokaben')).toEqual({ n: 0 });
    });

    it('deleting the client deletes its ロカベン record', async () => {
      const { handlers, clientId, sql, save } = await setup(backend);
      await save({ financials: { periods: PERIODS } });
      expect(await sql.get('SELECT count(*) AS n FROM client_lokaben')).toEqual({ n: 1 });
      expect(await dispatch(handlers, 'deleteClient', { id: clientId })).toMatchObject({ ok: true, value: { deleted: true } });
      expect(await sql.get('SELECT count(*) AS n FROM client_lokaben')).toEqual({ n: 0 });
    });

    it('the report exports as a PDF (算出不可 figures included)', async () => {
      const { handlers, clientId, save } = await setup(backend);
      await save({ financials: { periods: PERIODS } });
      const r = await dispatch(handlers, 'exportLokabenReport', { clientId });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const f = r.value as { fileName: string; mime: string; base64: string };
      expect(f.mime).toBe('application/pdf');
      expect(f.fileName).toMatch(/^株式会社A工務店_ローカルベンチマーク_\d{8}\.pdf$/);
      expect(Buffer.from(f.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('the report needs an industry when none can be guessed', async () => {
      const { handlers } = await openTestEnv(backend);
      const c = await dispatch(handlers, 'createClient', { name: '有限会社なにか' });
      if (!c.ok) throw new Error('create');
      const r = await dispatch(handlers, 'exportLokabenReport', { clientId: (c.value as { id: string }).id }, quiet);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('業種') } });
    });

    it('refuses a corrupt stored row with a clear message', async () => {
      const { handlers, clientId, sql } = await setup(backend);
      await sql.run("INSERT INTO client_lokaben (client_id, industry_id, financials, hizaimu, updated_at) VALUES (?, 'kensetsu', ?, '{}', 'now')", [clientId, JSON.stringify({ periods: [{ uriageDaka: 'x' }] })]);
      expect(await dispatch(handlers, 'getLokaben', { clientId }, quiet)).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('読み取れません') } });
    });
  });

  describe('seedLokabenDemo', () => {
    it('gives demo clients a and c their 決算 and 非財務 data', async () => {
      const { sql, handlers, clients } = await openTestEnv(backend);
      const base = { representative: '', legalForm: 'hojin', industry: '', prefecture: '', employeeCount: null, capitalYen: null, foundedYear: null, fiscalYearEndMonth: null, advisor: '', notes: '' } as const;
      const ids = { a: (await clients.create({ ...base, name: 'A' })).id, b: (await clients.create({ ...base, name: 'B' })).id, c: (await clients.create({ ...base, name: 'C' })).id };
      await seedLokabenDemo(sql, ids);
      const a = await dispatch(handlers, 'getLokaben', { clientId: ids.a });
      expect(a).toMatchObject({ ok: true, value: { industryId: 'kensetsu', financials: DEMO_KOMUTEN_A.financials, shoken: DEMO_KOMUTEN_A.comment } });
      const c = await dispatch(handlers, 'getLokaben', { clientId: ids.c });
      expect(c).toMatchObject({ ok: true, value: { industryId: 'seizo', hizaimu: DEMO_SEIZO_C.hizaimu } });
      expect(await dispatch(handlers, 'getLokaben', { clientId: ids.b })).toMatchObject({ ok: true, value: { updatedAt: null } });
    });
  });
});
