import type { ExpenseLine } from '../schemas/expense';
import type { ComputedFigures } from '../checks/types';
import type { ExpenseCategory } from '../rules/schema';
import { plainNumber, yen } from '../format/numbers';
import type { Block } from './docModel';

/** Line amount in 円 (単価 × 数量), truncated; null when either is missing. */
export function lineAmountYen(l: ExpenseLine): number | null {
  if (l.unitPriceYen === null || l.quantity === null) return null;
  return Math.trunc(l.unitPriceYen * l.quantity);
}

/** 経費明細表 with its total, and the subsidy calculation the check engine made. */
export function expenseBlocks(lines: ExpenseLine[], categories: readonly ExpenseCategory[], figures: ComputedFigures | undefined): Block[] {
  if (lines.length === 0) return [{ type: 'paragraph', text: '（経費明細は未入力です）' }];
  const name = (id: string) => categories.find((c) => c.id === id)?.name ?? id;
  const sub = figures?.subsidy;
  const basis = sub?.taxBasis === 'zeikomi' ? '税込' : '税抜';
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
    if (sub.method === 'jizokukaYoshiki3') {
      calc.push(['ウェブサイト関連費以外の補助金額 (b)', `${yen(sub.nonWebSubsidyYen)} 円`]);
      calc.push(['ウェブサイト関連費の補助金額 (d)', `${yen(sub.webSubsidyYen)} 円`]);
    }
    if (sub.method === 'categoryCapped') {
      calc.push(['上限のある区分以外の補助金額', `${yen(sub.nonWebSubsidyYen)} 円`]);
      for (const g of sub.cappedGroups) calc.push([`${g.label}の補助金額（上限 ${yen(g.capYen)} 円）`, `${yen(g.subsidyYen)} 円`]);
    }
    calc.push([`補助上限額（${sub.capLabel}）`, `${yen(sub.capYen)} 円`]);
    calc.push(['補助金交付申請額', `${yen(sub.totalYen)} 円`]);
    blocks.push({
      type: 'table',
      caption: '補助金額の計算',
      columns: [{ header: '項目', width: 3 }, { header: '金額', width: 2, align: 'right' }],
      rows: calc,
      emphasisRows: [calc.length - 1],
      size: 'small',
    });
  }
  return blocks;
}
