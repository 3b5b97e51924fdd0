/**
 * word/fontTable.xml with an entry for every font the document names: Word matches ＭＳ 明朝 / ＭＳ ゴシック
 * by their Japanese names, alternate (English) names, charset (SHIFTJIS) and panose, and substitutes a
 * similar font where one is missing — with an empty table (docx's default) it falls back blindly.
 */
import { FONT } from './styles';

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'fixed' | 'variable';
  sig: { usb0: string; usb1: string; usb2: string; usb3: string; csb0: string; csb1: string };
}

const JP_SIG = { usb0: 'E00002FF', usb1: '6AC7FDFB', usb2: '08000012', usb3: '00000000', csb0: '0002009F', csb1: '00000000' };
const LATIN_SIG = { usb0: '00000287', usb1: '00000000', usb2: '00000000', usb3: '00000000', csb0: '0000009F', csb1: '00000000' };

const FONTS: FontEntry[] = [
  { name: FONT.mincho, altName: 'MS Mincho', panose: '02020609040205080304', charset: '80', family: 'modern', pitch: 'fixed', sig: JP_SIG },
  { name: FONT.gothic, altName: 'MS Gothic', panose: '020B0609070205080204', charset: '80', family: 'modern', pitch: 'fixed', sig: JP_SIG },
  { name: FONT.latinSerif, panose: '02040604050505020304', charset: '00', family: 'roman', pitch: 'variable', sig: LATIN_SIG },
  { name: FONT.latinSans, panose: '020B0604020202020204', charset: '00', family: 'swiss', pitch: 'variable', sig: LATIN_SIG },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function fontTableXml(): string {
  const fonts = FONTS.map(
    (f) =>
      `<w:font w:name="${esc(f.name)}">${f.altName ? `<w:altName w:val="${esc(f.altName)}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/><w:sig w:usb0="${f.sig.usb0}" w:usb1="${f.sig.usb1}" w:usb2="${f.sig.usb2}" w:usb3="${f.sig.usb3}" w:csb0="${f.sig.csb0}" w:csb1="${f.sig.csb1}"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${fonts}</w:fonts>`;
}
