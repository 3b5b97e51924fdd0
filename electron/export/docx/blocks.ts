/** The block list → the body's paragraphs and tables, with page breaks carried onto the next block. */
import { Paragraph, Table } from 'docx';
import type { Block } from '../../../shared/export/docModel';
import { renderImage } from './image';
import { renderHeading, renderParagraph, renderSpacer } from './paragraphs';
import { renderTable } from './table';

export type BodyChild = Paragraph | Table;

/**
 * A page break becomes pageBreakBefore on the next block's first paragraph (no stray empty line at the top of the new
 * page); a break at the very end is dropped (no blank last page). Two adjacent tables get an empty paragraph between
 * them (Word would merge them into one table), and a body never ends with a table.
 */
function renderBlock(block: Exclude<Block, { type: 'pageBreak' }>, pageBreakBefore: boolean): BodyChild[] {
  switch (block.type) {
    case 'heading':
      return [renderHeading(block, pageBreakBefore)];
    case 'paragraph':
      return renderParagraph(block, pageBreakBefore);
    case 'table':
      return renderTable(block, pageBreakBefore);
    case 'image':
      return renderImage(block, pageBreakBefore);
    case 'chart':
      return renderTable(block.fallback, pageBreakBefore); // no vector drawing in DOCX: the same data as a table
    default: {
      const unknown: never = block;
      void unknown;
      return [];
    }
  }
}

export function renderBlocks(blocks: readonly Block[]): BodyChild[] {
  const out: BodyChild[] = [];
  let pendingBreak = false;
  const push = (children: readonly BodyChild[]): void => {
    const first = children[0];
    if (first instanceof Table && out[out.length - 1] instanceof Table) out.push(renderSpacer());
    out.push(...children);
  };
  for (const block of blocks) {
    if (block.type === 'pageBreak') {
      // A second break in a row means a blank page: flush the first one as a break of its own.
      if (pendingBreak) push([renderSpacer(true)]);
      pendingBreak = true;
      continue;
    }
    const children = renderBlock(block, pendingBreak);
    if (children.length === 0) continue; // e.g. a table without columns: the break waits for the next block
    push(children);
    pendingBreak = false;
  }
  if (out.length === 0 || out[out.length - 1] instanceof Table) out.push(renderSpacer());
  return out;
}
