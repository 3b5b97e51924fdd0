import type { FinancialYear } from '../schemas/financialPlan';
import { formatYen } from '../finance/format';
import { labelOf, type NumericEnv } from './numericEnv';

/**
 * The plan table's own arithmetic, where the rows that make a figure are all entered: 営業利益 =
 * 売上高 − 売上原価 − 販売費及び一般管理費; 経常利益 = 営業利益 + 営業外収益 − 営業外費用; 人件費 not below
 * 給与支給総額 (従業員 + 役員: 人件費 also holds 賞与・法定福利費); 従業員数 as FTE truncated to 0.01 人 (パートタイム
 * 従業員は正社員の所定労働時間で換算し、小数点以下第3位を切捨て — もの補助 FAQ). All whole yen: compared exactly.
 */
type Row = keyof FinancialYear;
const has = (y: FinancialYear, ...keys: Row[]) => keys.every((k) => typeof y[k] === 'number');
const n = (y: FinancialYear, k: Row) => y[k] as number;

export function checkPlanArithmetic(env: NumericEnv): void {
  const at = env.compiled.planAt;
  if (!at) return;
  const add = (y: FinancialYear, what: string, message: string) =>
    env.out.add({ id: `plan:${what}:${labelOf(y)}`, kind: 'consistency', severity: 'warning', ...at, message });
  for (const y of env.app.financialPlan.years) {
    const label = labelOf(y);
    if (has(y, 'eigyoRieki', 'uriageDaka', 'uriageGenka', 'hanbaiKanriHi')) {
      const sum = n(y, 'uriageDaka') - n(y, 'uriageGenka') - n(y, 'hanbaiKanriHi');
      if (sum !== n(y, 'eigyoRieki')) add(y, 'eigyoRieki', `${label}の営業利益${formatYen(n(y, 'eigyoRieki'))}が、売上高−売上原価−販売費及び一般管理費（${formatYen(sum)}）と一致しません。どちらかの数値を直してください。`);
    }
    if (has(y, 'keijoRieki', 'eigyoRieki', 'eigyoGaiShueki', 'eigyoGaiHiyo')) {
      const sum = n(y, 'eigyoRieki') + n(y, 'eigyoGaiShueki') - n(y, 'eigyoGaiHiyo');
      if (sum !== n(y, 'keijoRieki')) add(y, 'keijoRieki', `${label}の経常利益${formatYen(n(y, 'keijoRieki'))}が、営業利益＋営業外収益−営業外費用（${formatYen(sum)}）と一致しません。`);
    }
    if (has(y, 'jinkenHi') && (has(y, 'kyuyoShikyuSogaku') || has(y, 'yakuinKyuyo'))) {
      const wages = (y.kyuyoShikyuSogaku ?? 0) + (y.yakuinKyuyo ?? 0);
      if (wages > n(y, 'jinkenHi')) add(y, 'jinkenHi', `${label}の給与支給総額（従業員・役員）${formatYen(wages)}が人件費${formatYen(n(y, 'jinkenHi'))}を上回っています。人件費は給与・賞与・役員報酬に法定福利費などを加えた額です。`);
    }
    if (has(y, 'jugyoinSu') && Math.round(n(y, 'jugyoinSu') * 100) !== n(y, 'jugyoinSu') * 100) {
      env.out.add({ id: `plan:fte:${label}`, kind: 'consistency', severity: 'hint', ...at, message: `${label}の従業員数${n(y, 'jugyoinSu')}人は小数点以下第3位以下があります。パートタイム従業員は正社員の所定労働時間で換算し、1人ごとに小数点以下第3位を切り捨てます（例：1日3時間÷7時間＝0.42人）。` });
    }
  }
}
