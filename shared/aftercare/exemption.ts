import { cmp, rat, sign } from '../finance/rational';
import type { Judge } from './achievement';
import { measureAt } from './achievement';
import type { AftercareSettings } from './schema';

/**
 * The exemptions the rounds write (もの補助 第20次 公募要領 2.6; 概要版 P.16): 付加価値額 not increased
 * (against 基準年度) and 営業利益赤字 in the majority of the plan years (基本要件②) or in that year (③);
 * 再生事業者 and 天災など責めに負わない理由 (as the secretariat accepts them, recorded by the advisor).
 */
export type ExemptionCheck = { exempt: boolean; reason: string | null; unknown: boolean };

const notIncreased = (j: Judge, k: number): boolean | null => {
  const a = measureAt(j, 0, 'fukaKachiGaku');
  const b = measureAt(j, k, 'fukaKachiGaku');
  return a.ok && b.ok ? cmp(b.value, a.value) <= 0 : null;
};

const loss = (j: Judge, k: number): boolean | null => {
  const r = measureAt(j, k, 'eigyoRieki');
  return r.ok ? sign(r.value) < 0 : null;
};

export function manualExemption(s: AftercareSettings): ExemptionCheck | null {
  if (s.exemption === 'saisei') return { exempt: true, reason: '再生事業者のため返還は求められません', unknown: false };
  if (s.exemption === 'tensai') return { exempt: true, reason: '天災など事業者の責めに負わない理由があるとして記録されています（事務局への相談・資料提出が必要）', unknown: false };
  return null;
}

/** 付加価値額 not increased at the final year and 営業利益赤字 in more than half of the plan years. */
export function majorityLossExemption(j: Judge): ExemptionCheck {
  const down = notIncreased(j, j.n);
  const losses: (boolean | null)[] = [];
  for (let k = 1; k <= j.n; k++) losses.push(loss(j, k));
  const count = losses.filter((x) => x === true).length;
  if (down === null || losses.some((x) => x === null)) return { exempt: false, reason: null, unknown: true };
  const exempt = down && count * 2 > j.n;
  return { exempt, reason: exempt ? `付加価値額が基準年度から増加しておらず、${j.n}年のうち${count}年が営業利益赤字のため返還は求められません` : null, unknown: false };
}

/** 付加価値額 not increased and 営業利益赤字 in year k. */
export function yearLossExemption(j: Judge, k: number): ExemptionCheck {
  const down = notIncreased(j, k);
  const l = loss(j, k);
  if (down === null || l === null) return { exempt: false, reason: null, unknown: true };
  const exempt = down && l;
  return { exempt, reason: exempt ? `${k}年目は付加価値額が増加しておらず営業利益赤字のため返還は求められません` : null, unknown: false };
}

export const ZERO_YEN = rat(0n);
