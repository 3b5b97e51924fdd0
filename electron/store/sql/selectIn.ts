import type { SqlStore } from './types';

/** Ids per `IN (…)` list: well under SQLite's 32,766 parameters and PostgreSQL's 65,535. */
const BATCH = 500;

/** `select` + ` IN (?, …)` for many ids in few round trips; rows in no particular order. */
export async function selectIn<T>(sql: SqlStore, select: string, ids: readonly string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const part = ids.slice(i, i + BATCH);
    out.push(...(await sql.all<T>(`${select} IN (${part.map(() => '?').join(', ')})`, part)));
  }
  return out;
}
