import { describe, expect, it } from 'vitest';
import { buildTimeline, currentYear } from '../../../shared/aftercare/timeline';
import { reportDates, reportsDue } from '../../../shared/aftercare/reports';
import { addMonths, businessYearEnd } from '../../../shared/aftercare/calendar';
import { templateOf } from './fixtures';

/** Plan years in the calendar and the report due dates, from the pipeline dates. */
describe('plan years (もの補助: 額の確定日 holds year 1; 公募要領 2.5.1)', () => {
  const b = buildTimeline({ planStart: 'kakuteiFiscalYear', n: 3, dates: { kofuKetteiAt: '2024-08-05', jissekiHokokuAt: '2025-02-20' }, settings: { kanryoBi: '2025-01-31', kakuteiBi: '2025-04-10' }, fiscalYearEndMonth: 9, today: '2026-11-30' });
  it('9月決算, 額の確定 2025-04-10: 基準年度 2024年9月期, years to 2025/2026/2027年9月期', () => {
    expect(b.base).toEqual({ end: '2024-09-30', label: '基準年度（2024年9月期）' });
    expect(b.years.map((y) => [y.start, y.end, y.status])).toEqual([
      ['2024-10-01', '2025-09-30', 'past'],
      ['2025-10-01', '2026-09-30', 'past'],
      ['2026-10-01', '2027-09-30', 'current'],
    ]);
    expect(currentYear(b)).toBe(3);
  });
  it('without a recorded 額の確定日 it is 実績報告 + 30 days, and says so', () => {
    const t = buildTimeline({ planStart: 'kakuteiFiscalYear', n: 3, dates: { jissekiHokokuAt: '2026-03-10' }, settings: { kanryoBi: null, kakuteiBi: null }, fiscalYearEndMonth: 3, today: '2026-11-30' });
    expect(t.kakutei).toMatchObject({ date: '2026-04-09', estimated: true });
    expect(t.years[0]?.end).toBe('2027-03-31'); // 2026-04-09 falls in the year to 2027-03
    expect(t.notes.join('')).toContain('推定');
  });
  it('an unknown 決算月 is taken as March, with a note', () => {
    const t = buildTimeline({ planStart: 'kakuteiFiscalYear', n: 3, dates: { jissekiHokokuAt: '2025-02-20' }, settings: { kanryoBi: null, kakuteiBi: null }, fiscalYearEndMonth: null, today: '2026-11-30' });
    expect(t.fiscalYearEndMonth).toBe(3);
    expect(t.notes[0]).toContain('3月決算');
  });
  it('calendar helpers: month ends, leap years, business years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(businessYearEnd('2025-04-10', 9)).toBe('2025-09-30');
    expect(businessYearEnd('2025-10-01', 9)).toBe('2026-09-30');
    expect(businessYearEnd('2025-03-31', 3)).toBe('2025-03-31');
  });
});

describe('事業化状況報告 (もの補助 第20次 公募要領 P.43: 5 national fiscal years after completion, 60 days after each March 31)', () => {
  const schedule = templateOf('monozukuri-20').aftercare!.reports[0]!;
  const t = buildTimeline({ planStart: 'kakuteiFiscalYear', n: 3, dates: {}, settings: { kanryoBi: '2025-01-31', kakuteiBi: '2025-04-10' }, fiscalYearEndMonth: 9, today: '2026-11-30' });
  it('completed 2025-01-31 (国の2024年度): reports for 2025–2029年度, each due May 30 (60 days after March 31)', () => {
    expect(reportDates(schedule, t)).toEqual([
      { periodEnd: '2026-03-31', due: '2026-05-30' },
      { periodEnd: '2027-03-31', due: '2027-05-30' },
      { periodEnd: '2028-03-31', due: '2028-05-30' },
      { periodEnd: '2029-03-31', due: '2029-05-30' },
      { periodEnd: '2030-03-31', due: '2030-05-30' },
    ]);
  });
  it('completed on 2025-04-01 (国の2025年度): the first report covers 2026年度', () => {
    const t2 = { ...t, completion: { date: '2025-04-01', basis: '', estimated: false } };
    expect(reportDates(schedule, t2)[0]).toEqual({ periodEnd: '2027-03-31', due: '2027-05-30' });
  });
  it('status: submitted (marked), overdue, upcoming, later', () => {
    const marked = reportsDue([schedule], t, '2026-11-30', ['jigyokaJokyo:1']);
    expect(marked.map((r) => r.status)).toEqual(['done', 'later', 'later', 'later', 'later']);
    const unmarked = reportsDue([schedule], t, '2026-11-30');
    expect(unmarked[0]).toMatchObject({ status: 'overdue', daysLeft: -184 });
    expect(reportsDue([schedule], t, '2027-04-15')[1]).toMatchObject({ status: 'upcoming', due: '2027-05-30', daysLeft: 45 });
  });
});

describe('事業効果報告 (持続化: the state 1 year after the end, by the date the secretariat sets)', () => {
  it('completion 2028-03-31 → the period to 2029-03-31, an estimated due date 30 days later', () => {
    const s = templateOf('jizokuka-20').aftercare!.reports[0]!;
    const t = buildTimeline({ planStart: 'completion', n: 2, dates: {}, settings: { kanryoBi: '2028-03-31', kakuteiBi: null }, fiscalYearEndMonth: 3, today: '2028-06-01' });
    expect(t.years.map((y) => y.end)).toEqual(['2028-03-31', '2029-03-31']);
    expect(reportsDue([s], t, '2028-06-01')).toEqual([expect.objectContaining({ periodEnd: '2029-03-31', due: '2029-04-30', estimated: true })]);
  });
});
