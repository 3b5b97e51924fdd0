import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportApplication } from '../../../electron/export/exportApplication';
import { clientShortName, innerFileName, safeFileName } from '../../../electron/export/fileName';
import { demo } from '../demoFixtures';

/** The central directory of a zip: per entry the host system, external attributes, flags and raw name bytes. */
function centralEntries(zip: Uint8Array): { os: number; attrs: number; flags: number; name: string }[] {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && dv.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out: { os: number; attrs: number; flags: number; name: string }[] = [];
  for (let i = 0; i < count; i++) {
    expect(dv.getUint32(p, true)).toBe(0x02014b50);
    const os = dv.getUint8(p + 5);
    const flags = dv.getUint16(p + 8, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const attrs = dv.getUint32(p + 38, true);
    const name = new TextDecoder('utf-8', { fatal: true }).decode(zip.subarray(p + 46, p + 46 + nameLen));
    out.push({ os, attrs, flags, name });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('the application package as a zip', () => {
  it('marks every entry as made on Unix (rw-r--r--) with UTF-8 names; inner files named with client and form', async () => {
    const { template, application, client } = demo('monozukuri-20');
    const pkg = await exportApplication({ template, application, client, appVersion: 'test', extraFiles: { '補足資料.pdf': new Uint8Array([37, 80, 68, 70]) } }, 'package');
    const entries = centralEntries(pkg.bytes);
    for (const e of entries) {
      expect(e.os, e.name).toBe(3);
      expect(e.attrs >>> 16, e.name).toBe(0o100644);
      if (/[^\x20-\x7e]/.test(e.name)) expect(e.flags & 0x0800, `${e.name}: UTF-8 flag`).toBe(0x0800);
    }
    expect(entries.map((e) => e.name).sort()).toEqual(
      ['B縫製_もの補助_チェック結果.pdf', 'B縫製_もの補助_事業計画書.docx', 'B縫製_もの補助_事業計画書.pdf', 'B縫製_もの補助_補足資料.pdf', 'B縫製_もの補助_転記シート.csv', 'B縫製_もの補助_転記シート.pdf', 'application.json', 'manifest.json'].sort(),
    );
  });

  it('Debian’s unzip lists the Japanese names as they are', async () => {
    if (spawnSync('unzip', ['-v']).error) {
      console.warn('packageEntries: unzip not found — skipping the unzip -l check (apt-get install -y unzip)');
      return;
    }
    const { template, application, client } = demo('jizokuka-20');
    const pkg = await exportApplication({ template, application, client, appVersion: 'test' }, 'package');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'banso-zip-')), 'p.zip');
    writeFileSync(file, pkg.bytes);
    const listed = spawnSync('unzip', ['-l', file], { encoding: 'utf8' }).stdout;
    expect(listed).toContain('A工務店_持続化_経営計画書兼補助事業計画書.pdf');
    expect(listed).toContain('A工務店_持続化_転記シート.csv');
  });

  it('file names: no emoji or variation selectors, client names without their legal form', () => {
    expect(safeFileName('🎉新規事業🚀計画')).toBe('新規事業計画');
    expect(safeFileName('葛\u{E0100}飾✌️区')).toBe('葛飾区');
    expect(clientShortName('株式会社A工務店')).toBe('A工務店');
    expect(clientShortName('B縫製株式会社')).toBe('B縫製');
    expect(clientShortName('(株)しまや')).toBe('しまや');
    expect(innerFileName('B縫製株式会社', 'monozukuri', '事業計画書.pdf')).toBe('B縫製_もの補助_事業計画書.pdf');
  });
});
