import type { PlanRowSpec } from '../../../shared/schemas/planRows';

/** The rows of the actuals table: the plan table's figures the targets read (money shown in 千円, stored in 円). */
export type ActualRow = PlanRowSpec;

export const ACTUAL_ROWS: readonly ActualRow[] = [
  { key: 'uriageDaka', label: '売上高', unit: '千円' },
  { key: 'uriageGenka', label: '売上原価', unit: '千円' },
  { key: 'eigyoRieki', label: '営業利益', unit: '千円' },
  { key: 'jinkenHi', label: '人件費', unit: '千円' },
  { key: 'genkaShokyakuHi', label: '減価償却費', unit: '千円' },
  { key: 'kyuyoShikyuSogaku', label: '給与支給総額（従業員）', unit: '千円' },
  { key: 'yakuinKyuyo', label: '給与支給総額（役員）', unit: '千円' },
  { key: 'jugyoinSu', label: '従業員数（全月支給・フルタイム）', unit: '人' },
  { key: 'yakuinSu', label: '役員数', unit: '人' },
  { key: 'jigyojoNaiSaiteiChingin', label: '事業場内最低賃金（時給・3月末）', unit: '円' },
  { key: 'chiikiBetsuSaiteiChingin', label: '地域別最低賃金（時給・3月末）', unit: '円' },
];
