import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import type { Block, DocModel } from './docModel';
import { transcriptionRows, type TranscriptionInput, type TranscriptionRow } from './transcriptionRows';

export { transcriptionRows, type TranscriptionInput, type TranscriptionRow } from './transcriptionRows';

const countText = (r: TranscriptionRow) => (r.maxChars !== null ? `${r.chars} / ${r.maxChars}${r.over ? '\n超過' : ''}` : r.table || r.unit ? '' : String(r.chars));
const shownWithUnit = (r: TranscriptionRow) => (r.shown === '' ? '' : r.unit && r.unit !== '年' ? `${r.shown} ${r.unit}` : r.shown);

/** The 転記シート as a document (PDF): one row per box of the e-application, grouped by the form's items. */
export function transcriptionDocument(t: Template, app: Application, clientName: string, input: TranscriptionInput): DocModel {
  const rows = transcriptionRows(t, app, input);
  const now = input.now ?? new Date();
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: '電子申請 転記シート' },
    {
      type: 'paragraph',
      text: `${clientName}　${app.title}（${t.name}）\n電子申請の各欄に、上から順に入力・貼り付けてください。金額は円（数字のみ）、文字数は電子申請と同じ数え方（改行を含む）です。入力したら「済」に印をつけます。`,
      size: 'small',
    },
  ];
  let group: string | undefined;
  let chunk: TranscriptionRow[] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    blocks.push({ type: 'heading', level: 2, text: group || '（項目）', bookmark: true });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'No.', width: 0.5, align: 'right' },
        { header: '欄', width: 2.4 },
        { header: '入力する内容', width: 6 },
        { header: '文字数', width: 0.9, align: 'right' },
        { header: '済', width: 0.4, align: 'center' },
      ],
      rows: chunk.map((r) => [String(r.no), r.label, shownWithUnit(r) || '（未記入）', countText(r), '□']),
      size: 'small',
    });
    chunk = [];
  };
  for (const r of rows) {
    if (r.group !== group) {
      flush();
      group = r.group;
    }
    chunk.push(r);
  }
  flush();
  return { meta: { title: `転記シート　${app.title}`, author: clientName, subject: t.name, createdAt: now }, blocks };
}

/** CSV (UTF-8 with BOM, so Excel opens it as Japanese) of the same rows: one line per box, numbers as digits. */
export function transcriptionCsv(rows: TranscriptionRow[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [['No.', '項目', '欄', '入力する内容', '単位', '文字数', '上限'].map(q).join(',')];
  for (const r of rows) lines.push([String(r.no), r.group, r.label, r.text, r.unit, String(r.chars), r.maxChars === null ? '' : String(r.maxChars)].map(q).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
