/**
 * What `migrate-to` copies from an advisor's SQLite file into the chamber's PostgreSQL database: each
 * table with its key, and which of its columns name a client (rewritten when a client is merged with
 * the chamber's own record of the same firm). Order matters: a row's references are copied first.
 */
export interface CopiedTable {
  name: string;
  /** The primary key's columns. */
  key: string[];
  /** Columns holding a client id. */
  clientColumns: string[];
  /** Rows whose key the chamber already holds with other content are the chamber's to keep (reported, not an error). */
  chamberWins?: boolean;
}

export const COPIED_TABLES: readonly CopiedTable[] = [
  { name: 'clients', key: ['id'], clientColumns: ['id'] },
  { name: 'applications', key: ['id'], clientColumns: ['client_id'] },
  { name: 'snapshots', key: ['id'], clientColumns: [] },
  { name: 'review_comments', key: ['id'], clientColumns: [] },
  { name: 'section_approvals', key: ['application_id', 'section_id'], clientColumns: [] },
  { name: 'follow_ups', key: ['id'], clientColumns: ['client_id'] },
  { name: 'attachments', key: ['id'], clientColumns: [] },
  { name: 'lokaben_comments', key: ['id'], clientColumns: ['client_id'] },
  { name: 'lokaben_approvals', key: ['client_id', 'section_id'], clientColumns: ['client_id'], chamberWins: true },
  { name: 'client_lokaben', key: ['client_id'], clientColumns: ['client_id'], chamberWins: true },
  { name: 'lokaben_benchmarks', key: ['revision'], clientColumns: [], chamberWins: true },
  { name: 'application_actuals', key: ['application_id'], clientColumns: [] },
  { name: 'change_log', key: ['application_id', 'revision'], clientColumns: [] },
];
