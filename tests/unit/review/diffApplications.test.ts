import { describe, expect, it } from 'vitest';
import { diffApplications } from '../../../shared/review/diff';
import { makeApp } from './app';

describe('diffApplications', () => {
  const a = makeApp({
    gaiyo: { body: '当社は板金業者である。', gyoshu: ['seizo'], keiretsu: [{ nen: '2023', uriage: 100 }] },
    tsuyomi: { body: '職人が3名。' },
  });

  it('reports nothing for identical versions', () => {
    const d = diffApplications(a, a);
    expect(d.changed).toBe(false);
    expect(d.sections.every((s) => !s.changed)).toBe(true);
    expect(d.sections[0]?.fields[0]).toMatchObject({ status: 'same', kind: 'text', text: [{ op: 'equal', text: '当社は板金業者である。' }] });
  });

  it('text diffs, choice and table changes, added fields, plan cells and expense lines', () => {
    const [e1, e2] = a.expenses;
    if (!e1 || !e2) throw new Error('fixture');
    const b = {
      ...a,
      content: {
        gaiyo: { body: '当社は板金工事業者である。', gyoshu: ['seizo', 'kensetsu'], keiretsu: [{ nen: '2023', uriage: 120 }, { nen: '2024', uriage: 130 }] },
        tsuyomi: { body: '職人が3名。' },
        koka: { body: '売上が増える。' },
      },
      financialPlan: { years: a.financialPlan.years.map((y, i) => (i === 1 ? { ...y, uriageDaka: 33_000_000 } : y)) },
      expenses: [{ ...e1, quantity: 2 }, { ...e2, id: 'e3' }],
    };
    const d = diffApplications(a, b);
    expect(d.changed).toBe(true);
    const gaiyo = d.sections.find((s) => s.sectionId === 'gaiyo');
    expect(gaiyo?.fields.find((f) => f.fieldId === 'body')?.text).toEqual([
      { op: 'equal', text: '当社は板金' },
      { op: 'insert', text: '工事' },
      { op: 'equal', text: '業者である。' },
    ]);
    expect(gaiyo?.fields.find((f) => f.fieldId === 'gyoshu')).toMatchObject({ status: 'changed', kind: 'choices', choices: { added: ['kensetsu'], removed: [] } });
    expect(gaiyo?.fields.find((f) => f.fieldId === 'keiretsu')).toMatchObject({ kind: 'table', table: { rowsBefore: 1, rowsAfter: 2, changedRows: [0, 1] } });
    expect(d.sections.find((s) => s.sectionId === 'tsuyomi')?.changed).toBe(false);
    expect(d.sections.find((s) => s.sectionId === 'koka')?.fields[0]).toMatchObject({ status: 'added', text: [{ op: 'insert', text: '売上が増える。' }] });
    expect(d.financialPlan.figures).toEqual([{ yearIndex: 1, label: '1年後', key: 'uriageDaka', before: 32_000_000, after: 33_000_000 }]);
    expect(d.expenses.lines.map((l) => [l.id, l.status, l.fields])).toEqual([
      ['e1', 'changed', ['quantity']],
      ['e2', 'removed', ['category', 'description', 'reason', 'unitPriceYen', 'quantity', 'web']],
      ['e3', 'added', ['category', 'description', 'reason', 'unitPriceYen', 'quantity', 'web']],
    ]);
  });
});
