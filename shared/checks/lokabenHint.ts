import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import type { FindingList } from './context';
import type { CheckContext } from './types';

/** Sections whose purpose is the analysis of the business (経営状況分析 / 企業概要 / 現状と課題). */
const ANALYSIS_PURPOSES = new Set(['kigyoGaiyo', 'genjoKadai']);
const CITES_ANALYSIS = /ローカルベンチマーク|ロカベン|営業利益率|自己資本比率|労働生産性|売上高増加率|EBITDA|運転資本/;

/**
 * When the client has a ローカルベンチマーク, a 経営状況分析 section that cites none of it gets a hint:
 * the analysis is the evidence reviewers look for (自社の経営状況分析の妥当性).
 */
export function checkLokabenUse(t: Template, app: Application, ctx: CheckContext, out: FindingList): void {
  const periods = ctx.lokaben?.periods ?? [];
  if (periods.length === 0) return;
  for (const section of t.sections) {
    if (!section.purpose || !ANALYSIS_PURPOSES.has(section.purpose)) continue;
    const texts = section.fields.map((f) => app.content[section.id]?.[f.id]).filter((v): v is string => typeof v === 'string');
    if (texts.join('').trim() === '' || texts.some((x) => CITES_ANALYSIS.test(x))) continue;
    out.add({
      id: `lokaben:${section.id}`,
      kind: 'consistency',
      severity: 'hint',
      sectionId: section.id,
      ...(section.criteria[0] ? { criterionId: section.criteria[0] } : {}),
      message: `この事業者のローカルベンチマーク（${periods.join('・')}）があります。「ローカルベンチマークから引用」で財務指標を本文に入れると、経営状況分析の根拠になります。`,
    });
  }
}
