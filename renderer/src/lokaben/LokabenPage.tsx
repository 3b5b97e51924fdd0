import { useMemo, useState } from 'react';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { useAutosave } from '../hooks/useAutosave';
import { partRevision } from '../../../shared/schemas/revisions';
import type { LokabenPart } from '../../../shared/api/lokabenContract';
import { PART_NAMES } from './partNames';
import { SaveIndicator } from '../components/SaveIndicator';
import { saveExported } from '../files';
import { href } from '../router';
import type { MethodInput } from '../../../shared/api/contract';
import type { LokabenDto } from '../../../shared/api/lokabenContract';
import type { Client } from '../../../shared/schemas/client';
import { FIGURE_LABELS } from '../../../shared/lokaben/indicators';
import { ClientFinancials, type HizaimuAnswers, type IndustryId, type KessanFigureKey } from '../../../shared/lokaben/schema';
import { evaluateWith, radarScores } from '../../../shared/lokaben/scoring';
import { chooseBenchmark } from '../../../shared/lokaben/benchmarkChoice';
import type { KiboId, ShobunruiId } from '../../../shared/lokaben/officialIndustries';
import type { OfficialBenchmarks } from '../../../shared/lokaben/officialSchema';
import { officialSourceText } from '../../../shared/lokaben/officialBenchmark';
import { BenchmarkPicker } from './BenchmarkPicker';
import { BenchmarkImport } from './BenchmarkImport';
import { CitePanel } from './CitePanel';
import { FinancialsEditor } from './FinancialsEditor';
import { ExcelImport } from './ExcelImport';
import { useLokabenReview, ViewpointReview } from './ViewpointReview';
import { HizaimuEditor } from './HizaimuEditor';
import { IndicatorTable } from './IndicatorTable';
import { RadarChart } from './RadarChart';
import { ShoryuEditor } from './ShoryuEditor';

/** ローカルベンチマーク of one client (決算 data, six indicators, radar, 非財務). */
export function LokabenPage({ clientId }: { clientId: string }) {
  const client = useAsync(() => call('getClient', { id: clientId }), [clientId]);
  const data = useAsync(() => call('getLokaben', { clientId }), [clientId]);
  const error = client.error ?? data.error;
  return (
    <div className="page lokaben">
      <nav className="crumbs" aria-label="パンくず">
        <a href={href({ page: 'clients' })}>事業者</a> ／ <a href={href({ page: 'client', clientId })}>{client.data?.name ?? '事業者'}</a> ／ ローカルベンチマーク
      </nav>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {!error && (!client.data || !data.data) && <div className="loading">読み込み中…</div>}
      {client.data && data.data && <LokabenEditor key={clientId} client={client.data} initial={data.data} />}
    </div>
  );
}

type Tab = 'zaimu' | 'hizaimu' | 'shoryu' | 'shoken' | 'inyo';
const TABS: { id: Tab; label: string }[] = [
  { id: 'zaimu', label: '財務分析' },
  { id: 'hizaimu', label: '非財務（4つの視点）' },
  { id: 'shoryu', label: '商流・業務フロー' },
  { id: 'shoken', label: '所見・報告書' },
  { id: 'inyo', label: '計画書への引用' },
];

const isFigure = (k: string): k is KessanFigureKey => Object.prototype.hasOwnProperty.call(FIGURE_LABELS, k);

/** A figure that the schema refuses, in words: 「2025年3月期の売上高：0以上で入力してください」. */
function financialsProblem(f: ClientFinancials): string | undefined {
  const r = ClientFinancials.safeParse(f);
  if (r.success) return undefined;
  const issue = r.error.issues[0];
  if (!issue) return '入力を確認してください';
  const [, i, key] = issue.path;
  const period = typeof i === 'number' ? f.periods[i] : undefined;
  const where = period ? `${period.label || `${Number(i) + 1}列目`}の${typeof key === 'string' && isFigure(key) ? FIGURE_LABELS[key] : '決算期名'}` : '決算の数値';
  return `${where}：${issue.message}（直すまで保存されません）`;
}

