import { allHold } from '../checks/context';
import type { PipelineDates } from '../portfolio/pipeline';
import type { Application } from '../schemas/application';
import type { SourceNote } from '../templates/schema';
import type { Template } from '../templates/template';
import { targetReport, type Judge, type TargetReport } from './achievement';
import { avoidHints, type AvoidHint } from './avoid';
import { baseCapYen } from './baseCap';
import { computeHenkan, type HenkanSummary } from './henkan';
import { reportsDue, type ReportDue } from './reports';
import type { AftercareRecord } from './schema';
import { resolveTargets } from './targets';
import { buildTimeline, currentYear, type Timeline } from './timeline';
import { judgedYears, planLength } from './years';
import { FIGURE_KEYS } from '../schemas/financialPlan';

/**
 * After 採択, in one pure call: the plan years in the calendar, achievement per target and year, the
 * 返還 as the round computes it (「このままでは」 on the figures as they stand), what would avoid it,
 * and the reports due. JSON-safe (no BigInt): it travels over the API and renders as it is.
 */
export interface AftercareInput {
  template: Template;
  app: Application;
  record: AftercareRecord;
  dates: PipelineDates;
  /** 採択額 from the pipeline (補助金交付額 when the record has none). */
  adoptedYen: number | null;
  client: { fiscalYearEndMonth: number | null; prefecture: string; employeeCount: number | null };
  /** YYYY-MM-DD (Japan). */
  today: string;
}

export interface YearView {
  year: number;
  label: string;
  status: Timeline['years'][number]['status'] | 'base';
  entered: boolean;
  projected: string[];
  fromPlan: boolean;
  recordedOn: string | null;
  importedFrom: string | null;
}

export interface AftercareReport {
  applicable: boolean;
  /** Why not (not adopted, no rules for the round). */
  message: string | null;
  templateName: string;
  source: SourceNote | null;
  /** Some rule or date used is 未確認. */
  unconfirmed: boolean;
  kofu: { yen: number | null; basis: string };
  honraiJogenYen: number | null;
  timeline: Timeline | null;
  currentYear: number | null;
  years: YearView[];
  targets: TargetReport[];
  henkan: HenkanSummary | null;
  avoid: AvoidHint[];
  reports: ReportDue[];
  notes: { text: string; source: SourceNote }[];
}

const notApplicable = (template: Template, message: string): AftercareReport => ({
  applicable: false,
  message,
  templateName: template.name,
  source: template.aftercare?.source ?? null,
  unconfirmed: false,
  kofu: { yen: null, basis: '' },
  honraiJogenYen: null,
  timeline: null,
  currentYear: null,
  years: [],
  targets: [],
  henkan: null,
  avoid: [],
  reports: [],
  notes: [],
});

export function evaluateAftercare(input: AftercareInput): AftercareReport {
  const { template, app, record } = input;
  const rules = template.aftercare;
  if (!rules) return notApplicable(template, `${template.name}には採択後の目標・返還のデータがありません。`);
  if (app.status !== 'adopted') return notApplicable(template, '採択された申請で使えます（進み具合を「採択」にしてください）。');

  const n = planLength(app);
  const timeline = buildTimeline({ planStart: rules.planStart.kind, n, dates: input.dates, settings: record.settings, fiscalYearEndMonth: input.client.fiscalYearEndMonth, today: input.today });
  const years = judgedYears(app, record, n);
  const judge: Judge = { years, n, fteDigits: rules.fte?.digits ?? 2, app };
  const targets = resolveTargets(rules, template, app, record, n, input.client.prefecture);
  const targetMap = new Map(targets.map((t) => [t.id, t]));
  const reports = targets.map((t) => targetReport(judge, t));
  const reportMap = new Map(reports.map((r) => [r.id, r]));

  const kofuNum = record.settings.kofuYen ?? input.adoptedYen;
  const kofuYen = kofuNum === null ? null : BigInt(Math.trunc(kofuNum));
  const employees = input.client.employeeCount ?? years[0]?.figures.jugyoinSu ?? null;
  const honrai = record.settings.honraiJogenYen ?? baseCapYen(template, app, employees);
  const henkan = computeHenkan({ judge, rules, targets: targetMap, reports: reportMap, kofuYen, honraiJogenYen: honrai === null ? null : BigInt(honrai), settings: record.settings, timeline });
  const avoid = avoidHints(judge, rules, targetMap, henkan.lines, timeline, input.today, kofuYen);

  const recorded = new Map(record.years.map((y) => [y.year, y]));
  const yearViews: YearView[] = years.map((y) => ({
    year: y.year,
    label: y.year === 0 ? timeline.base.label : (timeline.years[y.year - 1]?.label ?? `${y.year}年目`),
    status: y.year === 0 ? 'base' : (timeline.years[y.year - 1]?.status ?? 'unknown'),
    entered: y.entered,
    projected: y.projected.filter((k) => (FIGURE_KEYS as readonly string[]).includes(k)),
    fromPlan: y.fromPlan,
    recordedOn: recorded.get(y.year)?.recordedOn ?? null,
    importedFrom: recorded.get(y.year)?.importedFrom ?? null,
  }));
  const applied = [rules.source, rules.planStart.source, ...targets.map((t) => t.source), ...rules.henkan.filter((r) => allHold(app, r.when)).map((r) => r.source)];
  return {
    applicable: true,
    message: null,
    templateName: template.name,
    source: rules.source,
    unconfirmed: applied.some((s) => s.unconfirmed),
    kofu: { yen: kofuNum, basis: record.settings.kofuYen !== null ? '入力された補助金交付額' : input.adoptedYen !== null ? '採択額（交付額が確定したら入力してください）' : '未入力' },
    honraiJogenYen: honrai,
    timeline,
    currentYear: currentYear(timeline),
    years: yearViews,
    targets: reports,
    henkan,
    avoid,
    reports: reportsDue(rules.reports, timeline, input.today, record.settings.reportsDone),
    notes: rules.notes.filter((x) => allHold(app, x.when)).map((x) => ({ text: x.text, source: x.source })),
  };
}
