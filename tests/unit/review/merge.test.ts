import { describe, expect, it } from 'vitest';
import { mergeReview, mergeReviewFile, resolveConflict, unionApprovals, unionComments } from '../../../shared/review/merge';
import { locatePassage, mergeText3 } from '../../../shared/review/mergeText';
import { createReviewFile, parseReviewFile, type ReviewComment, sealReviewFile, sectionHash, type SectionApproval } from '../../../shared/review/schema';
import type { Application } from '../../../shared/schemas/application';
import { makeApp } from './app';

const GAIYO = '当社は昭和48年創業の板金業者である。地域の住宅の屋根工事を中心に受注してきた。';
const TSUYOMI = '熟練の職人が3名在籍している。';
const base = makeApp({ gaiyo: { body: GAIYO, gyoshu: ['seizo'] }, tsuyomi: { body: TSUYOMI } });

const withText = (app: Application, sectionId: string, fieldId: string, text: string): Application => ({
  ...app,
  content: { ...app.content, [sectionId]: { ...(app.content[sectionId] ?? {}), [fieldId]: text } },
});

const comment = (id: string, over: Partial<ReviewComment> = {}): ReviewComment => ({
  id,
  sectionId: 'gaiyo',
  body: 'コメント',
  author: '山田 太郎',
  role: 'owner',
  createdAt: '2025-05-14T19:00:00+09:00',
  ...over,
});

describe('mergeReview: per field', () => {
  it('only the owner changed a field → the owner’s text is applied', () => {
    const owner = withText(base, 'tsuyomi', 'body', '熟練の職人が3名、若手が2名在籍している。');
    const r = mergeReview(base, base, owner);
    expect(r.merged.content.tsuyomi?.body).toBe('熟練の職人が3名、若手が2名在籍している。');
    expect(r.applied).toEqual([{ kind: 'field', sectionId: 'tsuyomi', fieldId: 'body' }]);
    expect(r.conflicts).toEqual([]);
  });

  it('only the advisor changed a field → the advisor’s text is kept', () => {
    const current = withText(base, 'gaiyo', 'body', `${GAIYO}従業員は5名。`);
    const r = mergeReview(base, current, base);
    expect(r.merged.content.gaiyo?.body).toBe(`${GAIYO}従業員は5名。`);
    expect(r.applied).toEqual([]);
    expect(r.conflicts).toEqual([]);
  });

  it('each side changed a different field → both kept', () => {
    const current = withText(base, 'gaiyo', 'body', `${GAIYO}従業員は5名。`);
    const owner = withText(base, 'tsuyomi', 'body', '熟練の職人が4名在籍している。');
    const r = mergeReview(base, current, owner);
    expect(r.merged.content.gaiyo?.body).toBe(`${GAIYO}従業員は5名。`);
    expect(r.merged.content.tsuyomi?.body).toBe('熟練の職人が4名在籍している。');
    expect(r.merged.content.gaiyo?.gyoshu).toEqual(['seizo']);
  });

  it('both changed the same field the same way → no conflict', () => {
    const both = withText(base, 'tsuyomi', 'body', '熟練の職人が4名在籍している。');
    expect(mergeReview(base, both, both).conflicts).toEqual([]);
  });

  it('both changed the same field differently → a conflict with both texts; the advisor’s stays', () => {
    const advisorText = '当社は昭和48年創業の板金業者である。地域の住宅の屋根・外壁工事を中心に受注してきた。';
    const ownerText = '当社は1973年創業の板金業者である。地域の住宅の屋根工事を中心に受注してきた。';
    const r = mergeReview(base, withText(base, 'gaiyo', 'body', advisorText), withText(base, 'gaiyo', 'body', ownerText));
    expect(r.merged.content.gaiyo?.body).toBe(advisorText);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ id: 'field:gaiyo/body', kind: 'field', sectionId: 'gaiyo', fieldId: 'body', base: GAIYO, advisor: advisorText, owner: ownerText });
    // The edits touch different passages, so a combined text is offered (never applied by itself).
    expect(r.conflicts[0]).toMatchObject({ suggestion: '当社は1973年創業の板金業者である。地域の住宅の屋根・外壁工事を中心に受注してきた。' });
  });

  it('resolves a conflict each way', () => {
    const advisorText = `${GAIYO}（指導員の追記）`;
    const ownerText = `${GAIYO}（事業者の追記）`;
    const r = mergeReview(base, withText(base, 'gaiyo', 'body', advisorText), withText(base, 'gaiyo', 'body', ownerText));
    const id = r.conflicts[0]?.id ?? '';
    expect(r.conflicts[0]).toMatchObject({ suggestion: null }); // both appended at the same place

    const keep = resolveConflict(r, id, 'advisor');
    expect(keep.merged.content.gaiyo?.body).toBe(advisorText);
    expect(keep.conflicts).toEqual([]);
    expect(keep.resolutions).toEqual([{ conflictId: id, choice: 'advisor' }]);

    const take = resolveConflict(r, id, 'owner');
    expect(take.merged.content.gaiyo?.body).toBe(ownerText);

    const custom = resolveConflict(r, id, { custom: `${GAIYO}（両方の追記）` });
    expect(custom.merged.content.gaiyo?.body).toBe(`${GAIYO}（両方の追記）`);
    expect(custom.resolutions[0]?.choice).toBe('custom');
    expect(r.merged.content.gaiyo?.body).toBe(advisorText); // the input result is not mutated

    expect(() => resolveConflict(keep, id, 'owner')).toThrow('見つかりません');
  });

  it('a choice field changed on both sides is a conflict, and cannot take a custom text', () => {
    const current = { ...base, content: { ...base.content, gaiyo: { ...base.content.gaiyo, gyoshu: ['kensetsu'] } } };
    const owner = { ...base, content: { ...base.content, gaiyo: { ...base.content.gaiyo, gyoshu: ['seizo', 'kouri'] } } };
    const r = mergeReview(base, current, owner);
    expect(r.conflicts[0]).toMatchObject({ kind: 'field', fieldId: 'gyoshu', advisor: ['kensetsu'], owner: ['seizo', 'kouri'], suggestion: null });
    expect(() => resolveConflict(r, 'field:gaiyo/gyoshu', { custom: 'x' })).toThrow('文章ではない');
    expect(resolveConflict(r, 'field:gaiyo/gyoshu', 'owner').merged.content.gaiyo?.gyoshu).toEqual(['seizo', 'kouri']);
  });

  it('a field the owner added is applied; one the advisor added is kept', () => {
    const owner = withText(base, 'koka', 'body', '売上10%増を見込む。');
    const current = withText(base, 'hosoku', 'memo', '面談メモ');
    const r = mergeReview(base, current, owner);
    expect(r.merged.content.koka?.body).toBe('売上10%増を見込む。');
    expect(r.merged.content.hosoku?.memo).toBe('面談メモ');
  });
});

