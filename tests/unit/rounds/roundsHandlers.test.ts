import { describe, expect, it } from 'vitest';
import { loadTemplateSet } from '../../../electron/templates/loadTemplates';
import { openPostgres } from '../../../electron/store/postgres/open';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import { checkApplication } from '../../../shared/checks/index';
import { packChecksum } from '../../../shared/rounds/rulePack';
import { demo, root } from '../demoFixtures';
import { BACKENDS, cleanup, envOf, openTestStore, type Backend, type TestEnv, type TestStore } from '../testStore';

/**
 * A machine: its own store and data folder, with the shipped rounds. Rule packs live in the data folder
 * (SQLite) or in the chamber database's rule_packs table (PostgreSQL).
 */
async function machine(backend: Backend): Promise<TestEnv> {
  const store = await openTestStore(backend);
  return envOf(store, loadTemplateSet(root, store.dataDir));
}

/** The same machine started again: a new connection to its store, the rounds loaded as at start. */
async function restart(m: TestEnv): Promise<TestEnv> {
  let store: TestStore;
  if (m.backend === 'postgres') {
    const sql = await openPostgres({ connectionString: m.url! });
    cleanup(() => sql.close());
    store = { backend: m.backend, sql, file: m.file, dataDir: m.dataDir, url: m.url };
  } else store = await openTestStore('sqlite', m.file);
  return envOf(store, loadTemplateSet(root, store.dataDir));
}

/** How many rounds made in the app this machine keeps. */
async function savedPacks(m: TestEnv): Promise<number> {
  if (m.backend === 'postgres') return Number((await m.sql.get<{ n: number }>('SELECT count(*) AS n FROM rule_packs'))?.n);
  return loadTemplateSet(root, m.dataDir).packs?.size ?? 0;
}

const src = { edition: '第1版', page: 'P.12', note: '' };

