import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import { formatYen } from '../finance/format';
import { normalizeDigits } from './textScan';
import type { FindingList } from './context';
import type { SubsidyBreakdown } from './types';

/**
 * The requested subsidy wherever the advisor types it must be the amount the rules compute: the 補助金 row
 * of a 資金調達 table (a table with 区分 `kubun` and 金額 `kingaku` columns), and an amount quoted in a text as
 * 「補助金（交付）申請額は○円」. A different figure is what the secretariat corrects or refuses.
 */
const BRIDGING = /手当|受ける|まで|相当|つなぎ|借入/u;
const QUOTED = /補助金(?:交付)?申請額(?:は|を|：|:)?\s*(?:上限の)?\s*(\d[\d,]*)\s*(万)?円/gu;

export function checkRequestedAmount(t: Template, app: Application, subsidy: SubsidyBreakdown | null, out: FindingList): void {
  if (!subsidy || subsidy.eligibleYen === 0) return;
  const want = subsidy.totalYen;
  // Only the sections about money: those holding the expense table or a 資金調達 table.
  const moneySections = t.sections.filter((s) => s.fields.some((f) => f.kind === 'expenses' || (f.kind === 'table' && f.columns.some((c) => c.id === 'kingaku'))));
  for (const s of moneySections) {
    for (const f of s.fields) {
      if (f.kind === 'table' && f.columns.some((c) => c.id === 'kubun') && f.columns.some((c) => c.id === 'kingaku')) {
        const rows = app.content[s.id]?.[f.id];
        if (!Array.isArray(rows)) continue;
        // The 補助金 row itself, not 「補助金相当額の手当て」「補助金を受けるまでの資金（借入金）」 (bridging finance).
        const row = rows.find((r): r is Record<string, string | number | null> => typeof r === 'object' && /補助金/u.test(String(r.kubun ?? '')) && !BRIDGING.test(String(r.kubun ?? '')));
        if (!row) continue;
        const typed = Number(String(row.kingaku ?? '').replace(/[,，円\s]/g, '')) || 0;
        if (typed !== want) {
          out.add({ id: `requested:table:${s.id}.${f.id}`, kind: 'subsidy', severity: 'error', sectionId: s.id, fieldId: f.id, message: `「${f.label}」の補助金の額${formatYen(typed)}が、経費から計算した補助金交付申請額${formatYen(want)}と一致しません。${formatYen(want)}にしてください。` });
        }
      }
      if (f.kind === 'text') {
        const text = app.content[s.id]?.[f.id];
        if (typeof text !== 'string') continue;
        for (const m of normalizeDigits(text).matchAll(QUOTED)) {
          const yen = Number((m[1] ?? '').replace(/,/g, '')) * (m[2] ? 10_000 : 1);
          if (yen !== want) out.add({ id: `requested:text:${s.id}.${f.id}:${yen}`, kind: 'subsidy', severity: 'warning', sectionId: s.id, fieldId: f.id, message: `本文の補助金申請額${formatYen(yen)}が、経費から計算した額${formatYen(want)}と一致しません。` });
        }
      }
    }
  }
}
