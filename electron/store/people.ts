import os from 'node:os';
import type { SqlStore } from './sql/types';
import { MANAGER_ROLE } from './postgres/migrations';

/** Who is signed in (see README「商工会議所モード」: a PostgreSQL login per advisor). */
export interface Me {
  login: string;
  /** The name the chamber knows them by (people.name), else the login. */
  name: string;
  /** Sees the whole chamber's portfolio and manages rule packs. A single advisor's SQLite: always. */
  manager: boolean;
}

export async function whoAmI(sql: SqlStore): Promise<Me> {
  if (sql.dialect === 'sqlite') {
    const login = sql.user || os.userInfo().username;
    return { login, name: login, manager: true };
  }
  const row = await sql.get<{ login: string; name: string | null; manager: boolean }>(
    `SELECT current_user AS login,
       (SELECT name FROM people WHERE login = current_user) AS name,
       (EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = '${MANAGER_ROLE}' AND pg_has_role(current_user, r.oid, 'MEMBER'))
        OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE tablename = 'banso_meta' AND schemaname = current_schema()), 'MEMBER')) AS manager`,
  );
  const login = row?.login ?? sql.user;
  return { login, name: row?.name || login, manager: row?.manager === true };
}