describe.each(BACKENDS)('on %s', (backend) => {
  describe('「新しい公募回を作る」 through the API', () => {
    it('makes a round with two changed numbers; it is listed, its checks use them, it survives a restart', async () => {
      const m = await machine(backend);
      const { templateId } = await m.call<{ templateId: string }>('createRound', {
        baseTemplateId: 'jizokuka-17',
        koboKai: '第99回',
        name: '持続化補助金 第99回（テスト）',
        edits: [
          { key: 'subsidy.baseCap', value: 700_000, source: src },
          { key: 'subsidy.webCap', value: 100_000, source: src },
        ],
      });
      expect(templateId).toMatch(/^pack-/);
      const list = await m.call<{ templates: Template[]; packIds: string[] }>('listTemplates', {});
      const t = list.templates.find((x) => x.id === templateId)!;
      expect(list.packIds).toContain(templateId);
      expect(t.koboKai).toBe('第99回');
      // The checks use the new numbers: 通常枠 70万円.
      const d = demo('jizokuka-17');
      const report = checkApplication(t, { ...d.application, templateId }, { employeeCount: 4 });
      expect(report.figures.subsidy?.capYen).toBe(700_000);
      // Loaded again at the next start: from the data folder (SQLite), or the chamber database.
      if (backend === 'sqlite') expect(loadTemplateSet(root, m.dataDir).templates.map((x) => x.id)).toContain(templateId);
      const again = await (await restart(m)).call<{ templates: Template[]; packIds: string[] }>('listTemplates', {});
      expect(again.packIds).toContain(templateId);
      const t2 = again.templates.find((x) => x.id === templateId)!;
      expect(t2).toEqual(t);
      expect(checkApplication(t2, { ...d.application, templateId }, { employeeCount: 4 }).figures.subsidy?.capYen).toBe(700_000);
    });

    it('a change without a source, or a bad value, is refused with the parameter named; nothing is saved', async () => {
      const m = await machine(backend);
      const e = await m.fail('createRound', { baseTemplateId: 'jizokuka-17', koboKai: '第99回', name: 'x', edits: [{ key: 'subsidy.baseCap', value: 700_000, source: { edition: '', page: '', note: '' } }] });
      expect(e.code).toBe('BAD_INPUT');
      expect(e.message).toContain('版');
      const bad = await m.fail('createRound', { baseTemplateId: 'jizokuka-17', koboKai: '第99回', name: 'x', edits: [{ key: 'subsidy.baseCap', value: -1, source: src }] });
      expect(bad.code).toBe('BAD_INPUT');
      expect(bad.message).toContain('補助上限額（通常枠）'); // the parameter, by its label
      expect(await savedPacks(m)).toBe(0);
      expect((await m.call<{ packIds: string[] }>('listTemplates', {})).packIds).toEqual([]);
    });

    it('export → import on another machine gives the same round; a second import adds nothing; a bad one is refused whole', async () => {
      const a = await machine(backend);
      const { templateId } = await a.call<{ templateId: string }>('createRound', { baseTemplateId: 'jizokuka-17', koboKai: '第99回', name: 'テスト第99回', edits: [{ key: 'subsidy.baseCap', value: 700_000, source: src }] });
      const file = await a.call<{ base64: string; fileName: string }>('exportRulePack', { templateId });
      expect(file.fileName).toMatch(/\.banso-rules\.json$/);
      const b = await machine(backend);
      expect(await b.call('importRulePack', { base64: file.base64 })).toMatchObject({ templateId, added: true });
      expect(await b.call('importRulePack', { base64: file.base64 })).toMatchObject({ templateId, added: false });
      expect(await savedPacks(b)).toBe(1);
      const raw = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
      raw.template.rules.subsidy.baseCapYen = -5;
      const bad = await b.fail('importRulePack', { base64: Buffer.from(JSON.stringify(raw)).toString('base64') });
      expect(bad.message).toContain('チェックサム');
      expect(await savedPacks(b)).toBe(1);
      const shipped = await b.fail('exportRulePack', { templateId: 'jizokuka-17' });
      expect(shipped.code).toBe('NOT_FOUND');
    });
  });

  describe('rule packs are added, never replaced', () => {
    it('a window that has not seen a pack cannot write another over it: CONFLICT, and the first stays', async () => {
      const a = await machine(backend);
      const { templateId } = await a.call<{ templateId: string }>('createRound', { baseTemplateId: 'jizokuka-17', koboKai: '第99回', name: 'テスト第99回', edits: [{ key: 'subsidy.baseCap', value: 700_000, source: src }] });
      const file = await a.call<{ base64: string }>('exportRulePack', { templateId });
      const raw = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
      const other = { ...raw, template: { ...raw.template, name: '別の第99回' } };
      other.checksum = packChecksum(other);
      const office = await machine(backend);
      const window2 = await restart(office); // opened before the import below: it knows no packs
      expect(await office.call('importRulePack', { base64: file.base64 })).toMatchObject({ templateId, added: true });
      const e = await window2.fail('importRulePack', { base64: Buffer.from(JSON.stringify(other)).toString('base64') });
      expect(e.code).toBe('CONFLICT');
      expect(await window2.call('importRulePack', { base64: file.base64 })).toMatchObject({ templateId, added: false });
      const kept = loadTemplateSet(root, office.dataDir);
      if (backend === 'sqlite') expect(kept.packs?.get(templateId)?.template.name).toBe('テスト第99回');
      else expect((await office.sql.get<{ checksum: string }>('SELECT checksum FROM rule_packs WHERE template_id = ?', [templateId]))?.checksum).toBe(raw.checksum);
    });
  });

  describe('「この申請を新しい公募回に移す」', () => {
    it('keeps a version, carries the sections over and lists what now fails because the rules changed', async () => {
      const m = await machine(backend);
      const d = demo('jizokuka-17');
      await m.clients.restore(d.client);
      const app = await m.applications.restore(d.application);
      // The new round lowers the web cap to 1円: the demo's web costs now exceed it.
      const { templateId } = await m.call<{ templateId: string }>('createRound', { baseTemplateId: 'jizokuka-17', koboKai: '第99回', name: 'テスト第99回', edits: [{ key: 'subsidy.webCap', value: 1, source: src }] });
      const r = await m.call<{ application: Application; newFindings: { id: string }[]; changes: { key: string }[]; versionId: string }>('moveToRound', { id: app.id, templateId, baseRevision: app.revision });
      expect(r.application.templateId).toBe(templateId);
      expect(r.application.koboKai).toBe('第99回');
      expect(r.application.content).toEqual(app.content);
      expect(r.changes.map((c) => c.key)).toContain('subsidy.webCap');
      expect(r.newFindings.map((f) => f.id)).toContain('subsidy:webCapped');
      const kept = await m.call<Application>('getVersion', { id: r.versionId });
      expect(kept.templateId).toBe('jizokuka-17');
      // Another program's round is refused; a stale base too.
      expect((await m.fail('moveToRound', { id: app.id, templateId: 'keiei-kakushin-r2', baseRevision: r.application.revision })).message).toContain('別の制度');
      expect((await m.fail('moveToRound', { id: app.id, templateId: 'jizokuka-17', baseRevision: 0 })).code).toBe('CONFLICT');
      // Nothing moved by the refusals.
      expect((await m.call<Application>('getApplication', { id: app.id })).templateId).toBe(templateId);
    });
  });
});
