import type { ApplicationStatus } from '../../shared/schemas/application';
import type { ProgramId } from '../../shared/schemas/common';
import type { PipelineRecord } from '../../shared/portfolio/pipeline';
import type { PortfolioRow } from './portfolio';
import { Mutex } from './sql/mutex';
import type { SqlStore } from './sql/types';
import { yieldToLoop } from './sql/yieldToLoop';
import type { ApplicationRow } from './applications';

/**
 * Every application as the dashboard sees it (no section text), kept in memory per store and brought
 * up to date on each look by what changed since: applications whose `updated_at` moved (every write
 * sets it), and all clients' names and 担当 (a few thousand short rows). A count that does not add up
 * (an application deleted, or one imported with its old date) reads everything again. So opening the
 * chamber's dashboard costs what changed, not a read of 50,000 rows. `version` moves only when
 * something the statistics count changed (a stage, a date, a 担当, a round) — not on an autosave.
 */
type AppRow = Pick<ApplicationRow, 'id' | 'client_id' | 'program_id' | 'template_id' | 'kobo_kai' | 'title' | 'status' | 'updated_at'> & { advisor: string | null; adopted_yen: number | null; pipeline: string };

const COLUMNS = 'id, client_id, program_id, template_id, kobo_kai, title, status, advisor, adopted_yen, pipeline, updated_at';

interface View {
  apps: Map<string, PortfolioRow>;
  /** The same rows, the most recently changed first (the board's order). Never copied: read only. */
  rows: PortfolioRow[];
  /** The newest updated_at seen; rows at or after it are read again. */
  since: string;
  stamp: string | null;
  clients: string;
  /** Count, newest edit and revisions of the clients when `clients` was read. */
  clientsHead: string;
  version: number;
  /** Moves on any change the view took in (an autosave, any client edit too): what is computed from the rows can be kept while it stays. */
  seq: number;
}

const views = new WeakMap<SqlStore, View>();
/** One look at a time per store: a second waits and then costs only what changed in between. */
const locks = new WeakMap<SqlStore, Mutex>();
/** Rows per read when everything is read: between two, other requests get their turn. */
const PAGE = 5000;

function fromRow(r: AppRow): PortfolioRow {
  const stored = JSON.parse(r.pipeline) as Partial<PipelineRecord>;
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: '',
    clientAdvisor: '',
    programId: r.program_id as ProgramId,
    templateId: r.template_id,
    koboKai: r.kobo_kai,
    title: r.title,
    status: r.status as ApplicationStatus,
    advisor: r.advisor ?? '',
    adoptedYen: r.adopted_yen === null || r.adopted_yen === undefined ? null : Number(r.adopted_yen),
    pipeline: { status: r.status as ApplicationStatus, dates: stored.dates ?? {}, history: stored.history ?? [] },
    updatedAt: r.updated_at,
  };
}

/** What the statistics read of a row. */
const counted = (a: PortfolioRow) => `${a.clientId}|${a.programId}|${a.templateId}|${a.koboKai}|${a.status}|${a.advisor}|${JSON.stringify(a.pipeline.dates)}`;
const newestFirst = (a: PortfolioRow, b: PortfolioRow) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

function sync(sql: SqlStore): Promise<View> {
  let lock = locks.get(sql);
  if (!lock) locks.set(sql, (lock = new Mutex()));
  return lock.run(() => syncNow(sql));
}

/** Every application, in pages by id, yielding to the event loop between two. */
async function readAll(sql: SqlStore): Promise<Map<string, PortfolioRow>> {
  const apps = new Map<string, PortfolioRow>();
  let after = '';
  for (;;) {
    const page = await sql.all<AppRow>(`SELECT ${COLUMNS} FROM applications WHERE id > ? ORDER BY id LIMIT ${PAGE}`, [after]);
    for (const r of page) apps.set(r.id, fromRow(r));
    if (page.length < PAGE) return apps;
    after = page[page.length - 1]!.id;
    await yieldToLoop();
  }
}

