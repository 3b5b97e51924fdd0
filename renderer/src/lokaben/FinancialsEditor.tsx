import { NumberCell } from '../wizard/fields/NumberCell';
import { FIGURE_LABELS } from '../../../shared/lokaben/indicators';
import { KessanPeriod, type ClientFinancials, type KessanFigureKey } from '../../../shared/lokaben/schema';

/** The figures asked for, in the order of a 決算書 (P/L, then B/S), with a hint where it helps. */
const ROWS: { key: KessanFigureKey; hint?: string; negative?: boolean }[] = [
  { key: 'uriageDaka' },
  { key: 'zenkiUriageDaka', hint: '最も古い期だけ。その期の売上高増加率に使います' },
  { key: 'eigyoRieki', hint: '赤字はマイナスで', negative: true },
  { key: 'genkaShokyakuHi' },
  { key: 'jugyoinSu', hint: 'パートは人数×労働時間の割合で' },
  { key: 'kariireKin', hint: '短期・長期借入金、社債など' },
  { key: 'genYokin' },
  { key: 'uriageSaiken', hint: '売掛金＋受取手形' },
  { key: 'tanaoroshiShisan', hint: '商品・製品・仕掛品・原材料など' },
  { key: 'kaiireSaimu', hint: '買掛金＋支払手形' },
  { key: 'junShisan', hint: '債務超過はマイナスで', negative: true },
  { key: 'soShisan', hint: '負債・純資産合計と同じ' },
];

export const MAX_PERIODS = 5;

/** 2024年3月期 → 2025年3月期; otherwise an empty label to fill in. */
export function nextPeriodLabel(last: string | undefined): string {
  const m = last ? /^(\d{4})年(\d{1,2})月期$/.exec(last.trim()) : null;
  return m ? `${Number(m[1]) + 1}年${m[2]}月期` : '';
}

export function newPeriod(label: string): KessanPeriod {
  return KessanPeriod.parse({ label });
}

/**
 * The 決算 figures: one column per fiscal period (oldest on the left), money in 千円 (stored in 円).
 * 従業員数 in 人. The oldest period alone takes 前期売上高; later ones use the previous column.
 */
export function FinancialsEditor({ value, onChange }: { value: ClientFinancials; onChange: (f: ClientFinancials) => void }) {
  const periods = value.periods;
  const setPeriod = (i: number, p: KessanPeriod) => onChange({ periods: periods.map((x, j) => (j === i ? p : x)) });
  const add = () => onChange({ periods: [...periods, newPeriod(nextPeriodLabel(periods[periods.length - 1]?.label) || `${periods.length + 1}期目`)] });
  const remove = (i: number) => {
    const p = periods[i];
    if (!p || !window.confirm(`「${p.label || '無題の期'}」の数値を削除しますか？`)) return;
    onChange({ periods: periods.filter((_, j) => j !== i) });
  };

  return (
    <div className="lokaben-figures">
      <table className="edit-table lokaben-input">
        <thead>
          <tr>
            <th scope="col">項目（千円）</th>
            {periods.map((p, i) => (
              <th scope="col" key={i}>
                <input aria-label={`${i + 1}列目の決算期`} value={p.label} maxLength={40} placeholder="例：2025年3月期" onChange={(e) => setPeriod(i, { ...p, label: e.target.value })} />
                <button type="button" className="icon" aria-label={`${p.label || `${i + 1}列目`}を削除`} title="この期を削除" onClick={() => remove(i)}>
                  ×
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {FIGURE_LABELS[r.key]}
                {r.key === 'jugyoinSu' ? '（人）' : ''}
                {r.hint && <div className="muted small">{r.hint}</div>}
              </th>
              {periods.map((p, i) => {
                const label = `${p.label || `${i + 1}列目`} ${FIGURE_LABELS[r.key]}`;
                if (r.key === 'zenkiUriageDaka' && i > 0) {
                  return (
                    <td key={i} className="muted small derived-cell">
                      前の列の売上高
                    </td>
                  );
                }
                const person = r.key === 'jugyoinSu';
                return (
                  <td key={i}>
                    <NumberCell
                      label={label}
                      value={p[r.key]}
                      scale={person ? 1 : 1000}
                      digits={person ? 1 : 3}
                      onChange={(v) => setPeriod(i, { ...p, [r.key]: v === null ? null : person ? v : Math.round(v) })}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions-row">
        <button type="button" onClick={add} disabled={periods.length >= MAX_PERIODS}>
          ＋ 決算期を追加
        </button>
        <span className="muted small">直近2〜3期を入れます（最大{MAX_PERIODS}期）。金額は千円単位、小数で円まで入れられます。</span>
      </div>
    </div>
  );
}
