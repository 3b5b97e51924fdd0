import type { Migration } from './index';

/** Clients (事業者), applications (申請), and a marker table identifying a Banso database. */
export const m001Init: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE banso_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX clients_name ON clients (name);
      CREATE INDEX clients_updated ON clients (updated_at DESC);
      CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        program_id TEXT NOT NULL,
        template_id TEXT NOT NULL,
        kobo_kai TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        financial_plan TEXT NOT NULL CHECK (json_valid(financial_plan)),
        expenses TEXT NOT NULL CHECK (json_valid(expenses)),
        origins TEXT NOT NULL CHECK (json_valid(origins)),
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX applications_client ON applications (client_id, updated_at DESC);
      CREATE INDEX applications_status ON applications (status);
    `);
  },
};
