import { rat } from '../finance/rational';
import type { TargetReport } from './achievement';
import { yenText } from './format';
import type { HenkanComponent } from './henkanTypes';
import type { HenkanRule } from './schema';

/**
 * The rounds without a formula: the whole subsidy is lost when a target is missed (持続化 第17回:
 * not paid at 実績報告), or the consequence is not known (未確認: achievement only, no amount).
 */
export function wholeGrant(rule: Extract<HenkanRule, { kind: 'wholeGrant' }>, reports: Map<string, TargetReport>, kofuYen: bigint | null): HenkanComponent {
  const base = { ruleId: rule.id, title: rule.title, source: rule.source, timing: '補助事業の終了時点（実績報告）', consequence: rule.consequence };
  const ts = rule.targets.map((id) => reports.get(id)).filter((t): t is TargetReport => t !== undefined);
  const projected = ts.some((t) => t.cells.some((c) => c.binding && c.projected));
  const missed = ts.filter((t) => t.met === false);
  const steps = ts.map((t) => `${t.label}: ${t.cells.map((c) => c.value ?? '未入力').join('、')}（${t.targetText}）→ ${t.met === true ? '達成' : t.met === false ? '未達' : '未確定'}`);
  if (missed.length === 0) return { ...base, status: ts.some((t) => t.met === null) ? 'incomplete' : 'none', exact: rat(0n), yen: 0, steps, projected };
  const what = rule.consequence === 'notGranted' ? '補助金全体が交付されません' : '補助金の全額が返還の対象です';
  if (kofuYen === null) return { ...base, status: 'incomplete', exact: null, yen: null, steps: [...steps, `${what}（交付決定額が未入力）`], projected };
  return { ...base, status: 'henkan', exact: rat(kofuYen), yen: null, steps: [...steps, `${what}：${yenText(kofuYen)}`], projected };
}

export function unknownRule(rule: Extract<HenkanRule, { kind: 'unknown' }>, reports: Map<string, TargetReport>): HenkanComponent {
  const ts = rule.targets.map((id) => reports.get(id)).filter((t): t is TargetReport => t !== undefined);
  const steps = ts.map((t) => `${t.label}: ${t.met === true ? '達成' : t.met === false ? '未達' : '未確定'}`);
  steps.push('未達のときの返還・不交付の定めを確認できないため、金額は計算していません（未確認）');
  return { ruleId: rule.id, title: rule.title, source: rule.source, timing: '—', consequence: 'henkan', status: 'unknown', exact: null, yen: null, steps, projected: ts.some((t) => t.cells.some((c) => c.projected)) };
}
