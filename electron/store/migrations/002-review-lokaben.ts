import type { Migration } from './index';

/**
 * Owner review, history and the pipeline (snapshots, comments, approvals, pipeline dates, 公募回
 * deadlines, follow-ups), figures for the supplementary PDF, and the client-level ローカルベンチマーク data.
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

      -- 公募回 and their deadlines (KoboRound), entered by the advisor.
      CREATE TABLE kobo_rounds (
        program_id TEXT NOT NULL,
        kobo_kai TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (program_id, kobo_kai)
      );

      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        application_id TEXT REFERENCES applications (id) ON DELETE SET NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),  -- FollowUpVisit
        date TEXT NOT NULL
      );
      CREATE INDEX follow_ups_client ON follow_ups (client_id, date);

      ALTER TABLE applications ADD COLUMN advisor TEXT NOT NULL DEFAULT '';           -- 担当経営指導員
      ALTER TABLE applications ADD COLUMN pipeline TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(pipeline)); -- dates and history of each step
      ALTER TABLE applications ADD COLUMN adopted_yen INTEGER;                        -- 採択額 / 交付決定額

      -- Figures and photos for the supplementary PDF (もの補助: 図1, 図2 … within the round's page limit).
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        caption TEXT NOT NULL,
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX attachments_application ON attachments (application_id, position);

      -- Comments and 確認済み on the ローカルベンチマーク answers (per viewpoint), as on plan sections.
      CREATE TABLE lokaben_comments (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL
      );
      CREATE TABLE lokaben_approvals (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (client_id, section_id)
      );

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
