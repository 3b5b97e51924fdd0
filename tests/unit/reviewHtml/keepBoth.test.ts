import { describe, expect, it } from 'vitest';
import { mergeReview, ownerCopyId, resolveConflict } from '../../../shared/review/merge';
import { KEEP_BOTH_SEPARATOR, keepBothValue } from '../../../shared/review/keepBoth';
import { conflictPlace } from '../../../shared/review/conflictPlace';
import { conflictTexts, keepBothText } from '../../../shared/review/conflictText';
import type { Application } from '../../../shared/schemas/application';
import { demo } from '../demoFixtures';

const d = demo('monozukuri-20');
const base = d.application;
const set = (app: Application, sectionId: string, fieldId: string, v: string | string[]): Application => ({ ...app, content: { ...app.content, [sectionId]: { ...(app.content[sectionId] ?? {}), [fieldId]: v } } });
const kakushinsei = base.content.kakushinsei?.kakushinsei as string;

describe('両方を残す (keep both)', () => {
  it('keeps the advisor’s text, a marked line, then the owner’s', () => {
    const advisor = set(base, 'kakushinsei', 'kakushinsei', `${kakushinsei}（指導員の追記）`);
    const owner = set(base, 'kakushinsei', 'kakushinsei', `${kakushinsei}（事業者の追記）`);
    const r = mergeReview(base, advisor, owner);
    expect(r.conflicts.map((c) => c.id)).toEqual(['field:kakushinsei/kakushinsei']);
    const both = resolveConflict(r, 'field:kakushinsei/kakushinsei', 'both');
    expect(both.merged.content.kakushinsei?.kakushinsei).toBe(`${kakushinsei}（指導員の追記）${KEEP_BOTH_SEPARATOR}${kakushinsei}（事業者の追記）`);
    expect(both.resolutions).toEqual([{ conflictId: 'field:kakushinsei/kakushinsei', choice: 'both' }]);
    expect(both.conflicts).toEqual([]);
  });

  it('lists: a union; an emptied value: what is left; a text and a list cannot be combined', () => {
    expect(keepBothValue(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(keepBothValue([{ x: 1 }], [{ x: 1 }, { x: 2 }])).toEqual([{ x: 1 }, { x: 2 }]);
    expect(keepBothValue(null, '事業者の文')).toBe('事業者の文');
    expect(keepBothValue('', '事業者の文')).toBe('事業者の文');
    expect(keepBothValue('文', ['a'])).toBeNull();
  });

  it('expense lines: both lines stay, the owner’s under an id of its own; figures cannot keep both', () => {
    const [e1] = base.expenses;
    if (!e1) throw new Error('fixture');
    const r = mergeReview(base, { ...base, expenses: base.expenses.map((l) => (l.id === e1.id ? { ...l, quantity: 2 } : l)) }, { ...base, expenses: base.expenses.map((l) => (l.id === e1.id ? { ...l, quantity: 3 } : l)) });
    const both = resolveConflict(r, `expense:${e1.id}`, 'both');
    expect(both.merged.expenses.filter((l) => l.description === e1.description).map((l) => [l.id, l.quantity])).toEqual([[e1.id, 2], [ownerCopyId(e1.id), 3]]);

    const cell = (app: Application, v: number) => ({ ...app, financialPlan: { years: app.financialPlan.years.map((y, i) => (i === 1 ? { ...y, uriageDaka: v } : y)) } });
    const f = mergeReview(base, cell(base, 1), cell(base, 2));
    expect(() => resolveConflict(f, 'figure:1/uriageDaka', 'both')).toThrow('両方を残せません');
  });
});

describe('conflicts in the words of the form', () => {
  const sections = d.template.sections;
  it('names the section and field as the template does, never the ids', () => {
    const r = mergeReview(base, set(base, 'kakushinsei', 'kakushinsei', 'A'), set(base, 'kakushinsei', 'kakushinsei', 'B'));
    const place = conflictPlace(sections, base, r.conflicts[0]!);
    expect(place).toEqual({ place: '⑤ 今回の事業の革新性・差別化', fieldKind: 'text', keepBoth: true });
    expect(place.place).not.toContain('kakushinsei');
    expect(keepBothText(sections, r.conflicts[0]!)).toBe(`A${KEEP_BOTH_SEPARATOR}B`);

    const k = mergeReview(base, set(base, 'kanzei', 'eikyo', 'A'), set(base, 'kanzei', 'eikyo', 'B'));
    expect(conflictPlace(sections, base, k.conflicts[0]!).place).toBe('①-2・①-3 米国の追加関税措置の影響 ／ ①-2 米国の追加関税措置により受けている影響の具体的内容');
  });

  it('a single choice shows its labels and cannot keep both; a plan cell is named by year and row', () => {
    const waku = sections.find((s) => s.id === 'kihon')!.fields.find((f) => f.id === 'waku');
    if (waku?.kind !== 'choice') throw new Error('fixture');
    const [o1, o2] = waku.options;
    if (!o1 || !o2) throw new Error('fixture');
    const sent = set(base, 'kihon', 'waku', '');
    const r = mergeReview(sent, set(sent, 'kihon', 'waku', o1.value), set(sent, 'kihon', 'waku', o2.value));
    const c = r.conflicts.find((x) => x.id === 'field:kihon/waku')!;
    expect(conflictPlace(sections, base, c)).toMatchObject({ place: '申請要件・申請枠 ／ 申請枠', keepBoth: false });
    expect(conflictTexts(sections, c)).toEqual([o1.label, o2.label]);

    const cell = (app: Application, v: number) => ({ ...app, financialPlan: { years: app.financialPlan.years.map((y, i) => (i === 1 ? { ...y, uriageDaka: v } : y)) } });
    const f = mergeReview(base, cell(base, 1_000), cell(base, 2_000));
    expect(conflictPlace(sections, base, f.conflicts[0]!)).toMatchObject({ place: `数値計画 ／ ${base.financialPlan.years[1]!.label} ／ 売上高`, keepBoth: false });
    expect(conflictTexts(sections, f.conflicts[0]!)).toEqual(['1,000', '2,000']);
  });
});
