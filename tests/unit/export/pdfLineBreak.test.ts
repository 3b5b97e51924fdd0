import { describe, expect, it } from 'vitest';
import { getFontFaces } from '../../../electron/export/pdf/fonts';
import { breakLines, NO_END, NO_START, type BreakOptions, type BrokenLine } from '../../../electron/export/pdf/lineBreak';
import { Pager, type TextOp } from '../../../electron/export/pdf/paginate';
import { sampleText } from '../../../electron/export/pdf/sampleDoc';

/** Fixed-pitch measure: CJK = 10pt, ASCII = 5pt. */
const mono = (cp: number): number => (cp < 0x2e80 ? 5 : 10);

const firstCp = (s: string): number => s.codePointAt(0) ?? 0;
const lastCp = (s: string): number => Array.from(s).at(-1)?.codePointAt(0) ?? 0;
const width = (s: string, m: (cp: number) => number): number => Array.from(s).reduce((a, c) => a + m(firstCp(c)), 0);

/** A deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KANJI = Array.from('事業計画補助金申請書設備投資生産性向上販路開拓売上付加価値額従業員研修技能継承地域製造精密部品加工');
const KANA = Array.from('あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん');
const SMALL = Array.from('ゃゅょっァィゥェォッャュョ');
const CLOSERS = Array.from('、。）」』】〕〉》・ー？！々');
const LATIN = ['CAD/CAM', '1,000', 'RFID', '3.5%', 'IoT', 'DX', '2026', 'Web'];

/** Random Japanese with openers, closers, small kana and Latin tokens (never 3 forbidden chars in a row). */
function randomJapanese(r: () => number, n: number): string {
  let s = '';
  const pick = (a: string[]): string => a[Math.floor(r() * a.length)] ?? '';
  while (s.length < n) {
    const x = r();
    if (x < 0.45) s += pick(KANJI);
    else if (x < 0.7) s += pick(KANA);
    else if (x < 0.76) s += pick(KANA) + pick(SMALL);
    else if (x < 0.84) s += pick(KANJI) + pick(CLOSERS);
    else if (x < 0.9) s += '「' + pick(KANJI) + pick(KANA) + '」';
    else if (x < 0.95) s += pick(LATIN);
    else s += '（' + pick(LATIN) + '）';
  }
  return s;
}

function checkInvariants(text: string, lines: BrokenLine[], opts: BreakOptions, m: (cp: number) => number): void {
  // lossless
  expect(lines.map((l) => text.slice(l.start, l.end)).join('')).toBe(text);
  lines.forEach((l, i) => {
    expect(text.slice(l.start, l.end).replace(/ +$/, '')).toBe(l.text);
    // width is the measured width and fits (追い込み may exceed by squeezeLimit at most)
    expect(l.width).toBeCloseTo(width(l.text, m), 6);
    expect(l.width).toBeLessThanOrEqual(l.available + (opts.squeezeLimit ?? 0) + 1e-6);
    if (i > 0) expect(NO_START.has(firstCp(l.text)), `line ${i} starts with ${l.text[0]}: ${l.text}`).toBe(false);
    if (i < lines.length - 1) expect(NO_END.has(lastCp(l.text)), `line ${i} ends with opener: ${l.text}`).toBe(false);
    expect(l.last).toBe(i === lines.length - 1);
  });
  // Latin tokens are never split
  for (const tok of text.matchAll(/[!-~]+/g)) {
    const a = tok.index;
    const b = a + tok[0].length;
    if (width(tok[0], m) > opts.maxWidth) continue;
    for (const l of lines.slice(1)) {
      expect(l.start <= a || l.start >= b, `token ${tok[0]} split`).toBe(true);
    }
  }
}

