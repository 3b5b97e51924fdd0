import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { storeZip } from '../../../electron/zip/storeZip';
import { readZip } from '../../../electron/zip/readZip';

describe('storeZip', () => {
  it('writes a stored archive that fflate and the guarded reader read back, CRCs and UTF-8 names included', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const zip = storeZip(new Map([['xl/workbook.xml', enc('<workbook/>')], ['決算/シート.xml', enc('<x>売上高</x>')], ['empty.xml', new Uint8Array(0)]]));
    expect(Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]))).toEqual({ 'xl/workbook.xml': '<workbook/>', '決算/シート.xml': '<x>売上高</x>', 'empty.xml': '' });
    const r = readZip(zip, { allow: () => true, maxEntryBytes: 1024, maxTotalBytes: 1024, maxEntries: 3 });
    expect(r.ok && r.names).toEqual(['xl/workbook.xml', '決算/シート.xml', 'empty.xml']);
  });
});
