import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import { CRITERION_STATUS_NAMES, type CheckReport, type Severity } from '../checks/types';
import { formatJapaneseDate } from '../format/dates';
import type { DocModel } from './docModel';

export const SEVERITY_NAMES: Record<Severity, string> = { error: 'エラー', warning: '注意', hint: 'ヒント' };

/** The check report at export time: readiness, 審査項目 coverage with evidence, and every finding. */
export function checkReportDocument(t: Template, app: Application, report: CheckReport, clientName: string, now = new Date()): DocModel {
  const sectionTitle = (id?: string) => t.sections.find((s) => s.id === id)?.title ?? '全体';
  const r = report.readiness;
  return {
    meta: { title: `チェック結果　${app.title}`, author: clientName, subject: t.name, createdAt: now },
    blocks: [
      { type: 'heading', level: 1, text: 'チェック結果' },
      {
        type: 'paragraph',
        text: `${clientName}　${app.title}（${t.name}）\n${formatJapaneseDate(now, 'wareki')}時点　エラー ${r.errors} 件・注意 ${r.warnings} 件・ヒント ${r.hints} 件／審査項目 ${r.criteriaOk} / ${r.criteriaTotal} 項目が「満たしている」\n${r.ready ? '提出を妨げるエラーはありません。' : 'エラーが残っています。提出前に解消してください。'}`,
      },
      { type: 'heading', level: 2, text: '審査項目の充足状況', bookmark: true },
      {
        type: 'table',
        columns: [
          { header: '審査項目', width: 2.5 },
          { header: '状況', width: 1 },
          { header: '触れている観点（根拠の記述）', width: 4 },
          { header: '触れていない観点', width: 2 },
        ],
        rows: report.coverage.map((c) => [
          c.title,
          CRITERION_STATUS_NAMES[c.status],
          c.aspects.filter((a) => a.covered).map((a) => `${a.name}${a.evidence ? `「${a.evidence.phrase}」` : ''}`).join('\n') || '—',
          c.aspects.filter((a) => !a.covered).map((a) => a.name).join('、') || '—',
        ]),
        size: 'small',
      },
      { type: 'heading', level: 2, text: '指摘事項', bookmark: true },
      report.findings.length === 0
        ? { type: 'paragraph', text: '指摘事項はありません。' }
        : {
            type: 'table',
            columns: [
              { header: '重要度', width: 0.9 },
              { header: '項目', width: 2 },
              { header: '内容', width: 6 },
            ],
            rows: report.findings.map((f) => [SEVERITY_NAMES[f.severity], sectionTitle(f.sectionId), f.message]),
            size: 'small',
          },
    ],
  };
}