function LokabenEditor({ client, initial }: { client: Client; initial: LokabenDto }) {
  const clientId = client.id;
  const [tab, setTab] = useState<Tab>('zaimu');
  const [industryId, setIndustryId] = useState<IndustryId | null>(initial.industryId);
  const [shobunruiId, setShobunruiId] = useState<ShobunruiId | null>(initial.shobunruiId);
  const [size, setSize] = useState<KiboId | null>(initial.size);
  const [official, setOfficial] = useState<OfficialBenchmarks | null>(initial.official);
  /** The loader starts open while no official table is loaded (the advisor toggles it after that). */
  const [benchmarkPanelOpen] = useState(initial.official === null);
  const review = useLokabenReview(clientId);
  const [financials, setFinancials] = useState<ClientFinancials>(initial.financials);
  const [hizaimu, setHizaimu] = useState<HizaimuAnswers>(initial.hizaimu);
  const [shoken, setShoken] = useState(initial.shoken);
  const [figError, setFigError] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();
  const save = useAutosave((part) => partRevision(initial.revisions, part));
  // Each part (industry, figures, 非財務, 所見) is saved on its own, guarded by its own revision.
  const saveLater = (part: LokabenPart, patch: Omit<MethodInput<'saveLokaben'>, 'clientId' | 'baseRevisions'>) =>
    save.schedule(part, async (base) => {
      const r = await call('saveLokaben', { clientId, ...patch, baseRevisions: { [part]: base } });
      return { revision: r.revisions[part] ?? 0 };
    });
  /** Another window saved the same part first: keep the typed value (saved over it) or take the stored one. */
  async function settle(part: LokabenPart, keepMine: boolean) {
    const stored = await call('getLokaben', { clientId });
    if (!keepMine) {
      if (part === 'industryId') setIndustryId(stored.industryId);
      if (part === 'shobunruiId') setShobunruiId(stored.shobunruiId);
      if (part === 'size') setSize(stored.size);
      if (part === 'financials') setFinancials(stored.financials);
      if (part === 'hizaimu') setHizaimu(stored.hizaimu);
      if (part === 'shoken') setShoken(stored.shoken);
    }
    save.resolve(part, partRevision(stored.revisions, part), keepMine);
  }

  /** The industry table the scores use: the official one once loaded (the data folder's), else the placeholder groups. */
  const source = useMemo(
    () => ({ industryId, suggestedIndustryId: initial.suggestedIndustryId, shobunruiId, suggestedShobunruiId: initial.suggestedShobunruiId, size, clientEmployeeCount: client.employeeCount, official, financials, hizaimu, benchmarks: initial.benchmarks }),
    [industryId, shobunruiId, size, official, financials, hizaimu, client.employeeCount, initial],
  );
  const choice = useMemo(() => chooseBenchmark(source), [source]);
  const evaluation = useMemo(() => (choice.benchmark && !figError ? evaluateWith(financials, choice.benchmark) : undefined), [financials, choice, figError]);
  /** A table was loaded, restored or removed (here or in 設定・情報): take the data folder's table again. */
  const reloadOfficial = async () => setOfficial((await call('getLokaben', { clientId })).official);

  const changeFinancials = (f: ClientFinancials) => {
    setFinancials(f);
    const problem = financialsProblem(f);
    setFigError(problem);
    if (!problem) saveLater('financials', { financials: f });
  };

  async function exportReport() {
    setExporting(true);
    setMessage(undefined);
    try {
      await save.flush();
      setMessage({ kind: 'info', text: saveExported(await call('exportLokabenReport', { clientId })) });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <div className="page-head">
        <h1>
          ローカルベンチマーク<span className="muted lokaben-client">　{client.name}</span>
        </h1>
        <SaveIndicator status={save.status} error={save.error} onRetry={() => void save.flush()} />
        {save.conflicts.map((part) => (
          <div key={part} className="notice error conflict-inline" role="alert">
            別の画面で「{PART_NAMES[part as LokabenPart] ?? part}」が先に保存されました。入力した内容は残っています。
            <button type="button" onClick={() => void settle(part as LokabenPart, true)}>自分の入力を残す</button>
            <button type="button" onClick={() => void settle(part as LokabenPart, false)}>保存されている内容を使う</button>
          </div>
        ))}
        <button type="button" className="primary" onClick={() => void exportReport()} disabled={exporting}>
          {exporting ? '作成中…' : '報告書（PDF）を書き出す'}
        </button>
      </div>
      {message && (
        <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div className="tabs lokaben-tabs" role="tablist" aria-label="ローカルベンチマークのシート">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'active' : undefined} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>

      {tab === 'zaimu' && (
        <div role="tabpanel" aria-label="財務分析" className="lokaben-zaimu">
          <section className="card">
            <BenchmarkPicker
              choice={choice}
              clientIndustry={client.industry}
              onIndustry={(v) => {
                setIndustryId(v);
                saveLater('industryId', { industryId: v });
              }}
              onShobunrui={(v) => {
                setShobunruiId(v);
                saveLater('shobunruiId', { shobunruiId: v });
              }}
              onSize={(v) => {
                setSize(v);
                saveLater('size', { size: v });
              }}
            />
            <details className="lokaben-benchmark-source" open={benchmarkPanelOpen}>
              <summary>
                業種基準値：{official ? officialSourceText(official.source) : '仮の基準値（公式の値ではありません）'}
              </summary>
              <BenchmarkImport showCurrent={false} onChanged={() => void reloadOfficial()} />
            </details>
            <h2>決算の数値</h2>
            <ExcelImport current={financials} onImport={changeFinancials} />
            <FinancialsEditor value={financials} onChange={changeFinancials} />
            {figError && (
              <p className="notice error" role="alert">
                {figError}
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="lokaben-indicators-title">
            <h2 id="lokaben-indicators-title">6つの指標と評点</h2>
            {evaluation?.placeholder && (
              <p className="notice warn small" data-testid="placeholder-notice">
                評点は仮の基準値（全業種共通）で付けています。公式の業種別基準値ではないため、評点・総合評価は参考です。上の「業種基準値を読み込む」からローカルベンチマーク・ツールのExcelを読み込むと、公式の基準値で評点を付けます。
              </p>
            )}
            {evaluation?.official && (
              <p className="muted small" data-testid="benchmark-used">
                {evaluation.benchmarkLabel}の基準値と比べています（{evaluation.benchmarkNote}）。業種基準値は中央値です。
              </p>
            )}
            {financials.periods.length === 0 && <p className="empty">「＋ 決算期を追加」から直近2〜3期の決算の数値を入れると、指標と評点が表示されます。</p>}
            {choice.missing && <p className="notice info">{choice.missing}選ぶと、評点とレーダーチャートが表示されます。</p>}
            {evaluation && financials.periods.length > 0 && (
              <div className="lokaben-results">
                <IndicatorTable evaluation={evaluation} />
                <div className="lokaben-radar">
                  <RadarChart series={radarScores(evaluation)} benchmarkLabel={evaluation.placeholder ? '業種基準（3点・仮の基準値）' : undefined} />
                </div>
              </div>
            )}
          </section>
        </div>
      )}

      {tab === 'hizaimu' && (
        <div role="tabpanel" aria-label="非財務（4つの視点）" className="lokaben-narrow">
          <p className="muted">事業者と話しながら記入します。回答は計画書の「経営状況分析」「自社の強み」「顧客ニーズと市場の動向」で引用できます。</p>
          <HizaimuEditor
            clientId={clientId}
            review={review}
            value={hizaimu}
            onChange={(h) => {
              setHizaimu(h);
              saveLater('hizaimu', { hizaimu: h });
            }}
          />
        </div>
      )}

      {tab === 'shoryu' && (
        <div role="tabpanel" aria-label="商流・業務フロー" className="card lokaben-narrow">
          <ViewpointReview clientId={clientId} viewpoint="shoryu" review={review} />
          <ShoryuEditor
            value={hizaimu.shoryu}
            onChange={(s) => {
              const h = { ...hizaimu, shoryu: s };
              setHizaimu(h);
              saveLater('hizaimu', { hizaimu: h });
            }}
          />
        </div>
      )}

      {tab === 'shoken' && (
        <div role="tabpanel" aria-label="所見・報告書" className="card lokaben-narrow">
          <label htmlFor="lokaben-shoken">
            <h2>所見・コメント</h2>
          </label>
          <p className="muted small">報告書の「所見・コメント」欄に印刷されます。空欄なら手書き用の余白になります。</p>
          <textarea
            id="lokaben-shoken"
            rows={8}
            maxLength={4000}
            value={shoken}
            onChange={(e) => {
              setShoken(e.target.value);
              saveLater('shoken', { shoken: e.target.value });
            }}
          />
          <p className="muted small">
            報告書（PDF）には、決算の数値、6つの指標と評点、レーダーチャート、所見、非財務の回答と商流・業務フローが入ります。事業者に渡す「企業の健康診断」としてお使いください。
          </p>
        </div>
      )}
      {tab === 'inyo' && (
        <div role="tabpanel" aria-label="計画書への引用" className="lokaben-narrow">
          <CitePanel clientId={clientId} source={source} />
        </div>
      )}
    </>
  );
}
