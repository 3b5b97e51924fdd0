/**
 * docProps/core.xml with the document's own created date. docx always stamps dcterms:created with the packing time,
 * so the writer replaces the whole part through Packer's overrides.
 */
import type { DocMeta } from '../../../shared/export/docModel';
import { escapeXml, sanitizeLine } from './text';

/** W3CDTF as Word writes it: UTC, whole seconds. An invalid date falls back to now. */
export function w3cdtf(date: Date): string {
  const d = Number.isFinite(date.getTime()) ? date : new Date();
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function corePropertiesXml(meta: DocMeta, modified: Date = new Date()): string {
  const el = (name: string, value: string | undefined): string => {
    const clean = value === undefined ? '' : sanitizeLine(value).trim();
    return clean === '' ? '' : `<${name}>${escapeXml(clean)}</${name}>`;
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', meta.title) +
    el('dc:subject', meta.subject) +
    el('dc:creator', meta.author) +
    el('cp:lastModifiedBy', meta.author) +
    '<dc:language>ja-JP</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(meta.createdAt)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
