import type { Template } from '../templates/template';
import type { Application } from '../schemas/application';
import type { CompiledTemplate } from './compile';
import { fieldValue, type FindingList } from './context';
import { countChars, isBlank, quoteAround, splitSentences, TextCache } from './textScan';

/** Readability hints: sentences longer than the template's limit, numbers written without a unit. */

/** A number followed by hiragana (other than counters), punctuation or the end reads as unit-less. */
const NUMBER = /\d[\d,]*(?:\.\d+)?/gu;
const COUNTER_KANA = /^(?:つ|か所|かしょ|か月|ヵ|ヶ|カ|ケ|ほど|くらい|ぐらい|前後|余り|あまり|強|弱)/u;
const RANGE_NEXT = /^\s*(?:から|~|-|・|、|,|\/|と|や|又は|または|及び|および)\s*\d/u;
const UNITLESS_NEXT = /^(?:$|[ぁ-ゖ]|[。、，,．)）」』!！?？])/u;
/** Numbers that are labels, not quantities: 様式10, 第3, 図1, (2), No.5, 1-2, 型番 RF-S200, 細分類1162. */
const LABEL_BEFORE = /(?:様式|別表|別紙|図|表|第|分類|番号|コード|型番|No\.?|№|#|[(（\-A-Za-z])\s*$/u;

function unitlessNumbers(norm: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(norm); m; m = NUMBER.exec(norm)) {
    const digits = m[0].replace(/[,.]/g, '');
    if (digits.length < 2) continue; // 1桁 (箇条番号など) は見ない
    if (LABEL_BEFORE.test(norm.slice(Math.max(0, m.index - 4), m.index))) continue;
    // A unit may follow after a space ("2023 年"); another number next is a table row, not a quantity.
    const after = norm.slice(m.index + m[0].length, m.index + m[0].length + 12).replace(/^[ \t\u3000]+/u, '');
    if (/^\d/u.test(after) || COUNTER_KANA.test(after) || RANGE_NEXT.test(after) || !UNITLESS_NEXT.test(after)) continue;
    out.push({ index: m.index, length: m[0].length });
  }
  return out;
}

export function checkReadability(t: Template, app: Application, compiled: CompiledTemplate, out: FindingList, texts: TextCache = new TextCache()): void {
  const max = t.rules.text.sentenceMaxChars;
  for (const { section, field } of compiled.textFields) {
    const text = fieldValue(app, section.id, field.id);
    if (typeof text !== 'string' || isBlank(text)) continue;
    const at = { sectionId: section.id, fieldId: field.id };
    const long = splitSentences(text).filter((s) => countChars(s.text) > max);
    const first = long[0];
    if (first) {
      out.add({
        id: `readability:long:${section.id}.${field.id}`,
        kind: 'readability',
        severity: 'hint',
        ...at,
        message: `「${field.label}」に${max}字を超える長い文が${long.length}つあります（例：「${[...first.text.trim()].slice(0, 30).join('')}…」${countChars(first.text)}字）。一文を短く区切ると審査員が読みやすくなります。`,
      });
    }
    const norm = texts.normalized(`${section.id}.${field.id}`, text);
    const bare = unitlessNumbers(norm);
    if (bare.length > 0) {
      const examples = bare.slice(0, 3).map((b) => `「${quoteAround(text, b.index, b.length, 6)}」`);
      out.add({
        id: `readability:unit:${section.id}.${field.id}`,
        kind: 'readability',
        severity: 'hint',
        ...at,
        message: `「${field.label}」に単位のない数字が${bare.length}か所あります（${examples.join('、')}）。円・人・件・%などの単位を付けてください。`,
      });
    }
  }
}
