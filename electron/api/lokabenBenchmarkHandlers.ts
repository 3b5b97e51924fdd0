import { ApiFailure } from '../../shared/api/errors';
import type { BenchmarkVersionSummary, LokabenBenchmarksState } from '../../shared/api/lokabenContract';
import { INDICATOR_IDS } from '../../shared/lokaben/indicators';
import { KIBO_NAMES, shobunrui } from '../../shared/lokaben/officialIndustries';
import type { OfficialBenchmarks, OfficialRow } from '../../shared/lokaben/officialSchema';
import { readOfficialBenchmarks } from '../lokaben/benchmarkImport';
import { createLokabenBenchmarksRepo, type BenchmarkVersion } from '../store/lokabenBenchmarks';
import type { HandlerDeps, Handlers } from './handlers';

/**
 * The official ローカルベンチマーク industry table of the data folder: read a file and show what it holds
 * and would change (nothing stored), load it (the previous table stays in the history), restore an
 * earlier one, or stop using it. Every change names the revision it was based on.
 */
type BenchmarkMethods = 'getLokabenBenchmarks' | 'previewLokabenBenchmarks' | 'importLokabenBenchmarks' | 'restoreLokabenBenchmarks' | 'clearLokabenBenchmarks';

const summary = (v: BenchmarkVersion): BenchmarkVersionSummary => ({
  revision: v.revision,
  action: v.action,
  createdAt: v.createdAt,
  source: v.table?.source ?? null,
  industries: v.table ? new Set(v.table.rows.map((r) => r.shobunruiId)).size : 0,
  rows: v.table?.rows.length ?? 0,
});

const rowName = (r: OfficialRow) => `${shobunrui(r.shobunruiId).name}・${KIBO_NAMES[r.size]}`;

/** Values that differ between two tables, and the rows they are in. */
function diff(from: OfficialBenchmarks, to: OfficialBenchmarks): { changedValues: number; changedRows: string[] } {
  let changedValues = 0;
  const changedRows: string[] = [];
  for (const r of to.rows) {
    const old = from.rows.find((x) => x.shobunruiId === r.shobunruiId && x.size === r.size);
    let n = 0;
    for (const id of INDICATOR_IDS) {
      const a = r.indicators[id];
      const b = old?.indicators[id];
      const pairs: [number, number | undefined][] = [[a.median, b?.median], [a.std, b?.std], ...a.cuts.map((c, i): [number, number | undefined] => [c, b?.cuts[i]])];
      n += pairs.filter(([x, y]) => !Object.is(x, y)).length;
    }
    if (n > 0) changedRows.push(rowName(r));
    changedValues += n;
  }
  return { changedValues, changedRows };
}

export function createLokabenBenchmarkHandlers(deps: HandlerDeps): Pick<Handlers, BenchmarkMethods> {
  const repo = createLokabenBenchmarksRepo(deps.sql);
  const state = async (): Promise<LokabenBenchmarksState> => {
    const [latest, ...earlier] = await repo.history();
    return { revision: latest?.revision ?? 0, current: latest?.table ? summary(latest) : null, history: earlier.map(summary) };
  };
  const read = async (fileName: string, base64: string) => {
    const r = await readOfficialBenchmarks(new Uint8Array(Buffer.from(base64, 'base64')), fileName);
    if (!r.ok) throw new ApiFailure('BAD_INPUT', r.problems.length > 1 ? `${r.message}\n${r.problems.slice(1, 10).map((p) => `${p.cell ? `${p.cell}: ` : ''}${p.message}`).join('\n')}` : r.message);
    return r.table;
  };
  return {
    getLokabenBenchmarks: () => state(),
    async previewLokabenBenchmarks({ fileName, base64 }) {
      const table = await read(fileName, base64);
      const cur = await repo.current();
      return {
        source: table.source,
        industries: new Set(table.rows.map((r) => r.shobunruiId)).size,
        rows: table.rows.length,
        values: table.rows.length * INDICATOR_IDS.length * 6,
        changes: cur.table ? { current: cur.table.source, ...diff(cur.table, table) } : null,
        revision: cur.revision,
      };
    },
    async importLokabenBenchmarks({ fileName, base64, baseRevision }) {
      const table = await read(fileName, base64);
      await repo.import(table, baseRevision);
      return state();
    },
    async restoreLokabenBenchmarks({ revision, baseRevision }) {
      await repo.restore(revision, baseRevision);
      return state();
    },
    async clearLokabenBenchmarks({ baseRevision }) {
      await repo.clear(baseRevision);
      return state();
    },
  };
}
