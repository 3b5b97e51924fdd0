import type { Template } from '../../shared/templates/template';

/**
 * The official form's page guidance (持続化 様式2: 経営計画・補助事業計画は最大8枚程度) checked against the
 * printed PDF: the pages from the first heading of section `from` up to (not including) that of `until`.
 */
export function pageGuidanceWarning(t: Template, anchors: ReadonlyMap<string, { page: number; atTop: boolean }>, pageCount: number): string | null {
  const g = t.form?.pageGuidance;
  if (!g) return null;
  const start = anchors.get(`section:${g.from}`);
  if (start === undefined) return null;
  const until = g.until !== undefined ? anchors.get(`section:${g.until}`) : undefined;
  // the part ends on the page before `until` starts, or on that page when `until` starts mid-page
  const end = until === undefined ? pageCount - 1 : until.atTop ? until.page - 1 : until.page;
  const pages = end - start.page + 1;
  if (pages <= g.maxPages) return null;
  return `${g.label}が${pages}枚あります。様式の目安は最大${g.maxPages}枚程度です（${g.source.note}）。`;
}
