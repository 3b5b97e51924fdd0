import type { Application } from '../schemas/application';
import type { ExpenseLine } from '../schemas/expense';
import { floor, fromNumber, mul } from '../finance/rational';
import { formatYen } from '../finance/format';
import type { CompiledTemplate } from './compile';
import type { FindingList } from './context';

/** Line amounts (単価 × 数量, truncated to the yen) and totals, in BigInt yen. */
export interface ExpenseCalc {
  total: bigint;
  byCategory: Map<string, { yen: bigint; lines: number }>;
  core: bigint;
  nonCore: bigint;
  web: bigint;
  nonWeb: bigint;
  /** Lines that count, with their amounts. */
  lines: { line: ExpenseLine; yen: bigint }[];
}

export function computeExpenses(compiled: CompiledTemplate, app: Application, out: FindingList): ExpenseCalc {
  const at = { sectionId: compiled.expensesAt?.sectionId, fieldId: compiled.expensesAt?.fieldId };
  const calc: ExpenseCalc = { total: 0n, byCategory: new Map(), core: 0n, nonCore: 0n, web: 0n, nonWeb: 0n, lines: [] };
  app.expenses.forEach((line, i) => {
    const name = line.description.trim() || `${i + 1}行目`;
    const cat = compiled.categories.get(line.category);
    if (!cat) {
      out.add({ id: `expense:category:${line.id}`, kind: 'expense', severity: 'error', ...at, message: `経費「${name}」の経費区分「${line.category || '未選択'}」はこの様式にありません。区分を選び直してください。` });
      return;
    }
    if (line.unitPriceYen === null || line.quantity === null) {
      out.add({ id: `expense:incomplete:${line.id}`, kind: 'expense', severity: 'warning', ...at, message: `経費「${name}」の単価または数量が未入力のため、合計に含めていません。` });
      return;
    }
    const p = fromNumber(line.unitPriceYen);
    const q = fromNumber(line.quantity);
    if (!p || !q) return;
    const exact = mul(p, q);
    const yen = floor(exact);
    if (exact.d !== 1n) {
      out.add({ id: `expense:fraction:${line.id}`, kind: 'expense', severity: 'hint', ...at, message: `経費「${name}」の金額（単価×数量）に1円未満の端数があるため、${formatYen(Number(yen))}（切捨て）として計算しました。` });
    }
    if (line.web && !cat.web && [...compiled.categories.values()].some((c) => c.web)) {
      const webCat = [...compiled.categories.values()].find((c) => c.web);
      out.add({ id: `expense:webCategory:${line.id}`, kind: 'expense', severity: 'warning', ...at, message: `経費「${name}」はウェブ関連の経費です。「${webCat?.name ?? 'ウェブサイト関連費'}」に計上してください（ウェブ関連分として計算しています）。` });
    }
    const entry = calc.byCategory.get(cat.id) ?? { yen: 0n, lines: 0 };
    entry.yen += yen;
    entry.lines += 1;
    calc.byCategory.set(cat.id, entry);
    calc.total += yen;
    if (cat.core) calc.core += yen;
    else calc.nonCore += yen;
    if (cat.web || line.web) calc.web += yen;
    else calc.nonWeb += yen;
    calc.lines.push({ line, yen });
  });
  return calc;
}
