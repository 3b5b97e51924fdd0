import { checkContextOf } from '../../shared/checks/clientContext';
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
import { documentTitle } from '../../shared/export/documentTitle';
import { renderPdf } from './pdf/index';
import type { DateStyle } from '../../shared/format/dates';
import { renderDocx } from './docx/index';
import { writePackage } from './applicationPackage';
import { innerFileName, packageBaseName, safeFileName } from './fileName';
import { pageGuidanceWarning } from './pageGuidance';
import { missingFactsWarning } from './missingFacts';

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
  /** More files for the package (e.g. 補足資料.pdf), with their warnings; named with client and form inside the package. */
  extraFiles?: Record<string, Uint8Array>;
  extraWarnings?: string[];
  /** 和暦 (令和8年11月24日, the default on official forms) or 西暦. */
  dateStyle?: DateStyle;
  /** Pages appended to the plan (e.g. the ローカルベンチマーク attachment). */
  appendBlocks?: Block[];
  /** 明朝 (as the official forms) or ゴシック body; unset: each writer's default (PDF ゴシック, Word 明朝). */
  bodyFont?: 'mincho' | 'gothic';
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

async function pdfOf(doc: DocModel, warnings: string[], t?: Template): Promise<Uint8Array> {
  const r = await renderPdf(doc);
  if (r.missingGlyphs.length > 0) warnings.push(`フォントにない文字を〓で表示しました: ${r.missingGlyphs.join(' ')}`);
  const pages = t ? pageGuidanceWarning(t, r.anchors, r.pageCount) : null;
  if (pages) warnings.push(pages);
  return r.bytes;
}

/** Builds one export of an application. The check report is taken at export time and travels with it. */
export async function exportApplication(input: ExportInput, format: ExportFormat): Promise<ExportedFile> {
  const now = input.now ?? new Date();
  const { template: t, application: app, client } = input;
  const report = checkApplication(t, app, checkContextOf(client));
  const base = packageBaseName(client.name, app.programId, now);
  const title = safeFileName(documentTitle(t, app), 50);
  const inner = (what: string) => innerFileName(client.name, app.programId, what);
  const formName = t.form?.name ?? '申請書';
  const warnings: string[] = [];
  const facts = missingFactsWarning(t, client, app);
  const doc = (): DocModel => {
    const d = buildApplicationDocument(t, app, client, { report, now, dateStyle: input.dateStyle ?? 'wareki', ...(input.bodyFont ? { bodyFont: input.bodyFont } : {}) });
    return input.appendBlocks?.length ? { ...d, blocks: [...d.blocks, ...input.appendBlocks] } : d;
  };
  const tInput = { client, report, now };
  const rows = () => transcriptionRows(t, app, tInput);
  const sheet = () => transcriptionDocument(t, app, client.name, tInput);

  switch (format) {
    case 'docx':
      if (facts) warnings.push(facts);
      return { fileName: `${base}_${title}.docx`, mime: MIME.docx, bytes: await renderDocx(doc()), warnings, report };
    case 'pdf': {
      if (facts) warnings.push(facts);
      return { fileName: `${base}_${title}.pdf`, mime: MIME.pdf, bytes: await pdfOf(doc(), warnings, t), warnings, report };
    }
    case 'transcriptionPdf':
      return { fileName: `${base}_転記シート.pdf`, mime: MIME.pdf, bytes: await pdfOf(sheet(), warnings), warnings, report };
    case 'transcriptionCsv':
      return { fileName: `${base}_転記シート.csv`, mime: MIME.csv, bytes: strToU8(transcriptionCsv(rows())), warnings, report };
    case 'checkReportPdf':
      return { fileName: `${base}_チェック結果.pdf`, mime: MIME.pdf, bytes: await pdfOf(checkReportDocument(t, app, report, client.name, now), warnings), warnings, report };
    case 'json':
      return { fileName: `${base}.json`, mime: MIME.json, bytes: strToU8(JSON.stringify(applicationFile(input, now), null, 2)), warnings, report };
    case 'package': {
      if (facts) warnings.push(facts);
      const d = doc();
      const files: Record<string, Uint8Array> = {};
      for (const [name, bytes] of Object.entries(input.extraFiles ?? {})) files[inner(name)] = bytes;
      files[inner(`${formName}.docx`)] = await renderDocx(d);
      files[inner(`${formName}.pdf`)] = await pdfOf(d, warnings, t);
      files[inner('チェック結果.pdf')] = await pdfOf(checkReportDocument(t, app, report, client.name, now), warnings);
      const r = rows();
      if (r.length > 0) {
        files[inner('転記シート.pdf')] = await pdfOf(sheet(), warnings);
        files[inner('転記シート.csv')] = strToU8(transcriptionCsv(r));
      }
      return { fileName: `${base}.zip`, mime: MIME.zip, bytes: writePackage(applicationFile(input, now), files, now), warnings: [...new Set([...warnings, ...(input.extraWarnings ?? [])])], report };
    }
  }
}
