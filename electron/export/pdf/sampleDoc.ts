/**
 * A realistic sample DocModel (a 事業計画書 with headings, justified paragraphs, tables and an image)
 * for tests and speed measurements of the PDF writer. Deterministic; no randomness.
 */
import { deflateSync } from 'node:zlib';
import type { Block, DocModel } from '../../../shared/export/docModel';

const SENTENCES = [
  '当社は昭和52年の創業以来、地域の製造業を支える精密部品の加工を主力事業としてきた。',
  '近年は取引先からの短納期化・多品種少量化の要請が強まり、従来の汎用機による加工では対応が困難になっている。',
  '本事業では、CAD/CAMシステムと5軸マシニングセンタを導入し、設計から加工までのリードタイムを約40%短縮する。',
  '導入後3年間で売上高を1,000万円増加させ、付加価値額の年率3.5%以上の向上を目指す（事業計画期間：2026年度〜2028年度）。',
  '「ものづくり補助金」の活用により、設備投資の負担を抑えつつ、RFIDタグによる工程管理の仕組みも併せて整備する。',
  'また、従業員のスキル向上のため、外部講師による研修（全12回）を実施し、社内の技能継承を計画的に進める。',
  '販路開拓については、既存顧客への提案に加え、展示会への出展やWebサイトの刷新を通じて新規顧客の獲得を図る。',
  'なお、本計画の実施にあたっては、商工会の経営指導員から継続的な助言を受け、進捗を四半期ごとに確認する。',
  '原材料価格の高騰が続くなか、歩留まりの改善は収益性の確保に直結する重要な課題である。',
  '加工データの一元管理により、熟練者の暗黙知を「見える化」し、若手でも高品質な製品を安定して生産できる体制を構築する。',
];

/** Paragraph text of `n` sentences starting at sentence `seed` (cycled). */
export function sampleText(n: number, seed = 0): string {
  let out = '';
  for (let i = 0; i < n; i++) out += SENTENCES[(seed + i) % SENTENCES.length] ?? '';
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid RGB PNG of w×h pixels: a blue–orange diagonal gradient with a grid (for tests). */
export function samplePng(w = 320, h = 200): Uint8Array {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1);
    for (let x = 0; x < w; x++) {
      const t = (x + y) / (w + h);
      const grid = x % 40 === 0 || y % 40 === 0;
      const o = row + 1 + x * 3;
      raw[o] = grid ? 60 : Math.round(40 + 200 * t);
      raw[o + 1] = grid ? 60 : Math.round(120 + 60 * t);
      raw[o + 2] = grid ? 60 : Math.round(220 - 180 * t);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

/**
 * About `sections` × one page of mixed content. With sections = 8 this is ~10 A4 pages.
 */
export function sampleDocument(sections = 8, opts: { watermark?: string; image?: Uint8Array } = {}): DocModel {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: '事業計画書（ものづくり補助金）', bookmark: true }];
  for (let s = 0; s < sections; s++) {
    blocks.push({ type: 'heading', level: 2, text: `${s + 1}. 事業の概要と課題（その${s + 1}）`, bookmark: true });
    blocks.push({ type: 'paragraph', text: `${sampleText(5, s)}\n${sampleText(4, s + 5)}`, indentFirstLine: true });
    blocks.push({ type: 'heading', level: 3, text: `(${s + 1}) 具体的な取組内容`, bookmark: true });
    blocks.push({ type: 'paragraph', text: sampleText(6, s + 2), indentFirstLine: true });
    if (s % 2 === 0) {
      blocks.push({
        type: 'table',
        caption: `表${s / 2 + 1} 売上・付加価値額の計画`,
        columns: [
          { header: '項目', width: 3, align: 'left' },
          { header: '2026年度', width: 2, align: 'right' },
          { header: '2027年度', width: 2, align: 'right' },
          { header: '2028年度', width: 2, align: 'right' },
        ],
        rows: [
          ['売上高（千円）', '120,000', '128,500', '136,000'],
          ['営業利益（千円）', '6,200', '7,900', '9,400'],
          ['人件費（千円）', '38,000', '39,500', '41,000'],
          ['減価償却費（千円）', '4,100', '5,800', '5,600'],
          ['付加価値額（千円）', '48,300', '53,200', '56,000'],
        ],
        emphasisRows: [4],
      });
    } else if (opts.image) {
      blocks.push({ type: 'image', data: opts.image, format: 'png', caption: `図${(s + 1) / 2} 導入するCAD/CAMの構成`, widthRatio: 0.5 });
    } else {
      blocks.push({ type: 'paragraph', size: 'small', text: `※ ${sampleText(2, s + 7)}` });
    }
  }
  const meta: DocModel['meta'] = {
    title: '事業計画書',
    author: '株式会社サンプル精工',
    subject: 'ものづくり・商業・サービス生産性向上促進補助金',
    createdAt: new Date('2026-11-24T09:00:00+09:00'),
  };
  if (opts.watermark) meta.watermark = opts.watermark;
  return { meta, blocks };
}
