import type { Migration } from './index';

/**
 * What chamber mode needs of both backends (the PostgreSQL schema in ../postgres/ matches it):
 * - who: every client, application and version records the login (or PC user) that wrote it, and
 *   change_log keeps each write's parts, revision and author (「ほかの指導員が変更しました」, the audit);
 * - columns the lists read without the JSON: the client's 担当 and 法人番号 (merging two advisors'
 *   files matches on it), a version's revision and order (seq, not SQLite's rowid).
 * (Rule packs stay files in the data folder here; the chamber's database holds them in rule_packs.)
 */
export const m007Chamber: Migration = {
  version: 7,
  name: 'chamber',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN advisor TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN corporate_number TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
      UPDATE clients SET advisor = coalesce(json_extract(data, '$.advisor'), ''), corporate_number = coalesce(json_extract(data, '$.corporateNumber'), '');
      CREATE INDEX clients_corporate_number ON clients (corporate_number) WHERE corporate_number <> '';

      ALTER TABLE applications ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

      ALTER TABLE snapshots ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE snapshots ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE snapshots ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
      UPDATE snapshots SET seq = rowid, revision = coalesce(json_extract(data, '$.revision'), 0);
      CREATE INDEX snapshots_seq ON snapshots (application_id, seq);

      CREATE TABLE change_log (
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        parts TEXT NOT NULL CHECK (json_valid(parts)),  -- ["section:gaiyo", "plan", …]
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        PRIMARY KEY (application_id, revision)
      );

    `);
  },
};
