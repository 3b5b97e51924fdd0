import type { Migration } from './index';

/**
 * The official ローカルベンチマーク industry table (業種平均 of METI's tool), loaded once for the data
 * folder and used for every client: each load, restore or removal adds a row (the newest row is the
 * table in use; `data` NULL = none, back to the placeholder values), so an earlier table can always be
 * restored. The row's `revision` is what a replacing write must name as its base.
 * Per client: the tool's 小分類 and the size (中規模事業者 / 小規模事業者) chosen for the comparison.
 */
export const m004LokabenBenchmarks: Migration = {
  version: 4,
  name: 'lokaben-benchmarks',
  up(db) {
    db.exec(`
      CREATE TABLE lokaben_benchmarks (
        revision INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('import', 'restore', 'clear')),
        data TEXT CHECK (data IS NULL OR json_valid(data)),  -- OfficialBenchmarks (shared/lokaben/officialSchema.ts)
        created_at TEXT NOT NULL
      );
      ALTER TABLE client_lokaben ADD COLUMN shobunrui_id TEXT;  -- ShobunruiId; NULL = the guess from the client's 業種
      ALTER TABLE client_lokaben ADD COLUMN size TEXT;          -- KiboId; NULL = the 中小企業基本法 suggestion
    `);
  },
};
