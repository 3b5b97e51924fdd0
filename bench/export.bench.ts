import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkApplication } from '../shared/checks/index';
import { buildLargestApplication } from '../shared/checks/fixtures/largest';
import { buildApplicationDocument } from '../shared/export/buildDocument';
import { Client } from '../shared/schemas/client';
import { renderPdf } from '../electron/export/pdf/index';
import { renderDocx } from '../electron/export/docx/index';
import { templateById } from './templates';
import { demoApplicationFiles } from '../electron/cli/demoFiles';
import { median, timeIt, type BenchResult } from './stats';

function soffice(): string | undefined {
  for (const c of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [c], { stdio: 'pipe' });
      return c;
    } catch {
      /* not installed */
    }
  }
  return undefined;
}

/** PDF and DOCX of a ~10-page もの補助 plan (every e-application field at its limit), and LibreOffice for scale. */
export async function exportBenchmarks(): Promise<BenchResult[]> {
  const t = templateById('monozukuri-20');
  const app = buildLargestApplication(t);
  const client = Client.parse({ id: 'bench', name: 'B縫製株式会社', representative: '伴 由美子', employeeCount: 18, prefecture: '埼玉県', createdAt: app.createdAt, updatedAt: app.updatedAt });
  const doc = buildApplicationDocument(t, app, client, { report: checkApplication(t, app), now: new Date('2026-11-30T03:00:00Z') });
  const first = await timeIt(1, () => renderPdf(doc));
  const pdfTimes = await timeIt(10, () => renderPdf(doc));
  const pdf = await renderPdf(doc);
  await renderDocx(doc);
  const docxTimes = await timeIt(10, () => renderDocx(doc));
  const docx = await renderDocx(doc);
  // The same plan with the 明朝 body (bundled Noto Serif JP; headings stay Noto Sans JP Bold)
  const mincho = { ...doc, meta: { ...doc.meta, bodyFont: 'mincho' as const } };
  const minchoFirst = await timeIt(1, () => renderPdf(mincho));
  const minchoTimes = await timeIt(10, () => renderPdf(mincho));
  const minchoPdf = await renderPdf(mincho);
  const minchoDocxTimes = await timeIt(10, () => renderDocx(mincho));
  // The demo もの補助 draft: a real plan of ordinary length.
  const demoFile = demoApplicationFiles([t], process.cwd(), 'bench').find((d) => d.file.application.templateId === t.id)!.file;
  const demoDoc = buildApplicationDocument(t, demoFile.application, demoFile.client, { report: checkApplication(t, demoFile.application) });
  const demoPdf = await renderPdf(demoDoc);
  const demoTimes = await timeIt(10, () => renderPdf(demoDoc));
  const out: BenchResult[] = [
    { name: `PDF of the demo もの補助 plan (${demoPdf.pageCount} pages)`, value: median(demoTimes), unit: 'ms', target: 300, note: `${(demoPdf.bytes.length / 1024).toFixed(0)} KB` },
    { name: `PDF of a ${pdf.pageCount}-page もの補助 plan`, value: median(pdfTimes), unit: 'ms', target: 300, note: `median of 10; first call in process ${first[0]!.toFixed(0)} ms` },
    { name: 'PDF size', value: pdf.bytes.length / 1024, unit: 'KB', target: 500 },
    { name: 'DOCX of the same plan', value: median(docxTimes), unit: 'ms', target: 200, note: `median of 10; ${(docx.length / 1024).toFixed(0)} KB` },
    { name: `PDF of the same plan, 明朝 body (${minchoPdf.pageCount} pages)`, value: median(minchoTimes), unit: 'ms', target: 300, note: `median of 10; first call in process ${minchoFirst[0]!.toFixed(0)} ms; ${(minchoPdf.bytes.length / 1024).toFixed(0)} KB` },
    { name: 'DOCX of the same plan, 明朝 body', value: median(minchoDocxTimes), unit: 'ms', target: 200, note: 'median of 10' },
  ];
  const lo = soffice();
  if (!lo) {
    out.push({ name: 'LibreOffice DOCX → PDF', value: Number.NaN, unit: 'ms', note: 'skipped: LibreOffice not installed' });
    return out;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-lo-'));
  fs.writeFileSync(path.join(dir, 'plan.docx'), docx);
  const convert = () => execFileSync(lo, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'plan.docx')], { stdio: 'pipe', timeout: 180_000 });
  convert(); // first run creates the profile
  const loTimes = await timeIt(3, convert);
  fs.rmSync(dir, { recursive: true, force: true });
  const loMs = median(loTimes);
  out.push({ name: 'LibreOffice headless DOCX → PDF (same plan)', value: loMs, unit: 'ms', note: 'median of 3, warm profile' });
  out.push({ name: 'our PDF export speed vs LibreOffice', value: loMs / median(pdfTimes), unit: '× faster', note: 'aim: 10×' });
  return out;
}
