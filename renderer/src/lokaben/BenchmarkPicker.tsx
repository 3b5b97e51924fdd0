import type { BenchmarkChoice } from '../../../shared/lokaben/benchmarkChoice';
import { INDUSTRY_IDS, INDUSTRY_NAMES, type IndustryId } from '../../../shared/lokaben/industries';
import './benchmarks.css';
import { DAIBUNRUI_NAMES, KIBO_IDS, KIBO_NAMES, SHOBUNRUI, type KiboId, type ShobunruiId } from '../../../shared/lokaben/officialIndustries';

/**
 * The industry (and, with the official table, the size) a client is compared with. Without an official
 * table: the 14 placeholder groups. With one: the tool's 27 小分類 grouped by 大分類, and 中規模 / 小規模
 * with the suggestion from the head count (中小企業基本法) shown; the advisor can change either.
 */
export function BenchmarkPicker({
  choice,
  clientIndustry,
  onIndustry,
  onShobunrui,
  onSize,
}: {
  choice: BenchmarkChoice;
  clientIndustry: string;
  onIndustry: (id: IndustryId | null) => void;
  onShobunrui: (id: ShobunruiId | null) => void;
  onSize: (size: KiboId | null) => void;
}) {
  const guessedNote = <span className="muted small">事業者の業種「{clientIndustry}」から推定しました。違う場合は選び直してください。</span>;
  if (choice.kind === 'placeholder') {
    return (
      <div className="lokaben-industry">
        <label htmlFor="lokaben-industry">比較する業種</label>
        <select id="lokaben-industry" value={choice.industryId ?? ''} onChange={(e) => onIndustry(INDUSTRY_IDS.find((x) => x === e.target.value) ?? null)}>
          {!choice.industryId && <option value="">業種を選んでください</option>}
          {INDUSTRY_IDS.map((id) => (
            <option key={id} value={id}>
              {INDUSTRY_NAMES[id]}
            </option>
          ))}
        </select>
        {choice.guessed && guessedNote}
      </div>
    );
  }
  const groups = Object.entries(DAIBUNRUI_NAMES).map(([id, name]) => ({ id, name, items: SHOBUNRUI.filter((s) => s.daibunruiId === id) }));
  const { suggestion } = choice;
  const differs = choice.sizeChosen && suggestion?.size && suggestion.size !== choice.size;
  return (
    <div className="lokaben-benchmark-picker">
      <div className="lokaben-industry">
        <label htmlFor="lokaben-shobunrui">比較する業種</label>
        <select id="lokaben-shobunrui" value={choice.shobunruiId ?? ''} onChange={(e) => onShobunrui(SHOBUNRUI.find((s) => s.id === e.target.value)?.id ?? null)}>
          {!choice.shobunruiId && <option value="">業種を選んでください（27業種）</option>}
          {groups.map((g) => (
            <optgroup key={g.id} label={`${g.id} ${g.name}`}>
              {g.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {choice.guessed && guessedNote}
      </div>
      <fieldset className="lokaben-size">
        <legend>規模</legend>
        {KIBO_IDS.map((k) => (
          <label key={k}>
            <input type="radio" name="lokaben-size" value={k} checked={choice.size === k} onChange={() => onSize(k)} />
            {KIBO_NAMES[k]}
            {suggestion?.size === k && <span className="tag">提案</span>}
          </label>
        ))}
      </fieldset>
      {suggestion && (
        <p className="muted small lokaben-size-note" data-testid="size-suggestion">
          {suggestion.text}
          {suggestion.size ? `（${suggestion.rule}）` : ''}
          {suggestion.note && <> {suggestion.note}</>}
          {differs && (
            <>
              {' '}
              いまは選んだ{KIBO_NAMES[choice.size!]}の基準値で比べています。
              <button type="button" className="link" onClick={() => onSize(null)}>
                提案に戻す
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
