import type { Database } from 'better-sqlite3';

/**
 * Numbered migrations. Migration N brings the database from user_version N-1 to N.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

import { m001Init } from './001-init';
import { m002ReviewLokaben } from './002-review-lokaben';
import { m003Revisions } from './003-revisions';
import { m004LokabenBenchmarks } from './004-lokaben-benchmarks';
import { m005SimilarIndex } from './005-similar-index';
import { m006Actuals } from './006-actuals';
import { m007Chamber } from './007-chamber';
import { m008PortfolioIndex } from './008-portfolio-index';

export const MIGRATIONS: readonly Migration[] = [m001Init, m002ReviewLokaben, m003Revisions, m004LokabenBenchmarks, m005SimilarIndex, m006Actuals, m007Chamber, m008PortfolioIndex];
export const SCHEMA_VERSION = MIGRATIONS.length;
