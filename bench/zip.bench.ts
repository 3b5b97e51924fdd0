import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { exportApplication } from '../electron/export/exportApplication';
import { PACKAGE_LIMITS } from '../electron/export/applicationPackage';
import { buildZip, storedEntry, zerosEntry, type RawEntry } from '../tests/unit/zip/bombs';
import { templateById } from './templates';
import { demoApplicationFiles } from '../electron/cli/demoFiles';
import type { BenchResult } from './stats';

/**
 * Zip bombs against the guarded reader, each refused in a fresh Node process (bench/zipBombChild.ts)
 * so the peak RSS is the refusal's own: the package bomb of the issue (a few MB that inflate to 6 GB),
 * the heaviest package the caps still let through to the hash check, and an .xlsx bomb.
 */
const MB = 1024 * 1024;

export interface ChildResult {
  medianMs: number;
  firstMs: number;
  peakOverBaselineMb: number;
  slackMb: number;
  ok: boolean;
  message: string;
}

/** Reads `file` as a package or an .xlsx in a fresh Node process: time and peak RSS over its baseline. */
export function readInChild(file: string, kind: 'package' | 'xlsx', runs: number): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join('bench', 'zipBombChild.ts'), file, kind, String(runs)], { encoding: 'utf8', maxBuffer: 1024 * 1024, timeout: 300_000 });
  return JSON.parse(out) as ChildResult;
}

export async function zipBenchmarks(): Promise<BenchResult[]> {
  const t = templateById('jizokuka-20'); // the A社 demo (its 第20回 draft)
  const demo = demoApplicationFiles([t], process.cwd(), 'bench').find((d) => d.file.application.templateId === t.id)!.file;
  const pkg = await exportApplication({ template: t, application: demo.application, client: demo.client, appVersion: 'bench' }, 'package');
  const files = unzipSync(pkg.bytes);
  const repack = (replace: Record<string, RawEntry>) => buildZip(Object.entries(files).map(([name, bytes]) => replace[name] ?? storedEntry(name, bytes)));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-zip-'));
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return { file, kb: bytes.length / 1024 };
  };
  // application.json inflates to 6 GB; its header keeps the real (small) size.
  const lying = write('lying.zip', repack({ 'application.json': zerosEntry('application.json', 6000, files['application.json']!.length, 0) }));
  // Two listed documents at the per-document cap: 2 × 128 MB inflated and hashed (the total cap), refused as altered.
  const docMb = PACKAGE_LIMITS.documentBytes / MB;
  const heaviest = write('heaviest.zip', repack({ 'チェック結果.pdf': zerosEntry('チェック結果.pdf', docMb), '転記シート.pdf': zerosEntry('転記シート.pdf', docMb) }));
  const WB = '<workbook xmlns:r="r"><sheets><sheet name="決算" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const xlsx = write('bomb.xlsx', buildZip([storedEntry('xl/workbook.xml', WB), zerosEntry('xl/worksheets/sheet1.xml', 6000, 4096, 0)]));

  const a = readInChild(lying.file, 'package', 5);
  const b = readInChild(heaviest.file, 'package', 3);
  const c = readInChild(xlsx.file, 'xlsx', 5);
  fs.rmSync(dir, { recursive: true, force: true });
  const refused = (r: ChildResult) => (r.ok ? 'NOT REFUSED' : 'refused');
  return [
    { name: `zip bomb: ${lying.kb.toFixed(0)} KB package, application.json → 6 GB, refusal`, value: a.medianMs, unit: 'ms', target: 1000, note: `${refused(a)}; median of 5 in a fresh process, first ${a.firstMs.toFixed(0)} ms` },
    { name: '  peak RSS over baseline while refusing it', value: a.peakOverBaselineMb, unit: 'MB', target: 100, note: `maxRSS − RSS before; bound slack ${a.slackMb.toFixed(0)} MB` },
    { name: `zip bomb: heaviest package the caps let through (2 × ${docMb} MB documents), refusal`, value: b.medianMs, unit: 'ms', target: 1000, note: `${refused(b)} at the hash check; median of 3` },
    { name: '  peak RSS over baseline while refusing it', value: b.peakOverBaselineMb, unit: 'MB', target: 100, note: `documents are hashed while inflating, never held; slack ${b.slackMb.toFixed(0)} MB` },
    { name: `zip bomb: ${xlsx.kb.toFixed(0)} KB .xlsx, worksheet → 6 GB, refusal`, value: c.medianMs, unit: 'ms', target: 1000, note: `${refused(c)}; median of 5` },
    { name: '  peak RSS over baseline while refusing it', value: c.peakOverBaselineMb, unit: 'MB', target: 100, note: `slack ${c.slackMb.toFixed(0)} MB` },
  ];
}
