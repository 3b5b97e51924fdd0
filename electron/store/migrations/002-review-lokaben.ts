import type { Migration } from './index';

/**
 * Owner review, history and the pipeline (snapshots, comments, approvals, status events, deadlines,
 * follow-ups) and the client-level ローカルベンチマーク data.
 */
export const m002ReviewLokaben: Migration = {
  version: 2,
  name: 'review-history-pipeline-lokaben',
  up(db) {
    db.exec(`
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,            -- manual | export | review | submission | restore | import | merge
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),  -- the Application as it was
        created_at TEXT NOT NULL
      );
      CREATE INDEX snapshots_application ON snapshots (application_id, created_at DESC);

      CREATE TABLE review_comments (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),  -- ReviewComment
        created_at TEXT NOT NULL
      );
      CREATE INDEX review_comments_application ON review_comments (application_id, created_at);

      CREATE TABLE section_approvals (
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),  -- SectionApproval
        PRIMARY KEY (application_id, section_id)
      );

      CREATE TABLE status_events (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        status TEXT NOT NULL,          -- pipeline status or milestone (kofuKettei, jissekiHokoku)
        at TEXT NOT NULL,              -- ISO date the step happened
        amount_yen INTEGER,            -- 採択額 / 交付決定額
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX status_events_application ON status_events (application_id, at);

      CREATE TABLE kobo_deadlines (
        template_id TEXT PRIMARY KEY,
        deadline TEXT NOT NULL,        -- 申請締切 (ISO date)
        yoshiki4_cutoff TEXT           -- 様式4 事業支援計画書の依頼締切
      );

      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        application_id TEXT REFERENCES applications (id) ON DELETE SET NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),  -- FollowUpVisit
        date TEXT NOT NULL
      );
      CREATE INDEX follow_ups_client ON follow_ups (client_id, date);

      ALTER TABLE applications ADD COLUMN advisor TEXT NOT NULL DEFAULT '';

      CREATE TABLE client_lokaben (
        client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        industry_id TEXT,
        financials TEXT NOT NULL CHECK (json_valid(financials)),  -- ClientFinancials
        hizaimu TEXT NOT NULL CHECK (json_valid(hizaimu)),        -- HizaimuAnswers
        updated_at TEXT NOT NULL
      );
    `);
  },
};
