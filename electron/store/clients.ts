import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import { Client, ClientInput, type ClientPatch, type ClientSummary } from '../../shared/schemas/client';
import { STALE_MESSAGE } from '../../shared/schemas/revisions';
import { selectIn } from './sql/selectIn';
import type { SqlStore } from './sql/types';

interface ClientRow {
  id: string;
  data: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

function rowToClient(row: ClientRow): Client {
  return Client.parse({ ...JSON.parse(row.data), id: row.id, revision: row.revision, createdAt: row.created_at, updatedAt: row.updated_at });
}

/** Escapes LIKE wildcards so a search for "100%" finds "100%". */
function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const notFound = () => new ApiFailure('NOT_FOUND', '指定された事業者が見つかりません。');
/** name and advisor are columns of their own (search, the portfolio's 担当) beside the JSON. */
const INSERT = 'INSERT INTO clients (id, name, advisor, corporate_number, data, revision, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

export function createClientsRepo(sql: SqlStore) {
  const get = async (id: string): Promise<Client> => {
    const row = await sql.get<ClientRow>('SELECT id, data, revision, created_at, updated_at FROM clients WHERE id = ?', [id]);
    if (!row) throw notFound();
    return rowToClient(row);
  };
  const insert = (id: string, data: Client | ReturnType<typeof ClientInput.parse>, revision: number, createdAt: string, updatedAt: string) =>
    sql.run(INSERT, [id, data.name, data.advisor, data.corporateNumber, JSON.stringify(data), revision, createdAt, updatedAt, sql.user]);

  return {
    get,
    /** Many clients in few round trips (the dashboards); ids not found are left out. */
    async getMany(ids: readonly string[]): Promise<Client[]> {
      return (await selectIn<ClientRow>(sql, 'SELECT id, data, revision, created_at, updated_at FROM clients WHERE id', ids)).map(rowToClient);
    },
    /** Inserts a client exactly as given (import of a package). */
    async restore(c: Client): Promise<Client> {
      const { id, revision, createdAt, updatedAt, ...rest } = c;
      await insert(id, ClientInput.parse(rest), revision, createdAt, updatedAt);
      return get(id);
    },
    async exists(id: string): Promise<boolean> {
      return (await sql.get('SELECT 1 AS x FROM clients WHERE id = ?', [id])) !== undefined;
    },
    async create(input: ClientInput, now = new Date().toISOString()): Promise<Client> {
      const data = ClientInput.parse(input);
      const id = randomUUID();
      await insert(id, data, 0, now, now);
      return { ...data, id, revision: 0, createdAt: now, updatedAt: now };
    },
    /** Changes exactly the fields the patch names; refused (CONFLICT) when based on an older revision. */
    update(id: string, patch: ClientPatch, baseRevision: number): Promise<Client> {
      return sql.tx(async () => {
        const row = await sql.get<ClientRow>(`SELECT id, data, revision, created_at, updated_at FROM clients WHERE id = ?${sql.lock}`, [id]);
        if (!row) throw notFound();
        const current = rowToClient(row);
        if (current.revision > baseRevision) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
        const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = current;
        const named = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const data = ClientInput.parse({ ...rest, ...named });
        await sql.run('UPDATE clients SET name = ?, advisor = ?, corporate_number = ?, data = ?, revision = revision + 1, updated_at = ?, updated_by = ? WHERE id = ?', [
          data.name, data.advisor, data.corporateNumber, JSON.stringify(data), new Date().toISOString(), sql.user, id,
        ]);
        return get(id);
      });
    },
    async delete(id: string): Promise<boolean> {
      return (await sql.run('DELETE FROM clients WHERE id = ?', [id])).changes > 0;
    },
    async list(query: string, offset: number, limit: number): Promise<{ items: ClientSummary[]; total: number }> {
      const q = query.trim();
      const pattern = likePattern(q);
      // SQLite's LIKE ignores the case of Latin letters; PostgreSQL's ILIKE does the same.
      const like = sql.dialect === 'postgres' ? 'ILIKE' : 'LIKE';
      const where = `(? = '' OR c.name ${like} ? ESCAPE '\\' OR c.data ${like} ? ESCAPE '\\')`;
      const rows = await sql.all<ClientRow & { application_count: number }>(
        `SELECT c.id, c.data, c.revision, c.created_at, c.updated_at,
           (SELECT count(*) FROM applications a WHERE a.client_id = c.id) AS application_count
         FROM clients c WHERE ${where}
         ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?`,
        [q, pattern, pattern, limit, offset],
      );
      const count = await sql.get<{ n: number }>(`SELECT count(*) AS n FROM clients c WHERE ${where}`, [q, pattern, pattern]);
      const items = rows.map((r) => {
        const c = rowToClient(r);
        return { id: c.id, name: c.name, representative: c.representative, industry: c.industry, prefecture: c.prefecture, advisor: c.advisor, updatedAt: c.updatedAt, applicationCount: Number(r.application_count) };
      });
      return { items, total: Number(count?.n ?? 0) };
    },
  };
}
export type ClientsRepo = ReturnType<typeof createClientsRepo>;
