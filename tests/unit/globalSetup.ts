import type { TestProject } from 'vitest/node';
import { postgresAvailable, startTempCluster, type TempCluster } from '../support/pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server the store suite also runs against ('' = none: those tests are skipped). */
    pgUrl: string;
  }
}

let cluster: TempCluster | undefined;

/** Gives the tests a PostgreSQL server: BANSO_TEST_DATABASE_URL, or a temporary one when PostgreSQL is installed. */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.BANSO_TEST_DATABASE_URL?.trim() ?? '';
  if (!url && postgresAvailable()) {
    cluster = await startTempCluster();
    url = cluster.url;
  }
  if (!url) console.warn('[banso tests] PostgreSQL not found: the chamber-mode (PostgreSQL) tests are skipped. Debian: apt-get install postgresql');
  project.provide('pgUrl', url);
}

export function teardown(): void {
  cluster?.stop();
}
