import { z } from 'zod';
import type { AftercareReport } from './evaluate';

/**
 * The dashboard's view of every adopted application: who is heading for a 返還 (「このままでは」), and
 * the reports due. Built from each application's AftercareReport.
 */
export const AtRiskItem = z.object({
  applicationId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  title: z.string(),
  koboKai: z.string(),
  advisor: z.string(),
  totalYen: z.number(),
  /** Of it, what actual figures already decide. */
  fixedYen: z.number(),
  kofuYen: z.number().nullable(),
  unconfirmed: z.boolean(),
  /** The first thing to do: 「2027年3月31日までに事業場内最低賃金を1,171円以上に」. */
  firstHint: z.string().nullable(),
});
export type AtRiskItem = z.infer<typeof AtRiskItem>;

export const ReportDueItem = z.object({
  applicationId: z.string(),
  clientName: z.string(),
  advisor: z.string(),
  title: z.string(),
  name: z.string(),
  index: z.number().int(),
  due: z.string(),
  daysLeft: z.number().int(),
  status: z.enum(['done', 'overdue', 'upcoming', 'later']),
  estimated: z.boolean(),
});
export type ReportDueItem = z.infer<typeof ReportDueItem>;

/** The first `limit` of each list (largest 返還 first; earliest due first) with the counts of all of them. */
export const AftercareOverview = z.object({
  atRisk: z.array(AtRiskItem),
  atRiskCount: z.number().int(),
  /** The 返還 of every application at risk, added up (「このままでは」). */
  atRiskTotalYen: z.number(),
  reports: z.array(ReportDueItem),
  reportsCount: z.number().int(),
  overdueCount: z.number().int(),
  today: z.string(),
});
export type AftercareOverview = z.infer<typeof AftercareOverview>;

interface Row {
  applicationId: string;
  clientId: string;
  clientName: string;
  title: string;
  koboKai: string;
  advisor: string;
}

export function firstHintText(r: AftercareReport): string | null {
  const h = r.avoid[0];
  const item = h?.alternatives[0]?.items[0];
  if (!h || !item) return null;
  const by = h.deadline ? `${Number(h.deadline.slice(0, 4))}年${Number(h.deadline.slice(5, 7))}月${Number(h.deadline.slice(8, 10))}日までに` : '';
  return `${by}${item.label}を${item.needed.replace(/（.*）$/, '')}に${item.diff ? `（${item.diff}）` : ''}`;
}

export function atRiskOf(row: Row, r: AftercareReport): AtRiskItem | null {
  const total = r.henkan?.totalYen ?? 0;
  if (!r.applicable || total <= 0) return null;
  return { ...row, totalYen: total, fixedYen: r.henkan?.fixedYen ?? 0, kofuYen: r.kofu.yen, unconfirmed: r.unconfirmed, firstHint: firstHintText(r) };
}

/** Reports not yet marked submitted that are overdue or due within the window (the next one per schedule at least). */
export function reportsOf(row: Row, r: AftercareReport): ReportDueItem[] {
  const open = r.reports.filter((x) => x.status !== 'done');
  const shown = open.filter((x) => x.status === 'overdue' || x.status === 'upcoming');
  const next = new Map<string, (typeof open)[number]>();
  for (const x of open) if (!next.has(x.scheduleId)) next.set(x.scheduleId, x);
  const picked = [...new Set([...shown, ...next.values()])];
  return picked.map((x) => ({ applicationId: row.applicationId, clientName: row.clientName, advisor: row.advisor, title: row.title, name: x.name, index: x.index, due: x.due, daysLeft: x.daysLeft, status: x.status, estimated: x.estimated }));
}
