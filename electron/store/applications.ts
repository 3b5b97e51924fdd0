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
import { immediate, type Db } from './db';
import { contentRevision, isLocked, LOCKED_MESSAGE, partRevision, STALE_MESSAGE, WHOLE_BODY } from '../../shared/schemas/revisions';

interface ApplicationRow {
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
    editUnlocked: r.edit_unlocked === 1,
    createdAt: r.created_at,
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

export function createApplicationsRepo(db: Db) {
  const insert = db.prepare(`INSERT INTO applications
    (id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, revision, created_at, updated_at, advisor)
    VALUES (@id, @clientId, @programId, @templateId, @koboKai, @title, @status, @content, @financialPlan, @expenses, @origins, 0, @now, @now,
      coalesce((SELECT json_extract(data, '$.advisor') FROM clients WHERE id = @clientId), ''))`);
  const byId = db.prepare('SELECT * FROM applications WHERE id = ?');
  const clientExists = db.prepare('SELECT 1 FROM clients WHERE id = ?');
  const guardRow = db.prepare('SELECT revision, part_revisions, status, edit_unlocked FROM applications WHERE id = ?');
  const setRevision = db.prepare('UPDATE applications SET revision = ?, part_revisions = ?, updated_at = ? WHERE id = ?');
  const setSection = db.prepare(`UPDATE applications SET content = json_set(content, '$.' || json_quote(?), json(?)) WHERE id = ?`);
  const setPlan = db.prepare('UPDATE applications SET financial_plan = ? WHERE id = ?');
  const setExpenses = db.prepare('UPDATE applications SET expenses = ? WHERE id = ?');
  const setTitle = db.prepare('UPDATE applications SET title = ? WHERE id = ?');
  const setTemplate = db.prepare('UPDATE applications SET program_id = ?, template_id = ?, kobo_kai = ?, content = ? WHERE id = ?');
  const setUnlocked = db.prepare('UPDATE applications SET edit_unlocked = ? WHERE id = ?');
  const del = db.prepare('DELETE FROM applications WHERE id = ?');
  const listAll = db.prepare(`SELECT a.id, a.client_id, a.program_id, a.template_id, a.kobo_kai, a.title, a.status, a.updated_at, c.name AS client_name
    FROM applications a JOIN clients c ON c.id = a.client_id
    WHERE (? IS NULL OR a.client_id = ?)
    ORDER BY a.updated_at DESC, a.id LIMIT ? OFFSET ?`);
  const countAll = db.prepare('SELECT count(*) AS n FROM applications WHERE (? IS NULL OR client_id = ?)');
  const restoreStmt = db.prepare(`INSERT INTO applications
    (id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, revision, part_revisions, edit_unlocked, created_at, updated_at)
    VALUES (@id, @clientId, @programId, @templateId, @koboKai, @title, @status, @content, @financialPlan, @expenses, @origins, @revision, @partRevisions, @editUnlocked, @createdAt, @updatedAt)`);
  const replaceBody = db.prepare('UPDATE applications SET content = ?, financial_plan = ?, expenses = ?, origins = ?, title = coalesce(?, title) WHERE id = ?');

  /**
   * The guard of every write, inside the caller's write transaction: refuses a stale base (CONFLICT)
   * and, unless `ignoreLock`, a submitted application's text (LOCKED); then records the new revision
   * on the application and on each part written.
   */
  function bump(id: string, base: WriteBase, opts: { ignoreLock?: boolean } = {}): SaveResult {
    const row = guardRow.get(id) as GuardRow | undefined;
    if (!row) throw notFound();
    if (!opts.ignoreLock && isLocked({ status: row.status, editUnlocked: row.edit_unlocked === 1 })) throw new ApiFailure('LOCKED', LOCKED_MESSAGE);
    let parts = JSON.parse(row.part_revisions) as Record<string, number>;
    const next = row.revision + 1;
    if (base && 'whole' in base) {
      if (contentRevision(parts) > base.whole) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
      parts = { [WHOLE_BODY]: next };
    } else if (base) {
      for (const [part, rev] of Object.entries(base.parts)) if (partRevision(parts, part) > rev) throw new ApiFailure('CONFLICT', STALE_MESSAGE);
      for (const part of Object.keys(base.parts)) parts[part] = next;
    } else parts = { [WHOLE_BODY]: next };
    const updatedAt = new Date().toISOString();
    setRevision.run(next, JSON.stringify(parts), updatedAt, id);
    return { revision: next, updatedAt };
  }

  const write = (id: string, base: WriteBase, change: () => void, opts?: { ignoreLock?: boolean }): SaveResult =>
    immediate(db, () => {
      const r = bump(id, base, opts);
      change();
      return r;
    });

  return {
    bump,
    /** Inserts an application exactly as given (import of a package): same id, content and timestamps. */
    restore(a: Application): Application {
      if (!clientExists.get(a.clientId)) throw new ApiFailure('NOT_FOUND', '指定された事業者が見つかりません。');
      restoreStmt.run({
        ...a,
        content: JSON.stringify(a.content),
        financialPlan: JSON.stringify(a.financialPlan),
        expenses: JSON.stringify(a.expenses),
        origins: JSON.stringify(a.origins),
        partRevisions: JSON.stringify(a.revisions),
        editUnlocked: a.editUnlocked ? 1 : 0,
      });
      return this.get(a.id);
    },
    /**
     * Replaces the body (sections, plan, expenses, and the title when given) of an existing application:
     * an imported package, a merged review, a restored version. Every part's revision moves on.
     */
    replaceBody(id: string, body: Pick<Application, 'content' | 'financialPlan' | 'expenses' | 'origins'> & { title?: string }, base: WriteBase): Application {
      write(id, base, () => replaceBody.run(JSON.stringify(body.content), JSON.stringify(body.financialPlan), JSON.stringify(body.expenses), JSON.stringify(body.origins), body.title ?? null, id));
      return this.get(id);
    },
    exists(id: string): boolean {
      return byId.get(id) !== undefined;
    },
    create(a: NewApplication): Application {
      if (!clientExists.get(a.clientId)) throw new ApiFailure('NOT_FOUND', '指定された事業者が見つかりません。');
      const id = randomUUID();
      const now = new Date().toISOString();
      insert.run({
        id,
        clientId: a.clientId,
        programId: a.programId,
        templateId: a.templateId,
        koboKai: a.koboKai,
        title: a.title,
        status: a.status ?? 'draft',
        content: JSON.stringify(a.content ?? {}),
        financialPlan: JSON.stringify(FinancialPlan.parse(a.financialPlan ?? {})),
        expenses: JSON.stringify(a.expenses ?? []),
        origins: JSON.stringify(a.origins ?? {}),
        now,
      });
      return this.get(id);
    },
    get(id: string): Application {
      const row = byId.get(id) as ApplicationRow | undefined;
      if (!row) throw notFound();
      return rowToApplication(row);
    },
    saveSection(id: string, sectionId: string, values: SectionValues, baseRevision: number): SaveResult {
      return write(id, { parts: { [`section:${sectionId}`]: baseRevision } }, () => setSection.run(sectionId, JSON.stringify(values), id));
    },
    saveFinancialPlan(id: string, plan: FinancialPlan, baseRevision: number): SaveResult {
      return write(id, { parts: { plan: baseRevision } }, () => setPlan.run(JSON.stringify(plan), id));
    },
    saveExpenses(id: string, expenses: ExpenseLine[], baseRevision: number): SaveResult {
      return write(id, { parts: { expenses: baseRevision } }, () => setExpenses.run(JSON.stringify(expenses), id));
    },
    rename(id: string, title: string, baseRevision: number): Application {
      write(id, { parts: { title: baseRevision } }, () => setTitle.run(title, id));
      return this.get(id);
    },
    /** Moves the application to another round (template): its program, round and carried-over sections. */
    moveTemplate(id: string, to: Pick<Application, 'programId' | 'templateId' | 'koboKai' | 'content'>, base: WriteBase): Application {
      write(id, base, () => setTemplate.run(to.programId, to.templateId, to.koboKai, JSON.stringify(to.content), id));
      return this.get(id);
    },
    /** 「提出後に修正する」 (true) or back to read-only (false, e.g. when submitted again). Not a content change. */
    setEditUnlocked(id: string, unlocked: boolean): void {
      if (setUnlocked.run(unlocked ? 1 : 0, id).changes === 0) throw notFound();
    },
    delete(id: string): boolean {
      return del.run(id).changes > 0;
    },
    list(clientId: string | undefined, offset: number, limit: number): { items: ApplicationSummary[]; total: number } {
      const cid = clientId ?? null;
      const rows = listAll.all(cid, cid, limit, offset) as (HeadRow & { client_name: string })[];
      const { n } = countAll.get(cid, cid) as { n: number };
      const items = rows.map((r) => ApplicationSummary.parse({ ...head(r), clientName: r.client_name }));
      return { items, total: n };
    },
  };
}
export type ApplicationsRepo = ReturnType<typeof createApplicationsRepo>;
