import { describe, expect, it } from 'vitest';
import { defaultYoshiki4CutOff, type DueSource, dueLabel, dueSoon, KoboRound, roundDeadlines } from '../../../shared/portfolio/deadlines';

// 持続化補助金 第17回 (公募要領 第2版): 申請受付締切 2025-06-13 17:00, 様式4 発行の受付締切 2025-06-03.
const jizo17 = KoboRound.parse({ programId: 'jizokuka', koboKai: '第17回', applicationDeadline: '2025-06-13', applicationDeadlineTime: '17:00', source: '公募要領 第17回' });
const jizo17Official = KoboRound.parse({ ...jizo17, yoshiki4CutOff: '2025-06-03' });
const mono20 = KoboRound.parse({ programId: 'monozukuri', koboKai: '第20次締切', applicationDeadline: '2025-07-25', applicationDeadlineTime: '17:00' });

const item = (id: string, round: KoboRound, over: Partial<DueSource> = {}): DueSource => ({ applicationId: id, title: `申請 ${id}`, status: 'draft', round, ...over });

describe('様式4 cut-off', () => {
  it('defaults to 10 calendar days before the deadline — 第17回’s own date', () => {
    expect(defaultYoshiki4CutOff('2025-06-13')).toBe('2025-06-03');
    expect(roundDeadlines(jizo17).yoshiki4).toEqual({ date: '2025-06-03', estimated: true });
  });
  it('a cut-off on a weekend moves back to the Friday', () => {
    expect(defaultYoshiki4CutOff('2025-06-15')).toBe('2025-06-05'); // Thu, unchanged
    expect(defaultYoshiki4CutOff('2025-06-17')).toBe('2025-06-06'); // Sat 06-07 → Fri
    expect(defaultYoshiki4CutOff('2025-06-18')).toBe('2025-06-06'); // Sun 06-08 → Fri
    expect(defaultYoshiki4CutOff('2025-06-13', 14)).toBe('2025-05-30'); // a chamber’s earlier cut-off
  });
  it('the 公募要領’s own date wins; programs without 様式4 have none', () => {
    expect(roundDeadlines(jizo17Official).yoshiki4).toEqual({ date: '2025-06-03', estimated: false });
    expect(roundDeadlines(mono20).yoshiki4).toBeNull();
  });
});

describe('dueSoon', () => {
  it('lists what is due within the window, sorted, with Japanese labels', () => {
    const items = [
      item('m1', mono20, { title: 'もの補助 A社' }),
      item('j1', jizo17, { title: '持続化 B社' }),
      item('j2', jizo17, { title: '持続化 C社', status: 'submitted' }), // done
      item('j3', jizo17, { title: '持続化 D社', yoshiki4IssuedAt: '2025-05-28' }), // 様式4 issued
    ];
    const due = dueSoon(items, '2025-05-31', 14);
    expect(due.map((d) => [d.title, d.kind, d.date, d.label])).toEqual([
      ['持続化 B社', 'yoshiki4', '2025-06-03', '様式4 締切まで あと3日'],
      ['持続化 B社', 'application', '2025-06-13', '申請締切まで あと13日'],
      ['持続化 D社', 'application', '2025-06-13', '申請締切まで あと13日'],
    ]);
    expect(due[0]?.estimated).toBe(true);
    expect(dueSoon(items, '2025-07-20', 7).map((d) => d.label)).toEqual(['申請締切まで あと5日']);
  });

  it('a missed 様式4 cut-off shows as overdue while the application deadline is ahead; nothing after it', () => {
    const items = [item('j1', jizo17)];
    expect(dueSoon(items, '2025-06-05', 3).map((d) => [d.label, d.overdue])).toEqual([['様式4 締切を2日過ぎています', true]]);
    expect(dueSoon(items, '2025-06-13', 0).map((d) => d.label)).toEqual(['様式4 締切を10日過ぎています', '申請締切は今日 17:00']);
    expect(dueSoon(items, '2025-06-14', 30)).toEqual([]);
  });

  it('labels', () => {
    expect(dueLabel('yoshiki4', 3)).toBe('様式4 締切まで あと3日');
    expect(dueLabel('yoshiki4', 0)).toBe('様式4 締切は今日');
    expect(dueLabel('application', -1)).toBe('申請締切を1日過ぎています');
  });

  it('takes a Date as today in Japan time', () => {
    const items = [item('j1', jizo17)];
    // 2025-05-31 15:30 UTC is 2025-06-01 00:30 in Japan.
    expect(dueSoon(items, new Date('2025-05-31T15:30:00Z'), 5)[0]?.label).toBe('様式4 締切まで あと2日');
  });
});
