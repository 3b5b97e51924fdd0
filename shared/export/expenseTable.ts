import type { ExpenseLine } from '../schemas/expense';
import type { ComputedFigures, SubsidyBreakdown } from '../checks/types';
import type { ExpenseCategory } from '../rules/schema';
import { plainNumber, yen } from '../format/numbers';
import type { Block } from './docModel';
import type { Grid, GridRow } from './grid';

/** Line amount in 円 (単価 × 数量), truncated; null when either is missing. */
export function lineAmountYen(l: ExpenseLine): number | null {
  if (l.unitPriceYen === null || l.quantity === null) return null;
  return Math.trunc(l.unitPriceYen * l.quantity);
}

export type ExpenseForm = 'lines' | 'yoshiki3' | 'byCategory';

const basisOf = (sub: SubsidyBreakdown | null | undefined) => (sub?.taxBasis === 'zeikomi' ? '税込' : '税抜');
const nameOf = (categories: readonly ExpenseCategory[]) => (id: string) => categories.find((c) => c.id === id)?.name ?? id;
const breakdown = (l: ExpenseLine) => `${yen(l.unitPriceYen)}円×${plainNumber(l.quantity, 2)}`;

/** Banso's own layout: one row per line, then the subsidy calculation. */
function linesBlocks(lines: ExpenseLine[], categories: readonly ExpenseCategory[], sub: SubsidyBreakdown | null | undefined): Block[] {
  const name = nameOf(categories);
  const basis = basisOf(sub);
  const rows = lines.map((l) => [name(l.category), l.description, l.reason, yen(l.unitPriceYen), plainNumber(l.quantity, 2), yen(lineAmountYen(l))]);
  const total = lines.reduce((s, l) => s + (lineAmountYen(l) ?? 0), 0);
  rows.push(['合計', '', '', '', '', yen(total)]);
  const blocks: Block[] = [
    {
      type: 'table',
      columns: [
        { header: '経費区分', width: 1.6 },
        { header: '内容（品名・型番等）', width: 2.6 },
        { header: '必要理由', width: 3 },
        { header: `単価（円・${basis}）`, width: 1.3, align: 'right' },
        { header: '数量', width: 0.7, align: 'right' },
        { header: `金額（円・${basis}）`, width: 1.4, align: 'right' },
      ],
      rows,
      emphasisRows: [rows.length - 1],
      size: 'small',
    },
  ];
  if (sub) {
    const calc: string[][] = [
      ['補助対象経費合計', `${yen(sub.eligibleYen)} 円`],
      ['補助率', sub.rateLabel],
    ];
    if (sub.method === 'categoryCapped') {
      calc.push(['上限のある区分以外の補助金額', `${yen(sub.nonWebSubsidyYen)} 円`]);
      for (const g of sub.cappedGroups) calc.push([`${g.label}の補助金額（上限 ${yen(g.capYen)} 円）`, `${yen(g.subsidyYen)} 円`]);
    }
    calc.push([`補助上限額（${sub.capLabel}）`, `${yen(sub.capYen)} 円`]);
    calc.push(['補助金交付申請額', `${yen(sub.totalYen)} 円`]);
    blocks.push({ type: 'table', caption: '補助金額の計算', columns: [{ header: '項目', width: 3 }, { header: '金額', width: 2, align: 'right' }], rows: calc, emphasisRows: [calc.length - 1], size: 'small' });
  }
  return blocks;
}

