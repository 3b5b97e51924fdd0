import { ApiFailure } from '../../shared/api/errors';
import { OfficialBenchmarks } from '../../shared/lokaben/officialSchema';
import { STALE_MESSAGE } from '../../shared/schemas/revisions';
import type { SqlStore } from './sql/types';

/**
 * The official ローカルベンチマーク table of the data folder (table lokaben_benchmarks, migration 004).
 * Every change adds a row: the newest row is the table in use (data NULL = none), its revision is what
 * the next change must name as its base (0 while nothing was ever loaded), and the rows before it are
 * the history an earlier table is restored from. JSON is parsed with the zod schema on the way out.
 */
export type BenchmarkAction = 'import' | 'restore' | 'clear';

export interface BenchmarkVersion {
  revision: number;
  action: BenchmarkAction;
  table: OfficialBenchmarks | null;
  createdAt: string;
}

interface Row {
  revision: number;
  action: BenchmarkAction;
  data: string | null;
  created_at: string;
}

function parseTable(data: string | null): OfficialBenchmarks | null {
  if (data === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    raw = undefined;
  }
  const r = OfficialBenchmarks.safeParse(raw);
  if (!r.success) throw new ApiFailure('INTERNAL', '保存されている業種基準値（ローカルベンチマーク）を読み取れません。データベースが壊れている可能性があります。');
  return r.data;
}

const COLUMNS = 'revision, action, data, created_at';

export function createLokabenBenchmarksRepo(sql: SqlStore) {
  /** Parsed tables by revision: rows never change once written. */
  const cache = new Map<number, OfficialBenchmarks | null>();
  const toVersion = (row: Row): BenchmarkVersion => {
    if (!cache.has(row.revision)) cache.set(row.revision, parseTable(row.data));
    return { revision: row.revision, action: row.action, table: cache.get(row.revision) ?? null, createdAt: row.created_at };
  };

  const revision = async (): Promise<number> => (await sql.get<{ r: number | null }>('SELECT max(revision) AS r FROM lokaben_benchmarks'))?.r ?? 0;

  /** Adds a row as the new current table, if `baseRevision` is still the current revision. */
  const stale = () => new ApiFailure('CONFLICT', `業種基準値は別の画面で先に変更されています。画面を開き直してから、もう一度お試しください。（${STALE_MESSAGE}）`);
  const write = (action: BenchmarkAction, table: OfficialBenchmarks | null, baseRevision: number, now: string): Promise<BenchmarkVersion> =>
    sql.tx(async () => {
      // Both backends serialize this check: SQLite by BEGIN IMMEDIATE, PostgreSQL by the primary key (a racing insert of the same revision fails).
      const cur = await revision();
      if (baseRevision !== cur) throw stale();
      const next = cur + 1;
      await sql.run(`INSERT INTO lokaben_benchmarks (${COLUMNS}) VALUES (?, ?, ?, ?)`, [next, action, table === null ? null : JSON.stringify(OfficialBenchmarks.parse(table)), now]);
      return { revision: next, action, table, createdAt: now };
    }).catch((e: unknown) => {
      if ((e as { code?: unknown }).code === '23505') throw stale(); // PostgreSQL: another machine took this revision first
      throw e;
    });

  return {
    revision,
    /** The table in use (null = none: the placeholder values apply) and its revision. */
    async current(): Promise<{ revision: number; table: OfficialBenchmarks | null }> {
      const row = await sql.get<Row>(`SELECT ${COLUMNS} FROM lokaben_benchmarks ORDER BY revision DESC LIMIT 1`);
      return row ? { revision: row.revision, table: toVersion(row).table } : { revision: 0, table: null };
    },
    /** The newest changes first (at most 50). */
    async history(): Promise<BenchmarkVersion[]> {
      return (await sql.all<Row>(`SELECT ${COLUMNS} FROM lokaben_benchmarks ORDER BY revision DESC LIMIT 50`)).map(toVersion);
    },
    import(table: OfficialBenchmarks, baseRevision: number, now = new Date().toISOString()): Promise<BenchmarkVersion> {
      return write('import', table, baseRevision, now);
    },
    /** Makes the table of an earlier revision the current one again (as a new revision). */
    async restore(revisionToRestore: number, baseRevision: number, now = new Date().toISOString()): Promise<BenchmarkVersion> {
      const row = await sql.get<Row>(`SELECT ${COLUMNS} FROM lokaben_benchmarks WHERE revision = ?`, [revisionToRestore]);
      const table = row ? toVersion(row).table : null;
      if (!row || !table) throw new ApiFailure('NOT_FOUND', '指定された業種基準値が履歴に見つかりません。');
      return write('restore', table, baseRevision, now);
    },
    /** Stops using the loaded table (the placeholder values apply again; it stays in the history). */
    clear(baseRevision: number, now = new Date().toISOString()): Promise<BenchmarkVersion> {
      return write('clear', null, baseRevision, now);
    },
  };
}
export type LokabenBenchmarksRepo = ReturnType<typeof createLokabenBenchmarksRepo>;
