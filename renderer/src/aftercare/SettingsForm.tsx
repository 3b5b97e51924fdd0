import type { AftercareSettings } from '../../../shared/aftercare/schema';
import type { AftercareReport } from '../../../shared/aftercare/evaluate';
import type { Template } from '../../../shared/templates/template';
import { IsoDate } from '../../../shared/portfolio/dates';
import { NumberCell } from '../wizard/fields/NumberCell';

/**
 * What the report needs beyond the figures: the 交付額 once 確定, the 完了日 and 額の確定日 (which fix
 * the plan years and report dates), 本来の上限 for the 特例, exemptions the secretariat accepted, and
 * the targets as declared at 交付申請 when they differ from the plan table.
 */
export function SettingsForm({ settings, report, template, onChange }: { settings: AftercareSettings; report: AftercareReport; template: Template; onChange: (s: AftercareSettings) => void }) {
  const set = (patch: Partial<AftercareSettings>) => onChange({ ...settings, ...patch });
  const date = (v: string) => (v === '' ? null : IsoDate.safeParse(v).success ? v : undefined);
  const hasUplift = template.aftercare?.henkan.some((r) => r.kind === 'upliftShortfall') ?? false;
  const overridable = (template.aftercare?.targets ?? []).filter((t) => (t.kind === 'cagr' || t.kind === 'marginEveryYear') && report.targets.some((r) => r.id === t.id));
  return (
    <div className="ac-settings">
      <label>補助金交付額（確定額・円）
        <NumberCell label="補助金交付額" unit="円" allowNegative={false} value={settings.kofuYen} onChange={(v) => set({ kofuYen: v === null ? null : Math.trunc(v) })} />
        <span className="muted small">空欄なら採択額 {report.kofu.basis.startsWith('採択額') && report.kofu.yen !== null ? `（${report.kofu.yen.toLocaleString('ja-JP')}円）` : ''}</span>
      </label>
      <label>補助事業の完了日
        <input type="date" aria-label="補助事業の完了日" value={settings.kanryoBi ?? ''} onChange={(e) => { const v = date(e.target.value); if (v !== undefined) set({ kanryoBi: v }); }} />
        <span className="muted small">{report.timeline?.completion.estimated ? `空欄なら${report.timeline.completion.basis}` : ''}</span>
      </label>
      <label>額の確定日
        <input type="date" aria-label="額の確定日" value={settings.kakuteiBi ?? ''} onChange={(e) => { const v = date(e.target.value); if (v !== undefined) set({ kakuteiBi: v }); }} />
        <span className="muted small">この日を含む事業年度が計画1年目です</span>
      </label>
      {hasUplift && (
        <label>本来の補助上限額（円）
          <NumberCell label="本来の補助上限額" unit="円" allowNegative={false} value={settings.honraiJogenYen} onChange={(v) => set({ honraiJogenYen: v === null ? null : Math.trunc(v) })} />
          <span className="muted small">空欄なら枠と従業員数から {report.honraiJogenYen !== null ? `${report.honraiJogenYen.toLocaleString('ja-JP')}円` : '（不明）'}</span>
        </label>
      )}
      <label>返還免除
        <select aria-label="返還免除" value={settings.exemption} onChange={(e) => set({ exemption: e.target.value as AftercareSettings['exemption'] })}>
          <option value="none">なし（付加価値額・営業利益による免除は自動で判定）</option>
          <option value="saisei">再生事業者</option>
          <option value="tensai">天災など事業者の責めに負わない理由（事務局が認めたもの）</option>
        </select>
      </label>
      {overridable.length > 0 && (
        <fieldset>
          <legend>交付申請時の目標値（計画表と違う場合だけ）</legend>
          {overridable.map((t) => (
            <label key={t.id}>{t.label}
              <NumberCell label={`目標値 ${t.label}`} unit={t.kind === 'cagr' ? undefined : '円'} digits={t.kind === 'cagr' ? 2 : 0} value={settings.targetOverrides[t.id] ?? null}
                onChange={(v) => {
                  const next = { ...settings.targetOverrides };
                  if (v === null) delete next[t.id];
                  else next[t.id] = v;
                  set({ targetOverrides: next });
                }} />
              <span className="muted small">{t.kind === 'cagr' ? '%（年平均成長率）' : '円（地域別最低賃金との差）'}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
