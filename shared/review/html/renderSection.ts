/**
 * The read-only sections (readOnlyView.ts) as HTML for the review file: the same model the app shows
 * in 事業者確認 mode. Every text goes through escapeHtml; no inline style (the page's CSP has none).
 */
import type { FigureBlock, ReadOnlyField, ReadOnlySectionView } from '../readOnlyView';
import { NOT_FILLED } from '../readOnlyView';
import { escapeHtml as e } from './escape';

function tableHtml(b: Extract<FigureBlock, { type: 'table' }>): string {
  const align = (i: number) => (b.columns[i]?.align === 'right' ? ' class="r"' : '');
  const head = b.columns.map((c, i) => `<th${align(i)}>${e(c.header)}</th>`).join('');
  const body = b.rows
    .map((r, ri) => `<tr${b.emphasisRows?.includes(ri) ? ' class="em"' : ''}>${r.map((cell, i) => (i === 0 ? `<th scope="row">${e(cell)}</th>` : `<td${align(i)}>${e(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<div class="tbl"><table>${b.caption ? `<caption>${e(b.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

const blockHtml = (b: FigureBlock): string => (b.type === 'table' ? tableHtml(b) : `<p class="note">${e(b.text)}</p>`);

function fieldHtml(sectionId: string, f: ReadOnlyField): string {
  const label = `<h4>${e(f.label)}</h4>`;
  if (f.kind === 'text') {
    // Empty: the CSS prints 未記入, so the text stays '' for selection offsets.
    return `<div class="fld">${label}<div class="txt" data-section="${e(sectionId)}" data-field="${e(f.fieldId)}">${e(f.text)}</div></div>`;
  }
  if (f.kind === 'choice') return `<div class="fld">${label}<p class="choice${f.text ? '' : ' empty'}">${e(f.text || NOT_FILLED)}</p></div>`;
  return `<div class="fld">${label}${f.blocks.map(blockHtml).join('')}</div>`;
}

export function sectionHtml(v: ReadOnlySectionView): string {
  return `<section class="sec" id="s-${e(v.id)}" data-section-id="${e(v.id)}" aria-labelledby="h-${e(v.id)}"><h3 id="h-${e(v.id)}">${e(v.title)}</h3>${v.fields.map((f) => fieldHtml(v.id, f)).join('')}<div class="tools" data-tools="${e(v.id)}"></div></section>`;
}

/** The sections grouped under their parts (基本情報, 事業計画 …), as the section list groups them. */
export function sectionsHtml(views: readonly ReadOnlySectionView[]): string {
  let part = '';
  let out = '';
  for (const v of views) {
    if (v.part && v.part !== part) {
      part = v.part;
      out += `<h2 class="part">${e(part)}</h2>`;
    }
    out += sectionHtml(v);
  }
  return out;
}

/** The list of sections with a place for each one's state (filled by the page's script). */
export function tocHtml(views: readonly ReadOnlySectionView[]): string {
  return `<nav class="toc" aria-label="項目"><ul>${views.map((v) => `<li><a href="#s-${e(v.id)}" data-toc="${e(v.id)}">${e(v.title)}</a><span class="mark" data-mark="${e(v.id)}"></span></li>`).join('')}</ul></nav>`;
}
