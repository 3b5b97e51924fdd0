import type { Migration } from './index';

/**
 * The dashboard reads every application's stage, round, 担当 and dates, never its text. In SQLite a row
 * keeps its columns in order and `content` (the long text) comes before `pipeline`, `advisor` and
 * `updated_at`, so reading those walked each row's overflow pages; this covering index answers the
 * dashboard's scan from the index alone (PostgreSQL keeps long text out of line already), and the one
 * on `updated_at` finds what changed since the dashboard last looked (store/portfolioView.ts).
 */
export const m008PortfolioIndex: Migration = {
  version: 8,
  name: 'portfolio-index',
  up(db) {
    db.exec(`CREATE INDEX applications_portfolio ON applications
      (client_id, id, program_id, template_id, kobo_kai, title, status, advisor, adopted_yen, updated_at, pipeline);
      CREATE INDEX applications_updated ON applications (updated_at)`);
  },
};