describe('breakLines (pure)', () => {
  it('breaks character by character and fills each line', () => {
    const text = 'あいうえおかきくけこさしすせそ';
    const lines = breakLines(text, { maxWidth: 50, measure: mono });
    expect(lines.map((l) => l.text)).toEqual(['あいうえお', 'かきくけこ', 'さしすせそ']);
    expect(lines.map((l) => l.last)).toEqual([false, false, true]);
  });

  it('keeps a closing punctuation off the line start: 追い出し without squeeze', () => {
    // 5 chars fit; the 6th is 。 → the 5th char is carried to the next line with it
    const lines = breakLines('あいうえおか。きくけ', { maxWidth: 60, measure: mono });
    expect(lines.map((l) => l.text)).toEqual(['あいうえお', 'か。きくけ']);
  });

  it('pulls the punctuation into the line with 追い込み when the overflow is small', () => {
    const lines = breakLines('あいうえおかきくけこさし。すせそ', { maxWidth: 120, measure: mono, squeezeLimit: 5 });
    // 12 chars fit exactly; 。 would overflow by 10 > 5 → 追い出し
    expect(lines[0]?.text).toBe('あいうえおかきくけこさ');
    const lines2 = breakLines('あいうえおかきくけこさし。すせそ', { maxWidth: 120, measure: mono, squeezeLimit: 10 });
    expect(lines2[0]?.text).toBe('あいうえおかきくけこさし。');
    expect(lines2[0]?.width).toBe(130);
  });

  it('never ends a line with an opening bracket', () => {
    const lines = breakLines('あいうえ「かきくけ」こ', { maxWidth: 50, measure: mono });
    expect(lines[0]?.text).toBe('あいうえ');
    expect(lines[1]?.text.startsWith('「')).toBe(true);
  });

  it('handles small kana, the prolonged sound mark and iteration marks', () => {
    for (const ch of ['ゃ', 'ッ', 'ー', '々', '・', '？']) {
      const lines = breakLines(`あいうえお${ch}かき`, { maxWidth: 50, measure: mono });
      expect(lines[1]?.text.startsWith(ch)).toBe(false);
    }
  });

  it('keeps Latin words and numbers whole', () => {
    for (const tok of ['CAD/CAM', '1,000', 'RFID', '3.5%']) {
      for (let w = 60; w <= 140; w += 5) {
        const text = `あいうえおかき${tok}万円の導入`;
        const lines = breakLines(text, { maxWidth: w, measure: mono });
        expect(lines.some((l) => l.text.includes(tok)), `${tok} @${w}: ${lines.map((l) => l.text).join('|')}`).toBe(true);
      }
    }
  });

  it('splits a single token wider than the line', () => {
    const url = 'https://example.com/a/very/long/path/that/does/not/fit';
    const lines = breakLines(url, { maxWidth: 60, measure: mono });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join('')).toBe(url);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(60);
  });

  it('hangs spaces at the line end and never starts a line with one', () => {
    const text = 'alpha beta gamma delta epsilon';
    const lines = breakLines(text, { maxWidth: 60, measure: mono });
    expect(lines.map((l) => l.text)).toEqual(['alpha beta', 'gamma delta', 'epsilon']);
    for (const l of lines) expect(l.text.startsWith(' ')).toBe(false);
    expect(lines.map((l) => text.slice(l.start, l.end)).join('')).toBe(text);
  });

  it('indents the first line by one character', () => {
    const lines = breakLines('あいうえおかきくけこ', { maxWidth: 50, measure: mono, firstLineIndent: 10 });
    expect(lines.map((l) => l.text)).toEqual(['あいうえ', 'おかきくけ', 'こ']);
    expect(lines[0]?.indent).toBe(10);
    expect(lines[1]?.indent).toBe(0);
  });

  it('gives one empty line for an empty paragraph', () => {
    expect(breakLines('', { maxWidth: 50, measure: mono })).toEqual([
      expect.objectContaining({ text: '', start: 0, end: 0, last: true }),
    ]);
  });

  it('handles surrogate pairs as one character', () => {
    const text = '𠮷野家𠮷野家𠮷野家';
    const lines = breakLines(text, { maxWidth: 30, measure: mono });
    expect(lines.map((l) => l.text)).toEqual(['𠮷野家', '𠮷野家', '𠮷野家']);
  });

  it('holds the invariants on random text at many widths (with and without 追い込み)', () => {
    const r = rng(42);
    for (let n = 0; n < 150; n++) {
      const text = randomJapanese(r, 40 + Math.floor(r() * 400));
      const maxWidth = 90 + Math.floor(r() * 400);
      for (const squeezeLimit of [0, 5]) {
        const opts = { maxWidth, measure: mono, squeezeLimit, firstLineIndent: n % 2 ? 10 : 0 };
        checkInvariants(text, breakLines(text, opts), opts, mono);
      }
    }
  });

  it('holds the invariants with Noto Sans JP widths (proportional Latin)', async () => {
    const faces = await getFontFaces();
    const size = 10.5;
    const measure = (cp: number): number => faces.regular.advance(cp) * size;
    const r = rng(7);
    for (let n = 0; n < 60; n++) {
      const text = n % 3 === 0 ? sampleText(6, n) : randomJapanese(r, 600);
      const opts = { maxWidth: 470.55, measure, squeezeLimit: size / 2, firstLineIndent: size };
      const lines = breakLines(text, opts);
      checkInvariants(text, lines, opts, measure);
      // Word-like density: lines are nearly full (a pushed 「CAD/CAM」 leaves at most a few em)
      const spares = lines.slice(0, -1).map((l) => l.available - l.width);
      for (const sp of spares) expect(sp).toBeLessThan(size * 8);
      const mean = spares.length > 0 ? spares.reduce((a, b) => a + b, 0) / spares.length : 0;
      expect(mean).toBeLessThan(n % 3 === 0 ? size : size * 2.5);
    }
  });

  it('breaks a 50,000-character paragraph (its speed is in npm run bench)', async () => {
    const faces = await getFontFaces();
    const measure = (cp: number): number => faces.regular.advance(cp) * 10.5;
    const text = sampleText(1000).slice(0, 50_000);
    const lines = breakLines(text, { maxWidth: 470, measure, squeezeLimit: 5 });
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.map((l) => text.slice(l.start, l.end)).join('')).toBe(text);
  });
});

describe('Pager.drawLine justification', () => {
  it('spreads the spare width over the gaps with Tc, except on the last line', async () => {
    const faces = await getFontFaces();
    const size = 10.5;
    const measure = (cp: number): number => faces.regular.advance(cp) * size;
    const text = sampleText(3);
    const lines = breakLines(text, { maxWidth: 300, measure, squeezeLimit: size / 2 });
    const pager = new Pager();
    for (const line of lines) {
      pager.drawLine(line, { x: 100, top: pager.y, width: 300, face: faces.regular, size, lineHeight: 18, align: 'justify' });
      pager.y -= 18;
    }
    const ops = pager.page.ops.filter((o): o is TextOp => o.kind === 'text');
    expect(ops).toHaveLength(lines.length);
    ops.forEach((op, i) => {
      const line = lines[i];
      if (!line) throw new Error('missing line');
      const drawn = line.width + op.charSpacing * (line.chars - 1);
      if (line.last) {
        expect(op.charSpacing).toBeLessThanOrEqual(0);
        expect(drawn).toBeLessThanOrEqual(300 + 1e-6);
      } else {
        expect(op.x + drawn).toBeCloseTo(400, 6); // flush right edge
      }
    });
  });
});