async function syncNow(sql: SqlStore): Promise<View> {
  let view = views.get(sql);
  /** Rows read now, whose client names are still to be filled in. */
  let fresh: readonly PortfolioRow[] = [];
  const stamp = sql.changeStamp();
  if (view && stamp !== null && stamp === view.stamp) return view; // SQLite: nothing committed since
  const head = await sql.get<{ n: number; m: string | null }>('SELECT count(*) AS n, max(updated_at) AS m FROM applications');
  const total = Number(head?.n ?? 0);
  if (view) {
    // At or after the newest time seen (a write in the same millisecond is not missed); what the view already holds is not news.
    const apps = view.apps;
    const held = (a: PortfolioRow) => {
      const old = apps.get(a.id);
      return old !== undefined && old.updatedAt === a.updatedAt && counted(old) === counted(a);
    };
    const changed = (await sql.all<AppRow>(`SELECT ${COLUMNS} FROM applications WHERE updated_at >= ?`, [view.since])).map(fromRow).filter((a) => !held(a));
    let moved = false;
    for (const a of changed) {
      const old = view.apps.get(a.id);
      if (!old || counted(old) !== counted(a)) moved = true;
      view.apps.set(a.id, a);
    }
    if (view.apps.size !== total) view = undefined; // deleted, or imported with an older date: read all
    else if (changed.length > 0) {
      // What changed is the newest: to the front, the rest keeps its order.
      const ids = new Set(changed.map((a) => a.id));
      view.rows = [...changed.sort(newestFirst), ...view.rows.filter((a) => !ids.has(a.id))];
      if (moved) view.version++;
      view.seq++;
      fresh = changed;
    }
  }
  if (!view) {
    const apps = await readAll(sql);
    const old = views.get(sql);
    view = { apps, rows: [...apps.values()].sort(newestFirst), since: '', stamp: null, clients: '', clientsHead: '', version: (old?.version ?? 0) + 1, seq: (old?.seq ?? 0) + 1 };
    fresh = view.rows;
  }
  view.since = head?.m ?? '';
  // Clients' names and 担当, in place (the rows are the view's own): on every row when a client changed, else on the rows
  // just read. Whether any client changed is asked first (count, newest edit, revisions): the full list only when so.
  const clientsHead = await sql.get<{ n: number; m: string | null; r: number | null }>('SELECT count(*) AS n, max(updated_at) AS m, sum(revision) AS r FROM clients');
  const headKey = `${clientsHead?.n}|${clientsHead?.m}|${clientsHead?.r}`;
  if (headKey !== view.clientsHead || fresh.length > 0) {
    const clients = await sql.all<{ id: string; name: string; advisor: string }>('SELECT id, name, advisor FROM clients ORDER BY id');
    const signature = clients.map((c) => `${c.id}\u0001${c.name}\u0001${c.advisor}`).join('\u0002');
    if (signature !== view.clients) {
      view.version++;
      view.seq++;
      fresh = view.rows;
    }
    if (fresh.length > 0) {
      const byId = new Map(clients.map((c) => [c.id, c]));
      for (const a of fresh) {
        const c = byId.get(a.clientId);
        a.clientName = c?.name ?? '';
        a.clientAdvisor = c?.advisor ?? '';
      }
    }
    if (headKey !== view.clientsHead) view.seq++; // a client edited (the 採択後 reports read its 決算月, 従業員数 …)
    view.clients = signature;
    view.clientsHead = headKey;
  }
  view.stamp = stamp;
  views.set(sql, view);
  return view;
}

/** Every application, the most recently changed first (read only: the view's own rows). */
export async function portfolioRows(sql: SqlStore): Promise<readonly PortfolioRow[]> {
  return (await sync(sql)).rows;
}

/** The rows, `version` (moves when something the statistics count changed) and `seq` (moves on any change). */
export async function portfolioSnapshot(sql: SqlStore): Promise<{ rows: readonly PortfolioRow[]; version: number; seq: number }> {
  const v = await sync(sql);
  return { rows: v.rows, version: v.version, seq: v.seq };
}