describe('mergeReview: plan, expenses, title', () => {
  it('plan cells merge one by one; the same cell changed differently is a conflict', () => {
    const setCell = (app: Application, i: number, v: number) => ({
      ...app,
      financialPlan: { years: app.financialPlan.years.map((y, j) => (j === i ? { ...y, uriageDaka: v } : y)) },
    });
    const owner = { ...setCell(base, 1, 33_000_000), title: '新メニュー開発と販路開拓（改）' };
    const r = mergeReview(base, base, owner);
    expect(r.merged.financialPlan.years[1]?.uriageDaka).toBe(33_000_000);
    expect(r.merged.title).toBe('新メニュー開発と販路開拓（改）');
    expect(r.applied).toEqual(expect.arrayContaining([{ kind: 'figure', yearIndex: 1, key: 'uriageDaka' }, { kind: 'title' }]));

    const c = mergeReview(base, setCell(base, 1, 34_000_000), setCell(base, 1, 33_000_000));
    expect(c.conflicts).toEqual([{ id: 'figure:1/uriageDaka', kind: 'figure', yearIndex: 1, key: 'uriageDaka', base: 32_000_000, advisor: 34_000_000, owner: 33_000_000 }]);
    expect(resolveConflict(c, 'figure:1/uriageDaka', 'owner').merged.financialPlan.years[1]?.uriageDaka).toBe(33_000_000);
  });

  it('expense lines merge by id: owner’s edit and new line applied, advisor’s deletion kept, clash → conflict', () => {
    const [e1, e2] = base.expenses;
    if (!e1 || !e2) throw new Error('fixture');
    const owner = { ...base, expenses: [{ ...e1, quantity: 2 }, e2, { ...e2, id: 'e3', description: '看板' }] };
    const current = { ...base, expenses: [e1] };
    const r = mergeReview(base, current, owner);
    expect(r.merged.expenses.map((l) => [l.id, l.quantity])).toEqual([
      ['e1', 2],
      ['e3', 1],
    ]);
    const clash = mergeReview(base, { ...base, expenses: [{ ...e1, unitPriceYen: 90_000 }, e2] }, { ...base, expenses: [e2] });
    expect(clash.conflicts).toMatchObject([{ id: 'expense:e1', kind: 'expense', owner: null }]);
    expect(clash.merged.expenses.map((l) => l.id)).toEqual(['e1', 'e2']);
    expect(resolveConflict(clash, 'expense:e1', 'owner').merged.expenses.map((l) => l.id)).toEqual(['e2']);
  });
});

