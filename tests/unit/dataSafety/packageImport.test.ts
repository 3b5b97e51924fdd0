import { describe, expect, it } from 'vitest';
import { exportApplication } from '../../../electron/export/exportApplication';
import type { PackagePreview } from '../../../shared/api/contract';
import type { Application } from '../../../shared/schemas/application';
import { demo } from '../demoFixtures';
import { realEnv } from './env';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** B社's もの補助 package, and another client's もの補助 application to import it into. */
async function setup() {
  const env = await realEnv();
  const b = demo('monozukuri-20');
  const pkg = b64((await exportApplication({ template: b.template, application: b.application, client: b.client, appVersion: 'test' }, 'package')).bytes);
  const other = await env.call<{ id: string }>('createClient', { name: '株式会社D精機' });
  const target = await env.call<Application>('createApplication', { clientId: other.id, programId: 'monozukuri', templateId: 'monozukuri-20', title: 'D精機の計画' });
  const sid = b.template.sections.find((s) => s.fields.some((f) => f.kind === 'text'))!.id;
  const fid = b.template.sections.find((s) => s.id === sid)!.fields.find((f) => f.kind === 'text')!.id;
  const saved = await env.call<{ revision: number }>('saveSection', { id: target.id, sectionId: sid, values: { [fid]: 'D精機が自分で書いた文章。' }, baseRevision: 0 });
  return { ...env, b, pkg, target: await env.call<Application>('getApplication', { id: target.id }), sid, fid, revision: saved.revision };
}

describe('importing a package over an application asks first and can be undone', () => {
  it('the preview names the other client and what would change, and writes nothing', async () => {
    const { call, pkg, target, b, sid } = await setup();
    const p = await call<PackagePreview>('previewPackageImport', { base64: pkg, intoApplicationId: target.id });
    expect(p.otherClient).toBe(true);
    expect(p.packageClient.name).toBe(b.client.name);
    expect(p.target).toMatchObject({ id: target.id, clientName: '株式会社D精機' });
    const title = b.template.sections.find((s) => s.id === sid)!.title;
    expect(p.changes.map((c) => c.label)).toContain(title);
    expect(p.changes.find((c) => c.label === title)?.detail).toMatch(/\d+字 → \d+字/);
    expect(p.changes.some((c) => c.area === 'plan')).toBe(true);
    expect(await call<Application>('getApplication', { id: target.id })).toEqual(target);
  });

  it("another client's package is refused unless confirmed explicitly; nothing changes", async () => {
    const { call, fail, pkg, target, revision } = await setup();
    const r = await fail('importPackage', { base64: pkg, intoApplicationId: target.id, baseRevision: revision });
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toContain('別の事業者');
    expect(await call<Application>('getApplication', { id: target.id })).toEqual(target);
    expect(await call<unknown[]>('listVersions', { applicationId: target.id })).toEqual([]);
  });

  it('a stale base is refused (the application changed since the preview)', async () => {
    const { call, fail, pkg, target, sid, fid, revision } = await setup();
    await call('saveSection', { id: target.id, sectionId: sid, values: { [fid]: 'プレビューの後に書いた文章。' }, baseRevision: revision });
    const r = await fail('importPackage', { base64: pkg, intoApplicationId: target.id, baseRevision: revision, confirmOtherClient: true });
    expect(r.code).toBe('CONFLICT');
  });

  it('confirmed: replaced, a 「読み込み前」 version is kept, and undo restores the text exactly', async () => {
    const { call, pkg, target, b, sid, fid, revision } = await setup();
    const r = await call<{ application: Application; undoVersionId: string }>('importPackage', { base64: pkg, intoApplicationId: target.id, baseRevision: revision, confirmOtherClient: true });
    expect(r.application.content[sid]).toEqual(b.application.content[sid]);
    expect(r.application.clientId).toBe(target.clientId);
    const versions = await call<{ id: string; kind: string; name: string }[]>('listVersions', { applicationId: target.id });
    expect(versions.find((v) => v.id === r.undoVersionId)).toMatchObject({ kind: 'import', name: expect.stringContaining('読み込み前') });
    const undone = await call<Application>('restoreVersion', { id: r.undoVersionId, baseRevision: r.application.revision });
    expect(undone.content[sid]?.[fid]).toBe('D精機が自分で書いた文章。');
    expect(undone.content).toEqual(target.content);
    expect(undone.financialPlan).toEqual(target.financialPlan);
    expect(undone.expenses).toEqual(target.expenses);
  });

  it("the same client's package needs no extra confirmation but still keeps a version", async () => {
    const { call, withDemo, pkg, b } = await setup();
    const { application: own } = await withDemo('monozukuri-20');
    const saved = await call<{ revision: number }>('renameApplication', { id: own.id, title: '名前を変えた', baseRevision: 0 });
    const r = await call<{ application: Application; undoVersionId: string }>('importPackage', { base64: pkg, intoApplicationId: own.id, baseRevision: saved.revision });
    expect(r.undoVersionId).toBeTruthy();
    expect(r.application.content).toEqual(b.application.content);
  });
});
