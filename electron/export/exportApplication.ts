import { strToU8 } from 'fflate';
import type { Application } from '../../shared/schemas/application';
import type { Client } from '../../shared/schemas/client';
import { APPLICATION_FILE_FORMAT, APPLICATION_FILE_VERSION, type ApplicationFile } from '../../shared/schemas/applicationFile';
import type { Template } from '../../shared/templates/template';
import type { Block, DocModel } from '../../shared/export/docModel';
import type { ExportFormat } from '../../shared/api/contract';
import { checkApplication, type CheckReport } from '../../shared/checks/index';
import { buildApplicationDocument } from '../../shared/export/buildDocument';
import { transcriptionCsv, transcriptionDocument, transcriptionRows } from '../../shared/export/transcription';
import { checkReportDocument } from '../../shared/export/checkReport';
import { renderPdf } from './pdf/index';
import type { DateStyle } from '../../shared/format/dates';
import { renderDocx } from './docx/index';
import { writePackage } from './applicationPackage';
import { packageBaseName, safeFileName } from './fileName';


export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  /** Things the user should know, e.g. characters the font lacks (drawn as 〓). */
  warnings: string[];
  report: CheckReport;
}

export interface ExportInput {
  template: Template;
  application: Application;
  client: Client;
  appVersion: string;
  now?: Date;
  /** More files for the package (e.g. 補足資料.pdf), with their warnings. */
  extraFiles?: Record<string, Uint8Array>;
  extraWarnings?: string[];
  /** 和暦 (令和8年11月24日, the default on official forms) or 西暦. */
  dateStyle?: DateStyle;
  /** Pages appended to the plan (e.g. the ローカルベンチマーク attachment). */
  appendBlocks?: Block[];
}

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

export function applicationFile(input: ExportInput, now: Date): ApplicationFile {
  return { format: APPLICATION_FILE_FORMAT, schemaVersion: APPLICATION_FILE_VERSION, exportedAt: now.toISOString(), appVersion: input.appVersion, client: input.client, application: input.application };
}

async function pdfOf(doc: DocModel, warnings: string[]): Promise<Uint8Array> {
  const r = await renderPdf(doc);
  if (r.missingGlyphs.length > 0) warnings.push(`フォントにない文字を〓で表示しました: ${r.missingGlyphs.join(' ')}`);
  return r.bytes;
}

/** Builds one export of an application. The check report is taken at export time and travels with it. */
export async function exportApplication(input: ExportInput, format: ExportFormat): Promise<ExportedFile> {
  const now = input.now ?? new Date();
  const { template: t, application: app, client } = input;
  const report = checkApplication(t, app, { employeeCount: client.employeeCount, prefecture: client.prefecture });
  const base = packageBaseName(client.name, app.programId, now);
  const title = safeFileName(app.title || t.name, 50);
  const warnings: string[] = [];
  const doc = (): DocModel => {
    const d = buildApplicationDocument(t, app, client, { report, now, dateStyle: input.dateStyle ?? 'wareki' });
    return input.appendBlocks?.length ? { ...d, blocks: [...d.blocks, ...input.appendBlocks] } : d;
  };
  const rows = transcriptionRows(t, app);

  switch (format) {
    case 'docx':
      return { fileName: `${base}_${title}.docx`, mime: MIME.docx, bytes: await renderDocx(doc()), warnings, report };
    case 'pdf':
      return { fileName: `${base}_${title}.pdf`, mime: MIME.pdf, bytes: await pdfOf(doc(), warnings), warnings, report };
    case 'transcriptionPdf':
      return { fileName: `${base}_転記シート.pdf`, mime: MIME.pdf, bytes: await pdfOf(transcriptionDocument(t, app, client.name, now), warnings), warnings, report };
    case 'transcriptionCsv':
      return { fileName: `${base}_転記シート.csv`, mime: MIME.csv, bytes: strToU8(transcriptionCsv(rows)), warnings, report };
    case 'checkReportPdf':
      return { fileName: `${base}_チェック結果.pdf`, mime: MIME.pdf, bytes: await pdfOf(checkReportDocument(t, app, report, client.name, now), warnings), warnings, report };
    case 'json':
      return { fileName: `${base}.json`, mime: MIME.json, bytes: strToU8(JSON.stringify(applicationFile(input, now), null, 2)), warnings, report };
    case 'package': {
      const d = doc();
      const files: Record<string, Uint8Array> = {
        ...input.extraFiles,
        [`${title}.docx`]: await renderDocx(d),
        [`${title}.pdf`]: await pdfOf(d, warnings),
        'チェック結果.pdf': await pdfOf(checkReportDocument(t, app, report, client.name, now), warnings),
      };
      if (rows.length > 0) {
        files['転記シート.pdf'] = await pdfOf(transcriptionDocument(t, app, client.name, now), warnings);
        files['転記シート.csv'] = strToU8(transcriptionCsv(rows));
      }
      return { fileName: `${base}.zip`, mime: MIME.zip, bytes: writePackage(applicationFile(input, now), files, now), warnings: [...new Set([...warnings, ...(input.extraWarnings ?? [])])], report };
    }
  }
}