describe('comments and approvals', () => {
  it('union by id; the later edit of the same comment wins and a resolution is kept', () => {
    const mine = [comment('c1', { body: '古い', resolvedAt: '2025-05-15T10:00:00+09:00', resolvedBy: '指導員' }), comment('c2')];
    const theirs = [comment('c1', { body: '新しい', updatedAt: '2025-05-14T21:00:00+09:00' }), comment('c3', { createdAt: '2025-05-13T08:00:00+09:00' })];
    const u = unionComments(mine, theirs);
    expect(u.map((c) => c.id)).toEqual(['c3', 'c1', 'c2']);
    expect(u.find((c) => c.id === 'c1')).toMatchObject({ body: '新しい', resolvedAt: '2025-05-15T10:00:00+09:00' });
  });

  it('approvals: union by id, stale once the section changes after approval', () => {
    const a1: SectionApproval = { id: 'a1', sectionId: 'gaiyo', approvedBy: '山田', approvedAt: '2025-05-14T19:30:00+09:00' };
    const a2: SectionApproval = { id: 'a2', sectionId: 'tsuyomi', approvedBy: '山田', approvedAt: '2025-05-14T19:31:00+09:00' };
    const old: SectionApproval = { id: 'a0', sectionId: 'koka', approvedBy: '山田', approvedAt: '2025-04-01T10:00:00+09:00', contentHash: sectionHash({}) };
    const current = withText(base, 'tsuyomi', 'body', '熟練の職人が3名在籍。'); // advisor edits after sending
    const r = mergeReview(base, current, base, { current: { approvals: [old] }, returned: { approvals: [a1, a2] } });
    expect(r.approvals.map((a) => a.id).sort()).toEqual(['a0', 'a1', 'a2']);
    expect(r.approvals.find((a) => a.id === 'a1')?.contentHash).toBe(sectionHash(base.content.gaiyo));
    expect(r.staleApprovals).toEqual(['a2']);
    expect(unionApprovals([a1], [{ ...a1, approvedAt: '2025-05-20T10:00:00+09:00' }])[0]?.approvedAt).toBe('2025-05-20T10:00:00+09:00');
  });
});

describe('the whole round trip through a review file', () => {
  it('send → owner edits and comments → parse → merge', () => {
    const sent = createReviewFile(base, '2025-05-12T10:00:00+09:00');
    const ownerVersion = withText(base, 'tsuyomi', 'body', '熟練の職人が4名在籍している。');
    const back = sealReviewFile({ ...sent, owner: ownerVersion, comments: [comment('c1', { fieldId: 'body', quote: '屋根工事', proposedText: '屋根・外壁工事' })] });
    const parsed = parseReviewFile(JSON.parse(JSON.stringify(back)), base.id);
    if (!parsed.ok) throw new Error(parsed.message);
    const current = withText(base, 'gaiyo', 'body', `${GAIYO}従業員は5名。`);
    const r = mergeReviewFile(parsed.file, current);
    expect(r.merged.content.tsuyomi?.body).toBe('熟練の職人が4名在籍している。');
    expect(r.merged.content.gaiyo?.body).toBe(`${GAIYO}従業員は5名。`);
    expect(r.comments.map((c) => c.id)).toEqual(['c1']);
    const text = r.merged.content.gaiyo?.body;
    expect(typeof text === 'string' ? locatePassage(text, r.comments[0]?.quote) : null).toEqual({ start: 25, end: 29 }); // 当社は昭和48年創業の板金業者である。地域の住宅の|屋根工事|
  });
});

describe('mergeText3 and locatePassage', () => {
  it('combines edits to different passages, refuses overlapping ones', () => {
    expect(mergeText3('AAA。BBB。CCC。', 'AAA。bbb。CCC。', 'AAA。BBB。ccc。')).toBe('AAA。bbb。ccc。');
    expect(mergeText3('AAA。BBB。', 'AAA。bbb。', 'AAA。xxx。')).toBeNull();
    expect(mergeText3('同じ', '同じ変更', '同じ変更')).toBe('同じ変更');
  });
  it('finds a passage again after the text moved, nearest to its old place', () => {
    expect(locatePassage('前置き。屋根工事と屋根工事', '屋根工事', { start: 8, end: 12 })).toEqual({ start: 9, end: 13 });
    expect(locatePassage('消えた', '屋根工事', { start: 0, end: 4 })).toBeNull();
  });
});
