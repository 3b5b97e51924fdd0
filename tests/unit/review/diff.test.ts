import { describe, expect, it } from 'vitest';
import { diffText, type DiffOp } from '../../../shared/review/diff';
import { splitUnits } from '../../../shared/review/units';

const sideA = (ops: DiffOp[]) => ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
const sideB = (ops: DiffOp[]) => ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');
const show = (ops: DiffOp[]) => ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join('');

/** Offsets (UTF-16) where units of `text` start, plus its end. */
function unitBounds(text: string): Set<number> {
  const out = new Set<number>([0]);
  let at = 0;
  for (const u of splitUnits(text)) out.add((at += u.length));
  return out;
}

/** Every invariant diffText promises. */
function checkDiff(a: string, b: string): DiffOp[] {
  const ops = diffText(a, b);
  expect(sideA(ops)).toBe(a);
  expect(sideB(ops)).toBe(b);
  const ba = unitBounds(a);
  const bb = unitBounds(b);
  let ia = 0;
  let ib = 0;
  ops.forEach((o, i) => {
    expect(o.text.length).toBeGreaterThan(0);
    if (i > 0) expect(ops[i - 1]?.op).not.toBe(o.op);
    if (o.op !== 'insert') ia += o.text.length;
    if (o.op !== 'delete') ib += o.text.length;
    // No op boundary falls inside a unit (surrogate pair, combining sequence, ZWJ emoji …).
    expect(ba.has(ia)).toBe(true);
    expect(bb.has(ib)).toBe(true);
  });
  return ops;
}

// Deterministic PRNG so failures reproduce.
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const PIECES = ['あ', 'い', 'う', '当', '社', 'の', '。', '、', '\n', '\r\n', 'a', 'b', ' ', '👨‍👩‍👧', '👨‍👩‍👦', '👍🏽', '👍', 'か゚', 'か', '𠮷', '葛󠄀', '葛', '🇯🇵', '🇺🇸', 'é', 'e\u0301', 'ｶﾞ', '\u200d'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

function mutate(r: () => number, s: string): string {
  const units = splitUnits(s);
  const out: string[] = [];
  for (const u of units) {
    const x = r();
    if (x < 0.08) continue; // delete
    if (x < 0.16) out.push(randomText(r, 1 + Math.floor(r() * 3))); // replace
    else out.push(u);
    if (r() < 0.05) out.push(randomText(r, 1 + Math.floor(r() * 4))); // insert
  }
  return out.join('');
}

describe('splitUnits', () => {
  it('keeps grapheme-ish units whole', () => {
    expect(splitUnits('家族👨‍👩‍👧か゚𠮷葛󠄀👍🏽🇯🇵🇺🇸e\u0301\r\nｶﾞ')).toEqual(['家', '族', '👨‍👩‍👧', 'か゚', '𠮷', '葛󠄀', '👍🏽', '🇯🇵', '🇺🇸', 'e\u0301', '\r\n', 'ｶﾞ']);
  });
  it('joins back to the text, even with a leading combining mark or a lone surrogate', () => {
    for (const s of ['\u0301abc', '\ud800x', 'x\udc00', '\u200d', '']) expect(splitUnits(s).join('')).toBe(s);
  });
});

describe('diffText invariants', () => {
  it('edge cases', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('同じ', '同じ')).toEqual([{ op: 'equal', text: '同じ' }]);
    expect(checkDiff('', '追加')).toEqual([{ op: 'insert', text: '追加' }]);
    expect(checkDiff('削除', '')).toEqual([{ op: 'delete', text: '削除' }]);
  });

  it('reconstructs a and b for random related strings (emoji, combining marks, 𠮷, flags, CR LF)', () => {
    const r = rng(20251124);
    for (let i = 0; i < 400; i++) {
      const a = randomText(r, Math.floor(r() * 60));
      checkDiff(a, mutate(r, a));
    }
  });

  it('reconstructs a and b for random unrelated strings', () => {
    const r = rng(7);
    for (let i = 0; i < 200; i++) checkDiff(randomText(r, Math.floor(r() * 40)), randomText(r, Math.floor(r() * 40)));
  });

  it('never splits a ZWJ family, a combining か゚ or 𠮷', () => {
    expect(checkDiff('家族👨‍👩‍👧で来店', '家族👨‍👩‍👦で来店')).toEqual([
      { op: 'equal', text: '家族' },
      { op: 'delete', text: '👨‍👩‍👧' },
      { op: 'insert', text: '👨‍👩‍👦' },
      { op: 'equal', text: 'で来店' },
    ]);
    expect(show(checkDiff('か゚き', 'かき'))).toBe('[-か゚-]{+か+}き');
    expect(show(checkDiff('𠮷野家', '吉野家'))).toBe('[-𠮷-]{+吉+}野家');
  });

  it('long texts take the sentence path and keep every invariant', () => {
    const r = rng(99);
    const sentences = Array.from({ length: 300 }, () => `${randomText(r, 20).replace(/[。\n\r]/g, '')}。${r() < 0.2 ? '\n' : ''}`);
    const a = sentences.join('');
    const b = sentences.map((s) => (r() < 0.1 ? mutate(r, s) : r() < 0.05 ? `${randomText(r, 15)}。` : s)).join('');
    checkDiff(a, b);
    checkDiff(a, randomText(r, 5000)); // unrelated: the budget fallback
    checkDiff(a.replace(/[。\n]/g, ''), randomText(r, 6000).replace(/[。\n]/g, '')); // no sentence ends at all
  });

  it('repetitive text: an insertion in a long run stays a single insertion', () => {
    const ops = checkDiff('あ'.repeat(5000), `${'あ'.repeat(2500)}い${'あ'.repeat(2500)}`);
    expect(ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'insert', text: 'い' }]);
  });
});

