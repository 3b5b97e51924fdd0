import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import {
  Application,
  type ApplicationContent,
  type ApplicationStatus,
  ApplicationSummary,
  type SectionOrigin,
  type SectionValues,
} from '../../shared/schemas/application';
import type { ProgramId } from '../../shared/schemas/common';
import { ExpenseLine } from '../../shared/schemas/expense';
import { FinancialPlan } from '../../shared/schemas/financialPlan';
import { contentRevision, isLocked, LOCKED_MESSAGE, partRevision, STALE_MESSAGE, WHOLE_BODY } from '../../shared/schemas/revisions';
import { selectIn } from './sql/selectIn';
import type { Param, SqlStore } from './sql/types';

/** A row of `applications` as both backends return it. */
export interface ApplicationRow {
  id: string;
  client_id: string;
  program_id: string;
  template_id: string;
  kobo_kai: string;
  title: string;
  status: string;
  content: string;
  financial_plan: string;
  expenses: string;
  origins: string;
  revision: number;
  part_revisions: string;
  edit_unlocked: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

type HeadRow = Pick<ApplicationRow, 'id' | 'client_id' | 'program_id' | 'template_id' | 'kobo_kai' | 'title' | 'status' | 'updated_at'>;

/** The columns every view of an application shares, in the schema's names. */
const head = (r: HeadRow) => ({
  id: r.id,
  clientId: r.client_id,
  programId: r.program_id,
  templateId: r.template_id,
  koboKai: r.kobo_kai,
  title: r.title,
  status: r.status,
  updatedAt: r.updated_at,
});

function rowToApplication(r: ApplicationRow): Application {
  return Application.parse({
    ...head(r),
    content: JSON.parse(r.content),
    financialPlan: JSON.parse(r.financial_plan),
    expenses: JSON.parse(r.expenses),
    origins: JSON.parse(r.origins),
    revision: r.revision,
    revisions: JSON.parse(r.part_revisions),
    editUnlocked: Number(r.edit_unlocked) === 1,
    createdAt: r.created_at,
    ...(r.updated_by ? { updatedBy: r.updated_by } : {}),
  });
}

export interface NewApplication {
  clientId: string;
  programId: ProgramId;
  templateId: string;
  koboKai: string;
  title: string;
  content?: ApplicationContent;
  financialPlan?: FinancialPlan;
  expenses?: ExpenseLine[];
  origins?: Record<string, SectionOrigin>;
  status?: ApplicationStatus;
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

/**
 * What a write is based on: the revision of each part it changes, or of the whole application (an
 * import, a restore, a merge replace every part). `null` only where no window can be stale: a new
 * review file opened in the owner's own copy, after a version was kept.
 */
export type WriteBase = { parts: Record<string, number> } | { whole: number } | null;

interface GuardRow {
  revision: number;
  part_revisions: string;
  status: ApplicationStatus;
  edit_unlocked: number;
}

const notFound = () => new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
const clientNotFound = () => new ApiFailure('NOT_FOUND', '指定された事業者が見つかりません。');

const INSERT_COLUMNS = 'id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, revision, part_revisions, edit_unlocked, created_at, updated_at, updated_by, advisor';

export function createApplicationsRepo(sql: SqlStore) {
  const clientExists = async (id: string) => (await sql.get('SELECT 1 AS x FROM clients WHERE id = ?', [id])) !== undefined;

  /**
   * The guard of every write, inside the caller's write transaction: refuses a stale base (CONFLICT)
   * and, unless `ignoreLock`, a submitted application's text (LOCKED); then records the new revision
   * on the application and on each part written, who wrote it, and tells the others who have it open.
   * `set` adds columns to the same UPDATE (one round trip for a save); `withContent` reads the
   * sections in the guard's locked SELECT for a change that needs them.
   */
  async function guard(id: string, base: WriteBase, opts: { ignoreLock?: boolean; withContent?: boolean } = {}) {
    const row = await sql.get<GuardRow & { content?: string }>(`SELECT revision, part_revisions, status, edit_unlocked${opts.withContent ? ', content' : ''} FROM applications WHERE id = ?${sql.lock}`, [id]);
    if (!row) throw notFound();
    if (!opts.ignoreLock && isLocked({ status: row.status, editUnlocked: Number(row.edit_unlocked) === 1 })) throw new ApiFailure('LOCKED', LOCKED_MESSAGE);
    let parts = JSON.parse(row.part_revisions) as Record<string, number>;
    const next = row.revision + 1;
    let changed: string[];
    if (base && 'whole' in base) {
      if (contentRevision(parts) > base.whole) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
      parts = { [WHOLE_BODY]: next };
      changed = [WHOLE_BODY];
    } else if (base) {
      for (const [part, rev] of Object.entries(base.parts)) if (partRevision(parts, part) > rev) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
      changed = Object.keys(base.parts);
      for (const part of changed) parts[part] = next;
    } else {
      parts = { [WHOLE_BODY]: next };
      changed = [WHOLE_BODY];
    }
    const updatedAt = new Date().toISOString();
    const commit = async (set: Record<string, Param> = {}): Promise<SaveResult> => {
      const cols = Object.keys(set);
      await sql.run(`UPDATE applications SET revision = ?, part_revisions = ?, updated_at = ?, updated_by = ?${cols.map((c) => `, ${c} = ?`).join('')} WHERE id = ?`, [
        next, JSON.stringify(parts), updatedAt, sql.user, ...cols.map((c) => set[c]!), id,
      ]);
      await sql.run('INSERT INTO change_log (application_id, revision, parts, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)', [id, next, JSON.stringify(changed), sql.user, updatedAt]);
      await sql.publish({ applicationId: id, parts: changed, revision: next, user: sql.user, at: updatedAt });
      return { revision: next, updatedAt };
    };
    return { content: row.content, commit };
  }

  /** The guard alone (the caller writes its part itself, in the same transaction). */
  const bump = async (id: string, base: WriteBase, opts: { ignoreLock?: boolean } = {}): Promise<SaveResult> => (await guard(id, base, opts)).commit();

  /** A guarded write of columns of the application row, in one statement with the revision. */
  const write = (id: string, base: WriteBase, set: Record<string, Param>, opts?: { ignoreLock?: boolean }): Promise<SaveResult> =>
    sql.tx(async () => (await guard(id, base, opts)).commit(set));

  const get = async (id: string): Promise<Application> => {
    const row = await sql.get<ApplicationRow>('SELECT * FROM applications WHERE id = ?', [id]);
    if (!row) throw notFound();
    return rowToApplication(row);
  };

  /** Many applications in few round trips (the dashboards), in no particular order; ids not found are left out. */
  const getMany = async (ids: readonly string[]): Promise<Application[]> =>
    (await selectIn<ApplicationRow>(sql, 'SELECT * FROM applications WHERE id', ids)).map(rowToApplication);

  return {
    bump,
    get,
    getMany,
    /** Inserts an application exactly as given (import of a package): same id, content and timestamps. */
    async restore(a: Application): Promise<Application> {
      if (!(await clientExists(a.clientId))) throw clientNotFound();
      await sql.run(`INSERT INTO applications (${INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce((SELECT advisor FROM clients WHERE id = ?), ''))`, [
        a.id, a.clientId, a.programId, a.templateId, a.koboKai, a.title, a.status,
        JSON.stringify(a.content), JSON.stringify(a.financialPlan), JSON.stringify(a.expenses), JSON.stringify(a.origins),
        a.revision, JSON.stringify(a.revisions), a.editUnlocked ? 1 : 0, a.createdAt, a.updatedAt, a.updatedBy ?? sql.user, a.clientId,
      ]);
      return get(a.id);
    },
    /**
     * Replaces the body (sections, plan, expenses, and the title when given) of an existing application:
     * an imported package, a merged review, a restored version. Every part's revision moves on.
     */
    async replaceBody(id: string, body: Pick<Application, 'content' | 'financialPlan' | 'expenses' | 'origins'> & { title?: string }, base: WriteBase): Promise<Application> {
      const set: Record<string, Param> = { content: JSON.stringify(body.content), financial_plan: JSON.stringify(body.financialPlan), expenses: JSON.stringify(body.expenses), origins: JSON.stringify(body.origins) };
      if (body.title !== undefined) set.title = body.title;
      await write(id, base, set);
      return get(id);
    },
    async exists(id: string): Promise<boolean> {
      return (await sql.get('SELECT 1 AS x FROM applications WHERE id = ?', [id])) !== undefined;
    },
    async create(a: NewApplication): Promise<Application> {
      if (!(await clientExists(a.clientId))) throw clientNotFound();
      const id = randomUUID();
      const now = new Date().toISOString();
      await sql.run(`INSERT INTO applications (${INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '{}', 0, ?, ?, ?, coalesce((SELECT advisor FROM clients WHERE id = ?), ''))`, [
        id, a.clientId, a.programId, a.templateId, a.koboKai, a.title, a.status ?? 'draft',
        JSON.stringify(a.content ?? {}), JSON.stringify(FinancialPlan.parse(a.financialPlan ?? {})), JSON.stringify(a.expenses ?? []), JSON.stringify(a.origins ?? {}),
        now, now, sql.user, a.clientId,
      ]);
      return get(id);
    },
    /** One section's values (read, changed and written back in the write transaction, under its lock). */
    /** One section's values: read with the guard's locked row, changed, written back with the revision in one statement. */
    saveSection(id: string, sectionId: string, values: SectionValues, baseRevision: number): Promise<SaveResult> {
      return sql.tx(async () => {
        const g = await guard(id, { parts: { [`section:${sectionId}`]: baseRevision } }, { withContent: true });
        const content = JSON.parse(g.content!) as ApplicationContent;
        content[sectionId] = values;
        return g.commit({ content: JSON.stringify(content) });
      });
    },
    saveFinancialPlan(id: string, plan: FinancialPlan, baseRevision: number): Promise<SaveResult> {
      return write(id, { parts: { plan: baseRevision } }, { financial_plan: JSON.stringify(plan) });
    },
    saveExpenses(id: string, expenses: ExpenseLine[], baseRevision: number): Promise<SaveResult> {
      return write(id, { parts: { expenses: baseRevision } }, { expenses: JSON.stringify(expenses) });
    },
    async rename(id: string, title: string, baseRevision: number): Promise<Application> {
      await write(id, { parts: { title: baseRevision } }, { title });
      return get(id);
    },
    /** Moves the application to another round (template): its program, round and carried-over sections. */
    async moveTemplate(id: string, to: Pick<Application, 'programId' | 'templateId' | 'koboKai' | 'content'>, base: WriteBase): Promise<Application> {
      await write(id, base, { program_id: to.programId, template_id: to.templateId, kobo_kai: to.koboKai, content: JSON.stringify(to.content) });
      return get(id);
    },
    /** 「提出後に修正する」 (true) or back to read-only (false, e.g. when submitted again). Not a content change. */
    async setEditUnlocked(id: string, unlocked: boolean): Promise<void> {
      if ((await sql.run('UPDATE applications SET edit_unlocked = ? WHERE id = ?', [unlocked ? 1 : 0, id])).changes === 0) throw notFound();
    },
    async delete(id: string): Promise<boolean> {
      return (await sql.run('DELETE FROM applications WHERE id = ?', [id])).changes > 0;
    },
    async list(clientId: string | undefined, offset: number, limit: number): Promise<{ items: ApplicationSummary[]; total: number }> {
      const cid = clientId ?? null;
      const rows = await sql.all<HeadRow & { client_name: string }>(
        `SELECT a.id, a.client_id, a.program_id, a.template_id, a.kobo_kai, a.title, a.status, a.updated_at, c.name AS client_name
         FROM applications a JOIN clients c ON c.id = a.client_id
         WHERE (CAST(? AS TEXT) IS NULL OR a.client_id = ?)
         ORDER BY a.updated_at DESC, a.id LIMIT ? OFFSET ?`,
        [cid, cid, limit, offset],
      );
      const count = await sql.get<{ n: number }>('SELECT count(*) AS n FROM applications WHERE (CAST(? AS TEXT) IS NULL OR client_id = ?)', [cid, cid]);
      return { items: rows.map((r) => ApplicationSummary.parse({ ...head(r), clientName: r.client_name })), total: Number(count?.n ?? 0) };
    },
    /** Who changed what since a revision (newest last), for 「ほかの指導員が変更しました」. */
    async changesSince(id: string, afterRevision: number): Promise<{ revision: number; parts: string[]; user: string; at: string }[]> {
      const rows = await sql.all<{ revision: number; parts: string; changed_by: string; changed_at: string }>(
        'SELECT revision, parts, changed_by, changed_at FROM change_log WHERE application_id = ? AND revision > ? ORDER BY revision LIMIT 200',
        [id, afterRevision],
      );
      return rows.map((r) => ({ revision: r.revision, parts: JSON.parse(r.parts) as string[], user: r.changed_by, at: r.changed_at }));
    },
  };
}
export type ApplicationsRepo = ReturnType<typeof createApplicationsRepo>;
