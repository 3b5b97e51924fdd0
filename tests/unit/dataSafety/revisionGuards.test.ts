import { describe, expect, it } from 'vitest';
import { realEnv } from './env';
import type { Application } from '../../../shared/schemas/application';
import type { Client } from '../../../shared/schemas/client';
import { partRevision, sectionPart } from '../../../shared/schemas/revisions';
import { BACKENDS } from '../testStore';

type Saved = { revision: number; updatedAt: string };

describe.each(BACKENDS)('%s', (backend) => {
  describe('every write names the revision it was based on; a stale one is refused', () => {
    it('a stale window cannot turn 4 expense lines into 1 (both windows used to get OK)', async () => {
      const { call, fail, withDemo } = await realEnv(backend);
      const { application: app } = await withDemo('monozukuri-20');
      expect(app.expenses.length).toBeGreaterThanOrEqual(2);
      const base = partRevision(app.revisions, 'expenses');
      // Window A adds a line; window B (opened before) still shows the old list and deletes down to one line.
      await call<Saved>('saveExpenses', { id: app.id, expenses: [...app.expenses, { id: 'new', category: app.expenses[0]!.category, description: '追加した行' }], baseRevision: base });
      const stale = await fail('saveExpenses', { id: app.id, expenses: app.expenses.slice(0, 1), baseRevision: base });
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toContain('別の画面');
      const now = await call<Application>('getApplication', { id: app.id });
      expect(now.expenses).toHaveLength(app.expenses.length + 1);
    });

    it('the plan, the title and a section are guarded too; a write without a base is refused', async () => {
      const { call, fail, withDemo } = await realEnv(backend);
      const { application: app } = await withDemo('monozukuri-20');
      const plan = app.financialPlan;
      await call('saveFinancialPlan', { id: app.id, plan, baseRevision: 0 });
      expect((await fail('saveFinancialPlan', { id: app.id, plan, baseRevision: 0 })).code).toBe('CONFLICT');
      await call('renameApplication', { id: app.id, title: '新しい名前', baseRevision: 0 });
      expect((await fail('renameApplication', { id: app.id, title: '古い画面の名前', baseRevision: 0 })).code).toBe('CONFLICT');
      for (const [m, input] of [
        ['saveSection', { id: app.id, sectionId: 'x', values: {} }],
        ['saveFinancialPlan', { id: app.id, plan }],
        ['saveExpenses', { id: app.id, expenses: [] }],
        ['renameApplication', { id: app.id, title: 't' }],
        ['updateClient', { id: app.clientId, patch: { notes: 'x' } }],
      ] as const) {
        expect((await fail(m, input)).code).toBe('BAD_INPUT');
      }
      expect((await call<Application>('getApplication', { id: app.id })).title).toBe('新しい名前');
    });

    it('revisions are per section: editing ③ in one window does not block ⑥ in another', async () => {
      const { call, fail, withDemo } = await realEnv(backend);
      const { application: app, template } = await withDemo('jizokuka-20');
      const [s3, s6] = [template.sections[2]!.id, template.sections[5]!.id];
      const b3 = partRevision(app.revisions, sectionPart(s3));
      const b6 = partRevision(app.revisions, sectionPart(s6));
      const first = await call<Saved>('saveSection', { id: app.id, sectionId: s3, values: { x: 'A の入力' }, baseRevision: b3 });
      await call<Saved>('saveSection', { id: app.id, sectionId: s6, values: { x: 'B の入力' }, baseRevision: b6 });
      await call<Saved>('saveSection', { id: app.id, sectionId: s3, values: { x: 'A の続き' }, baseRevision: first.revision });
      expect((await fail('saveSection', { id: app.id, sectionId: s6, values: { x: '古い B' }, baseRevision: b6 })).code).toBe('CONFLICT');
      const now = await call<Application>('getApplication', { id: app.id });
      expect(now.content[s3]).toEqual({ x: 'A の続き' });
      expect(now.content[s6]).toEqual({ x: 'B の入力' });
    });

    it('ロカベン parts are guarded each on its own', async () => {
      const { call, fail } = await realEnv(backend);
      const c = await call<Client>('createClient', { name: 'A工務店' });
      await call('saveLokaben', { clientId: c.id, shoken: '一つ目', baseRevisions: { shoken: 0 } });
      await call('saveLokaben', { clientId: c.id, industryId: 'kensetsu', baseRevisions: { industryId: 0 } });
      expect((await fail('saveLokaben', { clientId: c.id, shoken: '古い画面', baseRevisions: { shoken: 0 } })).code).toBe('CONFLICT');
      expect((await fail('saveLokaben', { clientId: c.id, shoken: '基準なし', baseRevisions: {} })).code).toBe('BAD_INPUT');
      expect((await call<{ shoken: string }>('getLokaben', { clientId: c.id })).shoken).toBe('一つ目');
    });
  });

  describe('updateClient changes exactly what the patch names', () => {
    it('{ notes } leaves 代表者, 資本金 and the rest as they were', async () => {
      const { call } = await realEnv(backend);
      const full = { name: 'B縫製株式会社', representative: '伴 由美子', legalForm: 'hojin', industry: '製造業', prefecture: '埼玉県', employeeCount: 18, capitalYen: 10_000_000, foundedYear: 1988, fiscalYearEndMonth: 3, advisor: '田中' };
      const c = await call<Client>('createClient', full);
      const after = await call<Client>('updateClient', { id: c.id, patch: { notes: '面談メモ' }, baseRevision: c.revision });
      expect(after).toMatchObject({ ...full, notes: '面談メモ', revision: c.revision + 1 });
    });

    it('a stale edit is refused and the newer one stays', async () => {
      const { call, fail } = await realEnv(backend);
      const c = await call<Client>('createClient', { name: 'C社' });
      await call('updateClient', { id: c.id, patch: { representative: '新しい代表' }, baseRevision: c.revision });
      const stale = await fail('updateClient', { id: c.id, patch: { representative: '古い画面' }, baseRevision: c.revision });
      expect(stale.code).toBe('CONFLICT');
      expect((await call<Client>('getClient', { id: c.id })).representative).toBe('新しい代表');
    });
  });
});
