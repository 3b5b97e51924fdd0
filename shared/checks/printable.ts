import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import type { FindingList } from './context';
import type { FindingFix, Severity } from './types';

/**
 * Characters that do not survive the trip to the e-application or the printed form — emoji (〓 in the PDF),
 * variation selectors (IVS: dropped or shown as boxes), 機種依存文字 (㈱, ㎡, ㍻: garbled on other systems),
 * half-width kana, tabs and invisible control characters. One finding per field and kind, each with the
 * one-click replacement that fixes it; nothing is changed silently.
 */

interface Kind {
  id: string;
  name: string;
  severity: Severity;
  pattern: RegExp;
  /** The replacement of one match. */
  to: (m: string) => string;
  fixLabel: string;
}

/** Emoji: anything from the pictograph planes, BMP emoji not in JIS, keycaps, flags, and any character forced to emoji style (U+FE0F). */
const EMOJI =
  /(?:[\u{1F000}-\u{1FAFF}\u{1F1E6}-\u{1F1FF}\u2705\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B50\u2B55\u231A\u231B\u23E9-\u23F3\u23F8-\u23FA\u2614\u2615\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2728\u2B1B\u2B1C](?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?(?:\u200D[\u{1F000}-\u{1FAFF}\u2640\u2642\u2695\u2696\u2708\u2764](?:\uFE0F)?)*|[0-9#*]\uFE0F?\u20E3|[^\s]\uFE0F)/gu;

/**
 * 機種依存文字 with their plain equivalents: the squared and parenthesised compatibility forms (㈱ ㎡ ㍻ №),
 * which other systems show differently or not at all. Circled numbers and Roman numerals (① Ⅱ) are in
 * JIS X 0213 and survive; they are left alone.
 */
const DEPENDENT: Record<string, string> = {
  '㍉': 'ミリ', '㌔': 'キロ', '㌢': 'センチ', '㍍': 'メートル', '㌘': 'グラム', '㌧': 'トン', '㌃': 'アール', '㌶': 'ヘクタール',
  '㍑': 'リットル', '㍗': 'ワット', '㌍': 'カロリー', '㌦': 'ドル', '㌣': 'セント', '㌫': 'パーセント', '㍊': 'ミリバール', '㌻': 'ページ',
  '㎜': 'mm', '㎝': 'cm', '㎞': 'km', '㎎': 'mg', '㎏': 'kg', '㏄': 'cc', '㎡': '平方メートル', '㎥': '立方メートル',
  '㍻': '平成', '㍼': '昭和', '㍽': '大正', '㍾': '明治', '㋿': '令和', '№': 'No.', '℡': 'TEL',
  '㈱': '（株）', '㈲': '（有）', '㈹': '（代）', '㊤': '（上）', '㊥': '（中）', '㊦': '（下）', '㊧': '（左）', '㊨': '（右）',
};
const DEPENDENT_RE = new RegExp(`[${Object.keys(DEPENDENT).join('')}]`, 'gu');

const KINDS: Kind[] = [
  { id: 'emoji', name: '絵文字', severity: 'warning', pattern: EMOJI, to: () => '', fixLabel: '絵文字を削除する' },
  { id: 'ivs', name: '異体字セレクタ（IVS）', severity: 'warning', pattern: /[\uFE00-\uFE0E\u{E0100}-\u{E01EF}]/gu, to: () => '', fixLabel: '異体字セレクタを外す（標準の字形にする）' },
  { id: 'hankakuKana', name: '半角カナ', severity: 'warning', pattern: /[\uFF61-\uFF9F]+/gu, to: (m) => m.normalize('NFKC'), fixLabel: '全角カナに直す' },
  { id: 'tab', name: 'タブ・制御文字', severity: 'warning', pattern: /[\t\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/gu, to: (m) => (m === '\t' ? '　' : ''), fixLabel: 'タブを全角スペースに、制御文字を削除する' },
  { id: 'kishuIzon', name: '機種依存文字', severity: 'hint', pattern: DEPENDENT_RE, to: (m) => DEPENDENT[m] ?? m, fixLabel: '一般的な文字に置き換える' },
];

const shown = (m: string) => (m === '\t' ? 'タブ' : /^[\u0000-\u001F\u007F\u200B-\u200D\u2060\uFEFF]$/u.test(m) ? `U+${(m.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : m);

export function checkPrintable(t: Template, app: Application, out: FindingList): void {
  for (const s of t.sections) {
    for (const f of s.fields) {
      if (f.kind !== 'text') continue;
      const text = app.content[s.id]?.[f.id];
      if (typeof text !== 'string' || text === '') continue;
      let rest = text;
      for (const k of KINDS) {
        const found = [...new Set(rest.match(k.pattern) ?? [])];
        if (found.length === 0) continue;
        // later kinds look at the text as the earlier fixes leave it (an emoji's FE0F is not also an IVS)
        rest = rest.replace(k.pattern, '');
        const fix: FindingFix = { label: k.fixLabel, replacements: found.map((from) => ({ sectionId: s.id, fieldId: f.id, from, to: k.to(from) })) };
        const id = `printable:${k.id}:${s.id}.${f.id}`;
        out.add({
          id,
          kind: 'readability',
          severity: k.severity,
          sectionId: s.id,
          fieldId: f.id,
          message: `「${f.label}」に電子申請や印刷で化ける・消える文字があります（${k.name}: ${found.slice(0, 5).map(shown).join(' ')}${found.length > 5 ? ' …' : ''}）。${k.severity === 'hint' ? '他の環境で別の文字に見えることがあります。' : 'PDFでは〓になるか表示されません。'}`,
        });
        const added = out.items[out.items.length - 1];
        if (added?.id === id) added.fix = fix;
      }
    }
  }
}
