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
import type { Db } from './db';

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

export function createApplicationsRepo(db: Db) {
  const insert = db.prepare(`INSERT INTO applications
    (id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, revision, created_at, updated_at, advisor)
    VALUES (@id, @clientId, @programId, @templateId, @koboKai, @title, @status, @content, @financialPlan, @expenses, @origins, 0, @now, @now,
      coalesce((SELECT json_extract(data, '$.advisor') FROM clients WHERE id = @clientId), ''))`);
  const byId = db.prepare('SELECT * FROM applications WHERE id = ?');
  const clientExists = db.prepare('SELECT 1 FROM clients WHERE id = ?');
  const setSection = db.prepare(`UPDATE applications
    SET content = json_set(content, '$.' || json_quote(?), json(?)), revision = revision + 1, updated_at = ?
    WHERE id = ? RETURNING revision, updated_at`);
  const setColumn = (column: 'financial_plan' | 'expenses') =>
    db.prepare(`UPDATE applications SET ${column} = ?, revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision, updated_at`);
  const setPlan = setColumn('financial_plan');
  const setExpenses = setColumn('expenses');
  const setTitle = db.prepare('UPDATE applications SET title = ?, revision = revision + 1, updated_at = ? WHERE id = ?');
  const del = db.prepare('DELETE FROM applications WHERE id = ?');
  const revisionOf = db.prepare('SELECT revision FROM applications WHERE id = ?');
  const listAll = db.prepare(`SELECT a.id, a.client_id, a.program_id, a.template_id, a.kobo_kai, a.title, a.status, a.updated_at, c.name AS client_name
    FROM applications a JOIN clients c ON c.id = a.client_id
    WHERE (? IS NULL OR a.client_id = ?)
    ORDER BY a.updated_at DESC, a.id LIMIT ? OFFSET ?`);
  const countAll = db.prepare('SELECT count(*) AS n FROM applications WHERE (? IS NULL OR client_id = ?)');

  function toSaveResult(row: unknown): SaveResult {
    if (!row) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    const r = row as { revision: number; updated_at: string };
    return { revision: r.revision, updatedAt: r.updated_at };
  }

  /** Refuses a save based on an older revision than the stored one (another window saved since). */
  function assertRevision(id: string, baseRevision: number | undefined): void {
    if (baseRevision === undefined) return;
    const row = revisionOf.get(id) as { revision: number } | undefined;
    if (!row) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
    if (row.revision > baseRevision) {
      throw new ApiFailure('CONFLICT', 'この申請は別の画面で更新されています。再読み込みしてから編集してください。');
    }
  }

  const restoreStmt = db.prepare(`INSERT INTO applications
    (id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, revision, created_at, updated_at)
    VALUES (@id, @clientId, @programId, @templateId, @koboKai, @title, @status, @content, @financialPlan, @expenses, @origins, @revision, @createdAt, @updatedAt)`);
  const replaceBody = db.prepare(`UPDATE applications SET content = ?, financial_plan = ?, expenses = ?, origins = ?, title = coalesce(?, title),
    revision = revision + 1, updated_at = ? WHERE id = ?`);

  return {
    /** Inserts an application exactly as given (import of a package): same id, content and timestamps. */
    restore(a: Application): Application {
      if (!clientExists.get(a.clientId)) throw new ApiFailure('NOT_FOUND', '指定された事業者が見つかりません。');
      restoreStmt.run({
        ...a,
        content: JSON.stringify(a.content),
        financialPlan: JSON.stringify(a.financialPlan),
        expenses: JSON.stringify(a.expenses),
        origins: JSON.stringify(a.origins),
      });
      return this.get(a.id);
    },
    /**
     * Replaces the body (sections, plan, expenses, and the title when given) of an existing application:
     * an imported package, a merged review, a restored version.
     */
    replaceBody(id: string, body: Pick<Application, 'content' | 'financialPlan' | 'expenses' | 'origins'> & { title?: string }): Application {
      const r = replaceBody.run(JSON.stringify(body.content), JSON.stringify(body.financialPlan), JSON.stringify(body.expenses), JSON.stringify(body.origins), body.title ?? null, new Date().toISOString(), id);
      if (r.changes === 0) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
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
      if (!row) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
      return rowToApplication(row);
    },
    saveSection(id: string, sectionId: string, values: SectionValues, baseRevision?: number): SaveResult {
      return db.transaction(() => {
        assertRevision(id, baseRevision);
        return toSaveResult(setSection.get(sectionId, JSON.stringify(values), new Date().toISOString(), id));
      })();
    },
    saveFinancialPlan(id: string, plan: FinancialPlan): SaveResult {
      return toSaveResult(setPlan.get(JSON.stringify(plan), new Date().toISOString(), id));
    },
    saveExpenses(id: string, expenses: ExpenseLine[]): SaveResult {
      return toSaveResult(setExpenses.get(JSON.stringify(expenses), new Date().toISOString(), id));
    },
    rename(id: string, title: string): Application {
      if (setTitle.run(title, new Date().toISOString(), id).changes === 0) throw new ApiFailure('NOT_FOUND', '指定された申請が見つかりません。');
      return this.get(id);
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
