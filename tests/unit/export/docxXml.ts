/** Reading a .docx package in tests: unzip, paragraph texts, a well-formedness check. */
import { strFromU8, unzipSync } from 'fflate';

export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).filter(([p]) => p.endsWith('.xml') || p.endsWith('.rels')).map(([p, d]) => [p, strFromU8(d)]));
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The text of each w:p of an XML part, in order (w:t text, w:tab as TAB). Table cells' paragraphs included. */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = '';
    for (const t of m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) text += t[1] !== undefined ? unescapeXml(t[1]) : '\t';
    out.push(text);
  }
  return out;
}

/**
 * A small XML well-formedness check (no parser among the dependencies): balanced, properly nested tags, quoted and
 * unique attributes, no stray '<' or '&', no characters XML 1.0 forbids. Returns the first problem, or undefined.
 */
export function xmlProblem(xml: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const bad = xml.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  if (bad) return `forbidden character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`;
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let at = 0;
  let roots = 0;
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    if (entity.test(text)) return `bare & near ${at}`;
    if (stack.length === 0 && text.trim() !== '') return `text outside the root near ${at}`;
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) return `malformed tag near ${lt}: ${body.slice(lt, lt + 60)}`;
    const [, close, name = '', attrs = '', selfClose] = m;
    const names = [...attrs.matchAll(/([A-Za-z_][\w:.-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}>`;
    if (/[<]/.test(attrs) || entity.test(attrs)) return `bad attribute value in <${name}>`;
    if (close) {
      if (stack.pop() !== name) return `</${name}> does not close the open element near ${lt}`;
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
    at = tag.lastIndex;
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`;
  return roots === 1 ? undefined : `${roots} root elements`;
}
