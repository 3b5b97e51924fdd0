import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/index';
import { demo } from '../demoFixtures';

describe('ローカルベンチマーク in the 経営状況分析 sections', () => {
  const { template: t, application: app } = demo('jizokuka-20');
  const analysis = t.sections.find((s) => s.purpose === 'kigyoGaiyo')!;
  const field = analysis.fields.find((f) => f.kind === 'text')!;
  const withText = (text: string) => ({ ...app, content: { ...app.content, [analysis.id]: { ...app.content[analysis.id], [field.id]: text } } });
  const hints = (a: typeof app, periods: string[]) => checkApplication(t, a, { lokaben: { periods } }).findings.filter((f) => f.id.startsWith('lokaben:'));

  it('hints when the client has one and the section cites none of it', () => {
    const h = hints(withText('当社は地域の工務店である。'), ['2024年3月期', '2025年3月期']);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ severity: 'hint', sectionId: analysis.id });
    expect(h[0]!.message).toContain('2024年3月期・2025年3月期');
  });

  it('is quiet when the section cites an indicator, or when there is no ローカルベンチマーク', () => {
    expect(hints(withText('営業利益率は2.4%で業種基準の2.0%を上回る。'), ['2025年3月期'])).toEqual([]);
    expect(hints(withText('当社は地域の工務店である。'), [])).toEqual([]);
  });
});
