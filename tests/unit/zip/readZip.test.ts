import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readZip, type ZipLimits } from '../../../electron/zip/readZip';
import { buildZip, deflatedEntry, localRecord, rssMb, storedEntry, zerosEntry, type RawEntry } from './bombs';

const MB = 1024 * 1024;
const limits = (over: Partial<ZipLimits> = {}): ZipLimits => ({ allow: () => true, maxEntryBytes: 16 * MB, maxTotalBytes: 32 * MB, maxEntries: 100, ...over });
const text = (b: Uint8Array | undefined) => Buffer.from(b ?? []).toString('utf8');

describe('readZip: a guarded reader', () => {
  it('reads stored and deflated entries, Japanese names included, as fflate writes them', () => {
    const zip = zipSync({ 'manifest.json': strToU8('{"a":1}'), '転記シート.csv': [strToU8('項目,値\n売上高,1000\n'.repeat(50)), { level: 6 }], 'plan.pdf': [strToU8('%PDF-1.7 …'), { level: 0 }], 'docs/': {} });
    const r = readZip(zip, limits());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.names).toEqual(['manifest.json', '転記シート.csv', 'plan.pdf']);
    expect(text(r.entries.get('manifest.json'))).toBe('{"a":1}');
    expect(text(r.entries.get('転記シート.csv'))).toBe('項目,値\n売上高,1000\n'.repeat(50));
    expect(text(r.entries.get('plan.pdf'))).toBe('%PDF-1.7 …');
  });

  it('inflates only the allowed names; the others are listed, never inflated', () => {
    const zip = buildZip([storedEntry('a.txt', 'A'), { ...deflatedEntry('b.txt', 'B'), data: strToU8('not deflate at all') }]);
    const r = readZip(zip, limits({ allow: (n) => n === 'a.txt' }));
    expect(r.ok && [...r.entries.keys()]).toEqual(['a.txt']);
    expect(r.ok && r.names).toEqual(['a.txt', 'b.txt']);
  });

  it('streams an entry into a sink instead of keeping it, with the same checks', () => {
    const chunks: number[] = [];
    const r = readZip(buildZip([zerosEntry('big.bin', 8)]), limits({ sink: () => (c) => void chunks.push(c.length) }));
    expect(r.ok && r.entries.size).toBe(0);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(8 * MB);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(5 * MB);
  });

  it.each<[string, () => Uint8Array, string, RegExp]>([
    ['bytes that are not a zip', () => strToU8('これはZIPではありません'), 'notZip', /ZIPファイルとして読めません/],
    ['a truncated zip', () => zipSync({ 'a.txt': strToU8('x'.repeat(1000)) }).slice(0, 60), 'notZip', /ZIPファイルとして読めません/],
    ['a wrong CRC-32', () => buildZip([{ ...storedEntry('a.txt', 'hello'), crc32: 1234 }]), 'corrupt', /壊れています（a\.txtのCRC）/],
    ['an entry that inflates to less than declared', () => buildZip([{ ...deflatedEntry('a.txt', 'hello'), declaredSize: 10 }]), 'corrupt', /壊れています（a\.txtの大きさ）/],
    ['a stored entry whose sizes differ', () => buildZip([{ ...storedEntry('a.txt', 'hello'), declaredSize: 4 }]), 'corrupt', /壊れています（a\.txtの大きさ）/],
    ['damaged deflate data', () => buildZip([{ ...deflatedEntry('a.txt', 'hello'), data: Uint8Array.of(0xff, 0xff, 0xff) }]), 'corrupt', /壊れています/],
    ['an encrypted entry', () => buildZip([{ ...storedEntry('a.txt', 'x'), flags: 1 }]), 'unsupported', /暗号化/],
    ['an unknown compression method', () => buildZip([{ ...storedEntry('a.txt', 'x'), method: 12 as 0 }]), 'unsupported', /圧縮方式 12/],
    ['a name that climbs out of the folder', () => buildZip([storedEntry('../../.bashrc', 'x')]), 'unsafeName', /使えないファイル名.*\.\.\/\.\.\/\.bashrc/],
    ['an absolute path', () => buildZip([storedEntry('/etc/passwd', 'x')]), 'unsafeName', /使えないファイル名/],
    ['a Windows drive path', () => buildZip([storedEntry('C:\\Windows\\x.dll', 'x')]), 'unsafeName', /使えないファイル名/],
    ['a backslash climb', () => buildZip([storedEntry('docs\\..\\..\\x', 'x')]), 'unsafeName', /使えないファイル名/],
    ['two entries with the same name', () => buildZip([storedEntry('a.txt', 'x'), storedEntry('a.txt', 'y')]), 'duplicateName', /同じ名前/],
    ['more entries than allowed', () => buildZip(Array.from({ length: 101 }, (_, i) => storedEntry(`f${i}.txt`, 'x'))), 'tooManyEntries', /100個まで/],
  ])('refuses %s', (_what, make, reason, message) => {
    const r = readZip(make(), limits());
    expect(r).toMatchObject({ ok: false, reason });
    expect(!r.ok && r.message).toMatch(message);
  });

  it('refuses zip64 and split archives, which it does not read', () => {
    const zip = buildZip([storedEntry('a.txt', 'x')]);
    const zip64 = zip.slice();
    new DataView(zip64.buffer).setUint16(zip64.length - 12, 0xffff, true);
    expect(readZip(zip64, limits())).toMatchObject({ ok: false, reason: 'unsupported', message: expect.stringContaining('ZIP64') });
    const split = zip.slice();
    new DataView(split.buffer).setUint16(split.length - 18, 1, true);
    expect(readZip(split, limits())).toMatchObject({ ok: false, reason: 'unsupported', message: expect.stringContaining('分割') });
  });
});

