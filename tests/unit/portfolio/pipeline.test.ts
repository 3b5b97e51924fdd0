import { describe, expect, it } from 'vitest';
import { allowedNext, applyTransition, canTransition, PipelineRecord, stageOf, STAGE_NAMES, type Stage } from '../../../shared/portfolio/pipeline';

const start = PipelineRecord.parse({ status: 'draft' });

function walk(steps: Array<[Stage, string]>) {
  let r = start;
  for (const [to, on] of steps) {
    const res = applyTransition(r, to, on, '佐藤');
    if (!res.ok) throw new Error(res.message);
    r = res.record;
  }
  return r;
}

describe('pipeline', () => {
  it('the usual path records a date per step, milestones after 採択', () => {
    const r = walk([
      ['ownerReview', '2025-05-10'],
      ['ready', '2025-05-20'],
      ['submitted', '2025-06-10'],
      ['adopted', '2025-08-29'],
      ['kofuKettei', '2025-09-20'],
      ['jissekiHokoku', '2026-03-10'],
    ]);
    expect(r.status).toBe('adopted');
    expect(stageOf(r)).toBe('jissekiHokoku');
    expect(r.dates).toEqual({ sentToOwnerAt: '2025-05-10', readyAt: '2025-05-20', submittedAt: '2025-06-10', resultAt: '2025-08-29', kofuKetteiAt: '2025-09-20', jissekiHokokuAt: '2026-03-10' });
    expect(r.history).toHaveLength(6);
    expect(r.history[0]).toMatchObject({ from: 'draft', to: 'ownerReview', by: '佐藤' });
  });

  it('refuses a jump, with a Japanese message', () => {
    expect(canTransition('draft', 'submitted')).toBe(false);
    expect(applyTransition(start, 'submitted', '2025-06-10')).toEqual({ ok: false, message: '「下書き」から「提出済」には進められません。' });
    expect(canTransition('rejected', 'kofuKettei')).toBe(false);
    expect(allowedNext('submitted').map((t) => t.to)).toEqual(['adopted', 'rejected', 'ready']);
  });

  it('refuses a date before the previous step’s', () => {
    const r = walk([['ready', '2025-05-20']]);
    const res = applyTransition(r, 'submitted', '2025-05-19');
    expect(res).toEqual({ ok: false, message: '提出日（2025-05-19）が提出準備完了日（2025-05-20）より前になっています。' });
  });

  it('going back clears the dates left behind; sending to the owner again records the new date', () => {
    const r = walk([
      ['ownerReview', '2025-05-10'],
      ['ready', '2025-05-20'],
      ['ownerReview', '2025-05-22'],
    ]);
    expect(r.status).toBe('ownerReview');
    expect(r.dates).toEqual({ sentToOwnerAt: '2025-05-22' });
    const corrected = walk([
      ['ready', '2025-05-20'],
      ['submitted', '2025-06-10'],
      ['rejected', '2025-08-29'],
      ['submitted', '2025-08-30'], // 入力誤りの取り消し
    ]);
    expect(corrected.status).toBe('submitted');
    expect(corrected.dates).toEqual({ readyAt: '2025-05-20', submittedAt: '2025-06-10' });
  });

  it('names', () => {
    expect(STAGE_NAMES.kofuKettei).toBe('交付決定');
    expect(STAGE_NAMES.ownerReview).toBe('事業者確認中');
  });
});