/** 持続化 様式3 Ⅱ: rows (1)–(6) as the official sheet computes them, each cap shown. */
export function yoshiki3Rows(sub: SubsidyBreakdown): GridRow[] {
  const r = (label: string, n: number | string): GridRow => {
    const cell = typeof n === 'number' ? yen(n) : n;
    return { label, cells: [cell], copy: [typeof n === 'number' ? String(n) : n] };
  };
  const rate = sub.rateLabel;
  const out: GridRow[] = [];
  if (sub.method === 'categoryCapped') {
    const capped = sub.cappedGroups.reduce((s, g) => s + g.costYen, 0);
    const names = sub.cappedGroups.map((g) => g.label).join('・');
    let i = 1;
    out.push(r(`（${i++}）補助対象経費小計（${names}を除く）`, sub.eligibleYen - capped));
    out.push(r(`（${i++}）補助金交付申請額（${names}を除く）　（1）×補助率 ${rate} 以内（円未満切捨て）`, sub.nonWebSubsidyYen));
    for (const g of sub.cappedGroups) {
      out.push(r(`（${i++}）${g.label}に係る補助対象経費小計`, g.costYen));
      out.push(r(`（${i++}）${g.label}に係る交付申請額　×補助率 ${rate} 以内（上限 ${yen(g.capYen)}円）`, g.subsidyYen));
    }
    out.push(r(`（${i++}）補助対象経費合計`, sub.eligibleYen));
    out.push({ ...r(`（${i++}）補助金交付申請額合計（上限 ${yen(sub.capYen)}円：${sub.capLabel}）`, sub.totalYen), emphasis: true });
    return out;
  }
  out.push(r('（1）補助対象経費小計（ウェブサイト関連費を除く）（a）', sub.nonWebYen));
  out.push(r(`（2）補助金交付申請額（ウェブサイト関連費を除く）（b）　（1）×補助率 ${rate} 以内（円未満切捨て）`, sub.nonWebSubsidyYen));
  out.push(r('（3）ウェブサイト関連費に係る補助対象経費小計（c）', sub.webYen));
  out.push(r(`（4）ウェブサイト関連費に係る交付申請額（d）　（6）の1/4を上限（最大50万円）、（c）×補助率 ${rate} 以内（円未満切捨て）`, sub.webSubsidyYen));
  out.push(r('（5）補助対象経費合計（e）　（a）＋（c）', sub.eligibleYen));
  out.push({ ...r(`（6）補助金交付申請額合計（f）　（b）＋（d）（上限 ${yen(sub.capYen)}円：${sub.capLabel}）`, sub.totalYen), emphasis: true });
  out.push(r('（d）が（f）の1/4以内であるか', sub.webSubsidyYen * 4 <= sub.totalYen ? 'はい' : 'いいえ'));
  return out;
}

function yoshiki3Blocks(lines: ExpenseLine[], categories: readonly ExpenseCategory[], sub: SubsidyBreakdown | null | undefined): Block[] {
  const name = nameOf(categories);
  const basis = basisOf(sub);
  const rows = lines.map((l) => [name(l.category), [l.description, l.reason].filter((x) => x.trim()).join('\n'), breakdown(l), yen(lineAmountYen(l))]);
  const blocks: Block[] = [
    {
      type: 'table',
      columns: [
        { header: '経費区分', width: 1.5 },
        { header: '内容・必要理由', width: 4.6 },
        { header: '経費内訳（単価×回数）', width: 1.9, align: 'right' },
        { header: `補助対象経費（${basis}）`, width: 1.6, align: 'right' },
      ],
      rows,
      size: 'small',
      caption: '（単位：円）',
    },
  ];
  if (sub) {
    const calc = yoshiki3Rows(sub);
    blocks.push({
      type: 'table',
      columns: [{ header: '項目', width: 7.4 }, { header: '金額（円）', width: 1.6, align: 'right' }],
      rows: calc.map((c) => [c.label, c.cells[0] ?? '']),
      emphasisRows: calc.flatMap((c, i) => (c.emphasis ? [i] : [])),
      size: 'small',
      repeatHeader: false,
    });
  }
  return blocks;
}

/** 単価50万円以上 of the core category (もの補助 lists them on their own row). */
const BIG_ITEM_YEN = 500_000;

