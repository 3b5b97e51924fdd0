/** Escaping for the HTML review file: text into HTML, data into a <script type="application/json">. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

/**
 * Text or an attribute value as HTML. A CR is written as &#13;: the parser turns a literal CR LF into
 * LF, a character reference it keeps, so the page's text is the stored text unit for unit (comment
 * anchors are offsets into it).
 */
export const escapeHtml = (s: string): string => s.replace(/[&<>"'\r]/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * JSON that cannot end its <script> element or start a comment in it: <, > and & as \u escapes
 * (they occur only inside strings), and U+2028/2029 escaped too (old JavaScript parsers end a line
 * there). JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
