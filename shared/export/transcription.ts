import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import { countChars } from '../checks/textScan';
import type { DocModel } from './docModel';

/** One row of the 転記シート: a field typed into the 電子申請 system, its text and count. */
export interface TranscriptionRow {
  no: number;
  sectionId: string;
  fieldId: string;
  sectionTitle: string;
  fieldLabel: string;
  text: string;
  chars: number;
  maxChars: number | null;
  over: boolean;
}

/** Every e-application text field (transcribe: true), in the order of the form. */
export function transcriptionRows(t: Template, app: Application): TranscriptionRow[] {
  const rows: TranscriptionRow[] = [];
  for (const s of t.sections) {
    for (const f of s.fields) {
      if (f.kind !== 'text' || !f.transcribe) continue;
      const v = app.content[s.id]?.[f.id];
      const text = typeof v === 'string' ? v : '';
      const chars = countChars(text);
      const maxChars = f.maxChars ?? null;
      rows.push({ no: rows.length + 1, sectionId: s.id, fieldId: f.id, sectionTitle: s.title, fieldLabel: f.label, text, chars, maxChars, over: maxChars !== null && chars > maxChars });
    }
  }
  return rows;
}

/** The 転記シート as a document (for PDF/DOCX): one row per field. */
export function transcriptionDocument(t: Template, app: Application, clientName: string, now = new Date()): DocModel {
  const rows = transcriptionRows(t, app);
  return {
    meta: { title: `転記シート　${app.title}`, author: clientName, subject: t.name, createdAt: now },
    blocks: [
      { type: 'heading', level: 1, text: '電子申請 転記シート' },
      { type: 'paragraph', text: `${clientName}　${app.title}（${t.name}）\n電子申請の各欄に、この順に貼り付けてください。文字数は電子申請と同じ数え方（改行を含む）です。`, size: 'small' },
      {
        type: 'table',
        columns: [
          { header: 'No.', width: 0.5, align: 'right' },
          { header: '欄', width: 2 },
          { header: '入力する文章', width: 7 },
          { header: '文字数', width: 1.2, align: 'right' },
        ],
        rows: rows.map((r) => [String(r.no), `${r.sectionTitle}\n${r.fieldLabel}`, r.text || '（未記入）', `${r.chars}${r.maxChars !== null ? ` / ${r.maxChars}` : ''}${r.over ? '\n超過' : ''}`]),
        size: 'small',
      },
    ],
  };
}

/** CSV (UTF-8 with BOM, so Excel opens it as Japanese) of the same rows. */
export function transcriptionCsv(rows: TranscriptionRow[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [['No.', '項目', '欄', '文章', '文字数', '上限'].map(q).join(',')];
  for (const r of rows) lines.push([String(r.no), r.sectionTitle, r.fieldLabel, r.text, String(r.chars), r.maxChars === null ? '' : String(r.maxChars)].map(q).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
