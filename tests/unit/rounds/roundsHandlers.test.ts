import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { createClientsRepo } from '../../../electron/store/clients';
import { createApplicationsRepo } from '../../../electron/store/applications';
import { openDatabase } from '../../../electron/store/db';
import { loadTemplateSet } from '../../../electron/templates/loadTemplates';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import { checkApplication } from '../../../shared/checks/index';
import { demo, root } from '../demoFixtures';
import { tempDir } from '../helpers';

/** A machine: its own data folder (where rule packs live) and database, with the shipped rounds. */
function machine() {
  const dataDir = tempDir();
  const file = path.join(dataDir, 'banso.sqlite');
  const db = openDatabase(file);
  const templates = loadTemplateSet(root, dataDir);
  const handlers = createHandlers({ db, clients: createClientsRepo(db), applications: createApplicationsRepo(db), templates, info: { version: 'test', dbPath: file, dataDir, schemaVersion: 3 } }, 'http');
  const call = async <T>(m: string, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, m, input, () => undefined);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (m: string, input: unknown) => {
    const r = await dispatch(handlers, m, input, () => undefined);
    if (r.ok) throw new Error(`expected ${m} to be refused`);
    return r.error;
  };
  return { dataDir, db, templates, call, fail };
}

const src = { edition: '第1版', page: 'P.12', note: '' };

describe('「新しい公募回を作る」 through the API', () => {
  it('makes a round with two changed numbers; it is listed, its checks use them, it survives a restart', async () => {
    const m = machine();
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
    // Loaded again at the next start, from the data folder.
    expect(loadTemplateSet(root, m.dataDir).templates.map((x) => x.id)).toContain(templateId);
  });

  it('a change without a source, or a bad value, is refused with the parameter named; nothing is saved', async () => {
    const m = machine();
    const e = await m.fail('createRound', { baseTemplateId: 'jizokuka-17', koboKai: '第99回', name: 'x', edits: [{ key: 'subsidy.baseCap', value: 700_000, source: { edition: '', page: '', note: '' } }] });
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('版');
    expect(loadTemplateSet(root, m.dataDir).packs?.size ?? 0).toBe(0);
  });

  it('export → import on another machine gives the same round; a second import adds nothing; a bad one is refused whole', async () => {
    const a = machine();
    const { templateId } = await a.call<{ templateId: string }>('createRound', { baseTemplateId: 'jizokuka-17', koboKai: '第99回', name: 'テスト第99回', edits: [{ key: 'subsidy.baseCap', value: 700_000, source: src }] });
    const file = await a.call<{ base64: string; fileName: string }>('exportRulePack', { templateId });
    expect(file.fileName).toMatch(/\.banso-rules\.json$/);
    const b = machine();
    expect(await b.call('importRulePack', { base64: file.base64 })).toMatchObject({ templateId, added: true });
    expect(await b.call('importRulePack', { base64: file.base64 })).toMatchObject({ templateId, added: false });
    const raw = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    raw.template.rules.subsidy.baseCapYen = -5;
    const bad = await b.fail('importRulePack', { base64: Buffer.from(JSON.stringify(raw)).toString('base64') });
    expect(bad.message).toContain('チェックサム');
    const shipped = await b.fail('exportRulePack', { templateId: 'jizokuka-17' });
    expect(shipped.code).toBe('NOT_FOUND');
  });
});

describe('「この申請を新しい公募回に移す」', () => {
  it('keeps a version, carries the sections over and lists what now fails because the rules changed', async () => {
    const m = machine();
    const d = demo('jizokuka-17');
    createClientsRepo(m.db).restore(d.client);
    const app = createApplicationsRepo(m.db).restore(d.application);
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
  });
});
