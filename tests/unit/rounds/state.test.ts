import { describe, expect, it } from 'vitest';
import { roundState, sortRounds, daysToDeadline } from '../../../shared/rounds/state';
import type { RoundDates } from '../../../shared/templates/schema';

const r20: RoundDates = { openFrom: '2026-11-05', deadline: '2026-12-15', deadlineTime: '17:00', yoshiki4Deadline: '2026-12-04', source: { note: '公募要領 第8版', unconfirmed: false } };
const at = (jst: string) => new Date(`${jst}+09:00`);

describe('a round is open, upcoming or closed by its own dates (JST)', () => {
  it.each([
    ['2026-11-04T23:59', 'upcoming'],
    ['2026-11-05T00:00', 'open'],
    ['2026-12-15T16:59', 'open'],
    ['2026-12-15T17:00', 'closed'],
    ['2026-12-16T09:00', 'closed'],
  ])('at %s JST it is %s', (t, state) => {
    expect(roundState(r20, at(t), 'jizokuka')).toBe(state);
  });

  it('a deadline without a time closes at the end of the day; 経営革新 is rolling; a round without dates is undated', () => {
    const noTime = { ...r20, deadlineTime: undefined };
    expect(roundState(noTime, at('2026-12-15T23:59'))).toBe('open');
    expect(roundState(undefined, at('2026-12-01T00:00'), 'keieiKakushin')).toBe('rolling');
    expect(roundState(undefined, at('2026-12-01T00:00'), 'monozukuri')).toBe('undated');
    expect(daysToDeadline(r20, at('2026-11-30T10:00'))).toBe(15);
  });

  it('the picker lists open rounds first (nearest deadline first), closed last (latest first)', () => {
    const mk = (name: string, state: 'open' | 'closed' | 'upcoming', deadline: string) => ({ name, state, current: true, round: { ...r20, deadline } });
    const sorted = sortRounds([mk('17回', 'closed', '2025-06-13'), mk('創業4回', 'open', '2026-12-20'), mk('20回', 'open', '2026-12-15'), mk('19回', 'closed', '2026-04-30'), mk('21回', 'upcoming', '2027-05-29')]);
    expect(sorted.map((r) => r.name)).toEqual(['20回', '創業4回', '21回', '19回', '17回']);
  });
});
