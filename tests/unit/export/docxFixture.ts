/**
 * Test helpers for the DOCX writer: a ~10-page Japanese subsidy application as a DocModel, a tiny PNG encoder, and the
 * paragraphs the document should contain (see docxXml.ts for reading the package).
 */
import { deflateSync } from 'node:zlib';
import type { Block, DocModel, TableBlock } from '../../../shared/export/docModel';

// ---------------------------------------------------------------- PNG

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGB PNG of the given size: a blue/orange bar chart on white, so it is visible in the rendered page. */
export function makePng(width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  const bars = 6;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const bar = Math.floor((x / width) * bars);
      const inBar = (x / width) * bars - bar > 0.2 && (x / width) * bars - bar < 0.8;
      const top = height * (0.8 - 0.1 * bar);
      const filled = inBar && y > top;
      const border = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
      const [r, g, b] = border ? [0, 0, 0] : filled ? (bar % 2 ? [237, 125, 49] : [68, 114, 196]) : [255, 255, 255];
      raw[row + 1 + x * 3] = r ?? 0;
      raw[row + 2 + x * 3] = g ?? 0;
      raw[row + 3 + x * 3] = b ?? 0;
    }
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A minimal JPEG header (SOI, APP0, SOF0) — enough for the size reader, not a decodable image. */
export function makeJpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8, // SOI
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, // APP0
    0xff, 0xff, // fill byte
    0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
  ]);
}

// ---------------------------------------------------------------- the sample document

const SENTENCES = [
  '当社は昭和六十二年の創業以来、地域の製造業を支える精密部品の加工を主力事業として営んできた。',
  '近年は取引先の海外移転や原材料価格の高騰により、受注単価の下落と利益率の低下が続いている。',
  'そこで本事業では、CAD/CAMシステムと五軸マシニングセンタを導入し、試作品の短納期対応を実現する。',
  '導入後は設計から加工までのリードタイムを従来の約半分に短縮し、医療機器分野への新規参入を図る。',
  '商工会の経営指導員と協議を重ね、販路開拓の計画と資金計画の妥当性について検証を行った。',
  '従業員は現在十二名であり、うち三名を新設備のオペレーターとして育成する計画である。',
  '「ものづくり」の技術を次世代へ継承するため、熟練工のノウハウをデジタルデータとして蓄積する。',
  '売上高は三年後に現在の一・二倍、付加価値額は年率三％以上の向上を目標とする（表２参照）。',
];

/** About `chars` characters of Japanese prose, in paragraphs of four to six sentences. */
export function japaneseProse(chars: number, seed = 0): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  let i = seed;
  while (total < chars) {
    const n = 4 + (i % 3);
    const sentences: string[] = [];
    for (let k = 0; k < n; k++) sentences.push(SENTENCES[(i + k * 3) % SENTENCES.length] ?? '');
    const p = sentences.join('');
    paragraphs.push(p);
    total += p.length;
    i++;
  }
  return paragraphs;
}

const yen = (n: number): string => n.toLocaleString('ja-JP');

export function financialTable(): TableBlock {
  const items = ['売上高', '売上原価', '売上総利益', '販売費及び一般管理費', '営業利益', '営業外収益', '営業外費用', '経常利益',
    '特別利益', '特別損失', '税引前当期純利益', '法人税等', '当期純利益', '人件費', '減価償却費', '付加価値額', '従業員数',
    '一人当たり付加価値額', '給与支給総額', '借入金残高'];
  return {
    type: 'table',
    caption: '表１　収支計画（単位：千円）',
    columns: [
      { header: '項目', width: 3, align: 'left' },
      { header: '直近期実績', width: 2, align: 'right' },
      { header: '1年目', width: 2, align: 'right' },
      { header: '2年目', width: 2, align: 'right' },
      { header: '3年目', width: 2, align: 'right' },
      { header: '4年目', width: 2, align: 'right' },
      { header: '5年目', width: 2, align: 'right' },
    ],
    rows: items.map((item, r) => [item, ...[0, 1, 2, 3, 4, 5].map((y) => yen(Math.round(52_340 * (1 + 0.03 * y) / (r + 1))))]),
    emphasisRows: [2, 4, 7, 12],
  };
}

