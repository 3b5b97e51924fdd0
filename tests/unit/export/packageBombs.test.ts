import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { exportApplication } from '../../../electron/export/exportApplication';
import { PACKAGE_LIMITS, readPackage } from '../../../electron/export/applicationPackage';
import { dispatch } from '../../../electron/api/dispatch';
import { demo, templates } from '../demoFixtures';
import { openEnv } from '../testStore';
import { buildZip, localRecord, rssMb, storedEntry, zerosEntry, type RawEntry } from '../zip/bombs';

/**
 * Zip bombs dressed as application packages. Each must be refused with a Japanese message after a
 * bounded amount of work, and the process must not grow by more than ~100 MB while refusing it.
 * (Before the guarded reader, fflate's unzipSync inflated every entry first: these took GBs.)
 */
const MB = 1024 * 1024;
/** Inner files are named with client and form (A工務店_持続化_…). */
const CHECK = 'A工務店_持続化_チェック結果.pdf';
const CSV = 'A工務店_持続化_転記シート.csv';

async function realPackage(): Promise<Record<string, Uint8Array>> {
  const { template, application, client } = demo('jizokuka-20');
  const pkg = await exportApplication({ template, application, client, appVersion: 'test' }, 'package');
  return unzipSync(pkg.bytes);
}

/** The package's files as raw entries (all stored), with some replaced. */
function repack(files: Record<string, Uint8Array>, replace: Record<string, RawEntry> = {}, extra: RawEntry[] = []): Uint8Array {
  return buildZip([...Object.entries(files).map(([name, bytes]) => replace[name] ?? storedEntry(name, bytes)), ...extra]);
}

function expectRefusedLightly(bytes: Uint8Array, message: RegExp) {
  const before = rssMb();
  const r = readPackage(bytes);
  const grown = rssMb() - before;
  expect(r).toMatchObject({ ok: false });
  expect(!r.ok && r.message).toMatch(message);
  expect(grown).toBeLessThan(100);
}

describe('application package: zip bombs', () => {
  it('reads a repacked real package (the baseline the bombs below start from)', async () => {
    const r = readPackage(repack(await realPackage()));
    expect(r.ok).toBe(true);
  });

  it('manifest.json that claims 1 KB and inflates to 600 MB', async () => {
    expectRefusedLightly(repack(await realPackage(), { 'manifest.json': zerosEntry('manifest.json', 600, 1024, 0) }), /^申請パッケージを読み込めません。.*manifest\.json.*圧縮爆弾/);
  });

  it('manifest.json that honestly declares 600 MB (over its 1 MB cap)', async () => {
    expectRefusedLightly(repack(await realPackage(), { 'manifest.json': zerosEntry('manifest.json', 600, 600 * MB, 0) }), /manifest\.json は展開すると大きすぎます（1 MBまで）/);
  });

  it('application.json that keeps its listed size in the header but inflates to 600 MB', async () => {
    const files = await realPackage();
    const size = files['application.json']!.length;
    expectRefusedLightly(repack(files, { 'application.json': zerosEntry('application.json', 600, size, 0) }), /application\.json を展開すると、ZIPに記録された大きさを超えます/);
  });

  it('application.json that honestly declares 600 MB (over its 32 MB cap)', async () => {
    expectRefusedLightly(repack(await realPackage(), { 'application.json': zerosEntry('application.json', 600, 600 * MB, 0) }), /application\.json は展開すると大きすぎます（32 MBまで）/);
  });

  it('a listed document of 1 GB of zeros (over the 128 MB cap per document)', async () => {
    expectRefusedLightly(repack(await realPackage(), { [CHECK]: zerosEntry(CHECK, 1000, 1000 * MB, 0) }), new RegExp(`${CHECK.replace('.', '\\.')} は展開すると大きすぎます（128 MBまで）`));
  });

  it('a listed document of 100 MB (under the cap) is hashed as it inflates, never held: refused as altered', async () => {
    expectRefusedLightly(repack(await realPackage(), { [CHECK]: zerosEntry(CHECK, 100) }), new RegExp(`${CHECK.replace('.', '\\.')} が書き出し後に変更されています`));
  });

  it('one compressed kernel shared by several listed names (overlapping entries)', async () => {
    const files = await realPackage();
    const inner: RawEntry = { ...zerosEntry(CSV, 100), insideDataOf: CHECK };
    const outer = storedEntry(CHECK, localRecord(inner));
    expectRefusedLightly(repack(files, { [CHECK]: outer, [CSV]: inner }), /同じデータを共有/);
  });

  it('a bomb that the manifest does not list is never inflated: the package reads as before', async () => {
    const before = rssMb();
    const r = readPackage(repack(await realPackage(), {}, [zerosEntry('おまけ.bin', 2000, 2000 * MB, 0)]));
    expect(r.ok).toBe(true);
    expect(rssMb() - before).toBeLessThan(100);
  });

  it('more entries than a package can have', async () => {
    const many = Array.from({ length: PACKAGE_LIMITS.entries }, (_, i) => storedEntry(`f${i}.txt`, ''));
    expectRefusedLightly(repack(await realPackage(), {}, many), /ファイルが多すぎます（1000個まで）/);
  });

  it('importPackage answers a bomb with BAD_INPUT and the message, and changes nothing', async () => {
    const { handlers, sql } = await openEnv(templates);
    const bomb = repack(await realPackage(), { 'application.json': zerosEntry('application.json', 600, 2048, 0) });
    const r = await dispatch(handlers, 'importPackage', { base64: Buffer.from(bomb).toString('base64') }, () => undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('圧縮爆弾') } });
    expect(await sql.get('SELECT count(*) AS n FROM applications')).toEqual({ n: 0 });
    expect(await sql.get('SELECT count(*) AS n FROM clients')).toEqual({ n: 0 });
  });
});
