import type { Migration } from './index';

/**
 * Revision guards per part (see shared/schemas/revisions.ts): each section, the plan, the expenses,
 * the title … of an application, each client, and each part of a client's ローカルベンチマーク. Plus the
 * explicit unlock of a submitted application's text (「提出後に修正する」).
 */
export const m003Revisions: Migration = {
  version: 3,
  name: 'part-revisions',
  up(db) {
    db.exec(`
      ALTER TABLE applications ADD COLUMN part_revisions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(part_revisions));
      ALTER TABLE applications ADD COLUMN edit_unlocked INTEGER NOT NULL DEFAULT 0 CHECK (edit_unlocked IN (0, 1));
      ALTER TABLE clients ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE client_lokaben ADD COLUMN part_revisions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(part_revisions));
    `);
  },
};
