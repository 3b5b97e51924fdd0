import { plainNumber } from '../format/numbers';
import { KIBO_NAMES, shobunrui, type HoKubun, type KiboId, type ShobunruiId } from './officialIndustries';
import type { ClientFinancials } from './schema';

/**
 * Which of the tool's two tables (中規模事業者 / 小規模事業者) fits a client: 中小企業基本法 第2条第5項's
 * 小規模企業者 — おおむね常時使用する従業員の数が20人（商業又はサービス業は5人）以下. The law's own
 * thresholds are used. The 20人 for 宿泊業・娯楽業 is a 政令 special case of three other laws
 * (小規模事業者支援法, 中小企業信用保険法, 小規模企業共済法; the one 持続化補助金 follows), not of
 * 中小企業基本法: it is mentioned as a note where it applies, and the advisor can change the size.
 */
export const SHOKIBO_LIMITS: Record<HoKubun, { limit: number; name: string }> = {
  seizoSonota: { limit: 20, name: '製造業その他' },
  shogyo: { limit: 5, name: '商業（卸売業・小売業）' },
  service: { limit: 5, name: 'サービス業' },
};

/** 娯楽業 and 観光業 (宿泊業): 20人以下 under the 政令 of the three laws above. */
const SEIREI_20: readonly ShobunruiId[] = ['1002', '1301'];

export interface SizeSuggestion {
  /** null when no employee count is known. */
  size: KiboId | null;
  employees: number | null;
  /** Where the count comes from. */
  employeesFrom: 'client' | 'kessan' | null;
  limit: number;
  /** e.g. 従業員4名・建設業 → 小規模事業者の基準値 */
  text: string;
  /** The rule, e.g. 中小企業基本法の小規模企業者（製造業その他は従業員20人以下） */
  rule: string;
  /** The 宿泊業・娯楽業 special case, where it could matter. */
  note?: string;
}

/** The employee count to decide by: the client's 従業員数, else the newest 決算 period's. */
export function employeesOf(clientEmployeeCount: number | null | undefined, financials: ClientFinancials): { count: number; from: 'client' | 'kessan' } | null {
  if (clientEmployeeCount !== null && clientEmployeeCount !== undefined) return { count: clientEmployeeCount, from: 'client' };
  for (let i = financials.periods.length - 1; i >= 0; i--) {
    const n = financials.periods[i]?.jugyoinSu;
    if (n !== null && n !== undefined) return { count: n, from: 'kessan' };
  }
  return null;
}

export function suggestSize(id: ShobunruiId, clientEmployeeCount: number | null | undefined, financials: ClientFinancials): SizeSuggestion {
  const s = shobunrui(id);
  const { limit, name } = SHOKIBO_LIMITS[s.hoKubun];
  const rule = `中小企業基本法の小規模企業者（${name}は従業員${limit}人以下）`;
  const e = employeesOf(clientEmployeeCount, financials);
  const seirei = SEIREI_20.includes(id) ? '小規模事業者支援法などの政令では、宿泊業・娯楽業は従業員20人以下も小規模事業者です。' : undefined;
  if (!e) {
    return { size: null, employees: null, employeesFrom: null, limit, rule, text: `従業員数が入力されていないため、規模を選んでください（${rule}）`, ...(seirei ? { note: seirei } : {}) };
  }
  const size: KiboId = e.count <= limit ? 'shokibo' : 'chukibo';
  const from = e.from === 'kessan' ? '（決算の従業員数）' : '';
  const text = `従業員${plainNumber(e.count, 1)}名${from}・${s.name} → ${KIBO_NAMES[size]}の基準値`;
  const note = seirei && e.count > limit && e.count <= 20 ? seirei : undefined;
  return { size, employees: e.count, employeesFrom: e.from, limit, rule, text, ...(note ? { note } : {}) };
}
