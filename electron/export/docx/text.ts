/**
 * Text clean-up so every string written into the package is valid XML that Word opens without a repair prompt.
 *
 * - CR LF / CR become LF; vertical tab and form feed (Word's line and page breaks when pasted) become LF.
 * - The other C0 control characters (U+0000–U+001F except TAB and LF) and U+007F are removed: XML 1.0 forbids them
 *   (DEL is allowed but Word treats it as garbage).
 * - Unpaired UTF-16 surrogates and the non-characters U+FFFE / U+FFFF are removed: they are not XML characters.
 */
import { Tab, TextRun, type IRunOptions } from 'docx';

// eslint-disable-next-line no-control-regex
const NEWLINES = /\r\n?|[\v\f]/g;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cleans a string for XML: keeps TAB and LF, normalises line ends, drops what XML cannot hold. */
export function sanitizeText(text: string): string {
  return text.replace(NEWLINES, '\n').replace(FORBIDDEN, '');
}

/** Cleans a single-line string (headings, captions, metadata): line breaks and tabs become spaces. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/[\t\n]+/g, ' ');
}

/** A caption or other optional one-line text, or undefined when it has nothing printable. */
export function optionalLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const clean = sanitizeLine(text);
  return clean.trim() === '' ? undefined : clean;
}

/** The paragraphs of a text: each LF starts a new paragraph. */
export function splitParagraphs(text: string): string[] {
  return sanitizeText(text).split('\n');
}

/**
 * One run of text, with TABs as w:tab elements (a literal tab inside w:t is not a tab stop in Word).
 * `text` must already be sanitised and free of LF.
 */
export function textRun(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  if (!text.includes('\t')) return new TextRun({ ...options, text });
  const children: (string | Tab)[] = [];
  text.split('\t').forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return new TextRun({ ...options, children });
}

/** Escapes text for an XML element or attribute we write ourselves (core.xml). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&apos;';
    }
  });
}
