import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import type { LokabenBenchmarksPreview, LokabenBenchmarksState, LokabenDto } from '../../../shared/api/lokabenContract';
import { openTestEnv, tempDir } from '../helpers';
import { BACKENDS, type Backend } from '../testStore';
import { hasOfficialData, officialBytes } from './officialData';
import { syntheticOfficialXlsx } from './syntheticOfficial';

/** The official table through the API: preview, load, stale writes, history, restore, removal; per-client choice. */
const quiet = () => undefined;
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;

async function setup(backend: Backend) {
  const env = await openTestEnv(backend);
  const ok = async <T,>(method: Parameters<typeof dispatch>[1], input: unknown): Promise<T> => {
    const r = await dispatch(env.handlers, method, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (method: Parameters<typeof dispatch>[1], input: unknown) => {
    const r = await dispatch(env.handlers, method, input, quiet);
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error;
  };
  const client = await ok<{ id: string }>('createClient', { name: '株式会社A工務店', industry: '建設業（工務店・リフォーム）', employeeCount: 4 });
  return { ...env, ok, fail, clientId: client.id };
}

describe.each(BACKENDS)('業種基準値 through the API (%s)', (backend) => {
  it('preview stores nothing; load; a stale base is refused; history, restore and removal', async () => {
    const { ok, fail, clientId } = await setup(backend);
    const empty = await ok<LokabenBenchmarksState>('getLokabenBenchmarks', {});
    expect(empty).toEqual({ revision: 0, current: null, history: [] });

    const first = b64(await syntheticOfficialXlsx(0));
    const p1 = await ok<LokabenBenchmarksPreview>('previewLokabenBenchmarks', { fileName: 'tool-2018.xlsx', base64: first });
    expect(p1).toMatchObject({ industries: 27, rows: 54, values: 54 * 36, changes: null, revision: 0, source: { fileName: 'tool-2018.xlsx', sheetName: '業種平均' } });
    expect((await ok<LokabenBenchmarksState>('getLokabenBenchmarks', {})).revision).toBe(0);
    expect((await ok<LokabenDto>('getLokaben', { clientId })).official).toBeNull();

    const s1 = await ok<LokabenBenchmarksState>('importLokabenBenchmarks', { fileName: 'tool-2018.xlsx', base64: first, baseRevision: 0 });
    expect(s1).toMatchObject({ revision: 1, current: { action: 'import', industries: 27, rows: 54, source: { fileName: 'tool-2018.xlsx' } }, history: [] });
    const dto = await ok<LokabenDto>('getLokaben', { clientId });
    expect(dto).toMatchObject({ suggestedShobunruiId: '0201', clientEmployeeCount: 4, shobunruiId: null, size: null });
    expect(dto.official?.rows).toHaveLength(54);

    // A second window still on revision 0 cannot replace it.
    expect(await fail('importLokabenBenchmarks', { fileName: 'x.xlsx', base64: first, baseRevision: 0 })).toMatchObject({ code: 'CONFLICT' });

    const second = b64(await syntheticOfficialXlsx(5));
    const p2 = await ok<LokabenBenchmarksPreview>('previewLokabenBenchmarks', { fileName: 'tool-2022.xlsx', base64: second });
    expect(p2.changes).toMatchObject({ current: { fileName: 'tool-2018.xlsx' }, changedValues: 54 * 36 });
    expect(p2.changes?.changedRows).toContain('建設業・小規模事業者');
    const s2 = await ok<LokabenBenchmarksState>('importLokabenBenchmarks', { fileName: 'tool-2022.xlsx', base64: second, baseRevision: p2.revision });
    expect(s2.current?.source?.fileName).toBe('tool-2022.xlsx');
    expect(s2.history.map((h) => h.source?.fileName)).toEqual(['tool-2018.xlsx']);

    const s3 = await ok<LokabenBenchmarksState>('restoreLokabenBenchmarks', { revision: 1, baseRevision: 2 });
    expect(s3).toMatchObject({ revision: 3, current: { action: 'restore', source: { fileName: 'tool-2018.xlsx' } } });
    expect(await fail('restoreLokabenBenchmarks', { revision: 99, baseRevision: 3 })).toMatchObject({ code: 'NOT_FOUND' });

    const s4 = await ok<LokabenBenchmarksState>('clearLokabenBenchmarks', { baseRevision: 3 });
    expect(s4).toMatchObject({ revision: 4, current: null });
    expect((await ok<LokabenDto>('getLokaben', { clientId })).official).toBeNull();
  });

  it('a refused file leaves the table in use untouched (nothing half-loaded)', async () => {
    const { ok, fail } = await setup(backend);
    await ok('importLokabenBenchmarks', { fileName: 'a.xlsx', base64: b64(await syntheticOfficialXlsx(0)), baseRevision: 0 });
    const before = await ok<LokabenBenchmarksState>('getLokabenBenchmarks', {});
    const err = await fail('importLokabenBenchmarks', { fileName: 'b.xlsx', base64: b64(new TextEncoder().encode('not excel')), baseRevision: 1 });
    expect(err).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('Excelファイル（.xlsx）として読めません') });
    expect(await ok('getLokabenBenchmarks', {})).toEqual(before);
  });

  it('a stored table is validated on read: a damaged row is reported, never used', async () => {
    const { ok, fail, sql, clientId } = await setup(backend);
    await ok('importLokabenBenchmarks', { fileName: 'a.xlsx', base64: b64(await syntheticOfficialXlsx(0)), baseRevision: 0 });
    // One cut of one stored row becomes text (read, change, write back: no JSON functions in the common SQL).
    const stored = await sql.all<{ revision: number; data: string }>('SELECT revision, data FROM lokaben_benchmarks WHERE data IS NOT NULL');
    expect(stored).toHaveLength(1);
    for (const { revision, data } of stored) {
      const v = JSON.parse(data);
      expect(v.rows[3].indicators.eigyoRiekiRitsu.cuts.length).toBeGreaterThan(1);
      v.rows[3].indicators.eigyoRiekiRitsu.cuts[1] = 'x';
      await sql.run('UPDATE lokaben_benchmarks SET data = ? WHERE revision = ?', [JSON.stringify(v), revision]);
    }
    expect(await fail('getLokaben', { clientId })).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('保存されている業種基準値') });
  });

  it('the 小分類 and the size are parts of the client’s record, each with its own revision', async () => {
    const { ok, fail, clientId, sql } = await setup(backend);
    const r = await ok<{ revisions: Record<string, number> }>('saveLokaben', { clientId, shobunruiId: '1005', size: 'chukibo', baseRevisions: { shobunruiId: 0, size: 0 } });
    expect(r.revisions).toMatchObject({ shobunruiId: 1, size: 1 });
    expect(await ok<LokabenDto>('getLokaben', { clientId })).toMatchObject({ shobunruiId: '1005', size: 'chukibo' });
    expect(await sql.get('SELECT shobunrui_id, size FROM client_lokaben WHERE client_id = ?', [clientId])).toEqual({ shobunrui_id: '1005', size: 'chukibo' });
    expect(await fail('saveLokaben', { clientId, size: null, baseRevisions: { size: 0 } })).toMatchObject({ code: 'CONFLICT' });
    await ok('saveLokaben', { clientId, size: null, baseRevisions: { size: 1 } });
    expect((await ok<LokabenDto>('getLokaben', { clientId })).size).toBeNull();
    expect(await fail('saveLokaben', { clientId, shobunruiId: '9999', baseRevisions: { shobunruiId: 2 } })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail('saveLokaben', { clientId, size: 'daikibo', baseRevisions: { size: 2 } })).toMatchObject({ code: 'BAD_INPUT' });
  });

  it.skipIf(!hasOfficialData)('the report PDF with the official table: source named, no 仮の基準値', async () => {
    const { ok, clientId } = await setup(backend);
    await ok('saveLokaben', { clientId, financials: { periods: [{ label: '2025年3月期', uriageDaka: 100_000_000, zenkiUriageDaka: 95_000_000, eigyoRieki: 3_000_000, genkaShokyakuHi: 1_000_000, jugyoinSu: 4, kariireKin: 20_000_000, genYokin: 5_000_000, uriageSaiken: 8_000_000, tanaoroshiShisan: 2_000_000, kaiireSaimu: 4_000_000, junShisan: 15_000_000, soShisan: 60_000_000 }] }, baseRevisions: { financials: 0 } });
    const placeholder = await ok<{ base64: string }>('exportLokabenReport', { clientId });
    await ok('importLokabenBenchmarks', { fileName: 'benchmarks-gyoshu-heikin.xlsx', base64: b64(officialBytes()), baseRevision: 0 });
    const official = await ok<{ base64: string }>('exportLokabenReport', { clientId });
    if (!hasPoppler) return console.warn('SKIP: pdftotext (poppler) is absent — the report text is not checked');
    const text = (b: string, name: string) => {
      const file = path.join(tempDir(), name);
      fs.writeFileSync(file, Buffer.from(b, 'base64'));
      return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    };
    expect(text(placeholder.base64, 'p.pdf')).toContain('仮の基準値');
    const t = text(official.base64, 'o.pdf');
    expect(t).not.toContain('仮の基準値');
    expect(t).toContain('業種基準値：ローカルベンチマーク・ツール『業種平均』（benchmarks-gyoshu-heikin.xlsx、最終更新2024-09-24');
    expect(t).toContain('建設業・小規模事業者');
  });
});