export function expenseTable(rows = 50): TableBlock {
  const kinds = ['機械装置・システム構築費', '技術導入費', '専門家経費', '運搬費', 'クラウドサービス利用費', '外注費', '広報費'];
  const body = Array.from({ length: rows }, (_, i) => [
    String(i + 1),
    kinds[i % kinds.length] ?? '',
    `五軸マシニングセンタ用治具 第${i + 1}号（型式 BX-${100 + i}）`,
    yen(1 + (i % 4)),
    yen(120_000 + i * 3_500),
    yen((1 + (i % 4)) * (120_000 + i * 3_500)),
  ]);
  const total = body.reduce((n, r) => n + Number((r[5] ?? '0').replace(/,/g, '')), 0);
  body.push(['', '合計', '', '', '', yen(total)]);
  return {
    type: 'table',
    caption: '表２　経費明細表（単位：円、税抜）',
    size: 'small',
    columns: [
      { header: 'No.', width: 1, align: 'center' },
      { header: '経費区分', width: 4 },
      { header: '品名・仕様', width: 7 },
      { header: '数量', width: 1.2, align: 'right' },
      { header: '単価', width: 2.2, align: 'right' },
      { header: '金額', width: 2.4, align: 'right' },
    ],
    rows: body,
    emphasisRows: [rows],
  };
}

/** ~10 pages: title, 5 sections with ~12,000 characters of prose, a 20×7 financial table, a 50-row expense table, a figure. */
export function sampleDocument(options: { watermark?: string; image?: boolean } = {}): DocModel {
  const prose = japaneseProse(12_000);
  const perSection = Math.ceil(prose.length / 5);
  const sections = ['1. 企業概要', '2. 顧客ニーズと市場の動向', '3. 自社の強み', '4. 経営方針・目標と今後のプラン', '5. 補助事業の内容'];
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: '経営計画書兼補助事業計画書', bookmark: true },
    { type: 'paragraph', text: '令和７年４月１日\n株式会社サンプル精機\n代表取締役　山田　太郎', align: 'right' },
  ];
  sections.forEach((title, s) => {
    blocks.push({ type: 'heading', level: 2, text: title, bookmark: true });
    blocks.push({ type: 'heading', level: 3, text: `（${s + 1}）現状と課題` });
    blocks.push({ type: 'paragraph', text: prose.slice(s * perSection, (s + 1) * perSection).join('\n'), indentFirstLine: true });
    if (s === 1) blocks.push(financialTable());
    if (s === 2 && options.image !== false) {
      blocks.push({ type: 'image', data: makePng(480, 240), format: 'png', caption: '図1 導入するCAD/CAMの構成', widthRatio: 0.6 });
    }
    if (s === 4) {
      blocks.push({ type: 'pageBreak' });
      blocks.push(expenseTable());
      blocks.push({ type: 'paragraph', text: '※金額は見積書に基づく。\t消費税は補助対象外とする。', size: 'small' });
    }
  });
  return {
    meta: {
      title: '経営計画書兼補助事業計画書',
      author: '山田 太郎',
      subject: '小規模事業者持続化補助金',
      createdAt: new Date('2025-04-01T09:30:00Z'),
      ...(options.watermark ? { watermark: options.watermark } : {}),
    },
    blocks,
  };
}

/** Characters of text in the document (prose, headings, table cells). */
export function textLength(doc: DocModel): number {
  let n = 0;
  for (const b of doc.blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') n += b.text.length;
    if (b.type === 'table') n += b.rows.flat().join('').length + b.columns.map((c) => c.header).join('').length;
  }
  return n;
}

/** The paragraphs the model should produce, in order: what paragraphTexts(document.xml) should give (spacers aside). */
export function expectedParagraphs(doc: DocModel): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'heading') out.push(b.text);
    if (b.type === 'paragraph') out.push(...b.text.split('\n'));
    if (b.type === 'image' && b.caption) out.push(b.caption);
    if (b.type === 'table') {
      if (b.caption) out.push(b.caption);
      out.push(...b.columns.map((c) => c.header));
      for (const row of b.rows) for (const cell of row) out.push(...cell.split('\n'));
    }
  }
  return out;
}
