import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import { Client, ClientInput, type ClientPatch, type ClientSummary } from '../../shared/schemas/client';
import { STALE_MESSAGE } from '../../shared/schemas/revisions';
import { immediate, type Db } from './db';

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

export function createClientsRepo(db: Db) {
  const insert = db.prepare('INSERT INTO clients (id, name, data, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE clients SET name = ?, data = ?, revision = revision + 1, updated_at = ? WHERE id = ?');
  const byId = db.prepare('SELECT id, data, revision, created_at, updated_at FROM clients WHERE id = ?');
  const del = db.prepare('DELETE FROM clients WHERE id = ?');
  const search = db.prepare(`
    SELECT c.id, c.data, c.revision, c.created_at, c.updated_at,
           (SELECT count(*) FROM applications a WHERE a.client_id = c.id) AS application_count
    FROM clients c
    WHERE (? = '' OR c.name LIKE ? ESCAPE '\\' OR c.data LIKE ? ESCAPE '\\')
    ORDER BY c.updated_at DESC, c.id
    LIMIT ? OFFSET ?`);
  const count = db.prepare(`SELECT count(*) AS n FROM clients c WHERE (? = '' OR c.name LIKE ? ESCAPE '\\' OR c.data LIKE ? ESCAPE '\\')`);

  return {
    /** Inserts a client exactly as given (import of a package). */
    restore(c: Client): Client {
      const { id, revision, createdAt, updatedAt, ...rest } = c;
      const data = ClientInput.parse(rest);
      insert.run(id, data.name, JSON.stringify(data), revision, createdAt, updatedAt);
      return this.get(id);
    },
    exists(id: string): boolean {
      return byId.get(id) !== undefined;
    },
    create(input: ClientInput, now = new Date().toISOString()): Client {
      const data = ClientInput.parse(input);
      const id = randomUUID();
      insert.run(id, data.name, JSON.stringify(data), 0, now, now);
      return { ...data, id, revision: 0, createdAt: now, updatedAt: now };
    },
    get(id: string): Client {
      const row = byId.get(id) as ClientRow | undefined;
      if (!row) throw new ApiFailure('NOT_FOUND', '指定された事業者が見つかりません。');
      return rowToClient(row);
    },
    /** Changes exactly the fields the patch names; refused (CONFLICT) when based on an older revision. */
    update(id: string, patch: ClientPatch, baseRevision: number): Client {
      return immediate(db, () => {
        const current = this.get(id);
        if (current.revision > baseRevision) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
        const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = current;
        const named = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const data = ClientInput.parse({ ...rest, ...named });
        update.run(data.name, JSON.stringify(data), new Date().toISOString(), id);
        return this.get(id);
      });
    },
    delete(id: string): boolean {
      return del.run(id).changes > 0;
    },
    list(query: string, offset: number, limit: number): { items: ClientSummary[]; total: number } {
      const q = query.trim();
      const pattern = likePattern(q);
      const rows = search.all(q, pattern, pattern, limit, offset) as (ClientRow & { application_count: number })[];
      const { n } = count.get(q, pattern, pattern) as { n: number };
      const items = rows.map((r) => {
        const c = rowToClient(r);
        return {
          id: c.id,
          name: c.name,
          representative: c.representative,
          industry: c.industry,
          prefecture: c.prefecture,
          advisor: c.advisor,
          updatedAt: c.updatedAt,
          applicationCount: r.application_count,
        };
      });
      return { items, total: n };
    },
  };
}
export type ClientsRepo = ReturnType<typeof createClientsRepo>;
