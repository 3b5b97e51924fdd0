import type { FigureKey } from './financialPlan';

export interface PlanRowSpec {
  key: FigureKey;
  label: string;
  unit: '千円' | '人' | '円';
}

/** Rows of the plan table in the order of the official 数値計画表. Money is shown in 千円, stored in 円. */
export const PLAN_ROWS: readonly PlanRowSpec[] = [
  { key: 'uriageDaka', label: '売上高', unit: '千円' },
  { key: 'uriageGenka', label: '売上原価', unit: '千円' },
  { key: 'hanbaiKanriHi', label: '販売費及び一般管理費', unit: '千円' },
  { key: 'eigyoRieki', label: '営業利益', unit: '千円' },
  { key: 'eigyoGaiShueki', label: '営業外収益', unit: '千円' },
  { key: 'eigyoGaiHiyo', label: '営業外費用', unit: '千円' },
  { key: 'keijoRieki', label: '経常利益', unit: '千円' },
  { key: 'tokiJunRieki', label: '税引後当期利益', unit: '千円' },
  { key: 'jinkenHi', label: '人件費', unit: '千円' },
  { key: 'genkaShokyakuHi', label: '減価償却費', unit: '千円' },
  { key: 'setsubiToshi', label: '設備投資額', unit: '千円' },
  { key: 'kyuyoShikyuSogaku', label: '給与支給総額（従業員）', unit: '千円' },
  { key: 'kyuyoShoyo', label: 'うち賞与（従業員）', unit: '千円' },
  { key: 'yakuinKyuyo', label: '給与支給総額（役員）', unit: '千円' },
  { key: 'jugyoinSu', label: '従業員数', unit: '人' },
  { key: 'yakuinSu', label: '役員数', unit: '人' },
  { key: 'jigyojoNaiSaiteiChingin', label: '事業場内最低賃金（時給）', unit: '円' },
  { key: 'chiikiBetsuSaiteiChingin', label: '地域別最低賃金（時給）', unit: '円' },
];
