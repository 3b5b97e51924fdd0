/**
 * PDF outline (bookmarks) built with pdf-lib's low-level API: an /Outlines dictionary in the catalog
 * and one outline item per bookmarked heading, nested by heading level, each with an /XYZ destination.
 */
import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineEntry } from './paginate';

interface Node {
  entry: OutlineEntry;
  ref: PDFRef;
  children: Node[];
}

/** Number of descendants (all items are open). */
function countAll(nodes: Node[]): number {
  return nodes.reduce((n, c) => n + 1 + countAll(c.children), 0);
}

export function addOutline(pdf: PDFDocument, entries: OutlineEntry[], pageRefs: PDFRef[]): void {
  if (entries.length === 0) return;
  const ctx = pdf.context;
  const rootRef = ctx.nextRef();
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const entry of entries) {
    const node: Node = { entry, ref: ctx.nextRef(), children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.entry.level ?? 0) >= entry.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }

  const writeLevel = (nodes: Node[], parentRef: PDFRef): void => {
    nodes.forEach((node, i) => {
      const pageRef = pageRefs[node.entry.page] ?? pageRefs[0];
      const dict = ctx.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.entry.title || ' '));
      dict.set(PDFName.of('Parent'), parentRef);
      const prev = nodes[i - 1];
      const next = nodes[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      const firstChild = node.children[0];
      const lastChild = node.children[node.children.length - 1];
      if (firstChild && lastChild) {
        dict.set(PDFName.of('First'), firstChild.ref);
        dict.set(PDFName.of('Last'), lastChild.ref);
        dict.set(PDFName.of('Count'), PDFNumber.of(countAll(node.children)));
      }
      if (pageRef) {
        const dest = PDFArray.withContext(ctx);
        dest.push(pageRef);
        dest.push(PDFName.of('XYZ'));
        dest.push(PDFNull);
        dest.push(PDFNumber.of(Math.round(node.entry.y * 100) / 100));
        dest.push(PDFNull);
        dict.set(PDFName.of('Dest'), dest);
      }
      ctx.assign(node.ref, dict);
      writeLevel(node.children, node.ref);
    });
  };
  writeLevel(roots, rootRef);

  const first = roots[0];
  const last = roots[roots.length - 1];
  if (!first || !last) return;
  ctx.assign(
    rootRef,
    ctx.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: countAll(roots) }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
