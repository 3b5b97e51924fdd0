import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { exportApplication } from '../../../electron/export/exportApplication';
import { readPackage } from '../../../electron/export/applicationPackage';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { createClientsRepo } from '../../../electron/store/clients';
import { createApplicationsRepo } from '../../../electron/store/applications';
import { openDatabase } from '../../../electron/store/db';
import { demo, templates } from '../demoFixtures';
import { tempDir } from '../helpers';
import path from 'node:path';

function env() {
  const file = path.join(tempDir(), 'banso.sqlite');
  const db = openDatabase(file);
  const clients = createClientsRepo(db);
  const applications = createApplicationsRepo(db);
  const handlers = createHandlers({ db, clients, applications, templates: { templates, errors: [] }, info: { version: 'test', dbPath: file, dataDir: path.dirname(file), schemaVersion: 1 } }, 'http');
  return { db, clients, applications, handlers };
}

const quiet = () => undefined;
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('application package', () => {
  it('holds the DOCX, PDF, 転記シート, check report and data; import restores the application exactly', async () => {
    const { template, application, client } = demo('jizokuka-20');
    const pkg = await exportApplication({ template, application, client, appVersion: 'test' }, 'package');
    expect(pkg.fileName).toMatch(/^株式会社A工務店_小規模事業者持続化補助金_\d{8}\.zip$/);
    const names = Object.keys(unzipSync(pkg.bytes));
    // inner files are named with client and form, so two clients' packages extracted together never collide
    expect(names).toEqual(
      expect.arrayContaining(['manifest.json', 'application.json', 'A工務店_持続化_経営計画書兼補助事業計画書.docx', 'A工務店_持続化_経営計画書兼補助事業計画書.pdf', 'A工務店_持続化_チェック結果.pdf', 'A工務店_持続化_転記シート.pdf', 'A工務店_持続化_転記シート.csv']),
    );
    expect(names.filter((n) => n.endsWith('.pdf')).length).toBe(3);

    const { handlers, applications } = env();
    const r = await dispatch(handlers, 'importPackage', { base64: b64(pkg.bytes) });
    expect(r.ok).toBe(true);
    expect(applications.get(application.id)).toEqual(application);
    // importing it again makes a copy, never overwrites
    const again = await dispatch(handlers, 'importPackage', { base64: b64(pkg.bytes) });
    expect(again.ok).toBe(true);
    if (again.ok) expect((again.value as { application: { id: string } }).application.id).not.toBe(application.id);
    expect(applications.get(application.id)).toEqual(application);
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
    const { template, application, client } = demo('jizokuka-20');
    const pkg = await exportApplication({ template, application, client, appVersion: 'test' }, 'package');
    const bytes = make(pkg.bytes);
    expect(readPackage(bytes)).toMatchObject({ ok: false });
    const { handlers, db } = env();
    const r = await dispatch(handlers, 'importPackage', { base64: b64(bytes) }, quiet);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(db.prepare('SELECT count(*) AS n FROM applications').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });
  });

  it('refuses a package of another program when importing into an application', async () => {
    const jizo = demo('jizokuka-20');
    const pkg = await exportApplication({ template: jizo.template, application: jizo.application, client: jizo.client, appVersion: 'test' }, 'package');
    const { handlers, clients, applications } = env();
    const mono = demo('monozukuri-20');
    clients.restore(mono.client);
    const target = applications.restore(mono.application);
    const r = await dispatch(handlers, 'importPackage', { base64: b64(pkg.bytes), intoApplicationId: target.id }, quiet);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!r.ok) expect(r.error.message).toContain('別の制度');
    expect(applications.get(target.id)).toEqual(target);
  });
});
