import { ApiFailure } from '../../../shared/api/errors';
import { isConnectionError, isPermissionError, postgresStore, type PgOptions, type PostgresStore } from '../sql/postgres';
import { GRANTS_SQL, PG_MIGRATIONS, PG_SCHEMA_VERSION } from './migrations';

/** Where the server is, for messages (never the password). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return '(接続先の形式が正しくありません)';
  }
}

/** Any one number for all Banso databases: two PCs starting at once migrate one after the other. */
const MIGRATION_LOCK = 8_411_001;

/**
 * Connects to the chamber's database and brings its schema to this version: refuses a server it
 * cannot reach (OFFLINE), a database holding something else (DB_INVALID), one written by a newer
 * Banso (DB_NEWER_VERSION), and an older one this login may not migrate (DB_OUTDATED: the owner
 * runs `cli chamber init`). Migrations run in one transaction under an advisory lock.
 */
export async function openPostgres(opts: PgOptions): Promise<PostgresStore> {
  const where = describeUrl(opts.connectionString);
  const store = postgresStore(opts);
  try {
    await migratePostgres(store, where);
    return store;
  } catch (e) {
    await store.close().catch(() => undefined);
    if (e instanceof ApiFailure) {
      if (e.code === 'OFFLINE') throw new ApiFailure('OFFLINE', `商工会議所のデータベースサーバー（${where}）に接続できません。サーバーが起動しているか、ネットワークと接続先の設定を確認してください。`);
      throw e;
    }
    if (isConnectionError(e)) throw new ApiFailure('OFFLINE', `商工会議所のデータベースサーバー（${where}）に接続できません。`);
    const code = (e as { code?: unknown }).code;
    if (code === '28P01' || code === '28000') throw new ApiFailure('UNAUTHORIZED', `データベース（${where}）にログインできません。ユーザー名とパスワードを確認してください。`);
    if (code === '3D000') throw new ApiFailure('DB_INVALID', `データベース（${where}）が見つかりません。データベース名を確認してください。`);
    throw e;
  }
}

export async function migratePostgres(store: PostgresStore, where: string): Promise<void> {
  const version = await schemaVersion(store, where);
  if (version > PG_SCHEMA_VERSION) {
    throw new ApiFailure('DB_NEWER_VERSION', `商工会議所のデータベース（${where}）は新しいバージョンの伴走で更新されています（形式 ${version}、このアプリは ${PG_SCHEMA_VERSION} まで対応）。アプリを更新してください。データベースは変更していません。`);
  }
  if (version === PG_SCHEMA_VERSION) return;
  try {
    await store.tx(async () => {
      await store.get('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      const now = await schemaVersion(store, where); // another PC may have migrated meanwhile
      for (const m of PG_MIGRATIONS.filter((x) => x.version > now)) await store.run(m.sql);
      await store.run(`INSERT INTO banso_meta (key, value) VALUES ('app', 'banso'), ('schema_version', ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(PG_SCHEMA_VERSION)]);
      await store.run(GRANTS_SQL);
    });
  } catch (e) {
    if (isPermissionError(e)) {
      throw new ApiFailure('DB_OUTDATED', `商工会議所のデータベース（${where}）をこのバージョンの形式に更新する必要がありますが、このログインには権限がありません。管理者に「npm run cli -- chamber init」の実行を依頼してください。データベースは変更していません。`);
    }
    throw e;
  }
}

/** 0 for an empty database; refuses one that holds tables but is not Banso's. */
async function schemaVersion(store: PostgresStore, where: string): Promise<number> {
  // One statement: another PC migrating at this moment is seen either before or after, never half-way.
  const meta = await store.get<{ t: string | null; n: number }>(
    "SELECT (SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'banso_meta') AS t, (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) AS n",
  );
  if (!meta?.t) {
    if (Number(meta?.n ?? 0) > 0) throw new ApiFailure('DB_INVALID', `データベース（${where}）には伴走のものではない表があります。伴走用に空のデータベースを用意してください。データベースは変更していません。`);
    return 0;
  }
  const app = await store.get<{ value: string }>("SELECT value FROM banso_meta WHERE key = 'app'");
  if (app?.value !== 'banso') throw new ApiFailure('DB_INVALID', `データベース（${where}）は伴走のデータベースではありません。データベースは変更していません。`);
  const v = await store.get<{ value: string }>("SELECT value FROM banso_meta WHERE key = 'schema_version'");
  return Number(v?.value ?? 0);
}