describe('diffText readability', () => {
  it('a rewritten sentence is one deletion + one insertion, not confetti', () => {
    const ops = checkDiff('当社は地域の顧客に向けて新商品を販売する。', '弊社では全国の法人顧客へ新サービスを提供します。');
    expect(ops.map((o) => o.op)).toEqual(['delete', 'insert', 'equal']);
    expect(ops[2]?.text).toBe('。');
  });

  it('a rewritten sentence among unchanged ones is confined to that sentence', () => {
    const a = '当社は昭和48年創業の板金業者である。地域の住宅の屋根工事を中心に受注してきた。今後は外壁塗装にも取り組む。';
    const b = '当社は昭和48年創業の板金業者である。近年は新築需要が減り、リフォーム工事の比率が高まっている。今後は外壁塗装にも取り組む。';
    expect(show(checkDiff(a, b))).toBe(
      '当社は昭和48年創業の板金業者である。[-地域の住宅の屋根工事を中心に受注してきた-]{+近年は新築需要が減り、リフォーム工事の比率が高まっている+}。今後は外壁塗装にも取り組む。',
    );
  });

  it('small edits stay small and sit on word boundaries', () => {
    expect(show(checkDiff('売上高は年々減少している。', '売上高は3年連続で減少している。'))).toBe('売上高は[-年々-]{+3年連続で+}減少している。');
    expect(show(checkDiff('新商品の開発により、売上を増やす。', '新商品の開発と販路開拓により、売上と利益を増やす。'))).toBe('新商品の開発{+と販路開拓+}により、売上{+と利益+}を増やす。');
  });

  it('line-aware: a changed line does not swallow its neighbours', () => {
    expect(show(checkDiff('一行目\n二行目\n三行目', '一行目\n変更した行\n三行目'))).toBe('一行目\n[-二行目-]{+変更した行+}\n三行目');
  });

  it('an inserted sentence slides to the sentence boundary', () => {
    const ops = checkDiff('売上は増えた。利益も増えた。', '売上は増えた。客数も増えた。利益も増えた。');
    expect(ops).toEqual([
      { op: 'equal', text: '売上は増えた。' },
      { op: 'insert', text: '客数も増えた。' },
      { op: 'equal', text: '利益も増えた。' },
    ]);
  });
});
