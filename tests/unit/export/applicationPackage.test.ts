import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { exportApplication } from '../../../electron/export/exportApplication';
import { readPackage } from '../../../electron/export/applicationPackage';
import { dispatch } from '../../../electron/api/dispatch';
import { demo, templates } from '../demoFixtures';
import { BACKENDS, openEnv } from '../testStore';

const quiet = () => undefined;
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** A-社's package, made once for the file (it is the same every time). */
let jizokukaPackage: ReturnType<typeof exportApplication> | undefined;
const packageOfA = () => {
  const { template, application, client } = demo('jizokuka-20');
  return (jizokukaPackage ??= exportApplication({ template, application, client, appVersion: 'test' }, 'package'));
};

describe.each(BACKENDS)('application package (%s)', (backend) => {
  const env = () => openEnv(templates, backend);

  it('holds the DOCX, PDF, 転記シート, check report and data; import restores the application exactly', async () => {
    const { application } = demo('jizokuka-20');
    const pkg = await packageOfA();
    expect(pkg.fileName).toMatch(/^株式会社A工務店_小規模事業者持続化補助金_\d{8}\.zip$/);
    const names = Object.keys(unzipSync(pkg.bytes));
    // inner files are named with client and form, so two clients' packages extracted together never collide
    expect(names).toEqual(
      expect.arrayContaining(['manifest.json', 'application.json', 'A工務店_持続化_経営計画書兼補助事業計画書.docx', 'A工務店_持続化_経営計画書兼補助事業計画書.pdf', 'A工務店_持続化_チェック結果.pdf', 'A工務店_持続化_転記シート.pdf', 'A工務店_持続化_転記シート.csv']),
    );
    expect(names.filter((n) => n.endsWith('.pdf')).length).toBe(3);

    const { handlers, applications, sql } = await env();
    const r = await dispatch(handlers, 'importPackage', { base64: b64(pkg.bytes) });
    expect(r.ok).toBe(true);
    // Exactly as packed; the store records who brought it in (the package names no one).
    expect(application.updatedBy).toBeUndefined();
    const restored = { ...application, updatedBy: sql.user };
    expect(await applications.get(application.id)).toEqual(restored);
    // importing it again makes a copy, never overwrites
    const again = await dispatch(handlers, 'importPackage', { base64: b64(pkg.bytes) });
    expect(again.ok).toBe(true);
    if (again.ok) expect((again.value as { application: { id: string } }).application.id).not.toBe(application.id);
    expect(await applications.get(application.id)).toEqual(restored);
  });

  it.each([
    ['a file that is not a zip', () => strToU8('これは申請パッケージではありません'), 'ZIPファイルとして読めません'],
    ['a damaged zip', (p: Uint8Array) => p.slice(0, Math.floor(p.length / 2)), 'ZIPファイルとして読めません'],
    ['a zip without Banso files', () => zipSync({ 'memo.txt': strToU8('x') }), '伴走の申請パッケージではありません'],
    [
      'a package altered by hand',
      (p: Uint8Array) => {
        const files = unzipSync(p);
        const data = JSON.parse(strFromU8(files['application.json']!));
        data.application.title = '書き換え';
        return zipSync({ ...files, 'application.json': strToU8(JSON.stringify(data)) });
      },
      '変更されています',
    ],
    [
      'a package from a newer Banso',
      (p: Uint8Array) => {
        const files = unzipSync(p);
        const m = JSON.parse(strFromU8(files['manifest.json']!));
        m.packageVersion = 99;
        return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(m)) });
      },
      '新しいバージョン',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, make, message) => {
    const pkg = await packageOfA();
    const bytes = make(pkg.bytes);
    expect(readPackage(bytes)).toMatchObject({ ok: false });
    const { handlers, sql } = await env();
    const r = await dispatch(handlers, 'importPackage', { base64: b64(bytes) }, quiet);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(await sql.get('SELECT count(*) AS n FROM applications')).toEqual({ n: 0 });
    expect(await sql.get('SELECT count(*) AS n FROM clients')).toEqual({ n: 0 });
  });

  it('refuses a package of another program when importing into an application', async () => {
    const pkg = await packageOfA();
    const { handlers, clients, applications } = await env();
    const mono = demo('monozukuri-20');
    await clients.restore(mono.client);
    const target = await applications.restore(mono.application);
    const r = await dispatch(handlers, 'importPackage', { base64: b64(pkg.bytes), intoApplicationId: target.id }, quiet);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!r.ok) expect(r.error.message).toContain('別の制度');
    expect(await applications.get(target.id)).toEqual(target);
  });
});