describe('readZip: zip bombs are refused while inflating, in bounded memory', () => {
  it('an entry that honestly declares 600 MB is refused before any inflating', () => {
    const before = rssMb();
    const r = readZip(buildZip([zerosEntry('data.json', 600, 600 * MB, 0)]), limits());
    expect(r).toMatchObject({ ok: false, reason: 'entryTooLarge', name: 'data.json' });
    expect(!r.ok && r.message).toContain('圧縮爆弾（zip bomb）');
    expect(!r.ok && r.message).toContain('16 MB');
    expect(rssMb() - before).toBeLessThan(100);
  });

  it('an entry whose header claims 1 KB but inflates to 600 MB stops at the claimed size', () => {
    const before = rssMb();
    const r = readZip(buildZip([zerosEntry('data.json', 600, 1024, 0)]), limits({ maxEntryBytes: 1024 * MB, maxTotalBytes: 1024 * MB }));
    expect(r).toMatchObject({ ok: false, reason: 'sizeMismatch', name: 'data.json' });
    expect(!r.ok && r.message).toContain('ZIPに記録された大きさを超えます');
    expect(rssMb() - before).toBeLessThan(100);
  });

  it('many honest entries under the per-entry cap hit the total cap', () => {
    const bombs = Array.from({ length: 10 }, (_, i) => zerosEntry(`part${i}.bin`, 8));
    const before = rssMb();
    const r = readZip(buildZip(bombs), limits({ maxEntryBytes: 10 * MB, maxTotalBytes: 40 * MB }));
    expect(r).toMatchObject({ ok: false, reason: 'totalTooLarge', name: 'part5.bin' });
    expect(!r.ok && r.message).toContain('合計 40 MB');
    expect(rssMb() - before).toBeLessThan(100);
  });

  it('an entry whose data overlaps another entry (one compressed kernel, many names) is refused', () => {
    const inner: RawEntry = { ...zerosEntry('b.bin', 8), insideDataOf: 'a.bin' };
    const outer = storedEntry('a.bin', localRecord(inner));
    const r = readZip(buildZip([outer, inner]), limits());
    expect(r).toMatchObject({ ok: false, reason: 'overlapping', name: 'b.bin' });
    expect(!r.ok && r.message).toContain('同じデータを共有');
  });

  it('a bomb that is not allowed is never inflated', () => {
    const before = rssMb();
    const r = readZip(buildZip([storedEntry('a.txt', 'A'), zerosEntry('bomb.bin', 1000, 1000 * MB, 0)]), limits({ allow: (n) => n === 'a.txt' }));
    expect(r.ok && text(r.entries.get('a.txt'))).toBe('A');
    expect(rssMb() - before).toBeLessThan(100);
  });
});