/** もの補助 5. 経費明細表: one row per 経費区分 with (B) 補助対象経費 and (C) 補助金交付申請額, (E) 積算基礎. */
export function byCategoryGrid(lines: ExpenseLine[], categories: readonly ExpenseCategory[], sub: SubsidyBreakdown | null | undefined): Grid {
  const rate = sub?.rate ?? null;
  const groups: { label: string; lines: ExpenseLine[] }[] = [];
  for (const c of categories) {
    const own = lines.filter((l) => l.category === c.id);
    if (c.core) {
      groups.push({ label: `${c.name}（単価50万円以上）`, lines: own.filter((l) => (l.unitPriceYen ?? 0) >= BIG_ITEM_YEN) });
      groups.push({ label: `${c.name}（単価50万円未満）`, lines: own.filter((l) => (l.unitPriceYen ?? 0) < BIG_ITEM_YEN) });
    } else groups.push({ label: c.name, lines: own });
  }
  const unknown = lines.filter((l) => !categories.some((c) => c.id === l.category));
  if (unknown.length > 0) groups.push({ label: 'その他（区分なし）', lines: unknown });
  const sums = groups.map((g) => g.lines.reduce((s, l) => s + (lineAmountYen(l) ?? 0), 0));
  const shares = sums.map((b) => (rate ? Math.floor((b * rate.num) / rate.den) : 0));
  // (C) per row only when the rows add up to the amount applied for (no cap cut in)
  const perRowC = sub !== null && sub !== undefined && shares.reduce((a, b) => a + b, 0) === sub.totalYen;
  const rows: GridRow[] = groups.map((g, i) => {
    const b = sums[i] ?? 0;
    const c = perRowC && b > 0 ? (shares[i] ?? 0) : null;
    const basis = g.lines.map((l) => `${l.description || '（品名未記入）'} ${breakdown(l)}`).join('\n');
    return {
      label: g.label,
      cells: ['', b > 0 ? yen(b) : '', c === null ? '' : yen(c), basis],
      copy: ['', b > 0 ? String(b) : '', c === null ? '' : String(c), basis],
    };
  });
  const totalB = sums.reduce((a, b) => a + b, 0);
  rows.push({ label: '合計', cells: ['', yen(totalB), sub ? yen(sub.totalYen) : '', sub ? `補助率 ${sub.rateLabel}` : ''], copy: ['', String(totalB), sub ? String(sub.totalYen) : '', ''], emphasis: true });
  return {
    title: '経費明細表',
    unit: '円',
    corner: '経費区分',
    columns: ['（A）事業に要する経費（税込みの額）', '（B）補助対象経費（税抜きの額）', '（C）補助金交付申請額（（B）×補助率以内）', '（E）積算基礎（機械装置名、単価×数量等）'],
    rows,
  };
}

function byCategoryBlocks(lines: ExpenseLine[], categories: readonly ExpenseCategory[], sub: SubsidyBreakdown | null | undefined): Block[] {
  const g = byCategoryGrid(lines, categories, sub);
  return [
    {
      type: 'table',
      caption: '（単位：円）',
      columns: [
        { header: g.corner, width: 2.4 },
        { header: g.columns[0] ?? '', width: 1.5, align: 'right' },
        { header: g.columns[1] ?? '', width: 1.5, align: 'right' },
        { header: g.columns[2] ?? '', width: 1.6, align: 'right' },
        { header: g.columns[3] ?? '', width: 3.2 },
      ],
      rows: g.rows.map((r) => [r.label, ...r.cells]),
      emphasisRows: [g.rows.length - 1],
      size: 'small',
    },
    {
      type: 'paragraph',
      size: 'small',
      text: '（A）には今回の事業に要する経費の税込みの合計額（自己負担分を含む）を入れます。伴走は経費を税抜で管理しているため、見積書の税込額を記入してください。（C）は全体で補助上限額を超えないように設定します。',
    },
  ];
}

/** 経費明細表 in the layout the template's form uses, with the subsidy calculation the check engine made. */
export function expenseBlocks(lines: ExpenseLine[], categories: readonly ExpenseCategory[], figures: ComputedFigures | undefined, form: ExpenseForm = 'lines'): Block[] {
  if (lines.length === 0) return [{ type: 'paragraph', text: '（経費明細は未入力です）' }];
  const sub = figures?.subsidy;
  if (form === 'yoshiki3') return yoshiki3Blocks(lines, categories, sub);
  if (form === 'byCategory') return byCategoryBlocks(lines, categories, sub);
  return linesBlocks(lines, categories, sub);
}
