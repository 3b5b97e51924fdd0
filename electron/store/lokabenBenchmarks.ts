import { ApiFailure } from '../../shared/api/errors';
import { OfficialBenchmarks } from '../../shared/lokaben/officialSchema';
import { STALE_MESSAGE } from '../../shared/schemas/revisions';
import { immediate, type Db } from './db';

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

export function createLokabenBenchmarksRepo(db: Db) {
  const latest = db.prepare('SELECT revision, action, data, created_at FROM lokaben_benchmarks ORDER BY revision DESC LIMIT 1');
  const byRevision = db.prepare('SELECT revision, action, data, created_at FROM lokaben_benchmarks WHERE revision = ?');
  const all = db.prepare('SELECT revision, action, data, created_at FROM lokaben_benchmarks ORDER BY revision DESC LIMIT 50');
  const insert = db.prepare('INSERT INTO lokaben_benchmarks (revision, action, data, created_at) VALUES (?, ?, ?, ?)');
  const revisionOnly = db.prepare('SELECT max(revision) AS r FROM lokaben_benchmarks');

  /** Parsed tables by revision: rows never change once written. */
  const cache = new Map<number, OfficialBenchmarks | null>();
  const toVersion = (row: Row): BenchmarkVersion => {
    if (!cache.has(row.revision)) cache.set(row.revision, parseTable(row.data));
    return { revision: row.revision, action: row.action, table: cache.get(row.revision) ?? null, createdAt: row.created_at };
  };

  const revision = (): number => (revisionOnly.get() as { r: number | null }).r ?? 0;

  /** Adds a row as the new current table, if `baseRevision` is still the current revision. */
  const write = (action: BenchmarkAction, table: OfficialBenchmarks | null, baseRevision: number, now: string): BenchmarkVersion =>
    immediate(db, () => {
      const cur = revision();
      if (baseRevision !== cur) throw new ApiFailure('CONFLICT', `業種基準値は別の画面で先に変更されています。画面を開き直してから、もう一度お試しください。（${STALE_MESSAGE}）`);
      const next = cur + 1;
      insert.run(next, action, table === null ? null : JSON.stringify(OfficialBenchmarks.parse(table)), now);
      return { revision: next, action, table, createdAt: now };
    });

  return {
    revision,
    /** The table in use (null = none: the placeholder values apply) and its revision. */
    current(): { revision: number; table: OfficialBenchmarks | null } {
      const row = latest.get() as Row | undefined;
      return row ? { revision: row.revision, table: toVersion(row).table } : { revision: 0, table: null };
    },
    /** The newest changes first (at most 50). */
    history(): BenchmarkVersion[] {
      return (all.all() as Row[]).map(toVersion);
    },
    import(table: OfficialBenchmarks, baseRevision: number, now = new Date().toISOString()): BenchmarkVersion {
      return write('import', table, baseRevision, now);
    },
    /** Makes the table of an earlier revision the current one again (as a new revision). */
    restore(revisionToRestore: number, baseRevision: number, now = new Date().toISOString()): BenchmarkVersion {
      const row = byRevision.get(revisionToRestore) as Row | undefined;
      const table = row ? toVersion(row).table : null;
      if (!row || !table) throw new ApiFailure('NOT_FOUND', '指定された業種基準値が履歴に見つかりません。');
      return write('restore', table, baseRevision, now);
    },
    /** Stops using the loaded table (the placeholder values apply again; it stays in the history). */
    clear(baseRevision: number, now = new Date().toISOString()): BenchmarkVersion {
      return write('clear', null, baseRevision, now);
    },
  };
}
export type LokabenBenchmarksRepo = ReturnType<typeof createLokabenBenchmarksRepo>;
