/**
 * The chamber database's schema, as numbered migrations (banso_meta.schema_version). Version 1 is the
 * SQLite schema at its version 7 in PostgreSQL's types — the same tables and columns, so one set of
 * statements serves both. Never edit a migration that has shipped: add a new one.
 */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

const json = (col: string) => `${col} TEXT NOT NULL CHECK ((${col})::json IS NOT NULL)`;

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'init',
    sql: `
      CREATE TABLE banso_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        advisor TEXT NOT NULL DEFAULT '',
        corporate_number TEXT NOT NULL DEFAULT '',
        ${json('data')},
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX clients_name ON clients (name);
      CREATE INDEX clients_updated ON clients (updated_at DESC);
      CREATE INDEX clients_corporate_number ON clients (corporate_number) WHERE corporate_number <> '';
      CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        program_id TEXT NOT NULL,
        template_id TEXT NOT NULL,
        kobo_kai TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        ${json('content')},
        ${json('financial_plan')},
        ${json('expenses')},
        ${json('origins')},
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        advisor TEXT NOT NULL DEFAULT '',
        pipeline TEXT NOT NULL DEFAULT '{}' CHECK ((pipeline)::json IS NOT NULL),
        adopted_yen BIGINT,
        part_revisions TEXT NOT NULL DEFAULT '{}' CHECK ((part_revisions)::json IS NOT NULL),
        edit_unlocked INTEGER NOT NULL DEFAULT 0 CHECK (edit_unlocked IN (0, 1)),
        updated_by TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX applications_client ON applications (client_id, updated_at DESC);
      CREATE INDEX applications_status ON applications (status);
      CREATE INDEX applications_revision ON applications (id, client_id, revision, updated_at);
      CREATE INDEX applications_updated ON applications (updated_at);
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        ${json('data')},
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX snapshots_application ON snapshots (application_id, created_at DESC);
      CREATE INDEX snapshots_seq ON snapshots (application_id, seq);
      CREATE TABLE review_comments (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        ${json('data')},
        created_at TEXT NOT NULL
      );
      CREATE INDEX review_comments_application ON review_comments (application_id, created_at);
      CREATE TABLE section_approvals (
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        ${json('data')},
        PRIMARY KEY (application_id, section_id)
      );
      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        application_id TEXT REFERENCES applications (id) ON DELETE SET NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        ${json('data')},
        date TEXT NOT NULL
      );
      CREATE INDEX follow_ups_client ON follow_ups (client_id, date);
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        caption TEXT NOT NULL,
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        data BYTEA NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX attachments_application ON attachments (application_id, position);
      CREATE TABLE lokaben_comments (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        ${json('data')},
        created_at TEXT NOT NULL
      );
      CREATE TABLE lokaben_approvals (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        ${json('data')},
        PRIMARY KEY (client_id, section_id)
      );
      CREATE TABLE client_lokaben (
        client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        industry_id TEXT,
        ${json('financials')},
        ${json('hizaimu')},
        updated_at TEXT NOT NULL,
        part_revisions TEXT NOT NULL DEFAULT '{}' CHECK ((part_revisions)::json IS NOT NULL),
        shobunrui_id TEXT,
        size TEXT
      );
      CREATE TABLE lokaben_benchmarks (
        revision INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('import', 'restore', 'clear')),
        data TEXT CHECK (data IS NULL OR (data)::json IS NOT NULL),
        created_at TEXT NOT NULL
      );
      CREATE TABLE application_actuals (
        application_id TEXT PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
        ${json('data')},
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE change_log (
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        ${json('parts')},
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        PRIMARY KEY (application_id, revision)
      );
      CREATE TABLE rule_packs (
        template_id TEXT PRIMARY KEY,
        ${json('data')},
        checksum TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      -- Every write's change reaches the other machines at commit (LISTEN banso_changes), from the
      -- database itself: no extra round trip for the writer, and no write that could skip it.
      CREATE FUNCTION banso_notify_change() RETURNS trigger LANGUAGE plpgsql AS $notify$
      BEGIN
        PERFORM pg_notify('banso_changes', json_build_object('applicationId', NEW.application_id, 'parts', NEW.parts::json,
          'revision', NEW.revision, 'user', NEW.changed_by, 'at', NEW.changed_at)::text);
        RETURN NULL;
      END $notify$;
      CREATE TRIGGER change_log_notify AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION banso_notify_change();
      -- The chamber's people: a PostgreSQL login per advisor, with the name the app shows and writes as 担当.
      CREATE TABLE people (
        login TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('advisor', 'manager'))
      );
    `,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;

/** Tables an advisor's login writes; the manager's role also writes rule packs and people. */
export const ADVISOR_TABLES = ['clients', 'applications', 'snapshots', 'review_comments', 'section_approvals', 'follow_ups', 'attachments', 'lokaben_comments', 'lokaben_approvals', 'client_lokaben', 'lokaben_benchmarks', 'application_actuals', 'change_log'];
export const MANAGER_TABLES = ['rule_packs', 'people'];
export const ADVISOR_ROLE = 'banso_advisor';
export const MANAGER_ROLE = 'banso_manager';

/**
 * Privileges of the two group roles on this schema (run by the owner after each migration, when the
 * roles exist): advisors read everything and write the work tables; managers also write rule packs
 * and people. Neither owns a table nor may change the schema.
 */
export const GRANTS_SQL = `
  DO $grants$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ADVISOR_ROLE}') THEN
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO ${ADVISOR_ROLE}', current_schema());
      EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO ${ADVISOR_ROLE}', current_schema());
      GRANT INSERT, UPDATE, DELETE ON ${ADVISOR_TABLES.join(', ')} TO ${ADVISOR_ROLE};
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${MANAGER_ROLE}') THEN
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO ${MANAGER_ROLE}', current_schema());
      EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO ${MANAGER_ROLE}', current_schema());
      GRANT INSERT, UPDATE, DELETE ON ${[...ADVISOR_TABLES, ...MANAGER_TABLES].join(', ')} TO ${MANAGER_ROLE};
    END IF;
  END $grants$;`;
