import { postgresAvailable, startTempCluster } from '../support/pgCluster';

/**
 * The chamber-mode end-to-end path needs a PostgreSQL server: BANSO_TEST_DATABASE_URL, or a temporary
 * one when PostgreSQL is installed (tests/support/pgCluster.ts). Passed to the tests as
 * BANSO_E2E_DATABASE_URL; without either, that path is skipped with a note.
 */
export default async function globalSetup(): Promise<() => void> {
  const given = process.env.BANSO_TEST_DATABASE_URL?.trim();
  if (given) {
    process.env.BANSO_E2E_DATABASE_URL = given;
    return () => undefined;
  }
  if (!postgresAvailable()) {
    console.warn('[banso e2e] PostgreSQL not found: the chamber-mode path is skipped. Debian: apt-get install postgresql');
    return () => undefined;
  }
  const cluster = await startTempCluster();
  process.env.BANSO_E2E_DATABASE_URL = cluster.url;
  return () => cluster.stop();
}
