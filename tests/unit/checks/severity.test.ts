import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/index';
import { demo } from '../demoFixtures';
import { realTemplate } from './helpers';
import { KATEN_INFO } from '../../../shared/checks/classify';

/** Severity that means something: エラー = ineligible as it stands; a missed 加点 is information; every finding has a category and a source. */
describe('finding severities and categories', () => {
  it('a 賃上げ加点 whose wage rise is missing is information (加点), never an エラー; the 要件 stay エラー', () => {
    const d = demo('monozukuri-20');
    const kihon = { ...d.application.content.kihon, katen: ['chinage'] };
    const years = d.application.financialPlan.years.map((y) => (y.kind === 'plan' ? { ...y, jigyojoNaiSaiteiChingin: (y.chiikiBetsuSaiteiChingin ?? 1000) + 31 } : y));
    const r = checkApplication(d.template, { ...d.application, content: { ...d.application.content, kihon }, financialPlan: { years } }, { employeeCount: 18, prefecture: '埼玉県' });
    const katen = r.findings.filter((f) => f.id.startsWith('katenChinage'));
    expect(katen.length).toBeGreaterThan(0);
    for (const f of katen) {
      expect(f.severity).toBe('hint');
      expect(f.category).toBe('katen');
      expect(f.message).toContain(KATEN_INFO);
    }
    // Lowering the margin under +30円 breaks the 基本要件: that one is an エラー of category 要件.
    const low = d.application.financialPlan.years.map((y) => (y.kind === 'plan' ? { ...y, jigyojoNaiSaiteiChingin: (y.chiikiBetsuSaiteiChingin ?? 1000) + 10 } : y));
    const r2 = checkApplication(d.template, { ...d.application, financialPlan: { years: low } }, { employeeCount: 18, prefecture: '埼玉県' });
    const req = r2.findings.find((f) => f.id.startsWith('saiteiChingin30'));
    expect(req).toMatchObject({ severity: 'error', category: 'yoken' });
  });

  it('every finding of every demo application has a category and a source', () => {
    for (const id of ['jizokuka-20', 'monozukuri-20', 'keiei-kakushin-r2']) {
      const d = demo(id);
      const r = checkApplication(realTemplate(id), { ...d.application, content: {} }, {});
      expect(r.findings.length).toBeGreaterThan(0);
      for (const f of r.findings) {
        expect(f.category, f.id).toMatch(/^(yoken|shinsa|katen|teisai)$/);
        expect(f.source?.note, f.id).toBeTruthy();
      }
    }
  });
});
