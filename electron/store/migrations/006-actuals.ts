import type { Migration } from './index';

/**
 * After 採択: the actual figures of each plan year of an adopted application, with the advisor's
 * settings (交付額, 完了日, 額の確定日, 免除, reports marked submitted) — one AftercareRecord
 * (shared/aftercare/schema.ts) per application, deleted with it. `revision` is what a write names as its base.
 */
export const m006Actuals: Migration = {
  version: 6,
  name: 'actuals',
  up(db) {
    db.exec(`
      CREATE TABLE application_actuals (
        application_id TEXT PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),  -- AftercareRecord
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
